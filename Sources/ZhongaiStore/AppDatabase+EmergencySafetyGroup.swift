import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule EMG-01: the safety group of a service point, for any signed-in worker (the checklist shows it in an
    /// emergency). Posts assigned here come from `safetyGroupMember`; a post with no row is filled from the
    /// directory: 组长 the active 理事长 (deputy: the 副理事长), 副组长 the 副理事长 (deputy: the 理事长), 组员 every
    /// active 行政人事部 worker. 后勤 (the service point's team leader) is not in the directory: until assigned,
    /// `unfilledPosts` names it.
    public func safetyGroup(servicePointID: Int64, as session: Session) throws -> SafetyGroup {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.fetchSafetyGroup(db, servicePointID: servicePointID)
        }
    }

    /// Assigns the holders and deputies of one post of a service point's safety group (EMG-01), replacing what was
    /// assigned; both empty returns the post to its default from the directory. Needs `manageDirectory`; every
    /// worker must be active, and nobody both holder and deputy of the post. Logged.
    @discardableResult
    public func setSafetyGroupPost(servicePointID: Int64, role: SafetyRole, holders: [String], deputies: [String],
                                   as session: Session, at now: Date = Date()) throws -> SafetyGroup {
        guard role.isGroupPost else {
            throw ValidationError(field: N_("Post"), N_("“%@” is not a post of the safety group"), role.rawValue,
                                  rule: "EMG-01")
        }
        let holderCodes = holders.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let deputyCodes = deputies.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let both = holderCodes.first(where: deputyCodes.contains) {
            throw ValidationError(field: N_("Deputies"), N_("%@ cannot be both holder and deputy of the post"), both,
                                  rule: "EMG-01")
        }
        if holderCodes.isEmpty, !deputyCodes.isEmpty {
            throw ValidationError(field: N_("Holders"), N_("a post with deputies needs a holder"), rule: "EMG-01")
        }
        return try accessTransaction(session, action: .manageDirectory, at: now) { db, context in
            try context.authorize(db, .manageDirectory)
            _ = try AppDatabase.requireServicePoint(db, id: servicePointID)
            for code in holderCodes + deputyCodes {
                let worker = try AppDatabase.requireWorker(db, code: code, field: N_("Safety group")).worker
                guard worker.isActive else {
                    throw ValidationError(field: N_("Safety group"), N_("%@ (%@) is no longer active"), worker.code,
                                          worker.name, rule: "EMG-01")
                }
            }
            try db.execute(sql: "DELETE FROM safetyGroupMember WHERE servicePointID = ? AND role = ?",
                           arguments: [servicePointID, role.rawValue])
            for (codes, isDeputy) in [(holderCodes, false), (deputyCodes, true)] {
                for code in Set(codes) {
                    try db.execute(sql: """
                        INSERT INTO safetyGroupMember (servicePointID, role, workerCode, isDeputy) VALUES (?, ?, ?, ?)
                        """, arguments: [servicePointID, role.rawValue, code, isDeputy])
                }
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "safetyGroup servicePoint \(servicePointID) \(role.rawValue): "
                                            + holderCodes.joined(separator: ",") + " deputies "
                                            + deputyCodes.joined(separator: ","))
            return try AppDatabase.fetchSafetyGroup(db, servicePointID: servicePointID)
        }
    }

    static func fetchSafetyGroup(_ db: Database, servicePointID: Int64) throws -> SafetyGroup {
        let point = try requireServicePoint(db, id: servicePointID)
        let assigned = try Row.fetchAll(db, sql: """
            SELECT g.role, g.workerCode, g.isDeputy, w.name, w.phone FROM safetyGroupMember g
            JOIN worker w ON w.code = g.workerCode
            WHERE g.servicePointID = ? AND w.isActive ORDER BY g.isDeputy, w.code
            """, arguments: [servicePointID]).compactMap { row -> SafetyGroupMember? in
            guard let role = SafetyRole(rawValue: row["role"]) else { return nil }
            return SafetyGroupMember(role: role, workerCode: row["workerCode"], workerName: row["name"],
                                     phone: row["phone"], isDeputy: row["isDeputy"])
        }
        let directory = try Row.fetchAll(db, sql: """
            SELECT code, name, phone, role FROM worker WHERE isActive AND role IN ('chair', 'viceChair', 'adminHR')
            ORDER BY code
            """)
        func from(_ role: Role, as post: SafetyRole, deputy: Bool) -> [SafetyGroupMember] {
            directory.filter { $0["role"] == role.rawValue }.map {
                SafetyGroupMember(role: post, workerCode: $0["code"], workerName: $0["name"], phone: $0["phone"],
                                  isDeputy: deputy, isDefault: true)
            }
        }
        // Rule EMG-01: 组长 = 理事长, 副组长 = 副理事长, 组员 = all administrative staff; each stands in for the other.
        let defaults: [SafetyRole: [SafetyGroupMember]] = [
            .leader: from(.chair, as: .leader, deputy: false) + from(.viceChair, as: .leader, deputy: true),
            .deputyLeader: from(.viceChair, as: .deputyLeader, deputy: false) + from(.chair, as: .deputyLeader, deputy: true),
            .member: from(.adminHR, as: .member, deputy: false),
        ]
        var members: [SafetyGroupMember] = []
        for post in SafetyRole.groupPosts {
            let here = assigned.filter { $0.role == post }
            members += here.isEmpty ? defaults[post] ?? [] : here
        }
        return SafetyGroup(servicePointID: servicePointID, servicePointName: point.name, members: members)
    }
}
