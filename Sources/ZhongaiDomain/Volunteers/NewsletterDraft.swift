/// 服务简报: one issue of a service newsletter, counted once (期) for its worker (IND-01; 服务手册 五.4(4)); the input
/// of `recordNewsletter`.
public struct NewsletterDraft: Equatable, Sendable {
    /// The issue as printed on it, e.g. 2026年第3期.
    public var issue: String
    public var title: String
    public var publishedOn: CalendarDate
    /// The worker who wrote it; nil for the worker who records it.
    public var workerCode: String?

    public init(issue: String, title: String, publishedOn: CalendarDate, workerCode: String? = nil) {
        self.issue = issue
        self.title = title
        self.publishedOn = publishedOn
        self.workerCode = workerCode
    }

    /// Trimmed; refuses an issue without its number or title, or published in the future (IND-01).
    public func validated(today: CalendarDate) throws -> NewsletterDraft {
        var d = self
        d.issue = try VolunteerRules.required(issue, field: N_("Issue"))
        d.title = try VolunteerRules.required(title, field: N_("Title"))
        try VolunteerRules.requireNotFuture(publishedOn, today: today, field: N_("Published on"))
        d.workerCode = VolunteerRules.optional(workerCode)?.uppercased()
        return d
    }
}
