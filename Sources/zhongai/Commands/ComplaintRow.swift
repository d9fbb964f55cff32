import ZhongaiDomain

/// An opinion or complaint as `complaint show --json` (and `add`, `reply`, `follow-up`, `close`) print it, in full
/// (the read is logged).
struct ComplaintRow: Encodable {
    struct FollowUpRow: Encodable {
        let number: Int
        let notedOn: String
        let note: String
        let notedBy: String
    }

    let id: String
    let kind: String
    let source: String
    let channel: String
    let receivedOn: String
    let complainantName: String?
    let complainantContact: String?
    let content: String
    let about: String?
    let isCharge: Bool
    let handlerCode: String
    let recordedBy: String
    let replyDueOn: String
    let replyResult: String?
    let repliedOn: String?
    let repliedBy: String?
    let late: Bool
    let state: String
    let closedOn: String?
    let followUps: [FollowUpRow]

    init(_ c: Complaint, today: CalendarDate) {
        id = c.id
        kind = c.kind.rawValue
        source = c.source.rawValue
        channel = c.channel.rawValue
        receivedOn = c.receivedOn.description
        complainantName = c.complainantName
        complainantContact = c.complainantContact
        content = c.content
        about = c.about
        isCharge = c.isCharge
        handlerCode = c.handlerCode
        recordedBy = c.recordedBy
        replyDueOn = c.replyDueOn.description
        replyResult = c.reply?.result
        repliedOn = c.reply?.repliedOn.description
        repliedBy = c.reply?.repliedBy
        late = c.isLate(today: today)
        state = c.state.rawValue
        closedOn = c.closedOn?.description
        followUps = c.followUps.map {
            FollowUpRow(number: $0.number, notedOn: $0.notedOn.description, note: $0.note, notedBy: $0.notedBy)
        }
    }
}
