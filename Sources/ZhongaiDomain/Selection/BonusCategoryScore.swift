/// One category of 附表2 for one candidate: its lines, what they came to, the category cap and what it cut. Rule SEL-03.
public struct BonusCategoryScore: Equatable, Codable, Sendable {
    public let category: BonusCategory
    public let lines: [BonusLine]
    public let cap: SelectionPoints
    /// The lines' counted points before the category cap.
    public let beforeCap: SelectionPoints
    public let counted: SelectionPoints

    public var cutByCap: SelectionPoints { beforeCap - counted }

    /// "Social-work service (附表2 三): 57 points, 7 cut by the cap of 50: 50 counted".
    public var explanation: SelectionPhrase {
        if cutByCap > .zero {
            return SelectionPhrase(N_("%@ (%@): %@ points, %@ cut by the category cap of %@: %@ counted"),
                                   category.title, category.clause, beforeCap.description, cutByCap.description,
                                   cap.description, counted.description)
        }
        return SelectionPhrase(N_("%@ (%@): %@ points (cap %@)"), category.title, category.clause,
                               counted.description, cap.description)
    }

    /// Scores `items` of `category` in the order they were entered.
    init(category: BonusCategory, items: [BonusItem], policy: Policy) {
        self.category = category
        cap = SelectionPoints(policy.int(category.capKey))
        let earned = items.map { Self.earned($0, policy: policy) }
        // Rule SEL-03: no double counting. Of the entries under one key, the highest counts (the first on a tie).
        var best: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let key = item.doubleCountingKey
            if let kept = best[key], earned[kept].points >= earned[index].points { continue }
            best[key] = index
        }
        let countedIndexes = Set(best.values)
        // Rule SEL-03: an item's own cap (三(1) 15, 三(4) 20) cuts the entries that go past it, in entry order.
        var usedBySubItem: [BonusSubItem: SelectionPoints] = [:]
        var lines: [BonusLine] = []
        for (index, item) in items.enumerated() {
            let (share, points) = earned[index]
            guard countedIndexes.contains(index) else {
                lines.append(BonusLine(item: item, fullPoints: item.kind.points, sharePercent: share, earned: points,
                                       counted: .zero, outcome: .notCountedTwice))
                continue
            }
            var counted = points
            var outcome = BonusLine.Outcome.counted
            if let capKey = item.kind.subItem.capKey {
                let subCap = SelectionPoints(policy.int(capKey))
                let used = usedBySubItem[item.kind.subItem, default: .zero]
                counted = min(points, max(.zero, subCap - used))
                if counted < points { outcome = .cutBySubItemCap(points - counted) }
            }
            usedBySubItem[item.kind.subItem, default: .zero] = usedBySubItem[item.kind.subItem, default: .zero] + counted
            lines.append(BonusLine(item: item, fullPoints: item.kind.points, sharePercent: share, earned: points,
                                   counted: counted, outcome: outcome))
        }
        self.lines = lines
        beforeCap = lines.reduce(.zero) { $0 + $1.counted }
        // Rule SEL-03: the category's cap.
        counted = min(beforeCap, cap)
    }

    /// The share the candidate's part earns and the points it gives (SEL-03: second authors and group members 30 %,
    /// project participants and team members 50 %).
    private static func earned(_ item: BonusItem, policy: Policy) -> (share: Int, points: SelectionPoints) {
        guard item.contribution != .principal, let reduced = item.kind.subItem.reducedContribution else {
            return (100, item.kind.points)
        }
        let share = policy.int(reduced.percentKey)
        return (share, item.kind.points.percent(share))
    }
}
