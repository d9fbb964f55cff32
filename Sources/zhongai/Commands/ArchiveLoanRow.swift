import ZhongaiDomain

/// A loan of an archived file as `archive borrow|return|lost --json` print it (CONF-04).
struct ArchiveLoanRow: Encodable {
    let id: Int64
    let recordID: String
    let code: String
    let borrowerCode: String
    let purpose: String
    let borrowedOn: String
    let dueOn: String
    let returnedOn: String?
    let lostOn: String?
    let lossDescription: String?
    let remedy: String?
    let state: String

    init(_ l: ArchiveLoan) {
        id = l.id
        recordID = l.recordID
        code = l.code
        borrowerCode = l.borrowerCode
        purpose = l.purpose
        borrowedOn = l.borrowedOn.description
        dueOn = l.dueOn.description
        returnedOn = l.returnedOn?.description
        lostOn = l.lostOn?.description
        lossDescription = l.lossDescription
        remedy = l.remedy
        state = l.stateTitle
    }
}
