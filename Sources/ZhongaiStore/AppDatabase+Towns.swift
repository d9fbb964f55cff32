import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The towns and subdistricts, by code; inactive ones only when asked.
    public func towns(includeInactive: Bool = false) throws -> [Town] {
        try writer.read { db in
            try AppDatabase.fetchTownRecords(db, includeInactive: includeInactive).map(\.town)
        }
    }

    /// The town named `name`, active or not.
    public func town(named name: String) throws -> Town? {
        try writer.read { db in try AppDatabase.findTown(db, named: name)?.town }
    }

    /// Whether the town named `name` is a 街道, a 镇 or a 功能区.
    public func townKind(named name: String) throws -> TownKind {
        try writer.read { db in try AppDatabase.requireTown(db, named: name).townKind }
    }

    /// Adds a town (ARC-02). Without a code, the code is the place-name initials of `name`, told apart from every
    /// code in use (towns' and those in archive codes already issued). Refuses an empty or taken name, and a
    /// code that is taken or not uppercase letters.
    ///
    /// With a session, needs `manageReferenceData` (ARC-02: the table of towns and codes is data the centre can
    /// edit); logged either way.
    @discardableResult
    public func addTown(name: String, code: String? = nil, kind: TownKind = .town, by session: Session? = nil,
                        at now: Date = Date()) throws -> Town {
        try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            let town = try AppDatabase.insertTown(db, name: name, code: code, kind: kind)
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .townAdded, record: AppDatabase.auditSubject(town),
                                        detail: "\(town.name), code \(town.code), \(kind.rawValue)")
            return town
        }
    }

    /// Renames a town, changes its code or its kind. The archive codes already issued keep the old code
    /// (ARC-01: an archive code never changes), and the new code must not be one of them.
    ///
    /// With a session, needs `manageReferenceData`. A change is logged with the old and the new values; one that
    /// changes nothing is not.
    @discardableResult
    public func updateTown(name: String, newName: String? = nil, code: String? = nil, kind: TownKind? = nil,
                           by session: Session? = nil, at now: Date = Date()) throws -> Town {
        try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            var record = try AppDatabase.requireTown(db, named: name)
            let before = record
            if let newName {
                let trimmed = try AppDatabase.requireText(newName, field: N_("Name"))
                if trimmed != record.name, try AppDatabase.findTown(db, named: trimmed) != nil {
                    throw ValidationError(field: N_("Name"), N_("a town named “%@” already exists"), trimmed)
                }
                record.name = trimmed
            }
            if let code {
                let validated = try TownEntry.validatedCode(code)
                if validated != record.code {
                    try AppDatabase.requireFreeTownCode(db, validated, exceptTownID: record.id)
                }
                record.code = validated
            }
            if let kind { record.kind = kind.rawValue }
            guard record != before else { return record.town }
            try record.update(db)
            var changes: [String] = []
            if record.name != before.name { changes.append("name \(before.name) → \(record.name)") }
            if record.code != before.code { changes.append("code \(before.code) → \(record.code)") }
            if record.kind != before.kind { changes.append("kind \(before.kind) → \(record.kind)") }
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .townEdited, record: AppDatabase.auditSubject(record.town),
                                        detail: changes.joined(separator: "; "))
            return record.town
        }
    }

    /// Retires a town from the lists, or brings it back. A retired town keeps its code: it is never reissued.
    ///
    /// With a session, needs `manageReferenceData`; logged, unless the town already was so.
    public func setTownActive(name: String, isActive: Bool, by session: Session? = nil, at now: Date = Date())
        throws {
        try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            var record = try AppDatabase.requireTown(db, named: name)
            guard record.isActive != isActive else { return }
            record.isActive = isActive
            try record.update(db)
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .townEdited, record: AppDatabase.auditSubject(record.town),
                                        detail: "\(record.name) \(record.code) " + (isActive ? "reactivated" : "deactivated"))
        }
    }

    /// The subject of a town's audit rows: its row id, which stays when the name or the code changes.
    static func auditSubject(_ town: Town) -> ProtectedRecordRef {
        // A saved town always has an id.
        ProtectedRecordRef(kind: .town, id: String(town.id!))
    }

    static func insertTown(_ db: Database, name: String, code: String?, kind: TownKind) throws -> Town {
        let trimmed = try requireText(name, field: N_("Name"))
        if try findTown(db, named: trimmed) != nil {
            throw ValidationError(field: N_("Name"), N_("a town named “%@” already exists"), trimmed)
        }
        let townCode: String
        if let code, !code.trimmingCharacters(in: .whitespaces).isEmpty {
            townCode = try TownEntry.validatedCode(code)
            try requireFreeTownCode(db, townCode, exceptTownID: nil)
        } else {
            // Rule ARC-02: place-name readings, told apart from every code in use.
            let reading = try PinyinReader().readPlace(trimmed)
            townCode = InitialsDisambiguator.distinctCode(for: reading, taken: try takenTownCodes(db, exceptTownID: nil))
        }
        var record = TownRecord(id: nil, name: trimmed, kind: kind.rawValue, code: townCode, isActive: true)
        try record.insert(db)
        return record.town
    }

    static func fetchTownRecords(_ db: Database, includeInactive: Bool) throws -> [TownRecord] {
        var request = TownRecord.order(TownRecord.Columns.code)
        if !includeInactive { request = request.filter(TownRecord.Columns.isActive) }
        return try request.fetchAll(db)
    }

    static func findTown(_ db: Database, named name: String) throws -> TownRecord? {
        try TownRecord.filter(TownRecord.Columns.name == name.trimmingCharacters(in: .whitespaces)).fetchOne(db)
    }

    /// The town named `name`, or an error naming the field "Town".
    static func requireTown(_ db: Database, named name: String) throws -> TownRecord {
        guard let record = try findTown(db, named: name) else {
            throw ValidationError(field: N_("Town"), N_("there is no town named “%@”"), name)
        }
        return record
    }

    /// Codes of other towns and codes other towns have in issued archive codes.
    static func takenTownCodes(_ db: Database, exceptTownID: Int64?) throws -> Set<String> {
        let id = exceptTownID ?? -1
        return try Set(String.fetchAll(db, sql: """
            SELECT code FROM town WHERE id <> ? UNION SELECT townCode FROM archiveCode WHERE townID <> ?
            """, arguments: [id, id]))
    }

    /// Rule ARC-02: two places never share a code.
    static func requireFreeTownCode(_ db: Database, _ code: String, exceptTownID: Int64?) throws {
        guard try !takenTownCodes(db, exceptTownID: exceptTownID).contains(code) else {
            let holder = try String.fetchOne(db, sql: "SELECT name FROM town WHERE code = ?", arguments: [code])
            throw ValidationError(field: N_("Code"), N_("the code %@ is already taken (%@)"), code,
                                  holder ?? N_("in archive codes already issued"), rule: "ARC-02")
        }
    }

    /// The trimmed text, refused when empty.
    static func requireText(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(field: field, N_("must not be empty")) }
        return trimmed
    }
}
