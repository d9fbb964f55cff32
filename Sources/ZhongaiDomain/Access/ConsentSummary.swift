/// A consent as lists show it: names, phone, ID number and address masked (`SensitiveField`).
public struct ConsentSummary: Equatable, Sendable {
    public var id: String
    public var clientID: String
    public var clientName: String
    public var clientPhone: String?
    public var clientIDNumber: String?
    public var clientAddress: String?
    public var givenByGuardian: Bool
    public var guardianName: String?
    public var givenOn: CalendarDate
    public var scope: ConsentScope
    public var recordedAs: ConsentRecordingMethod
    public var holderCode: String
    public var withdrawnOn: CalendarDate?

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .consent, id: id) }
}
