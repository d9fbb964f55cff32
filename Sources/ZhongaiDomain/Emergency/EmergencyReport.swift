import Foundation

/// The written report the 组长 files after an event (EMG-03; 防火预案 6: 组长将事件经过以书面形式向上级汇报),
/// drafted from the log and completed by the 组长. Once submitted it never changes.
public struct EmergencyReport: Equatable, Codable, Sendable {
    /// 事件经过: drafted as the timeline of the log.
    public var account: String
    /// 受影响人员: who was hurt, evacuated, taken to hospital.
    public var peopleAffected: String
    /// 后续跟进: what remains to be done.
    public var followUp: String
    public var submittedBy: String?
    public var submittedAt: Date?

    public init(account: String = "", peopleAffected: String = "", followUp: String = "", submittedBy: String? = nil,
                submittedAt: Date? = nil) {
        self.account = account
        self.peopleAffected = peopleAffected
        self.followUp = followUp
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
    }

    public var isSubmitted: Bool { submittedAt != nil }
}
