import ZhongaiDomain

/// A consultation as `consultation list --json` prints it: the client's name masked, no content.
struct ConsultationSummaryRow: Encodable {
    let id: String
    let code: String
    let clientID: String
    let clientName: String
    let contactCount: Int
    let caseCandidate: Bool
    let hasLateRecords: Bool
    let holderCode: String
    let openedOn: String
    let lastContactOn: String

    init(_ entry: ConsultationListEntry) {
        let s = entry.summary
        id = s.id
        code = s.code
        clientID = s.clientID
        clientName = entry.clientName
        contactCount = s.contactCount
        caseCandidate = s.isCaseCandidate
        hasLateRecords = s.hasLateRecords
        holderCode = s.holderCode
        openedOn = s.openedOn.description
        lastContactOn = s.lastContactOn.description
    }
}
