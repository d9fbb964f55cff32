import ZhongaiDomain

/// A submission, approval or return as the review subcommands print it.
struct ProgrammeReviewRow: Encodable {
    let programmeID: String
    let document: String
    let event: String
    let comment: String
    let warning: String
    let actorCode: String
    let recordedOn: String

    init(_ r: ProgrammeReview, programmeID: String) {
        self.programmeID = programmeID
        document = r.document.rawValue
        event = r.event.rawValue
        comment = r.comment
        warning = r.warning
        actorCode = r.actorCode
        recordedOn = r.recordedOn.description
    }
}
