/// A round in the list of rounds.
public struct SelectionRoundSummary: Equatable, Codable, Sendable {
    public let round: SelectionRound
    public let stage: SelectionRoundStage
    public let nominationCount: Int

    public init(round: SelectionRound, stage: SelectionRoundStage, nominationCount: Int) {
        self.round = round
        self.stage = stage
        self.nominationCount = nominationCount
    }
}
