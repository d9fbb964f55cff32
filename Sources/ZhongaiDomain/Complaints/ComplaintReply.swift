import Foundation

/// Rule CMP-02: the result returned to the complainant, recorded once and never changed.
public struct ComplaintReply: Equatable, Codable, Sendable {
    public var result: String
    public var repliedOn: CalendarDate
    public var repliedBy: String

    public init(result: String, repliedOn: CalendarDate, repliedBy: String) {
        self.result = result
        self.repliedOn = repliedOn
        self.repliedBy = repliedBy
    }
}
