/// An event in the review of a plan or report: the holder submits, the supervisor approves or returns it.
public enum ProgrammeReviewEvent: String, CaseIterable, Codable, Sendable {
    case submitted
    case approved
    case returned

    /// English msgid of the event's name.
    public var title: String {
        switch self {
        case .submitted: N_("Submitted")
        case .approved: N_("Approved")
        case .returned: N_("Returned")
        }
    }
}
