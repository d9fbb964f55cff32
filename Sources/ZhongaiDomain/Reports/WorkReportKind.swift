/// What a worker hands in for review: the monthly report (工作月报, CHK-01), the half-year summary and plan
/// (半年工作总结及下半年计划) or the annual summary and next year's plan (年度总结及来年计划, CHK-03).
public enum WorkReportKind: String, CaseIterable, Codable, Sendable {
    case monthly
    case halfYear
    case annual

    /// English msgid of the kind's name.
    public var title: String {
        switch self {
        case .monthly: N_("Monthly report")
        case .halfYear: N_("Half-year summary")
        case .annual: N_("Annual summary")
        }
    }

    /// The document's nature in its electronic file name (ARC-10: 姓名-年月-月报).
    public var fileNature: String {
        switch self {
        case .monthly: "月报"
        case .halfYear: "半年总结"
        case .annual: "年度总结"
        }
    }

    /// The rule the report is written under.
    public var rule: String { self == .monthly ? "CHK-01" : "CHK-03" }
}
