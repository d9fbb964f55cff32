import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// How many listed cases share one facts statement: large enough that the statement's cost is spread thin,
    /// small enough that a list stopped by its limit reads few facts it does not show.
    static let deadlineFactsBatchSize = 500

    /// The deadline facts of many cases at once, by case id: the same dates as `deadlineFacts(_:_:)` reads for one
    /// case, read by one cached statement over the cases' ids (issue 9: the case list, the search and the due board
    /// computed them with one statement per case, 0.3 ms each, most of a list's time at 100 000 cases).
    static func deadlineFacts(_ db: Database, _ cases: [CaseFile], batchSize: Int = deadlineFactsBatchSize) throws
        -> [String: CaseDeadlineFacts] {
        var facts: [String: CaseDeadlineFacts] = [:]
        facts.reserveCapacity(cases.count)
        let byID = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let statement = try db.cachedStatement(sql: batchFactsSQL)
        var start = 0
        while start < cases.count {
            let batch = cases[start..<min(start + batchSize, cases.count)]
            start += batchSize
            // Written by hand: JSONSerialization took two thirds of this function's time.
            let listed = "[" + batch.map {
                "[" + jsonString($0.id) + "," + ($0.intakeID.map(jsonString) ?? "null") + ",\"" +
                    $0.openedOn.description + "\"]"
            }.joined(separator: ",") + "]"
            let rows = try Row.fetchCursor(statement, arguments: [listed])
            while let row = try rows.next() {
                let id: String = row[factsColumnCount]
                // Every row is one of the listed cases.
                let caseFile = byID[id]!
                facts[id] = try deadlineFacts(caseFile, row)
            }
        }
        return facts
    }

    /// The facts of `caseFile` from a row of the per-case or the batched statement, whose first columns are
    /// `deadlineFactsColumns` in order: read by position, as looking columns up by name cost a tenth of a list.
    static func deadlineFacts(_ caseFile: CaseFile, _ row: Row?) throws -> CaseDeadlineFacts {
        func column(_ index: Int) throws -> CalendarDate? { try date(row?[index]) }
        return CaseDeadlineFacts(
            openedOn: caseFile.openedOn, endedOn: caseFile.closedOn,
            intakeContactOn: try column(0), intakeRecordedOn: try column(1), firstServiceOn: try column(2),
            assessmentReportOn: try column(4), stageReviewOn: caseFile.stageReviewOn,
            problemSolvedOn: caseFile.problemSolvedOn, closingEvaluationOn: try column(5),
            planServiceStartsOn: try column(6), planSubmittedOn: try column(3))
    }

    /// How many columns `deadlineFactsColumns` gives.
    private static let factsColumnCount = 7

    /// `text` as a JSON string: quotes, backslashes and control characters escaped.
    private static func jsonString(_ text: String) -> String {
        // The usual id has nothing to escape: copied as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var json = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case _ where scalar.value < 0x20: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
        return json + "\""
    }

    /// The per-case statement's subqueries over a JSON array of [case id, intake id, opening day], one row a case.
    private static let batchFactsSQL = """
        WITH listed(caseID, intakeID, openedOn) AS (
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
            FROM json_each(?)
        )
        SELECT \(deadlineFactsColumns(caseID: "listed.caseID", intakeID: "listed.intakeID",
                                       openedOn: "listed.openedOn")), listed.caseID
        FROM listed
        """
}
