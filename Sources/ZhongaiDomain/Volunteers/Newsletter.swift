import Foundation

/// 服务简报: a recorded newsletter issue, counted once for `workerCode` in the month it came out (IND-01).
public struct Newsletter: Equatable, Sendable {
    public var id: String
    public var issue: String
    public var title: String
    public var publishedOn: CalendarDate
    public var workerCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, issue: String, title: String, publishedOn: CalendarDate, workerCode: String,
                servicePointID: Int64?, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.issue = issue
        self.title = title
        self.publishedOn = publishedOn
        self.workerCode = workerCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
