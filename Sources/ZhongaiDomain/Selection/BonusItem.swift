/// 加分材料: one bonus item a candidate hands in, with its evidence. Rule SEL-03.
public struct BonusItem: Equatable, Codable, Sendable {
    /// The stored item's id; nil before it is stored.
    public var id: Int64?
    public var kind: BonusItemKind
    public var contribution: BonusContribution
    /// What it is: the paper's title, the project and year of an award, the appraisal's year. The same subject
    /// entered twice in an item counts once (不重复计分).
    public var subject: String
    /// 证明材料: the certificate, the journal issue, the report's link, as the candidate handed it in.
    public var evidence: String

    public init(id: Int64? = nil, kind: BonusItemKind, contribution: BonusContribution = .principal, subject: String,
                evidence: String) {
        self.id = id
        self.kind = kind
        self.contribution = contribution
        self.subject = subject
        self.evidence = evidence
    }

    /// Refuses an item without subject or evidence, and a share the item does not know.
    public func validated() throws -> BonusItem {
        var item = self
        item.subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        item.evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !item.subject.isEmpty else {
            throw ValidationError(field: N_("Bonus item"), N_("name what the item is"), rule: "SEL-03")
        }
        // Rule SEL-03: a bonus item counts only with its evidence.
        guard !item.evidence.isEmpty else {
            throw ValidationError(field: N_("Evidence"), N_("a bonus item needs its evidence"), rule: "SEL-03")
        }
        guard contribution == .principal || kind.subItem.reducedContribution?.contribution == contribution else {
            throw ValidationError(field: N_("Contribution"), N_("“%@” does not apply to “%@”"), contribution.title,
                                  kind.subItem.title, rule: "SEL-03")
        }
        return item
    }

    /// The key under which entries count once: the item itself where only its highest entry counts, else the item
    /// and the subject.
    var doubleCountingKey: String {
        let subjectKey = subject.lowercased().filter { !$0.isWhitespace }
        return kind.subItem.countsHighestOnly ? kind.subItem.rawValue : kind.subItem.rawValue + "|" + subjectKey
    }
}
