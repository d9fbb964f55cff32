/// A participant's 参加者意见表 as entered (GRP-05): a score of 1 (very dissatisfied) to 5 (very satisfied) for
/// every item, and comments.
public struct FeedbackDraft: Equatable, Sendable {
    public var registrationID: String
    public var scores: [FeedbackItem: Int]
    public var comments: String
    public var filledOn: CalendarDate

    public init(registrationID: String, scores: [FeedbackItem: Int], comments: String = "", filledOn: CalendarDate) {
        self.registrationID = registrationID
        self.scores = scores
        self.comments = comments
        self.filledOn = filledOn
    }

    /// Rule GRP-05: every item scored 1–5, not filled in the future. A `ValidationError` naming the item otherwise.
    public func validated(today: CalendarDate) throws -> FeedbackDraft {
        var valid = self
        for item in FeedbackItem.allCases {
            guard let score = scores[item] else {
                throw ValidationError(field: item.title, N_("every item of the feedback form is scored"), rule: "GRP-05")
            }
            guard (1...5).contains(score) else {
                throw ValidationError(field: item.title, N_("%@ is not a score from 1 to 5"), String(score),
                                      rule: "GRP-05")
            }
        }
        guard filledOn <= today else {
            throw ValidationError(field: N_("Filled on"), N_("%@ is in the future"), filledOn.description)
        }
        valid.comments = comments.trimmingCharacters(in: .whitespacesAndNewlines)
        return valid
    }
}
