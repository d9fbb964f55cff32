import ZhongaiDomain

/// A consent as `consent list --json` (and `add`, `withdraw`) print it: sensitive fields masked.
struct ConsentSummaryRow: Encodable {
    let id: String
    let clientID: String
    let clientName: String
    let clientPhone: String?
    let clientIDNumber: String?
    let clientAddress: String?
    let givenByGuardian: Bool
    let guardianName: String?
    let givenOn: String
    let receivingService: Bool
    let sharingAgencies: [String]
    /// signed-form, written or oral.
    let recordedAs: String
    let holderCode: String
    let withdrawnOn: String?

    init(_ s: ConsentSummary) {
        id = s.id
        clientID = s.clientID
        clientName = s.clientName
        clientPhone = s.clientPhone
        clientIDNumber = s.clientIDNumber
        clientAddress = s.clientAddress
        givenByGuardian = s.givenByGuardian
        guardianName = s.guardianName
        givenOn = s.givenOn.description
        receivingService = s.scope.receivingService
        sharingAgencies = s.scope.sharingAgencies
        recordedAs = ConsentCommand.token(s.recordedAs)
        holderCode = s.holderCode
        withdrawnOn = s.withdrawnOn?.description
    }
}
