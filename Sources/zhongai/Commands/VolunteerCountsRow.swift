import ZhongaiDomain

/// A worker's year of volunteer and publicity counts, as `volunteer count --json` prints it: per indicator (its
/// raw name) the total and the twelve months.
struct VolunteerCountsRow: Encodable {
    struct Line: Encodable {
        let total: Int
        let monthly: [Int]
    }

    let workerCode: String
    let year: Int
    let indicators: [String: Line]

    init(_ counts: VolunteerYearCounts) {
        workerCode = counts.workerCode
        year = counts.year
        var lines: [String: Line] = [:]
        for indicator in VolunteerYearCounts.indicators {
            lines[indicator.rawValue] = Line(total: counts.total(indicator),
                                             monthly: counts.monthly[indicator] ?? Array(repeating: 0, count: 12))
        }
        indicators = lines
    }
}
