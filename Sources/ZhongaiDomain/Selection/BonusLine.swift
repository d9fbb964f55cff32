/// How one bonus item counted: its full points, the share the candidate's part earns, and what reached the total
/// (SEL-03). Every figure explains itself.
public struct BonusLine: Equatable, Codable, Sendable {
    public enum Outcome: Equatable, Codable, Sendable {
        case counted
        /// Another entry of the same achievement (or of an item counting its highest entry only) counted instead.
        case notCountedTwice
        /// The item's own cap cut these points.
        case cutBySubItemCap(SelectionPoints)
    }

    public let item: BonusItem
    public let fullPoints: SelectionPoints
    /// The share of the full points (100 for the principal).
    public let sharePercent: Int
    public let earned: SelectionPoints
    public let counted: SelectionPoints
    public let outcome: Outcome

    /// The line in words: "Paper in a core journal “…”: 8 × 30% = 2.4; not counted twice".
    public var explanation: SelectionPhrase {
        let what = SelectionPhrase(N_("%@ “%@”"), item.kind.title, item.subject)
        let arithmetic = sharePercent == 100
            ? SelectionPhrase(N_("%@ points"), fullPoints.description)
            : SelectionPhrase(N_("%@ × %@ (%@) = %@ points"), fullPoints.description, "\(sharePercent)%",
                              item.contribution.title, earned.description)
        switch outcome {
        case .counted:
            return SelectionPhrase(N_("%@: %@"), parts: [what, arithmetic])
        case .notCountedTwice:
            return SelectionPhrase(N_("%@: %@, not counted: counted once, at its highest"), parts: [what, arithmetic])
        case .cutBySubItemCap(let cut):
            return SelectionPhrase(N_("%@: %@, %@ cut by the cap of “%@”, %@ counted"), parts: [what, arithmetic,
                                   SelectionPhrase(cut.description), SelectionPhrase(item.kind.subItem.title),
                                   SelectionPhrase(counted.description)])
        }
    }
}
