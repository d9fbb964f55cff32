import ZhongaiDomain

/// A row of the section's candidate table: a nomination with its place in the ranking (none when disqualified).
struct SelectionCandidateRow {
    let nomination: Nomination
    let ranked: RankedCandidate?

    /// The ranked table's order, then those disqualified on review.
    static func rows(_ detail: SelectionRoundDetail) -> [SelectionCandidateRow] {
        let ranked = detail.ranking.compactMap { candidate in
            detail.nomination(candidate.sheet.nominationID).map { SelectionCandidateRow(nomination: $0, ranked: candidate) }
        }
        let disqualified = detail.nominations.filter { $0.status == .disqualified }
        return ranked + disqualified.map { SelectionCandidateRow(nomination: $0, ranked: nil) }
    }
}
