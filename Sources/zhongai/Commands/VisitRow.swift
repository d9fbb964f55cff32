import ZhongaiDomain

/// A visit as `visit show --json` (and `visit add`) print it, in full (the read is logged).
struct VisitRow: Encodable {
    let id: String
    let code: String
    let clientID: String
    let holderCode: String
    let date: String
    let quarter: Int
    let durationMinutes: Int
    let place: String
    let purpose: String
    let content: String
    let recordedBy: String
    let recordedLate: Bool

    init(_ v: Visit) {
        id = v.id
        code = v.code
        clientID = v.clientID
        holderCode = v.holderCode
        date = v.date.description
        quarter = v.summary.quarter
        durationMinutes = v.durationMinutes
        place = v.place
        purpose = v.purpose
        content = v.content
        recordedBy = v.recordedBy
        recordedLate = v.recordedLate
    }
}
