import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// Writes a large, realistic centre into a new database file.
///
/// The base (reference data, the first administrator, the example centre) goes through the store, so it is exactly
/// what `zhongai init --demo` makes. The bulk (workers, clients, consents, intakes, cases with their archive codes,
/// approvals and service records, and the audit rows of all of it) is written with prepared SQL in transactions of
/// a few thousand cases: the store's one-transaction-per-action path would take hours at this size. Every row still
/// passes the schema's CHECKs, foreign keys and triggers, and the audit chain verifies. The audit rows are written
/// case by case, so their times are in order within a case, not across cases (the chain is by sequence, not time).
///
/// Then, per case holder and year, groups and activities with their sessions, registrations, sign-ins, plans,
/// reports and feedback, and supervision and training sessions (ProgrammeWriter, shared with `indicators`): about
/// 20 000 programmes and a million sign-ins for 100 000 cases, in proportion for fewer.
struct CentreGenerator {
    let options: GenerationOptions
    let dataDirectory: URL
    /// The last day of the generated history; fixed by the caller so a seed gives the same centre every day.
    let lastDay: DayNumber

    var firstDay: DayNumber { lastDay + (-365 * options.years) }

    /// Generates the centre at `path` (a new file) and returns the row count of each table.
    func generate(path: String) throws -> [(table: String, rows: Int)] {
        try createBase(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            // A generated file can be made again: durability is not needed while it is written.
            try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
            var random = SeededGenerator(seed: options.seed)
            var audit = try AuditChainWriter(db)
            var staff: [StaffMember] = []
            try db.inTransaction {
                staff = try addWorkers(db, random: &random, audit: &audit)
                return .commit
            }
            let writer = try CaseWriter(db, categories: String.fetchAll(db, sql: "SELECT code FROM clientCategory"))
            var generated = 0
            let batch = 2000
            let openings = openingDays(random: &random)
            while generated < openings.count {
                try db.inTransaction {
                    for index in generated..<min(generated + batch, openings.count) {
                        let holder = staff[random.int(0...(staff.count - 1))]
                        try writer.writeCase(number: index, holder: holder, openedOn: openings[index], lastDay: lastDay,
                                             recordsPerCase: options.recordsPerCase, random: &random, audit: &audit)
                    }
                    return .commit
                }
                generated = min(generated + batch, openings.count)
            }
            try db.inTransaction {
                try programmes(db, holders: staff.count)
                return .commit
            }
            try db.execute(sql: "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return try queue.read { db in try Self.rowCounts(db) }
    }

    /// Programmes and supervision of every case holder over the years of the history. Twelve programmes and 30
    /// supervision sessions per holder and year are available; the share asked for is 23 500 per 100 000 cases so
    /// that, once the days before the history's first day are skipped, about 20 000 programmes and 1 000 000
    /// sign-ins remain (the sizes), with every supervision session at that size.
    private func programmes(_ db: Database, holders: Int) throws {
        let firstYear = firstDay.year, years = lastDay.year - firstDay.year + 1
        let scale = Double(options.cases) / 100_000
        let available = Double(max(1, holders * years * 12))
        let keepProgrammes = min(1000, max(0, Int((23_500 * scale * 1000 / available).rounded())))
        let keepSupervision = min(1000, max(0, Int((1000 * scale).rounded())))
        try ProgrammeWriter.prepareItems(db, workerYears: """
            SELECT w.code, w.supervisorCode AS supervisor, \(firstYear) + y.n AS year, w.rank * \(years) + y.n AS k,
                   sp.id AS pointID, sp.townID AS townID, t.code AS townCode, sp.sectorCode AS sectorCode
            FROM (SELECT code, supervisorCode, servicePointID, ROW_NUMBER() OVER (ORDER BY code) - 1 AS rank
                  FROM worker WHERE role IN ('frontline', 'assistantSupervisor') AND supervisorCode IS NOT NULL) w
            JOIN seq y ON y.n < \(years)
            JOIN servicePoint sp ON sp.id = w.servicePointID JOIN town t ON t.id = sp.townID
            """, seed: options.seed)
        try ProgrammeWriter.programmes(db, keepPerMille: keepProgrammes, from: firstDay.text, today: lastDay.text)
        try ProgrammeWriter.supervision(db, keepPerMille: keepSupervision, from: firstDay.text, today: lastDay.text)
    }

    /// The opening day of every case, in order: spread evenly over the years, as a centre grows steadily.
    private func openingDays(random: inout SeededGenerator) -> [DayNumber] {
        (0..<options.cases).map { _ in firstDay + random.int(0...(lastDay.value - firstDay.value)) }.sorted()
    }

    /// Reference data, the first administrator and the example centre, through the store.
    private func createBase(path: String) throws {
        let database = try AppDatabase.open(path: path)
        try database.loadReferenceData(from: dataDirectory)
        let at = firstDay.moment(minuteOfDay: 9 * 60)
        let administrator = try database.createAdministrator(name: "系统管理员", password: options.password, at: at)
        let session = try database.authenticate(workerCode: administrator.code, password: options.password, at: at)
        try database.populateDemoCentre(password: options.password, by: session, at: at)
        try database.endSession(session, .signedOut, at: at)
    }

    static func rowCounts(_ db: Database) throws -> [(table: String, rows: Int)] {
        let tables = ["worker", "account", "client", "consent", "intake", "caseFile", "archiveCode", "approvalRequest",
                      "approvalDecision", "serviceRecord", "programme", "programmeSession", "registration", "signIn",
                      "programmePlan", "programmeReport", "programmeReview", "programmeFeedback",
                      "programmeFeedbackScore", "supervisionSession", "supervisionParticipant", "protectedRecord",
                      "auditEntry"]
        return try tables.map { ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0) }
    }
}
