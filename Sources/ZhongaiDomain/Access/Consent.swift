/// A stored consent record, with every field in full: what the single-record read returns (and audits).
public struct Consent: Equatable, Sendable {
    public var id: String
    public var clientID: String
    public var clientName: String
    public var clientBirthDate: CalendarDate?
    public var clientLacksCapacity: Bool
    public var clientPhone: String?
    public var clientIDNumber: String?
    public var clientAddress: String?
    public var giver: ConsentGiver
    public var givenOn: CalendarDate
    public var scope: ConsentScope
    public var recordedAs: ConsentRecordingMethod
    public var documentReference: String?
    public var note: String
    public var holderCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    public var withdrawal: ConsentWithdrawal?

    public init(id: String, clientID: String, clientName: String, clientBirthDate: CalendarDate?,
                clientLacksCapacity: Bool, clientPhone: String?, clientIDNumber: String?, clientAddress: String?,
                giver: ConsentGiver, givenOn: CalendarDate, scope: ConsentScope, recordedAs: ConsentRecordingMethod,
                documentReference: String?, note: String, holderCode: String, servicePointID: Int64?,
                recordedBy: String, withdrawal: ConsentWithdrawal?) {
        self.id = id
        self.clientID = clientID
        self.clientName = clientName
        self.clientBirthDate = clientBirthDate
        self.clientLacksCapacity = clientLacksCapacity
        self.clientPhone = clientPhone
        self.clientIDNumber = clientIDNumber
        self.clientAddress = clientAddress
        self.giver = giver
        self.givenOn = givenOn
        self.scope = scope
        self.recordedAs = recordedAs
        self.documentReference = documentReference
        self.note = note
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.withdrawal = withdrawal
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .consent, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }

    /// Whether the consent covers `purpose` on `date`: given by then, not withdrawn by then (a withdrawal stops
    /// what it covered from its date on), and within its scope. Rules CASE-04, CONF-01.
    public func covers(_ purpose: ConsentPurpose, on date: CalendarDate) -> Bool {
        guard givenOn <= date else { return false }
        if let withdrawal, withdrawal.on <= date { return false }
        return scope.includes(purpose)
    }

    /// The record as lists show it: sensitive fields masked.
    public var summary: ConsentSummary {
        var guardianName: String?
        if case .guardian(let name, _) = giver { guardianName = SensitiveField.name.mask(name) }
        return ConsentSummary(id: id, clientID: clientID, clientName: SensitiveField.name.mask(clientName),
                              clientPhone: clientPhone.map(SensitiveField.phone.mask),
                              clientIDNumber: clientIDNumber.map(SensitiveField.idNumber.mask),
                              clientAddress: clientAddress.map(SensitiveField.address.mask),
                              givenByGuardian: guardianName != nil, guardianName: guardianName, givenOn: givenOn,
                              scope: scope, recordedAs: recordedAs, holderCode: holderCode,
                              withdrawnOn: withdrawal?.on)
    }
}
