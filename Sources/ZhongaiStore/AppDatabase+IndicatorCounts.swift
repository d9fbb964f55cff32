import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule IND-01: the counts of `year` for every worker, each source one aggregate query over the year's rows
    /// (covered by the indexes of v14), grouped by worker and month. What each indicator counts:
    /// - 专业个案: case files opened in the year, by the worker who opened them (the holder at opening: a later
    ///   handover does not move a year's count);
    /// - 咨询/即时辅导: consultation contacts (人次) in the year, by the worker who recorded each;
    /// - 探访: visits in the year, by the worker who recorded them;
    /// - 建档: client records the worker created in the year (China time), not those merged away as duplicates;
    /// - groups and activities: programmes held, counted in the month of their last session, once that day has come
    ///   and someone signed in (the roll call of GRP-04 is the proof it was held), by the worker who created them;
    ///   activities as IND-05 classifies them from the distinct people signed in and the shortest session
    ///   (讲座 and 工作坊 both count as 讲座/工作坊; one that meets neither definition is not counted);
    /// - 督导 and 培训及团建: supervision sessions attended, as SUP-06 counts them;
    /// - volunteers, outreach records and newsletters: `volunteerIndicatorTally`.
    /// `workers` limits the queries to those workers (nil: everyone).
    static func indicatorCounts(_ db: Database, year: Int, today: CalendarDate, policy: Policy,
                                workers: [String]? = nil) throws -> IndicatorCounts {
        var counts = IndicatorCounts()
        let first = String(format: "%04d-01-01", year), last = String(format: "%04d-12-31", year)
        // China time is UTC+8 all year: the year's creation times run from 16:00 UTC on 31 December before.
        let utcStart = String(format: "%04d-12-31T16:00:00.000Z", year - 1)
        let utcEnd = String(format: "%04d-12-31T16:00:00.000Z", year)

        func only(_ column: String) -> (String, StatementArguments) {
            guard let workers else { return ("", []) }
            guard !workers.isEmpty else { return (" AND 0", []) }
            return (" AND \(column) IN (" + Array(repeating: "?", count: workers.count).joined(separator: ", ") + ")",
                    StatementArguments(workers))
        }
        func add(_ indicator: Indicator, sql: String, _ arguments: StatementArguments) throws {
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                counts.tally.add(worker: row[0], indicator: indicator, month: row[1], count: row[2])
            }
        }

        var (filter, filterArguments) = only("openedBy")
        try add(.professionalCase, sql: """
            SELECT openedBy, CAST(substr(openedOn, 6, 2) AS INTEGER), COUNT(*) FROM caseFile
            WHERE openedOn BETWEEN ? AND ?\(filter) GROUP BY 1, 2
            """, [first, last] + filterArguments)
        (filter, filterArguments) = only("recordedBy")
        try add(.consultation, sql: """
            SELECT recordedBy, CAST(substr(contactDate, 6, 2) AS INTEGER), COUNT(*) FROM consultationContact
            WHERE contactDate BETWEEN ? AND ?\(filter) GROUP BY 1, 2
            """, [first, last] + filterArguments)
        try add(.visit, sql: """
            SELECT recordedBy, CAST(substr(visitDate, 6, 2) AS INTEGER), COUNT(*) FROM visit
            WHERE visitDate BETWEEN ? AND ?\(filter) GROUP BY 1, 2
            """, [first, last] + filterArguments)
        (filter, filterArguments) = only("createdBy")
        try add(.filing, sql: """
            SELECT createdBy, CAST(strftime('%m', createdAt, '+8 hours') AS INTEGER), COUNT(*) FROM client
            WHERE createdAt >= ? AND createdAt < ? AND mergedInto IS NULL\(filter) GROUP BY 1, 2
            """, [utcStart, utcEnd] + filterArguments)

        // SUP-06, as supervisionIndicatorCounts counts: every session attended as a supervisee.
        (filter, filterArguments) = only("p.workerCode")
        for row in try Row.fetchAll(db, sql: """
            SELECT p.workerCode, CAST(substr(s.heldOn, 6, 2) AS INTEGER),
                   SUM(s.type <> 'training'), SUM(s.type = 'training')
            FROM supervisionSession s JOIN supervisionParticipant p ON p.sessionID = s.id
            WHERE s.heldOn BETWEEN ? AND ?\(filter) GROUP BY 1, 2
            """, arguments: [first, last] + filterArguments) {
            let worker: String = row[0], month: Int = row[1]
            counts.tally.add(worker: worker, indicator: .supervision, month: month, count: row[2])
            counts.tally.add(worker: worker, indicator: .training, month: month, count: row[3])
        }

        // Groups and activities held, classified by IND-05.
        (filter, filterArguments) = only("p.createdBy")
        let held = """
            WITH ended AS (
                SELECT programmeID, MAX(heldOn) AS lastDay, MIN(durationMinutes) AS shortest FROM programmeSession
                WHERE programmeID IN (SELECT programmeID FROM programmeSession WHERE heldOn BETWEEN ?1 AND ?2)
                GROUP BY programmeID HAVING lastDay BETWEEN ?1 AND ?2 AND lastDay <= ?3)
            """
        let heldArguments: StatementArguments = [first, last, today.description]
        for row in try Row.fetchAll(db, sql: held + """
            SELECT p.createdBy, p.kind, CAST(substr(e.lastDay, 6, 2) AS INTEGER), e.shortest,
                   (SELECT COUNT(DISTINCT si.registrationID) FROM programmeSession ps
                    JOIN signIn si ON si.sessionID = ps.id WHERE ps.programmeID = e.programmeID) AS participants
            FROM ended e JOIN programme p ON p.id = e.programmeID
            WHERE 1\(filter)
            """, arguments: heldArguments + filterArguments) {
            let participants: Int = row[4]
            guard participants > 0, let kind = ProgrammeKind(rawValue: row[1]) else { continue }
            let classification = ProgrammeClassification.classify(kind: kind, participants: participants,
                                                                  sessionMinutes: [row[3]], policy: policy)
            guard let countsAs = classification.countsAs else { continue }
            counts.tally.add(worker: row[0], indicator: indicator(countedAs: countsAs), month: row[2])
        }

        // IND-02: satisfaction per item across the programmes held in the year.
        let satisfied = SatisfactionSummary.satisfiedScores
        for row in try Row.fetchAll(db, sql: held + """
            SELECT p.createdBy, s.item, COUNT(*), SUM(s.score BETWEEN ?4 AND ?5)
            FROM ended e JOIN programme p ON p.id = e.programmeID
            JOIN programmeFeedback f ON f.programmeID = p.id JOIN programmeFeedbackScore s ON s.feedbackID = f.id
            WHERE 1\(filter) GROUP BY 1, 2
            """, arguments: heldArguments + [satisfied.lowerBound, satisfied.upperBound] + filterArguments) {
            guard let item = FeedbackItem(rawValue: row[1]) else { continue }
            counts.satisfaction[row[0], default: [:]][item] = (row[2], row[3])
        }

        counts.tally.merge(try volunteerIndicatorTally(db, year: year))
        return counts
    }

    /// Rule IND-05: the indicator a programme counts in, as classified.
    static func indicator(countedAs kind: ProgrammeKind) -> Indicator {
        switch kind {
        case .therapeuticGroup: .therapeuticGroup
        case .preventiveGroup: .developmentalGroup
        case .largeActivity: .largeActivity
        case .smallActivity: .smallActivity
        case .lecture, .workshop: .lectureWorkshop
        case .outreach: .outreach
        }
    }
}
