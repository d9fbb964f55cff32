/// A row of the ranked result table (名单确认): the candidate's place, shared on a tie, and their score sheet.
public struct RankedCandidate: Equatable, Codable, Sendable {
    /// 1 for the first; candidates with the same total share a place (1, 1, 3); nil for those without a total
    /// (failed the written test, not yet scored).
    public let rank: Int?
    /// Another candidate has the same total.
    public let isTied: Bool
    public let sheet: ScoreSheet

    public init(rank: Int?, isTied: Bool, sheet: ScoreSheet) {
        self.rank = rank
        self.isTied = isTied
        self.sheet = sheet
    }

    /// "1", "2 (tie)", "—".
    public var placeText: SelectionPhrase {
        guard let rank else { return SelectionPhrase("—") }
        return isTied ? SelectionPhrase(N_("%@ (tie)"), "\(rank)") : SelectionPhrase("\(rank)")
    }
}
