/// IND-04: what a post's contract for one year says of conversions, as agreed by the service unit, the project
/// supervisor and the centre (三方协商确认) and recorded by the one who set it. No contract allows none.
public struct IndicatorPostContract: Equatable, Codable, Sendable {
    public var year: Int
    public var workerCode: String
    /// The clauses A–F allowed, in order.
    public var allowedClauses: [String]
    public var note: String
    public var agreedBy: String
    /// UTC timestamp (AuditTimestamp) of the recording.
    public var agreedAt: String

    public init(year: Int, workerCode: String, allowedClauses: [String], note: String, agreedBy: String,
                agreedAt: String) {
        self.year = year
        self.workerCode = workerCode
        self.allowedClauses = allowedClauses
        self.note = note
        self.agreedBy = agreedBy
        self.agreedAt = agreedAt
    }
}
