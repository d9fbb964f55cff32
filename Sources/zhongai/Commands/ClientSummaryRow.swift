import ZhongaiDomain

/// A client as `client find --json` (and `add`, `merge`) print it: name and phone masked.
struct ClientSummaryRow: Encodable {
    let id: String
    let name: String
    let phone: String?
    let categoryCode: String
    let birthYear: Int?
    let holderCode: String

    init(_ s: ClientSummary) {
        id = s.id
        name = s.name
        phone = s.phone
        categoryCode = s.categoryCode
        birthYear = s.birthYear
        holderCode = s.holderCode
    }
}
