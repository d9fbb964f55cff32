import Foundation
import GRDB
import ZhongaiDomain

/// Groups and activities with their sessions, registrations, sign-ins, plans, reviews, reports and feedback forms,
/// and supervision and training sessions, written straight in SQL per worker and year. Shared by the generator
/// (`generate`) and the indicator benchmark (`indicators`), so both files hold the same kind of rows.
///
/// Twelve kinds a worker-year (2 planned large activities, 4 small ones, 2 lectures, a workshop, 2 therapeutic
/// groups and a preventive one; groups meet weekly four times and their members sign in at every session held).
/// Numbers vary with the worker and year (activities of 95–110 people on both sides of 100, lectures of 35–60
/// minutes on both sides of 40) so the IND-05 classification has work to do. `keepPerMille` keeps that share of
/// the programmes and supervision sessions, spread evenly, so a small centre is small.
///
/// States as the store leaves them (GRP-01, GRP-02, GRP-06): every plan written, submitted and approved by the
/// supervisor two weeks before the first session; a programme whose last session is before `today` has its report
/// written, submitted and approved and its feedback forms (stage `reportApproved`); one still running or to come
/// stays `planApproved`, its sessions up to `today` signed in. Ids are readable (`pg-<k>-<i>`).
enum ProgrammeWriter {
    static let supervisions = 24, trainings = 6

    /// Temp tables: `seq` (0…999), `wy` (one row per worker and year from `workerYears`, a SELECT of code,
    /// supervisor, year, k, pointID, townID, townCode, sectorCode) and the view `item` (each worker-year × seq,
    /// with a month and a day of that year). Registrations take names and phones from a seeded `person` table.
    static func prepareItems(_ db: Database, workerYears: String, seed: UInt64) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE seq (n INTEGER PRIMARY KEY);
            WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 999) INSERT INTO seq SELECT n FROM s;
            CREATE TEMP TABLE wy AS \(workerYears);
            CREATE TEMP VIEW item AS
            SELECT wy.*, s.n AS i, 1 + (s.n * 7 + wy.k) % 12 AS month,
                   printf('%04d-%02d-%02d', wy.year, 1 + (s.n * 7 + wy.k) % 12, 1 + (s.n * 13 + wy.k) % 28) AS day
            FROM wy JOIN seq s;
            CREATE TEMP TABLE person (n INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL);
            CREATE TEMP TABLE programmeTitle (n INTEGER PRIMARY KEY, title TEXT NOT NULL);
            """)
        var random = SeededGenerator(seed: seed &+ 9)
        let person = try db.makeStatement(sql: "INSERT INTO person (n, name, phone) VALUES (?, ?, ?)")
        for n in 0..<1000 {
            try person.execute(arguments: [n, ChineseCorpus.personName(&random), ChineseCorpus.phone(&random)])
        }
        let title = try db.makeStatement(sql: "INSERT INTO programmeTitle (n, title) VALUES (?, ?)")
        for n in 0..<200 {
            try title.execute(arguments: [n, random.pick(ChineseCorpus.streets) + random.pick(themes)])
        }
    }

    static let themes = ["长者健康讲座", "亲子沟通小组", "邻里互助节", "青少年成长营", "新莞人融入活动", "残疾人康复小组",
                         "家庭教育讲座", "禁毒宣传活动", "防诈骗讲座", "妇女互助小组", "长者生日会", "义剪便民服务",
                         "照顾者减压工作坊", "儿童暑期托管班", "社区环保日"]

    /// The programmes of `item` rows with `i < 12` (`keepPerMille` of them), on or after `from`.
    static func programmes(_ db: Database, keepPerMille: Int, from: String, today: String) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE prog AS
            SELECT item.*, 'pg-' || k || '-' || i AS id,
                   CASE WHEN i < 2 THEN 'largeActivity' WHEN i < 6 THEN 'smallActivity' WHEN i < 8 THEN 'lecture'
                        WHEN i < 9 THEN 'workshop' WHEN i < 11 THEN 'therapeuticGroup' ELSE 'preventiveGroup' END AS kind,
                   CASE WHEN i < 9 THEN 'P' ELSE 'G' END AS nature,
                   CASE WHEN i < 2 THEN 95 + (k + i) % 16 WHEN i < 6 THEN 30 + (k * 3 + i) % 41
                        WHEN i < 8 THEN 28 + (k + i) % 13 WHEN i < 9 THEN 8 + k % 6 ELSE 8 END AS participants,
                   CASE WHEN i BETWEEN 6 AND 7 THEN 35 + (k + i) % 26 ELSE 90 END AS minutes,
                   CASE WHEN i < 9 THEN 1 ELSE 4 END AS sessions
            FROM item WHERE i < 12 AND ((k * 12 + i) * \(keepPerMille)) % 1000 < \(keepPerMille) AND day >= '\(from)';
            ALTER TABLE prog ADD COLUMN endsOn TEXT;
            UPDATE prog SET endsOn = date(day, '+' || (7 * (sessions - 1)) || ' days');
            INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                     openedOn, issuedAt)
            SELECT code || '-' || nature || '-' || k || '-' || i, code, nature, year, month,
                   -- ARC-05: after any the worker already has that year (the example centre's).
                   i + 1 + (SELECT COALESCE(MAX(a.sequence), 0) FROM archiveCode a
                            WHERE a.workerCode = prog.code AND a.nature = prog.nature AND a.year = prog.year),
                   townID, townCode, sectorCode, date(day, '-21 days'), date(day, '-21 days') || 'T02:00:00.000Z'
            FROM prog;
            INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt)
            SELECT id, 'programme', code, pointID, date(day, '-21 days') || 'T02:00:00.000Z' FROM prog;
            INSERT INTO programme (id, code, kind, title, hasFixedMembers, startsOn, endsOn, stage, createdBy,
                                   createdAt, createdOn)
            SELECT id, code || '-' || nature || '-' || k || '-' || i, kind,
                   (SELECT title FROM programmeTitle WHERE n = (k * 12 + i) % 200), nature = 'G', day, endsOn,
                   CASE WHEN endsOn < '\(today)' THEN 'reportApproved' ELSE 'planApproved' END, code,
                   date(day, '-21 days') || 'T02:00:00.000Z', date(day, '-21 days')
            FROM prog;
            INSERT INTO programmeSession (id, programmeID, number, heldOn, startTime, durationMinutes, venue)
            SELECT id || '-' || s.n, id, s.n + 1, date(day, '+' || (7 * s.n) || ' days'), '09:30', minutes, '社区服务中心'
            FROM prog JOIN seq s ON s.n < sessions;
            INSERT INTO registration (id, programmeID, name, phone, registeredOn, recordedBy, recordedAt)
            SELECT id || '-' || r.n, id, p.name, p.phone, date(day, '-7 days'), code,
                   date(day, '-7 days') || 'T02:00:00.000Z'
            FROM prog JOIN seq r ON r.n < participants JOIN person p ON p.n = (k * 37 + i * 101 + r.n) % 1000;
            INSERT INTO signIn (id, sessionID, registrationID, signedAt, stationID, recordedBy, recordedAt)
            SELECT printf('si-%033d', ((k * 12 + i) * 4 + s.n) * 1000 + r.n), id || '-' || s.n, id || '-' || r.n,
                   date(day, '+' || (7 * s.n) || ' days') || 'T01:30:00.000Z', 'office', code,
                   date(day, '+' || (7 * s.n) || ' days') || 'T01:30:00.000Z'
            FROM prog JOIN seq s ON s.n < sessions JOIN seq r ON r.n < participants
            WHERE date(day, '+' || (7 * s.n) || ' days') <= '\(today)';
            """)
        try plansAndReports(db, today: today)
        try db.execute(sql: """
            INSERT INTO programmeFeedback (id, programmeID, registrationID, filledOn, recordedBy, recordedAt)
            SELECT id || '-f' || r.n, id, id || '-' || r.n, endsOn, code, endsOn || 'T05:00:00.000Z'
            FROM prog JOIN seq r ON r.n < 3 WHERE endsOn < '\(today)';
            INSERT INTO programmeFeedbackScore (feedbackID, item, score)
            SELECT id || '-f' || r.n, v.item, 3 + (k + i + r.n + v.rank) % 3
            FROM prog JOIN seq r ON r.n < 3
            JOIN (SELECT 'content' AS item, 0 AS rank UNION ALL SELECT 'arrangement', 1
                  UNION ALL SELECT 'workerPerformance', 2 UNION ALL SELECT 'overall', 3) v
            WHERE endsOn < '\(today)';
            DROP TABLE prog;
            """)
    }

    /// GRP-02, GRP-06: the plan and report as the store encodes them, and the review history it appends.
    private static func plansAndReports(_ db: Database, today: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let budget = [BudgetLine(item: "活动物资", amount: MoneyAmount(fen: 30_000))]
        let plan = String(decoding: try encoder.encode(ProgrammePlan(
            aims: "增进居民之间的互助与交流", targetMembers: "社区居民",
            items: [ProgrammePlanItem(title: "破冰", content: "相互认识"),
                    ProgrammePlanItem(title: "主题分享", content: "围绕主题交流经验")],
            budget: budget)), as: UTF8.self)
        let report = String(decoding: try encoder.encode(ProgrammeReport(
            aimsAchieved: "目标基本达成", process: "按计划开展", evaluation: "参加者反馈良好",
            memberFollowUp: "个别组员转介个案跟进", expenses: budget)), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO programmePlan (programmeID, content, updatedBy, updatedAt)
            SELECT id, ?, code, date(day, '-20 days') || 'T03:00:00.000Z' FROM prog
            """, arguments: [plan])
        try db.execute(sql: """
            INSERT INTO programmeReport (programmeID, content, updatedBy, updatedAt)
            SELECT id, ?, code, endsOn || 'T08:00:00.000Z' FROM prog WHERE endsOn < ?
            """, arguments: [report, today])
        try db.execute(sql: """
            INSERT INTO programmeReview (programmeID, document, event, actorCode, recordedAt, recordedOn)
            SELECT id, 'plan', 'submitted', code, date(day, '-20 days') || 'T03:10:00.000Z', date(day, '-20 days')
            FROM prog;
            INSERT INTO programmeReview (programmeID, document, event, actorCode, recordedAt, recordedOn)
            SELECT id, 'plan', 'approved', supervisor, date(day, '-14 days') || 'T03:00:00.000Z', date(day, '-14 days')
            FROM prog;
            INSERT INTO programmeReview (programmeID, document, event, actorCode, recordedAt, recordedOn)
            SELECT id, 'report', 'submitted', code, endsOn || 'T08:10:00.000Z', endsOn FROM prog
            WHERE endsOn < '\(today)';
            INSERT INTO programmeReview (programmeID, document, event, actorCode, recordedAt, recordedOn)
            SELECT id, 'report', 'approved', supervisor, endsOn || 'T09:00:00.000Z', endsOn FROM prog
            WHERE endsOn < '\(today)';
            """)
    }

    /// Each worker's supervision (24 a year) and training (6 a year) sessions with the worker taking part, held
    /// by their supervisor, up to `today` (`keepPerMille` of them).
    static func supervision(_ db: Database, keepPerMille: Int, from: String, today: String) throws {
        let count = supervisions + trainings
        let filter = """
            i < \(count) AND ((k * \(count) + i) * \(keepPerMille)) % 1000 < \(keepPerMille)
            AND day BETWEEN '\(from)' AND '\(today)'
            """
        try db.execute(sql: """
            INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt)
            SELECT 'ss-' || k || '-' || i, 'supervisionSession', supervisor, pointID, day || 'T06:00:00.000Z'
            FROM item WHERE \(filter);
            INSERT INTO supervisionSession (id, supervisorCode, type, format, heldOn, startTime, durationMinutes,
                                            recordedBy, recordedAt)
            SELECT 'ss-' || k || '-' || i, supervisor,
                   CASE WHEN i < \(supervisions) THEN 'practiceCompetence' ELSE 'training' END, 'individual', day,
                   '14:00', 60, supervisor, day || 'T06:00:00.000Z'
            FROM item WHERE \(filter);
            INSERT INTO supervisionParticipant (sessionID, workerCode) SELECT 'ss-' || k || '-' || i, code
            FROM item WHERE \(filter);
            """)
    }
}
