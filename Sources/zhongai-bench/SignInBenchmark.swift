import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// Durable sign-ins (issue 5): the store's `recordSignIn` (access check, registration check, the earlier sign-in
/// looked up, insert, audit row, one transaction with synchronous=FULL in WAL) against a bare INSERT + COMMIT of
/// the same row into the same table of the same file, alternating one by one so both see the same file.
enum SignInBenchmark {
    struct SetUp {
        let path: String
        let session: Session
        let database: AppDatabase
        let programmeID: String
        /// Sessions with nobody signed in yet: the first half for the store, the second for the bare inserts.
        let freshSessions: [String]
        let registrations: [String]
        let existingSignIns: Int
        let bulkSeconds: Double
    }

    static let password = "Zhongai-Bench-2026"

    /// The example centre, one activity held by a frontline worker (plan approved by the supervisor through the
    /// store), `existing` sign-ins bulk-inserted in one transaction, and sessions left empty for the timed ones.
    static func prepare(path: String, data: URL, existing: Int, timed: Int) throws -> SetUp {
        let database = try AppDatabase.open(path: path)
        _ = try database.loadReferenceData(from: data)
        _ = try database.createAdministrator(name: "系统管理员", password: password)
        try database.populateDemoCentre(password: password)
        let bare = try DatabaseQueue(path: path)
        guard let pair = try bare.read({ db in
            try Row.fetchOne(db, sql: """
                SELECT w.code, w.supervisorCode FROM worker w JOIN worker s ON s.code = w.supervisorCode
                WHERE w.role = 'frontline' AND w.servicePointID IS NOT NULL AND w.isActive
                  AND s.role IN ('assistantSupervisor', 'traineeSupervisor', 'supervisor') ORDER BY w.code LIMIT 1
                """)
        }) else { throw BenchFailure("the example centre has no frontline worker with a supervisor") }
        let holderCode: String = pair["code"], supervisorCode: String = pair["supervisorCode"]
        let holder = try database.authenticate(workerCode: holderCode, password: password)
        let supervisor = try database.authenticate(workerCode: supervisorCode, password: password)
        let today = CalendarDate.today(now: Date())
        let programme = try database.createProgramme(
            ProgrammeDraft(kind: .smallActivity, title: "社区长者健康讲堂", startsOn: today.adding(days: 30),
                           endsOn: today.adding(days: 60)), as: holder)
        _ = try database.addSession(SessionDraft(heldOn: today.adding(days: 30), startTime: "09:30",
                                                 durationMinutes: 90, venue: "社区服务中心"), to: programme.id, as: holder)
        try database.savePlan(ProgrammePlan(aims: "提升长者健康意识", targetMembers: "社区长者",
                                            items: [ProgrammePlanItem(title: "讲座", content: "健康知识")],
                                            budget: [BudgetLine(item: "茶点", amount: MoneyAmount(fen: 8_000))]),
                              for: programme.id, as: holder)
        try database.submitPlan(programmeID: programme.id, as: holder)
        try database.approvePlan(programmeID: programme.id, as: supervisor)

        // Bulk: members × sessions = existing + the timed ones (half for the store, half bare).
        let members = 2000
        let filledSessions = max(1, existing / members)
        let freshCount = max(2, 2 * ((timed + members - 1) / members))
        let start = DispatchTime.now().uptimeNanoseconds
        var registrations: [String] = []
        var freshSessions: [String] = []
        var inserted = 0
        try bare.write { db in
            let stamp = AuditTimestamp.format(Date())
            for index in 0..<members {
                let id = UUID().uuidString.lowercased()
                registrations.append(id)
                try db.execute(sql: """
                    INSERT INTO registration (id, programmeID, name, phone, registeredOn, recordedBy, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, programme.id, "组员\(index)", String(format: "139%08d", index),
                                     today.description, holderCode, stamp])
            }
            let insertSession = try db.makeStatement(sql: """
                INSERT INTO programmeSession (id, programmeID, number, heldOn, startTime, durationMinutes, venue)
                VALUES (?, ?, ?, ?, '09:30', 90, '社区服务中心')
                """)
            let insertSignIn = try db.makeStatement(sql: """
                INSERT INTO signIn (id, sessionID, registrationID, signedAt, stationID, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, 'office', ?, ?)
                """)
            for number in 0..<(filledSessions + freshCount) {
                let sessionID = UUID().uuidString.lowercased()
                try insertSession.execute(arguments: [sessionID, programme.id, number + 2,
                                                      today.adding(days: 30).description])
                guard number < filledSessions else {
                    freshSessions.append(sessionID)
                    continue
                }
                for registration in registrations where inserted < existing {
                    try insertSignIn.execute(arguments: [UUID().uuidString.lowercased(), sessionID, registration,
                                                          stamp, holderCode, stamp])
                    inserted += 1
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return SetUp(path: path, session: holder, database: database, programmeID: programme.id,
                     freshSessions: freshSessions, registrations: registrations, existingSignIns: inserted,
                     bulkSeconds: seconds)
    }

    /// On a generated centre: the generated activity still running (plan approved) with the most registrations,
    /// its holder signed in, and fresh sessions added for the timed sign-ins (half for the store, half bare).
    static func onGenerated(path: String, database: AppDatabase, password: String, timed: Int) throws -> SetUp {
        let bare = try DatabaseQueue(path: path)
        let today = CalendarDate.today(now: Date())
        let (programmeID, holderCode, registrations, freshSessions) = try bare.write { db -> (String, String, [String], [String]) in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.id, p.createdBy FROM programme p JOIN worker w ON w.code = p.createdBy
                WHERE p.stage = 'planApproved' AND p.kind IN ('largeActivity', 'smallActivity') AND w.role = 'frontline'
                  AND w.isActive
                ORDER BY (SELECT COUNT(*) FROM registration r WHERE r.programmeID = p.id) DESC, p.id LIMIT 1
                """) else { throw BenchFailure("the generated centre has no running activity") }
            let id: String = row["id"]
            let registrations = try String.fetchAll(db, sql: "SELECT id FROM registration WHERE programmeID = ? ORDER BY id",
                                                    arguments: [id])
            guard !registrations.isEmpty else { throw BenchFailure("activity \(id) has no registrations") }
            let needed = max(2, 2 * ((timed + registrations.count - 1) / registrations.count))
            let first = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM programmeSession WHERE programmeID = ?",
                                          arguments: [id]) ?? 0) + 1
            var sessions: [String] = []
            for number in first..<(first + needed) {
                let sessionID = "\(id)-bench-\(number)"
                try db.execute(sql: """
                    INSERT INTO programmeSession (id, programmeID, number, heldOn, startTime, durationMinutes, venue)
                    VALUES (?, ?, ?, ?, '09:30', 90, '社区服务中心')
                    """, arguments: [sessionID, id, number, today.description])
                sessions.append(sessionID)
            }
            return (id, row["createdBy"], registrations, sessions)
        }
        let existing = try bare.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM signIn") ?? 0 }
        try bare.close()
        return SetUp(path: path, session: try database.authenticate(workerCode: holderCode, password: password),
                     database: database, programmeID: programmeID, freshSessions: freshSessions,
                     registrations: registrations, existingSignIns: existing, bulkSeconds: 0)
    }

    /// (store, bare) for `count` sign-ins each, alternating.
    static func measure(_ setUp: SetUp, count: Int) throws -> (program: Measurement, baseline: Measurement) {
        let half = setUp.freshSessions.count / 2
        let storePairs = pairs(Array(setUp.freshSessions.prefix(half)), setUp.registrations, count)
        let barePairs = pairs(Array(setUp.freshSessions.suffix(half)), setUp.registrations, count)
        let queue = try DatabaseQueue(path: setUp.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
        }
        let insert = try queue.write { db in
            try db.makeStatement(sql: """
                INSERT INTO signIn (id, sessionID, registrationID, signedAt, stationID, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, 'office', ?, ?)
                """)
        }
        var program: [Double] = [], baseline: [Double] = []
        for index in 0..<count {
            var start = DispatchTime.now().uptimeNanoseconds
            let outcome = try setUp.database.recordSignIn(sessionID: storePairs[index].0,
                                                          registrationID: storePairs[index].1, as: setUp.session)
            program.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            guard outcome.isRecorded else { throw BenchFailure("a timed sign-in was not new: \(outcome)") }
            start = DispatchTime.now().uptimeNanoseconds
            let stamp = AuditTimestamp.format(Date())
            try queue.write { _ in
                try insert.execute(arguments: [UUID().uuidString.lowercased(), barePairs[index].0, barePairs[index].1,
                                               stamp, setUp.session.workerCode, stamp])
            }
            baseline.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return (Measurement(name: "recordSignIn", millisecondTimes: program),
                Measurement(name: "INSERT + COMMIT of the same row, synchronous=FULL, WAL", millisecondTimes: baseline))
    }

    private static func pairs(_ sessions: [String], _ registrations: [String], _ count: Int) -> [(String, String)] {
        var out: [(String, String)] = []
        for session in sessions {
            for registration in registrations where out.count < count { out.append((session, registration)) }
        }
        return out
    }

    static func markdown(setUp: SetUp, durable: (program: Measurement, baseline: Measurement),
                         search: RosterSearchBenchmark.Result, command: String) -> String {
        let total = (try? DatabaseQueue(path: setUp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM signIn") ?? 0
        }) ?? 0
        func line(_ m: Measurement) -> String {
            String(format: "%.2f ms median, %.2f ms p99", m.median, m.percentile(0.99))
        }
        return """
            ## Sign-in station (issue 5)

            Written by `zhongai-bench signin` on \(AuditTimestamp.format(Date())); \(setUp.existingSignIns) sign-ins \
            bulk-inserted first (\(String(format: "%.0f", setUp.bulkSeconds)) s), \(total) in the file at the end.

            | What | Program | Baseline | Ratio (medians) | Runs |
            |---|---|---|---|---|
            | Durable sign-in (`recordSignIn`: access check, duplicate check, insert, audit row, synchronous=FULL) \
            | \(line(durable.program)) | \(durable.baseline.name): \(line(durable.baseline)) \
            | \(String(format: "%.2f×", durable.program.median / durable.baseline.median)) \
            | \(durable.program.millisecondTimes.count) / \(durable.baseline.millisecondTimes.count) |
            | Roster search per keystroke, \(search.members) members (name, initials, last four digits) \
            | \(String(format: "%.3f ms median, %.3f ms p99", search.perKeystroke.median, search.perKeystroke.percentile(0.99))) \
            | aim: under 10 ms | — | \(search.perKeystroke.millisecondTimes.count) keystrokes |
            | Roster readings prepared once (pinyin of every name) | \(String(format: "%.1f ms", search.prepareMilliseconds)) \
            | — | — | 1 |

            Reproduce: `\(command)`
            """
    }
}
