/// The items a participant rates on the 参加者意见表 (GRP-05), each 1–5. The rule book names the form but not its
/// items, so these four are the default: content, arrangement, the worker's performance, overall.
public enum FeedbackItem: String, CaseIterable, Codable, Sendable {
    case content
    case arrangement
    case workerPerformance
    case overall

    /// English msgid of the item's question.
    public var title: String {
        switch self {
        case .content: N_("Content")
        case .arrangement: N_("Activity arrangement")
        case .workerPerformance: N_("Worker's performance")
        case .overall: N_("Overall")
        }
    }
}
