/// Walks the audit log row by row, in sequence order, and finds the first break. Pure: the store feeds it rows
/// and the hash function (SHA-256 of the canonical text, hex).
public struct AuditChainVerifier {
    /// The `previousHash` of the first row.
    public static let genesisHash = String(repeating: "0", count: 64)

    private let hash: (String) -> String
    public private(set) var checkedCount = 0
    public private(set) var headHash = AuditChainVerifier.genesisHash
    private var nextSequence: Int64 = 1
    public private(set) var firstBreak: AuditBreak?

    public init(hash: @escaping (String) -> String) {
        self.hash = hash
    }

    /// Checks the next row; returns false once the chain is broken (later rows need not be read).
    @discardableResult
    public mutating func check(_ entry: AuditEntry) -> Bool {
        guard firstBreak == nil else { return false }
        if entry.sequence != nextSequence {
            firstBreak = AuditBreak(sequence: entry.sequence, problem: .sequenceGap(expected: nextSequence))
        } else if entry.previousHash != headHash {
            firstBreak = AuditBreak(sequence: entry.sequence, problem: .chainBroken)
        } else if hash(entry.canonicalText) != entry.hash {
            firstBreak = AuditBreak(sequence: entry.sequence, problem: .rowAltered)
        }
        guard firstBreak == nil else { return false }
        checkedCount += 1
        headHash = entry.hash
        nextSequence = entry.sequence + 1
        return true
    }

    /// Ends the walk. `lastIssued` is the highest number the database ever handed out (SQLite's AUTOINCREMENT
    /// counter), which reveals rows deleted at the end.
    public mutating func finish(lastIssued: Int64?) -> AuditVerification {
        if firstBreak == nil, let lastIssued, lastIssued >= nextSequence {
            firstBreak = AuditBreak(sequence: nextSequence, problem: .rowsMissingAtEnd(lastIssued: lastIssued))
        }
        return AuditVerification(checkedCount: checkedCount, headHash: headHash, firstBreak: firstBreak)
    }
}
