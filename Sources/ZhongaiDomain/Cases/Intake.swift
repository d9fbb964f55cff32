/// 接案记录: a stored intake record, a protected record of its own. Rules INTAKE-02, INTAKE-03, INTAKE-04.
public struct Intake: Equatable, Codable, Sendable {
    public var id: String
    /// What was recorded (validated); `content.caseID` is the case it belongs to, if any.
    public var content: IntakeDraft
    public var holderCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    /// The day in China it was written down: INTAKE-04 wants the contact day.
    public var recordedOn: CalendarDate

    public init(id: String, content: IntakeDraft, holderCode: String, servicePointID: Int64?, recordedBy: String,
                recordedOn: CalendarDate) {
        self.id = id
        self.content = content
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.recordedOn = recordedOn
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .intake, id: id) }
}
