import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CHK-01 (服务检查制度 第七条): the statistics of `workerCode`'s own work in `period` — cases opened,
    /// closed, referred and open at its end (CASE-15, for this worker), service records, the groups and activities
    /// with a session in the period with how they count (IND-05) — and the period's indicator counts.
    static func drawReportStatistics(_ db: Database, workerCode: String, period: WorkReportPeriod, at now: Date) throws
        -> WorkReportStatistics {
        let first = period.firstDay.description
        let next = period.lastDay.adding(days: 1).description
        let cases = try caseFigures(db, from: first, before: next,
                                    where: ("protectedRecord.holderCode = ?", [workerCode]))
        let serviceRecords = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM serviceRecord JOIN protectedRecord ON protectedRecord.id = serviceRecord.caseID
            WHERE protectedRecord.holderCode = ? AND serviceRecord.servedOn >= ? AND serviceRecord.servedOn < ?
            """, arguments: [workerCode, first, next]) ?? 0
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let programmes = try Row.fetchAll(db, sql: """
            SELECT programme.id, programme.code, programme.title, programme.kind,
                   (SELECT COUNT(*) FROM programmeSession s
                    WHERE s.programmeID = programme.id AND s.heldOn >= ? AND s.heldOn < ?) AS inPeriod
            FROM programme JOIN protectedRecord ON protectedRecord.id = programme.id
            WHERE protectedRecord.holderCode = ? AND inPeriod > 0
            ORDER BY programme.startsOn, programme.code
            """, arguments: [first, next, workerCode]).map { row -> WorkReportProgrammeLine in
                let id: String = row["id"]
                let kind = ProgrammeKind(rawValue: row["kind"]) ?? .smallActivity
                let minutes = try Int.fetchAll(db, sql: "SELECT durationMinutes FROM programmeSession WHERE programmeID = ?",
                                               arguments: [id])
                let participants = try fetchParticipantCount(db, programmeID: id)
                let classified = ProgrammeClassification.classify(kind: kind, participants: participants,
                                                                  sessionMinutes: minutes, policy: policy)
                return WorkReportProgrammeLine(code: row["code"], title: row["title"], kind: kind,
                                               countsAs: classified.countsAs, participants: participants,
                                               sessionsInPeriod: row["inPeriod"])
            }
        return WorkReportStatistics(casesOpened: cases["opened"], casesClosed: cases["closed"],
                                    casesReferred: cases["referred"], casesOpenAtEnd: cases["openAtEnd"],
                                    serviceRecords: serviceRecords, programmes: programmes,
                                    indicators: try reportIndicatorLines(db, workerCode: workerCode, period: period,
                                                                         today: CalendarDate.today(now: now)),
                                    drawnAt: now)
    }

    /// The indicator lines of a report from the worker's indicator sheet of the period's year (IND-01), read in the
    /// report's own transaction: the months of the period and the year to its end, against the post's targets.
    static func reportIndicatorLines(_ db: Database, workerCode: String, period: WorkReportPeriod,
                                     today: CalendarDate) throws -> [WorkReportIndicatorLine] {
        guard let worker = try WorkerRecord.fetchOne(db, key: workerCode)?.worker else { return [] }
        let builder = try IndicatorSheetBuilder(db, year: period.year, today: today, workers: [worker.code])
        return WorkReportIndicatorLine.lines(from: builder.sheet(of: worker), period: period)
    }
}
