/// One line of a 移交清单 (ARC-08): a record handed over, with its code, its name as lists show it (a client's name
/// masked: the list travels on paper and stays with the worker), the day it ended and how many of its archive
/// documents are ready (CASE-14, GRP-08), naming the missing ones.
public struct HandoverListLine: Equatable, Codable, Sendable {
    public var kind: HandoverRecordKind
    public var recordID: String
    public var code: String
    public var name: String
    /// The day the record ended: a case's closing or referral, a programme's last day, a visit's day. Nil: not ended.
    public var closedOn: CalendarDate?
    public var documentsReady: Int
    public var documentsTotal: Int
    /// English msgids of the documents not ready.
    public var missingDocuments: [String]

    public init(kind: HandoverRecordKind, recordID: String, code: String, name: String, closedOn: CalendarDate?,
                documentsReady: Int, documentsTotal: Int, missingDocuments: [String] = []) {
        self.kind = kind
        self.recordID = recordID
        self.code = code
        self.name = name
        self.closedOn = closedOn
        self.documentsReady = documentsReady
        self.documentsTotal = documentsTotal
        self.missingDocuments = missingDocuments
    }

    public var isClosed: Bool { closedOn != nil }
    public var isComplete: Bool { documentsReady >= documentsTotal }
}
