/// The satisfaction of a programme's participants per item (GRP-05, IND-02): a score of 4 or 5 is satisfied; an
/// item below the policy's threshold (80%) is flagged.
public struct SatisfactionSummary: Equatable, Codable, Sendable {
    public var items: [ItemSatisfaction]
    public var forms: Int

    public init(items: [ItemSatisfaction], forms: Int) {
        self.items = items
        self.forms = forms
    }

    /// A score that counts as satisfied.
    public static let satisfiedScores = 4...5

    /// The summary of `feedback` against `thresholdPercent` (policy `indicator.satisfaction_min_percent`).
    public init(feedback: [ParticipantFeedback], thresholdPercent: Int) {
        forms = feedback.count
        items = FeedbackItem.allCases.map { item in
            let scores = feedback.compactMap { $0.scores[item] }
            return ItemSatisfaction(item: item, responses: scores.count,
                                    satisfied: scores.filter { Self.satisfiedScores.contains($0) }.count,
                                    thresholdPercent: thresholdPercent)
        }
    }

    /// Rule IND-02: items below the threshold.
    public var flagged: [ItemSatisfaction] { items.filter(\.isBelowThreshold) }
}
