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
