/// A stored 参加者意见表 (GRP-05): one per participant of a programme, never changed.
public struct ParticipantFeedback: Equatable, Codable, Sendable {
    public var id: String
    public var registrationID: String
    public var scores: [FeedbackItem: Int]
    public var comments: String
    public var filledOn: CalendarDate
    public var recordedBy: String

    public init(id: String, registrationID: String, scores: [FeedbackItem: Int], comments: String,
                filledOn: CalendarDate, recordedBy: String) {
        self.id = id
        self.registrationID = registrationID
        self.scores = scores
        self.comments = comments
        self.filledOn = filledOn
        self.recordedBy = recordedBy
    }
}
