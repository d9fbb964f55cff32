import ZhongaiDomain

/// A consent in full, as `consent show --json` prints it.
struct ConsentRow: Encodable {
    let id: String
    let clientID: String
    let clientName: String
    let clientBirthDate: String?
    let clientLacksCapacity: Bool
    let clientPhone: String?
    let clientIDNumber: String?
    let clientAddress: String?
    /// client or guardian.
    let givenBy: String
    let guardianName: String?
    let guardianRelationship: String?
    let givenOn: String
    let receivingService: Bool
    let sharingAgencies: [String]
    /// signed-form, written or oral.
    let recordedAs: String
    let documentReference: String?
    let note: String
    let holderCode: String
    let servicePointID: Int64?
    let recordedBy: String
    let withdrawnOn: String?
    let withdrawalReason: String?
    let withdrawalRecordedBy: String?

    init(_ c: Consent) {
        id = c.id
        clientID = c.clientID
        clientName = c.clientName
        clientBirthDate = c.clientBirthDate?.description
        clientLacksCapacity = c.clientLacksCapacity
        clientPhone = c.clientPhone
        clientIDNumber = c.clientIDNumber
        clientAddress = c.clientAddress
        switch c.giver {
        case .client:
            givenBy = "client"
            guardianName = nil
            guardianRelationship = nil
        case .guardian(let name, let relationship):
            givenBy = "guardian"
            guardianName = name
            guardianRelationship = relationship
        }
        givenOn = c.givenOn.description
        receivingService = c.scope.receivingService
        sharingAgencies = c.scope.sharingAgencies
        recordedAs = ConsentCommand.token(c.recordedAs)
        documentReference = c.documentReference
        note = c.note
        holderCode = c.holderCode
        servicePointID = c.servicePointID
        recordedBy = c.recordedBy
        withdrawnOn = c.withdrawal?.on.description
        withdrawalReason = c.withdrawal?.reason
        withdrawalRecordedBy = c.withdrawal?.recordedBy
    }
}
