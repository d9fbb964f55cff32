/// Satisfaction with one item across a programme's feedback forms (IND-02).
public struct ItemSatisfaction: Equatable, Codable, Sendable {
    public var item: FeedbackItem
    public var responses: Int
    /// Forms scoring the item 4 or 5.
    public var satisfied: Int
    /// The policy's minimum percentage (80).
    public var thresholdPercent: Int

    public init(item: FeedbackItem, responses: Int, satisfied: Int, thresholdPercent: Int) {
        self.item = item
        self.responses = responses
        self.satisfied = satisfied
        self.thresholdPercent = thresholdPercent
    }

    /// Satisfied forms per hundred, rounded down; nil without a form.
    public var percent: Int? { responses == 0 ? nil : satisfied * 100 / responses }

    /// Rule IND-02: below the threshold (compared exactly, without rounding). No form is not below.
    public var isBelowThreshold: Bool { responses > 0 && satisfied * 100 < thresholdPercent * responses }
}
