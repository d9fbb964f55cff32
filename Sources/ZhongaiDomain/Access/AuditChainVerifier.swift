/// How a row breaks the audit chain.
public enum AuditProblem: Equatable, Sendable {
    /// The row's hash does not match its fields: it was edited, or written by something other than the program.
    case rowAltered
    /// The row does not point at the hash of the row before it: a row before it was deleted or inserted, or this
    /// one was rewritten together with its hash.
    case chainBroken
    /// Numbers are missing before this row: rows were deleted.
    case sequenceGap(expected: Int64)
    /// Rows after the last one were deleted: the database issued numbers up to `lastIssued`.
    case rowsMissingAtEnd(lastIssued: Int64)
}

/// The first row where the chain breaks.
public struct AuditBreak: Equatable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var problem: AuditProblem

    public init(sequence: Int64, problem: AuditProblem) {
        self.sequence = sequence
        self.problem = problem
    }

    /// English msgid with `%@` placeholders, and its arguments, for the interface to translate.
    public var format: String {
        switch problem {
        case .rowAltered: N_("row %@: its hash does not match its content (edited, or written behind the program's back)")
        case .chainBroken: N_("row %@: it does not follow the row before it (a row was deleted, inserted or rewritten)")
        case .sequenceGap: N_("row %@: the rows from %@ on are missing (deleted)")
        case .rowsMissingAtEnd: N_("rows %@ to %@ are missing at the end (deleted)")
        }
    }

    public var arguments: [String] {
        switch problem {
        case .rowAltered, .chainBroken: [String(sequence)]
        case .sequenceGap(let expected): [String(sequence), String(expected)]
        case .rowsMissingAtEnd(let last): [String(sequence), String(last)]
        }
    }

    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        for value in arguments {
            guard let range = text.range(of: "%@") else { break }
            text.replaceSubrange(range, with: value)
        }
        return text + " [CONF-02]"
    }

    public var description: String { localized { $0 } }
}

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
