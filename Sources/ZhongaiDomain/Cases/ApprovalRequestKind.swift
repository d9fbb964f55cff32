/// What a worker asks the supervisor to approve. Rules CASE-02 (a stage move), CASE-03 (closing, referral).
public enum ApprovalRequestKind: Equatable, Codable, Sendable {
    /// Move the case to the next stage.
    case advance(to: CaseStage)
    /// End the case (结案), with its reason (CASE-12).
    case close(ClosingReason)
    /// Refer the client to another agency (转介), with the reason; needs the client's consent (CONF-01).
    case refer(agency: String, reason: ClosingReason)

    /// The ending an approval of this request gives the case; nil for a stage move.
    public var ending: CaseEnding? {
        switch self {
        case .advance: nil
        case .close(let reason): .closed(reason)
        case .refer(let agency, let reason): .referred(agency: agency, reason: reason)
        }
    }

    /// English msgid of what is asked, with `%@` for the stage or agency.
    public var title: String {
        switch self {
        case .advance: N_("Move to %@")
        case .close: N_("Close the case")
        case .refer: N_("Refer to %@")
        }
    }
}
