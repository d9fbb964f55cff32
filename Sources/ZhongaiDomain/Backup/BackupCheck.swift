/// What checking a backup found: a readable database (integrity_check ok), its size in cases and audit rows, and
/// the digest of its full dump.
public struct BackupCheck: Equatable, Sendable {
    public let caseCount: Int
    public let auditRowCount: Int
    public let dumpDigest: String

    public init(caseCount: Int, auditRowCount: Int, dumpDigest: String) {
        self.caseCount = caseCount
        self.auditRowCount = auditRowCount
        self.dumpDigest = dumpDigest
    }
}
