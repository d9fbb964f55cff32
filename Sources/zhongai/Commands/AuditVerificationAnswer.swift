import ZhongaiDomain

struct AuditVerificationAnswer: Encodable {
    struct Break: Encodable {
        let sequence: Int64
        /// rowAltered, chainBroken, sequenceGap or rowsMissingAtEnd.
        let problem: String
        let message: String

        init(_ brokenRow: AuditBreak, message: String) {
            sequence = brokenRow.sequence
            switch brokenRow.problem {
            case .rowAltered: problem = "rowAltered"
            case .chainBroken: problem = "chainBroken"
            case .sequenceGap: problem = "sequenceGap"
            case .rowsMissingAtEnd: problem = "rowsMissingAtEnd"
            }
            self.message = message
        }
    }

    let ok: Bool
    /// Rows checked, up to the first break.
    let count: Int
    let headHash: String
    let firstBreak: Break?
}
