import Foundation

/// A supervisor's decision on a request: kept for ever, never edited. Rule CASE-02.
public struct ApprovalDecision: Equatable, Codable, Sendable {
    public var outcome: ApprovalOutcome
    public var decidedBy: String
    public var decidedAt: Date
    public var comment: String

    public init(outcome: ApprovalOutcome, decidedBy: String, decidedAt: Date, comment: String) {
        self.outcome = outcome
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.comment = comment
    }

    /// The comment trimmed; a rejection or a request for revision must say why (CASE-02).
    public static func validatedComment(_ comment: String, for outcome: ApprovalOutcome) throws -> String {
        let trimmed = CaseText.trimmed(comment)
        // Rule CASE-02
        if outcome != .approved, trimmed.isEmpty {
            throw ValidationError(field: N_("Comment"), N_("a rejection or a request for revision says why"),
                                  rule: "CASE-02")
        }
        return trimmed
    }
}
