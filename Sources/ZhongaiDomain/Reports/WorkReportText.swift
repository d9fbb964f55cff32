import Foundation

/// What the worker writes in a report (CHK-01, CHK-03): the work summary (工作总结 / 工作成效), reflections (反思),
/// problems met, the plan for the next period, and the work log of the period.
public struct WorkReportText: Equatable, Codable, Sendable {
    public var summary: String
    public var reflections: String
    public var problems: String
    public var plan: String
    public var workLog: [WorkLogLine]

    public init(summary: String = "", reflections: String = "", problems: String = "", plan: String = "",
                workLog: [WorkLogLine] = []) {
        self.summary = summary
        self.reflections = reflections
        self.problems = problems
        self.plan = plan
        self.workLog = workLog
    }

    /// Trimmed, with the log in date order; refuses a log line outside `period`.
    public func validated(for period: WorkReportPeriod) throws -> WorkReportText {
        func clean(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        for line in workLog where line.day < period.firstDay || line.day > period.lastDay {
            throw ValidationError(field: N_("Work log"), N_("%@ is outside the period %@"), line.day.description,
                                  period.description, rule: "CHK-01")
        }
        return WorkReportText(summary: clean(summary), reflections: clean(reflections), problems: clean(problems),
                              plan: clean(plan),
                              workLog: workLog.map { WorkLogLine(day: $0.day, text: clean($0.text)) }
                                  .filter { !$0.text.isEmpty }.sorted { $0.day < $1.day })
    }

    /// Rules CHK-01, CHK-03: a report goes in with its summary and reflections written (工作成效及自我反思), and a
    /// summary with its plan; the first missing part is named.
    public func requireComplete(kind: WorkReportKind) throws {
        if summary.isEmpty {
            throw ValidationError(field: N_("Work summary"), N_("write the work summary before submitting"),
                                  rule: kind.rule)
        }
        if reflections.isEmpty {
            throw ValidationError(field: N_("Reflections"), N_("write your reflections before submitting"),
                                  rule: kind.rule)
        }
        if kind != .monthly, plan.isEmpty {
            throw ValidationError(field: N_("Plan"), N_("a summary goes in with the plan for the next period"),
                                  rule: kind.rule)
        }
    }
}
