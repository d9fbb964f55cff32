/// 异议: an objection to a candidate raised during the candidate list's public notice, and the second review's
/// decision (二次审核). Rule SEL-04.
public struct SelectionObjection: Equatable, Codable, Sendable {
    public enum Decision: String, Codable, Sendable {
        /// The objection stands: the candidate is disqualified.
        case upheld
        /// The review passed the candidate: they go on.
        case dismissed

        public var title: String {
            switch self {
            case .upheld: N_("Upheld: disqualified")
            case .dismissed: N_("Dismissed: the candidate goes on")
            }
        }
    }

    public let id: Int64
    public let nominationID: Int64
    public let raisedOn: CalendarDate
    public let text: String
    public let decision: Decision?
    public let decisionNote: String?

    public init(id: Int64, nominationID: Int64, raisedOn: CalendarDate, text: String, decision: Decision?,
                decisionNote: String?) {
        self.id = id
        self.nominationID = nominationID
        self.raisedOn = raisedOn
        self.text = text
        self.decision = decision
        self.decisionNote = decisionNote
    }
}
