/// 加分项: a candidate's bonus items scored by 附表2, category by category. Rule SEL-03.
public struct BonusScore: Equatable, Codable, Sendable {
    /// The four categories in the schedule's order, empty ones included.
    public let categories: [BonusCategoryScore]

    public init(items: [BonusItem], policy: Policy) {
        categories = BonusCategory.allCases.map { category in
            BonusCategoryScore(category: category, items: items.filter { $0.kind.category == category }, policy: policy)
        }
    }

    public var total: SelectionPoints { categories.reduce(.zero) { $0 + $1.counted } }

    public func category(_ category: BonusCategory) -> BonusCategoryScore {
        categories.first { $0.category == category }!
    }
}
