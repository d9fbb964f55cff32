/// One condition of SEL-01, met or not, with the clause it comes from and what the form showed.
public struct EligibilityCondition: Equatable, Codable, Sendable {
    /// English msgid of the condition (Education, Qualification…).
    public let title: String
    /// Where the rule book says it (第三章 一(二)1).
    public let clause: String
    public let passed: Bool
    /// What the candidate's record or form showed.
    public let detail: SelectionPhrase

    public init(title: String, clause: String, passed: Bool, detail: SelectionPhrase) {
        self.title = title
        self.clause = clause
        self.passed = passed
        self.detail = detail
    }
}
