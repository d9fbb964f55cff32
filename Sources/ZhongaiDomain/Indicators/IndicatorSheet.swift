/// The year's indicators of one worker or team (IND-01..04): each indicator's target, raw and converted count, the
/// conversions agreed and those that would make the targets, and the participants' satisfaction per item (IND-02).
public struct IndicatorSheet: Equatable, Codable, Sendable {
    public var subject: IndicatorSubject
    public var year: Int
    /// The post type whose targets apply (IND-01); nil for a worker without a post with targets.
    public var postTypeCode: String?
    public var postTypeName: String?
    /// 1 for a worker; for a team the number of posts its targets are multiplied by (IND-03).
    public var posts: Int
    /// Whether the contract allows conversions at all (IND-04).
    public var conversionsAllowed: Bool
    public var lines: [IndicatorLine]
    public var agreedConversions: [IndicatorConversion]
    public var proposedConversions: [IndicatorConversion]
    /// Satisfaction per feedback item across the year's programmes (IND-02).
    public var satisfaction: [ItemSatisfaction]
    /// The clauses (A–F) the contract allows, in order; for a team, those any of its posts' contracts allow.
    public var allowedClauses: [String]

    public init(subject: IndicatorSubject, year: Int, postTypeCode: String?, postTypeName: String?, posts: Int,
                conversionsAllowed: Bool, lines: [IndicatorLine], agreedConversions: [IndicatorConversion],
                proposedConversions: [IndicatorConversion], satisfaction: [ItemSatisfaction],
                allowedClauses: [String] = []) {
        self.subject = subject
        self.year = year
        self.postTypeCode = postTypeCode
        self.postTypeName = postTypeName
        self.posts = posts
        self.conversionsAllowed = conversionsAllowed
        self.lines = lines
        self.agreedConversions = agreedConversions
        self.proposedConversions = proposedConversions
        self.satisfaction = satisfaction
        self.allowedClauses = allowedClauses
    }

    /// The line of `indicator`.
    public func line(_ indicator: Indicator) -> IndicatorLine? {
        lines.first { $0.indicator == indicator }
    }

    /// Rule IND-01: every indicator meets its target after the agreed conversions.
    public var meetsAllTargets: Bool { lines.allSatisfy(\.meetsTarget) }

    /// Rule IND-02: the items whose satisfaction is below the threshold.
    public var satisfactionBelowThreshold: [ItemSatisfaction] { satisfaction.filter(\.isBelowThreshold) }
}
