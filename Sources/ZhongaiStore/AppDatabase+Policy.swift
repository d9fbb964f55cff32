import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The policy table, in the order of `PolicyKey` (grouped by subject). Rows of keys this program does not
    /// know (written by a newer version) are left out.
    public func policyEntries() throws -> [PolicyEntry] {
        try writer.read { db in try AppDatabase.fetchPolicyEntries(db) }
    }

    /// The numbers in force. Refused if a key is missing: load the reference data first.
    public func policy() throws -> Policy {
        try Policy(entries: policyEntries())
    }

    /// Changes one number of the policy table. Refuses a key that is not in the table, and a value that is not
    /// a number, is negative, or does not fit the key's unit (a fraction of days, a day of the month above 28,
    /// a percentage above 100).
    ///
    /// With a session, needs `manageReferenceData`. A change is logged with the old and the new value.
    @discardableResult
    public func setPolicyValue(key: String, value: String, by session: Session? = nil, at now: Date = Date()) throws
        -> PolicyEntry {
        let field = N_("Policy value")
        guard let policyKey = PolicyKey(rawValue: key.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(field: N_("Policy key"), N_("“%@” is not a policy key"), key)
        }
        let number = try policyKey.unit.parseValue(value, field: field)
        return try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            guard var record = try PolicyRecord.fetchOne(db, key: policyKey.rawValue), record.entry != nil else {
                throw ValidationError(field: N_("Policy key"), N_("“%@” is not in the policy table"), key)
            }
            let old = record.value
            record.value = number
            try record.update(db)
            if old != number {
                try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                            action: .policyChanged,
                                            record: ProtectedRecordRef(kind: .policyValue, id: policyKey.rawValue),
                                            detail: "\(PolicyEntry.format(old)) → \(PolicyEntry.format(number))")
            }
            // `record.entry` is non-nil: checked above.
            return record.entry!
        }
    }

    static func fetchPolicyEntries(_ db: Database) throws -> [PolicyEntry] {
        let order = Dictionary(uniqueKeysWithValues: PolicyKey.allCases.enumerated().map { ($1, $0) })
        return try PolicyRecord.fetchAll(db).compactMap(\.entry).sorted { order[$0.key]! < order[$1.key]! }
    }
}
