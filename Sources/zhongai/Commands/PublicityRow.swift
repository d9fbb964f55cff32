import ZhongaiDomain

/// An outreach event or a newsletter as `publicity … --json` prints it: `kind` is outreach or newsletter; the title
/// is the theme of an outreach; the detail its place and the people reached, or a newsletter's issue.
struct PublicityRow: Encodable {
    let kind: String
    let id: String
    let date: String
    let workerCode: String
    let title: String
    let detail: String
    let peopleReached: Int?
    let issue: String?

    init(_ o: Outreach) {
        kind = "outreach"
        id = o.id
        date = o.heldOn.description
        workerCode = o.workerCode
        title = o.theme
        detail = "\(o.place), \(o.peopleReached)"
        peopleReached = o.peopleReached
        issue = nil
    }

    init(_ n: Newsletter) {
        kind = "newsletter"
        id = n.id
        date = n.publishedOn.description
        workerCode = n.workerCode
        title = n.title
        detail = n.issue
        peopleReached = nil
        issue = n.issue
    }
}
