import Foundation

/// One dated line of the work log (工作日志, CHK-01; 服务检查制度 第六条: what was actually done that day).
public struct WorkLogLine: Equatable, Codable, Sendable {
    public var day: CalendarDate
    public var text: String

    public init(day: CalendarDate, text: String) {
        self.day = day
        self.text = text
    }

    /// Lines typed as "YYYY-MM-DD what was done", one a line; blank lines are skipped. Refuses a line without a
    /// date, or with nothing after it, naming the line.
    public static func parse(_ text: String) throws -> [WorkLogLine] {
        var lines: [WorkLogLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let dayText = String(line.prefix(10))
            let rest = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
            guard let day = try? CalendarDate(parsing: dayText) else {
                throw ValidationError(field: N_("Work log"), N_("line %@ does not start with a date YYYY-MM-DD"),
                                      String(index + 1), rule: "CHK-01", line: index + 1)
            }
            guard !rest.isEmpty else {
                throw ValidationError(field: N_("Work log"), N_("line %@ says nothing after its date"),
                                      String(index + 1), rule: "CHK-01", line: index + 1)
            }
            lines.append(WorkLogLine(day: day, text: rest))
        }
        return lines.sorted { $0.day < $1.day }
    }

    /// The lines as `parse` reads them back.
    public static func text(_ lines: [WorkLogLine]) -> String {
        lines.map { "\($0.day) \($0.text)" }.joined(separator: "\n")
    }
}
