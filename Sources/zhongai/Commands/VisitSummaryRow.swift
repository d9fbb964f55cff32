import ZhongaiDomain

/// A visit as `visit list --json` prints it: the client's name and the place masked, no purpose or content.
struct VisitSummaryRow: Encodable {
    let id: String
    let code: String
    let clientID: String
    let clientName: String
    let date: String
    let quarter: Int
    let place: String
    let holderCode: String
    let recordedLate: Bool

    init(_ entry: VisitListEntry) {
        let s = entry.summary
        id = s.id
        code = s.code
        clientID = s.clientID
        clientName = entry.clientName
        date = s.date.description
        quarter = s.quarter
        place = entry.place
        holderCode = s.holderCode
        recordedLate = s.recordedLate
    }
}
