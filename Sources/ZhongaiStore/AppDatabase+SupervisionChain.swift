import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Inside `updateWorker`'s transaction: records that `workerCode`'s supervisor became `supervisorCode` (nil:
    /// none) on `day`. The link in force ends on `day` (excluded) and the new one starts on it, so a move
    /// mid-month leaves both periods in the history (issue 6 item 1). Nothing happens when the supervisor is the
    /// one already in force.
    static func recordSupervisorChange(_ db: Database, worker workerCode: String, to supervisorCode: String?,
                                       on day: CalendarDate) throws {
        let current = try String.fetchOne(db, sql: """
            SELECT supervisorCode FROM supervisionLink WHERE superviseeCode = ? AND untilDate IS NULL
            """, arguments: [workerCode])
        guard current != supervisorCode else { return }
        try db.execute(sql: """
            UPDATE supervisionLink SET untilDate = ? WHERE superviseeCode = ? AND untilDate IS NULL
            """, arguments: [day.description, workerCode])
        if let supervisorCode {
            try db.execute(sql: """
                INSERT INTO supervisionLink (superviseeCode, supervisorCode, fromDate) VALUES (?, ?, ?)
                """, arguments: [workerCode, supervisorCode, day.description])
        }
    }

    /// The dated supervision chain, every link ever in force (issue 6 item 1). The chain reaches no record by
    /// itself, so any signed-in worker may read it, as they may read the staff list.
    public func supervisionHistory() throws -> SupervisionHistory {
        try writer.read { db in try AppDatabase.fetchSupervisionHistory(db) }
    }

    static func fetchSupervisionHistory(_ db: Database) throws -> SupervisionHistory {
        let links = try Row.fetchAll(db, sql: """
            SELECT superviseeCode, supervisorCode, fromDate, untilDate FROM supervisionLink ORDER BY id
            """).map { row in
                SupervisionLink(superviseeCode: row["superviseeCode"], supervisorCode: row["supervisorCode"],
                                from: try (row["fromDate"] as String?).map { try CalendarDate(parsing: $0) },
                                until: try (row["untilDate"] as String?).map { try CalendarDate(parsing: $0) })
            }
        return SupervisionHistory(links: links)
    }

    /// Every worker as the compliance grid and the ratio checks see them.
    static func fetchSupervisionMembers(_ db: Database) throws -> [SupervisionCompliance.Member] {
        try WorkerRecord.fetchAll(db).map(\.worker).map {
            SupervisionCompliance.Member(code: $0.code, name: $0.name, role: $0.role, isActive: $0.isActive)
        }
    }
}
