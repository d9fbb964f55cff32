/// Counts of the annual indicators per worker and month of one year, as the records give them (IND-01); the
/// sources (cases, programmes, volunteers…) each add theirs, and a sheet reads the totals.
public struct IndicatorTally: Equatable, Sendable {
    /// Worker code → indicator → twelve monthly counts (January first).
    public private(set) var counts: [String: [Indicator: [Int]]] = [:]

    public init() {}

    /// Adds `count` to a worker's indicator in a month (1–12); other months are ignored.
    public mutating func add(worker: String, indicator: Indicator, month: Int, count: Int = 1) {
        guard (1...12).contains(month) else { return }
        counts[worker, default: [:]][indicator, default: Array(repeating: 0, count: 12)][month - 1] += count
    }

    public mutating func merge(_ other: IndicatorTally) {
        for (worker, indicators) in other.counts {
            for (indicator, months) in indicators {
                for (index, count) in months.enumerated() where count != 0 {
                    add(worker: worker, indicator: indicator, month: index + 1, count: count)
                }
            }
        }
    }

    public func monthly(worker: String, indicator: Indicator) -> [Int] {
        counts[worker]?[indicator] ?? Array(repeating: 0, count: 12)
    }

    public func total(worker: String, indicator: Indicator) -> Int {
        monthly(worker: worker, indicator: indicator).reduce(0, +)
    }

    /// Every indicator's twelve monthly counts summed over `workers` (one worker's, or a team's: IND-03).
    public func monthly(workers: [String]) -> [Indicator: [Int]] {
        var result: [Indicator: [Int]] = [:]
        for worker in Set(workers) {
            for (indicator, months) in counts[worker] ?? [:] {
                var sum = result[indicator] ?? Array(repeating: 0, count: 12)
                for (index, count) in months.enumerated() { sum[index] += count }
                result[indicator] = sum
            }
        }
        return result
    }

    /// The workers with any count.
    public var workers: Set<String> { Set(counts.keys) }
}
