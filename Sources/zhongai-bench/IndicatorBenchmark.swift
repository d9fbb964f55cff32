import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// The annual indicators at scale (issue 8): `indicatorSheets(year:)` for every worker, as the chair asks for them
/// (access, policy, post types, contracts and conversions, the counts of every source, IND-05 classification,
/// IND-02 satisfaction, the sheets with their proposals, one audit row), against one hand-written aggregate query
/// that counts the same rows of the same year in the same file, alternating run by run.
enum IndicatorBenchmark {
    struct SetUp {
        let path: String
        let database: AppDatabase
        let session: Session
        let year: Int
        let workers: Int
        let years: Int
        let generationSeconds: Double
        let rows: [(String, Int)]
        let megabytes: Double
    }

    struct Result {
        let program: Measurement
        let baseline: Measurement
        let oneWorker: Measurement
        let sheets: Int
        /// Whether the program's totals per indicator equal the baseline's.
        let agree: Bool
        let mismatches: [String]
    }

    static let password = "Zhongai-Bench-2026"

    static func prepare(path: String, data: URL, workers: Int, years: Int) throws -> SetUp {
        let database = try AppDatabase.open(path: path)
        _ = try database.loadReferenceData(from: data)
        _ = try database.createAdministrator(name: "系统管理员", password: password)
        try database.populateDemoCentre(password: password)
        let lastYear = CalendarDate.today(now: Date()).year
        let firstYear = lastYear - years + 1
        let start = DispatchTime.now().uptimeNanoseconds
        let bare = try DatabaseQueue(path: path)
        try bare.write { db in
            try IndicatorCentreWriter.write(db, workers: workers, firstYear: firstYear, years: years,
                                            today: CalendarDate.today(now: Date()).description)
        }
        try bare.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let (chair, rows) = try bare.read { db -> (String?, [(String, Int)]) in
            let chair = try String.fetchOne(db, sql: "SELECT code FROM worker WHERE role = 'chair' AND isActive LIMIT 1")
            var rows: [(String, Int)] = []
            for table in ["worker", "caseFile", "consultationContact", "visit", "client", "programme",
                          "programmeSession", "signIn", "programmeFeedbackScore", "supervisionParticipant"] {
                rows.append((table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0))
            }
            return (chair, rows)
        }
        guard let chair else { throw BenchFailure("the example centre has no chair") }
        try bare.close()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.doubleValue) ?? 0
        return SetUp(path: path, database: database,
                     session: try database.authenticate(workerCode: chair, password: password),
                     year: lastYear - 1, workers: workers, years: years, generationSeconds: seconds, rows: rows,
                     megabytes: size / 1_048_576)
    }

    static func measure(_ setUp: SetUp, runs: Int) throws -> Result {
        try measure(path: setUp.path, database: setUp.database, session: setUp.session, year: setUp.year,
                    oneWorkerCode: "BW001", runs: runs)
    }

    /// The chair's sign-in on the file at `path`: `year`'s sheets, alternating with the bare query.
    static func measure(path: String, database: AppDatabase, session: Session, year: Int, oneWorkerCode: String,
                        runs: Int) throws -> Result {
        let queue = try DatabaseQueue(path: path)
        let statement = try queue.read { db in try db.makeStatement(sql: baselineSQL) }
        let (first, last) = (String(format: "%04d-01-01", year), String(format: "%04d-12-31", year))
        let today = CalendarDate.today(now: Date()).description
        var sheets: [IndicatorSheet] = []
        var baselineRows: [Row] = []
        func runProgram() throws { sheets = try database.indicatorSheets(year: year, as: session) }
        func runBaseline() throws {
            baselineRows = try queue.read { _ in try Row.fetchAll(statement, arguments: [first, last, today]) }
        }
        try runProgram()
        try runBaseline()
        var program: [Double] = [], baseline: [Double] = []
        for _ in 0..<runs {
            var start = DispatchTime.now().uptimeNanoseconds
            try runProgram()
            program.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            start = DispatchTime.now().uptimeNanoseconds
            try runBaseline()
            baseline.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let oneWorker = try Measurement.time("indicatorSheet(year:workerCode:)", runs: runs) {
            _ = try database.indicatorSheet(year: year, workerCode: oneWorkerCode, as: session)
        }

        // The same totals both ways, per indicator (satisfaction per item).
        var expected: [String: Int] = [:]
        for row in baselineRows {
            let key: String = row[1]
            expected[key, default: 0] += row[3] as Int
        }
        var actual: [String: Int] = [:]
        for sheet in sheets {
            for line in sheet.lines where line.raw > 0 { actual[line.indicator.rawValue, default: 0] += line.raw }
            for item in sheet.satisfaction where item.responses > 0 {
                actual["satisfaction." + item.item.rawValue, default: 0] += item.responses
            }
        }
        let mismatches = Set(expected.keys).union(actual.keys).sorted().filter { expected[$0] != actual[$0] }
            .map { "\($0): program \(actual[$0] ?? 0), baseline \(expected[$0] ?? 0)" }
        return Result(program: Measurement(name: "indicatorSheets(year:)", millisecondTimes: program),
                      baseline: Measurement(name: "one aggregate query", millisecondTimes: baseline),
                      oneWorker: oneWorker, sheets: sheets.count, agree: mismatches.isEmpty, mismatches: mismatches)
    }

    /// One statement: every source of the year grouped by worker, indicator and month, activities classified by
    /// IND-05 in SQL (at the shipped thresholds), satisfaction responses per worker and item.
    /// The chair of the example centre, signed in, on any generated file.
    static func chairSession(_ database: AppDatabase, path: String, password: String) throws -> Session {
        let chair = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT code FROM worker WHERE role = 'chair' AND isActive ORDER BY code LIMIT 1")
        }
        guard let chair else { throw BenchFailure("the centre has no chair") }
        return try database.authenticate(workerCode: chair, password: password)
    }

    static let baselineSQL = """
        WITH ended AS (
            SELECT programmeID, MAX(heldOn) AS lastDay, MIN(durationMinutes) AS shortest FROM programmeSession
            WHERE programmeID IN (SELECT programmeID FROM programmeSession WHERE heldOn BETWEEN ?1 AND ?2)
            GROUP BY programmeID HAVING lastDay BETWEEN ?1 AND ?2 AND lastDay <= ?3),
        held AS (
            SELECT p.id, p.createdBy AS w, p.kind, substr(e.lastDay, 6, 2) AS m, e.shortest,
                   (SELECT COUNT(DISTINCT si.registrationID) FROM programmeSession ps JOIN signIn si ON si.sessionID = ps.id
                    WHERE ps.programmeID = e.programmeID) AS people
            FROM ended e JOIN programme p ON p.id = e.programmeID)
        SELECT openedBy, 'professionalCase', substr(openedOn, 6, 2), COUNT(*) FROM caseFile
        WHERE openedOn BETWEEN ?1 AND ?2 GROUP BY 1, 3
        UNION ALL SELECT recordedBy, 'consultation', substr(contactDate, 6, 2), COUNT(*) FROM consultationContact
        WHERE contactDate BETWEEN ?1 AND ?2 GROUP BY 1, 3
        UNION ALL SELECT recordedBy, 'visit', substr(visitDate, 6, 2), COUNT(*) FROM visit
        WHERE visitDate BETWEEN ?1 AND ?2 GROUP BY 1, 3
        UNION ALL SELECT createdBy, 'filing', strftime('%m', createdAt, '+8 hours'), COUNT(*) FROM client
        WHERE createdAt >= strftime('%Y-%m-%dT%H:%M:%S.000Z', ?1, '-8 hours')
          AND createdAt < strftime('%Y-%m-%dT%H:%M:%S.000Z', ?2, '+16 hours')
          AND mergedInto IS NULL GROUP BY 1, 3
        UNION ALL SELECT p.workerCode, CASE WHEN s.type = 'training' THEN 'training' ELSE 'supervision' END,
                         substr(s.heldOn, 6, 2), COUNT(*)
        FROM supervisionSession s JOIN supervisionParticipant p ON p.sessionID = s.id
        WHERE s.heldOn BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3
        UNION ALL SELECT w, CASE
                WHEN kind IN ('largeActivity', 'smallActivity') THEN
                    CASE WHEN people >= 100 THEN 'largeActivity' ELSE 'smallActivity' END
                WHEN kind = 'lecture' AND people >= 30 AND shortest >= 40 THEN 'lectureWorkshop'
                WHEN kind = 'workshop' AND people >= 10 THEN 'lectureWorkshop'
                WHEN kind = 'therapeuticGroup' THEN 'therapeuticGroup'
                WHEN kind = 'preventiveGroup' THEN 'developmentalGroup'
                WHEN kind = 'outreach' THEN 'outreach' END AS indicator, m, COUNT(*)
        FROM held WHERE people > 0 GROUP BY 1, 2, 3 HAVING indicator IS NOT NULL
        UNION ALL SELECT h.w, 'satisfaction.' || s.item, NULL, COUNT(*)
        FROM held h CROSS JOIN programmeFeedback f ON f.programmeID = h.id
        CROSS JOIN programmeFeedbackScore s ON s.feedbackID = f.id
        GROUP BY 1, 2
        """

    static func markdown(setUp: SetUp, result: Result, command: String) -> String {
        func line(_ m: Measurement) -> String {
            String(format: "%.1f ms median, %.1f ms p95", m.median, m.p95)
        }
        let rows = setUp.rows.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let agreement = result.agree ? "the same totals per indicator and item"
            : "DIFFERENT totals: " + result.mismatches.joined(separator: "; ")
        return """
            ## Annual indicators (issue 8)

            Written by `zhongai-bench indicators` on \(AuditTimestamp.format(Date())): the example centre plus \
            \(setUp.workers) generated workers with \(setUp.years) years of records each, made in SQL in \
            \(String(format: "%.0f", setUp.generationSeconds)) s (\(rows); \(String(format: "%.0f", setUp.megabytes)) MB). \
            Timed: year \(setUp.year), \(result.sheets) sheets, as the chair. Both ways give \(agreement).

            | What | Program | Baseline | Ratio (medians) | Runs |
            |---|---|---|---|---|
            | Every worker's sheet (`indicatorSheets(year:)`: access, policy, post types, contracts, conversions, \
            one aggregate query per source, IND-05 classification, IND-02 satisfaction, proposals, audit row) \
            | \(line(result.program)) | \(result.baseline.name) over the same rows: \(line(result.baseline)) \
            | \(String(format: "%.2f×", result.program.median / result.baseline.median)) \
            | \(result.program.millisecondTimes.count) / \(result.baseline.millisecondTimes.count) |
            | One worker's sheet (`indicatorSheet(year:workerCode:)`) | \(line(result.oneWorker)) | aim: under 200 ms \
            | — | \(result.oneWorker.millisecondTimes.count) |

            Reproduce: `\(command)`
            """
    }
}
