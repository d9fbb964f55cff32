import ZhongaiDomain

/// A record in the archive as `archive destruction-list --json` prints it (CONF-05).
struct ArchiveRecordRow: Encodable {
    let recordID: String
    let code: String
    let kind: String
    let workerCode: String
    let listID: String
    let receivedOn: String
    let loanID: Int64?
    let destroyedOn: String?

    init(_ r: ArchivedRecord) {
        recordID = r.line.recordID
        code = r.line.code
        kind = r.line.kind.rawValue
        workerCode = r.workerCode
        listID = r.listID
        receivedOn = r.receivedOn.description
        loanID = r.loanID
        destroyedOn = r.destroyedOn?.description
    }
}
