import Foundation

/// The times of N runs of one operation: median and 95th percentile, in milliseconds.
struct Measurement {
    let name: String
    let millisecondTimes: [Double]
    /// "ms" for times; "MB" for a memory figure (then the values are megabytes).
    var unit = "ms"

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    /// Nearest-rank percentile.
    func percentile(_ fraction: Double) -> Double {
        let sorted = millisecondTimes.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Runs `body` `runs` times after `warmUp` untimed runs.
    static func time(_ name: String, runs: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmUp { try body() }
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Measurement(name: name, millisecondTimes: times)
    }
}
