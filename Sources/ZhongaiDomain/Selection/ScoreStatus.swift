/// Where a candidate's scoring stands (SEL-02).
public enum ScoreStatus: String, Codable, Sendable {
    case awaitingWrittenTest
    /// Below the pass mark: 落选, no interview.
    case failedWrittenTest
    case awaitingInterview
    /// Some of the panel have scored: the total is provisional.
    case interviewIncomplete
    case complete

    public var title: String {
        switch self {
        case .awaitingWrittenTest: N_("Awaiting the written test")
        case .failedWrittenTest: N_("Failed the written test")
        case .awaitingInterview: N_("Awaiting the interview")
        case .interviewIncomplete: N_("Interview scores incomplete")
        case .complete: N_("Scored")
        }
    }
}
