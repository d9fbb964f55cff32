/// 结案: the closing part of a case file (结案 6.1, 6.2). Rules CASE-13, CASE-11, CASE-12.
public struct ClosingContent: Equatable, Codable, Sendable {
    public var reason: ClosingReason
    /// 服务对象的反馈
    public var clientFeedback: String
    /// Whether the client filled in the 服务成效表 (CASE-11).
    public var outcomeFormCompleted: Bool
    /// 跟进安排
    public var followUp: String
    /// 结案报告 text.
    public var report: String
    public var notes: String

    public init(reason: ClosingReason, clientFeedback: String = "", outcomeFormCompleted: Bool = false,
                followUp: String = "", report: String = "", notes: String = "") {
        self.reason = reason
        self.clientFeedback = clientFeedback
        self.outcomeFormCompleted = outcomeFormCompleted
        self.followUp = followUp
        self.report = report
        self.notes = notes
    }

    public func validated() -> ClosingContent {
        var c = self
        for keyPath in [\ClosingContent.clientFeedback, \.followUp, \.report, \.notes] {
            c[keyPath: keyPath] = CaseText.trimmed(c[keyPath: keyPath])
        }
        return c
    }
}
