import ZhongaiDomain

/// A case as `case list --json` (and `case open`) print it: the client's name masked.
struct CaseSummaryRow: Encodable {
    let id: String
    let code: String
    let clientName: String
    let categoryCode: String
    let holderCode: String
    let stage: String
    let state: String
    let openedOn: String
    let closedOn: String?
    let nextDeadline: CaseDeadlineRow?

    init(_ s: CaseSummary) {
        id = s.id
        code = s.code
        clientName = s.clientName
        categoryCode = s.categoryCode
        holderCode = s.holderCode
        stage = s.stage.rawValue
        state = s.state.rawValue
        openedOn = s.openedOn.description
        closedOn = s.closedOn?.description
        nextDeadline = s.nextDeadline.map(CaseDeadlineRow.init)
    }
}
