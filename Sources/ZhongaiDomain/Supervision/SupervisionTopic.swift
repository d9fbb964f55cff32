/// A topic discussed in a session (SUP-05): its words and, when it is about a case, the case file (its id, and
/// its archive code for display). Linking a case is access-checked: the supervisor must be allowed to view it.
public struct SupervisionTopic: Equatable, Codable, Sendable {
    public var text: String
    public var caseID: String?
    public var caseCode: String?

    public init(text: String, caseID: String? = nil, caseCode: String? = nil) {
        self.text = text
        self.caseID = caseID
        self.caseCode = caseCode
    }
}
