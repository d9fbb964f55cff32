import Foundation
import GRDB
import ZhongaiDomain

extension CentreGenerator {
    /// Adds workers up to `options.workers` in chains as the rule book staffs them (ROLE-02: about 12 frontline
    /// workers per 督导助理,督导助理 under 督导), each with an account opened by the administrator's password hash,
    /// and returns every worker who holds cases (frontline and 督导助理 with a supervisor), the example centre's too.
    func addWorkers(_ db: Database, random: inout SeededGenerator, audit: inout AuditChainWriter) throws
        -> [StaffMember] {
        let points = try Row.fetchAll(db, sql: """
            SELECT servicePoint.id, town.code AS townCode, servicePoint.sectorCode
            FROM servicePoint JOIN town ON town.id = servicePoint.townID ORDER BY servicePoint.id
            """)
        let passwordHash = try String.fetchOne(db, sql: """
            SELECT passwordHash FROM account JOIN worker ON worker.code = account.workerCode
            WHERE worker.role = 'administrator' LIMIT 1
            """) ?? ""
        var taken = Set(try String.fetchAll(db, sql: "SELECT code FROM worker"))
        let extra = max(0, options.workers - taken.count)
        let supervisors = max(1, extra / 40)
        let assistants = min(extra - supervisors, supervisors * 3)
        let reader = PinyinReader()
        let at = firstDay.moment(minuteOfDay: 10 * 60)
        var supervisorCodes: [String] = []
        var assistantCodes: [String] = []
        let insert = try db.makeStatement(sql: """
            INSERT INTO worker (code, name, role, supervisorCode, servicePointID, phone) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let account = try db.makeStatement(sql: """
            INSERT INTO account (workerCode, passwordHash, passwordChangedAt, createdAt) VALUES (?, ?, ?, ?)
            """)
        for index in 0..<extra {
            let name = ChineseCorpus.personName(&random)
            let code = Self.distinctCode((try? reader.personInitials(name)) ?? "GW", taken: &taken)
            let role: Role = index < supervisors ? .supervisor
                : index < supervisors + assistants ? .assistantSupervisor : .frontline
            let supervisor: String? = switch role {
            case .supervisor: nil
            case .assistantSupervisor: supervisorCodes[index % supervisorCodes.count]
            default: assistantCodes.isEmpty ? supervisorCodes[0] : assistantCodes[index % assistantCodes.count]
            }
            let point = points[index % points.count]
            try insert.execute(arguments: [code, name, role.rawValue, supervisor, point["id"] as Int64,
                                           ChineseCorpus.phone(&random)])
            try account.execute(arguments: [code, passwordHash, AuditTimestamp.format(at), AuditTimestamp.format(at)])
            let subject = ProtectedRecordRef(kind: .worker, id: code)
            try audit.append(at: at, actor: AuditEntry.systemActor, action: .workerAdded, record: subject,
                             detail: "generated; role \(role.rawValue), supervisor \(supervisor ?? "-")")
            try audit.append(at: at, actor: AuditEntry.systemActor, action: .accountCreated, record: subject, detail: "generated")
            if role == .supervisor { supervisorCodes.append(code) }
            if role == .assistantSupervisor { assistantCodes.append(code) }
        }
        return try Row.fetchAll(db, sql: """
            SELECT worker.code, worker.supervisorCode, worker.servicePointID, town.code AS townCode, servicePoint.sectorCode
            FROM worker JOIN servicePoint ON servicePoint.id = worker.servicePointID JOIN town ON town.id = servicePoint.townID
            WHERE worker.role IN ('frontline', 'assistantSupervisor') AND worker.supervisorCode IS NOT NULL
            ORDER BY worker.code
            """).map {
            StaffMember(code: $0["code"], supervisorCode: $0["supervisorCode"], servicePointID: $0["servicePointID"],
                        townCode: $0["townCode"], sectorCode: $0["sectorCode"])
        }
    }

    /// ARC-06: initials, with a number after them when taken (WM, WM2, WM3…).
    private static func distinctCode(_ initials: String, taken: inout Set<String>) -> String {
        var code = initials
        var suffix = 2
        while taken.contains(code) {
            code = initials + String(suffix)
            suffix += 1
        }
        taken.insert(code)
        return code
    }
}
