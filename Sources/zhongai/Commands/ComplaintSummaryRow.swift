import ZhongaiDomain

/// One line of `complaint list --json`: no names, no content.
struct ComplaintSummaryRow: Encodable {
    let id: String
    let kind: String
    let source: String
    let channel: String
    let receivedOn: String
    let isCharge: Bool
    let handlerCode: String
    let replyDueOn: String
    let repliedOn: String?
    let state: String
    let late: Bool
    let followUps: Int

    init(_ s: ComplaintSummary) {
        id = s.id
        kind = s.kind.rawValue
        source = s.source.rawValue
        channel = s.channel.rawValue
        receivedOn = s.receivedOn.description
        isCharge = s.isCharge
        handlerCode = s.handlerCode
        replyDueOn = s.replyDueOn.description
        repliedOn = s.repliedOn?.description
        state = s.state.rawValue
        late = s.isLate
        followUps = s.followUpCount
    }
}
