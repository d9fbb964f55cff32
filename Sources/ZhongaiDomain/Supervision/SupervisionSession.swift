/// 督导记录: one supervision session as recorded (SUP-01, SUP-05): who led it, who attended and how each answered
/// its record, what was discussed, the advice given and the follow-ups agreed. Never edited once recorded; the
/// supervisees' answers and their later actions are added to it.
public struct SupervisionSession: Equatable, Codable, Sendable {
    public var id: String
    public var supervisorCode: String
    public var supervisorName: String
    public var supervisorRole: Role
    public var type: SupervisionType
    public var format: SupervisionFormat
    public var heldOn: CalendarDate
    public var startTime: String
    public var durationMinutes: Int
    public var participants: [SupervisionParticipant]
    public var topics: [SupervisionTopic]
    public var advice: String
    public var followUps: [SupervisionFollowUp]
    public var crossSupervisionReason: String?
    public var recordedBy: String

    public init(id: String, supervisorCode: String, supervisorName: String, supervisorRole: Role,
                type: SupervisionType, format: SupervisionFormat, heldOn: CalendarDate, startTime: String,
                durationMinutes: Int, participants: [SupervisionParticipant], topics: [SupervisionTopic],
                advice: String, followUps: [SupervisionFollowUp], crossSupervisionReason: String?, recordedBy: String) {
        self.id = id
        self.supervisorCode = supervisorCode
        self.supervisorName = supervisorName
        self.supervisorRole = supervisorRole
        self.type = type
        self.format = format
        self.heldOn = heldOn
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.participants = participants
        self.topics = topics
        self.advice = advice
        self.followUps = followUps
        self.crossSupervisionReason = crossSupervisionReason
        self.recordedBy = recordedBy
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .supervisionSession, id: id) }

    /// The participant entry of `workerCode`, if they attended.
    public func participant(_ workerCode: String) -> SupervisionParticipant? {
        participants.first { $0.workerCode == workerCode }
    }
}
