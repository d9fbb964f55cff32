/// One figure of BENCHMARKS.md: the program's measurement beside its bare baseline from the same run.
struct Comparison {
    let title: String
    let program: Measurement
    let baseline: Measurement

    var ratio: Double { program.median / baseline.median }

    static let tableHeader = """
        | What | Program median (p95) | Baseline | Baseline median (p95) | Ratio | Runs |
        |---|---|---|---|---|---|
        """

    var tableRow: String {
        "| \(title) | \(Self.format(program)) | \(baseline.name) | \(Self.format(baseline)) | "
            + String(format: "%.1f×", ratio) + " | \(program.millisecondTimes.count) / \(baseline.millisecondTimes.count) |"
    }

    private static func format(_ m: Measurement) -> String {
        m.unit == "MB"
            ? String(format: "%.1f MB", m.median)
            : String(format: "%.2f ms (%.2f)", m.median, m.p95)
    }
}
