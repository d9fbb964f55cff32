import Foundation

/// One row of a programme's review history (never edited): who submitted, approved or returned which document,
/// when, with what comment, and the lead-time warning (C1) an approval was given with.
public struct ProgrammeReview: Equatable, Codable, Sendable {
    public var document: ProgrammeDocument
    public var event: ProgrammeReviewEvent
    public var comment: String
    /// An English sentence (C1: approved below two weeks) or empty.
    public var warning: String
    public var actorCode: String
    public var recordedAt: Date
    public var recordedOn: CalendarDate

    public init(document: ProgrammeDocument, event: ProgrammeReviewEvent, comment: String, warning: String,
                actorCode: String, recordedAt: Date, recordedOn: CalendarDate) {
        self.document = document
        self.event = event
        self.comment = comment
        self.warning = warning
        self.actorCode = actorCode
        self.recordedAt = recordedAt
        self.recordedOn = recordedOn
    }
}
