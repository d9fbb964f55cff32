import ZhongaiDomain

/// A 移交清单 as `archive handover-list --json` and its moves print it (ARC-08).
struct ArchiveListRow: Encodable {
    struct Line: Encodable {
        let kind: String
        let recordID: String
        let code: String
        let name: String
        let closedOn: String?
        let documentsReady: Int
        let documentsTotal: Int
        let missingDocuments: [String]

        init(_ l: HandoverListLine) {
            kind = l.kind.rawValue
            recordID = l.recordID
            code = l.code
            name = l.name
            closedOn = l.closedOn?.description
            documentsReady = l.documentsReady
            documentsTotal = l.documentsTotal
            missingDocuments = l.missingDocuments
        }
    }

    let id: String
    let workerCode: String
    let quarter: String
    let state: String
    let documentCount: Int
    let handedOverAt: String?
    let receiverCode: String?
    let receivedAt: String?
    let returnedAt: String?
    let returnReason: String?
    let lines: [Line]

    init(_ l: HandoverList) {
        id = l.id
        workerCode = l.workerCode
        quarter = l.quarter.description
        state = l.state.rawValue
        documentCount = l.documentCount
        handedOverAt = l.handedOverAt.map(AuditTimestamp.format)
        receiverCode = l.receiverCode
        receivedAt = l.receivedAt.map(AuditTimestamp.format)
        returnedAt = l.returnedAt.map(AuditTimestamp.format)
        returnReason = l.returnReason
        lines = l.lines.map(Line.init)
    }
}
