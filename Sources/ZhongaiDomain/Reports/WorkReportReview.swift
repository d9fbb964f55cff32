import Foundation

/// One event of a report's review: submitted to a supervisor, approved, or returned with the reason. Kept for
/// good: a returned report shows why.
public struct WorkReportReview: Equatable, Codable, Sendable {
    public enum Event: String, Codable, Sendable, CaseIterable {
        case submitted
        case approved
        case returned

        /// English msgid.
        public var title: String {
            switch self {
            case .submitted: N_("Submitted")
            case .approved: N_("Approved")
            case .returned: N_("Returned")
            }
        }
    }

    public var event: Event
    /// The return's reason, or the approval's remark.
    public var comment: String
    public var byCode: String
    /// The supervisor a submission went to.
    public var toCode: String?
    public var on: CalendarDate
    public var at: Date

    public init(event: Event, comment: String, byCode: String, toCode: String?, on: CalendarDate, at: Date) {
        self.event = event
        self.comment = comment
        self.byCode = byCode
        self.toCode = toCode
        self.on = on
        self.at = at
    }
}
