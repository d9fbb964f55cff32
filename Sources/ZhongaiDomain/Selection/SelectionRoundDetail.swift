/// A round in full: its nominations with their eligibility, the objections and their reviews, each candidate's
/// score sheet, the ranked table and the round's dates.
public struct SelectionRoundDetail: Equatable, Codable, Sendable {
    public let round: SelectionRound
    public let stage: SelectionRoundStage
    public let nominations: [Nomination]
    public let objections: [SelectionObjection]
    /// The ranked table of the standing candidates (those disqualified on review are left out).
    public let ranking: [RankedCandidate]
    public let deadlines: [SelectionDeadline]

    public init(round: SelectionRound, stage: SelectionRoundStage, nominations: [Nomination],
                objections: [SelectionObjection], ranking: [RankedCandidate], deadlines: [SelectionDeadline]) {
        self.round = round
        self.stage = stage
        self.nominations = nominations
        self.objections = objections
        self.ranking = ranking
        self.deadlines = deadlines
    }

    public func nomination(_ id: Int64) -> Nomination? { nominations.first { $0.id == id } }

    public func sheet(for nominationID: Int64) -> ScoreSheet? {
        ranking.first { $0.sheet.nominationID == nominationID }?.sheet
    }
}
