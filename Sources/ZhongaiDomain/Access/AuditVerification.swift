/// The result of checking the whole audit log.
public struct AuditVerification: Equatable, Sendable {
    /// Rows checked (up to the first break).
    public var checkedCount: Int
    /// The hash of the last row checked: write it down elsewhere (a report, a printout) to anchor the chain.
    public var headHash: String
    public var firstBreak: AuditBreak?

    public init(checkedCount: Int, headHash: String, firstBreak: AuditBreak?) {
        self.checkedCount = checkedCount
        self.headHash = headHash
        self.firstBreak = firstBreak
    }

    public var isIntact: Bool { firstBreak == nil }
}
