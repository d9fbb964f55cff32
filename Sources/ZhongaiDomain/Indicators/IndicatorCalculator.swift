/// The annual indicators of a post or a team, from the targets, the counts of the records and the conversions
/// (服务手册 五.2–五.3). Rules IND-01, IND-03, IND-04.
///
/// Reading of the rule book where it leaves room:
/// - An indicator without a target ("根据实际确定", `nil`) is not a target of 0: it has no deficit, and its whole
///   count is surplus that a conversion may use.
/// - A conversion moves whole multiples of a rate, in either direction of a pair of one clause, only on clauses the
///   post's contract allows, and only out of a surplus: the indicator given up must still meet its own target
///   afterwards ("必须保证服务总量达标").
/// - Agreed conversions were checked when they were agreed and are applied in the order agreed; proposals start from
///   the counts after them.
public struct IndicatorCalculator: Sendable {
    public let rates: [IndicatorConversionRate]

    public init(policy: Policy) {
        rates = IndicatorConversionRate.all(policy: policy)
    }

    public init(rates: [IndicatorConversionRate]) {
        self.rates = rates
    }

    // MARK: Targets

    /// Rule IND-01: the annual minimum of each indicator for one post of `postType`; an indicator missing has no
    /// target. No post type, no targets.
    public static func targets(of postType: PostType?) -> [Indicator: Int] {
        guard let postType else { return [:] }
        var result: [Indicator: Int] = [:]
        for (key, minimum) in postType.targets {
            if let indicator = Indicator(rawValue: key) { result[indicator] = minimum }
        }
        return result
    }

    /// Rule IND-03: a team is judged on its totals: each post's target times the number of such posts, summed. An
    /// indicator none of the posts has a target for has none for the team either.
    public static func teamTargets(posts: [(postType: PostType, count: Int)]) -> [Indicator: Int] {
        var result: [Indicator: Int] = [:]
        for (postType, count) in posts where count > 0 {
            for (indicator, minimum) in targets(of: postType) {
                result[indicator, default: 0] += minimum * count
            }
        }
        return result
    }

    // MARK: Lines

    /// One line per indicator, in the table's order: the target, the raw count of the records (the sum of the
    /// twelve months) and the count after the agreed conversions.
    public func lines(targets: [Indicator: Int], monthly: [Indicator: [Int]], agreed: [IndicatorConversion])
        -> [IndicatorLine] {
        var converted: [Indicator: Int] = [:]
        for conversion in agreed {
            converted[conversion.from, default: 0] -= conversion.fromUnits
            converted[conversion.to, default: 0] += conversion.toUnits
        }
        return Indicator.allCases.map { indicator in
            var months = monthly[indicator] ?? []
            months += Array(repeating: 0, count: max(0, 12 - months.count))
            months = Array(months.prefix(12))
            let raw = months.reduce(0, +)
            return IndicatorLine(indicator: indicator, target: targets[indicator], raw: raw,
                                 converted: raw + (converted[indicator] ?? 0), monthly: months)
        }
    }

    // MARK: Conversions

    /// The rate of `clause` from `from` to `to`, if the clause pairs them.
    public func rate(clause: String, from: Indicator, to: Indicator) -> IndicatorConversionRate? {
        rates.first { $0.clause == clause && $0.from == from && $0.to == to }
    }

    /// The clause that pairs `from` with `to` (each pair belongs to one clause), if any.
    public func clause(from: Indicator, to: Indicator) -> String? {
        rates.first { $0.from == from && $0.to == to }?.clause
    }

    /// Rule IND-04: refuses a conversion the contract does not allow, that is not a whole multiple of its clause's
    /// rate, or that takes more than the surplus of the indicator given up (counted after the conversions already
    /// agreed, in `lines`).
    public func validate(_ conversion: IndicatorConversion, lines: [IndicatorLine], allowedClauses: Set<String>)
        throws {
        guard let rate = rate(clause: conversion.clause, from: conversion.from, to: conversion.to) else {
            throw ValidationError(field: N_("Conversion"), N_("clause %@ does not convert %@ into %@"),
                                  conversion.clause, conversion.from.chineseName, conversion.to.chineseName,
                                  rule: "IND-04")
        }
        guard allowedClauses.contains(conversion.clause) else {
            throw ValidationError(field: N_("Conversion"),
                                  N_("the post's contract for the year does not allow conversions of clause %@"),
                                  conversion.clause, rule: "IND-04")
        }
        guard conversion.fromUnits > 0, conversion.fromUnits % rate.fromUnits == 0 else {
            throw ValidationError(field: N_("Units"),
                                  N_("clause %@ counts %@ %@ as %@ %@: %@ is not a whole multiple of %@"),
                                  rate.clause, String(rate.fromUnits), rate.from.chineseName, String(rate.toUnits),
                                  rate.to.chineseName, String(conversion.fromUnits), String(rate.fromUnits),
                                  rule: "IND-04")
        }
        let expected = conversion.fromUnits / rate.fromUnits * rate.toUnits
        guard conversion.toUnits == expected else {
            throw ValidationError(field: N_("Units"), N_("%@ %@ count as %@ %@, not %@"),
                                  String(conversion.fromUnits), rate.from.chineseName, String(expected),
                                  rate.to.chineseName, String(conversion.toUnits), rule: "IND-04")
        }
        let source = lines.first { $0.indicator == conversion.from }
        let surplus = source?.surplus ?? 0
        guard conversion.fromUnits <= surplus else {
            throw ValidationError(field: N_("Units"),
                                  N_("%@ has %@ beyond its target (%@): converting %@ would leave it short, and the total must still meet"),
                                  conversion.from.chineseName, String(surplus),
                                  source?.target.map(String.init) ?? "-", String(conversion.fromUnits),
                                  rule: "IND-04")
        }
    }

    /// The conversion of `fromUnits` of `from` into `to` at the rate of `clause`, with its `toUnits` computed, or
    /// nil when the clause does not pair them or the units are not a whole multiple of the rate.
    public func conversion(clause: String, from: Indicator, fromUnits: Int, to: Indicator) -> IndicatorConversion? {
        guard let rate = rate(clause: clause, from: from, to: to), fromUnits > 0,
              fromUnits % rate.fromUnits == 0 else { return nil }
        return IndicatorConversion(from: from, fromUnits: fromUnits, to: to,
                                   toUnits: fromUnits / rate.fromUnits * rate.toUnits, clause: clause)
    }

    /// `lines` after `conversions`.
    public func applying(_ conversions: [IndicatorConversion], to lines: [IndicatorLine]) -> [IndicatorLine] {
        lines.map { line in
            var line = line
            for conversion in conversions {
                if conversion.from == line.indicator { line.converted -= conversion.fromUnits }
                if conversion.to == line.indicator { line.converted += conversion.toUnits }
            }
            return line
        }
    }

    /// Rule IND-04: conversions on the allowed clauses that would cover the deficits from the surpluses, in whole
    /// multiples of the rates, never taking an indicator below its own target. Deficits are taken in the table's
    /// order; for each, the sources that give the most per unit come first (then the table's order). A deficit that
    /// the surpluses cannot cover is covered as far as they go: its line still shows the rest.
    public func proposals(lines: [IndicatorLine], allowedClauses: Set<String>) -> [IndicatorConversion] {
        guard !allowedClauses.isEmpty else { return [] }
        var surplus: [Indicator: Int] = [:]
        var deficit: [Indicator: Int] = [:]
        for line in lines {
            surplus[line.indicator] = line.surplus
            deficit[line.indicator] = line.deficit
        }
        let order = Dictionary(uniqueKeysWithValues: Indicator.allCases.enumerated().map { ($1, $0) })
        var result: [IndicatorConversion] = []
        for target in Indicator.allCases where (deficit[target] ?? 0) > 0 {
            let sources = rates
                .filter { $0.to == target && allowedClauses.contains($0.clause) && (deficit[$0.from] ?? 0) == 0 }
                .sorted { a, b in
                    // More of the target per unit given up first.
                    let left = a.toUnits * b.fromUnits, right = b.toUnits * a.fromUnits
                    if left != right { return left > right }
                    if a.from != b.from { return order[a.from]! < order[b.from]! }
                    return a.clause < b.clause
                }
            for rate in sources {
                let need = deficit[target] ?? 0
                guard need > 0 else { break }
                let available = (surplus[rate.from] ?? 0) / rate.fromUnits
                let wanted = (need + rate.toUnits - 1) / rate.toUnits
                let blocks = min(available, wanted)
                guard blocks > 0 else { continue }
                let conversion = IndicatorConversion(from: rate.from, fromUnits: blocks * rate.fromUnits, to: target,
                                                     toUnits: blocks * rate.toUnits, clause: rate.clause)
                surplus[rate.from, default: 0] -= conversion.fromUnits
                deficit[target] = max(0, need - conversion.toUnits)
                result.append(conversion)
            }
        }
        return result
    }

    // MARK: Sheets

    /// The sheet of one worker or team: lines after the agreed conversions and the proposals that would make the
    /// targets on the clauses allowed.
    public func sheet(subject: IndicatorSubject, year: Int, postTypeCode: String?, postTypeName: String?, posts: Int,
                      targets: [Indicator: Int], monthly: [Indicator: [Int]], allowedClauses: Set<String>,
                      agreed: [IndicatorConversion], satisfaction: [ItemSatisfaction]) -> IndicatorSheet {
        let lines = lines(targets: targets, monthly: monthly, agreed: agreed)
        return IndicatorSheet(subject: subject, year: year, postTypeCode: postTypeCode, postTypeName: postTypeName,
                              posts: posts, conversionsAllowed: !allowedClauses.isEmpty, lines: lines,
                              agreedConversions: agreed,
                              proposedConversions: proposals(lines: lines, allowedClauses: allowedClauses),
                              satisfaction: satisfaction,
                              allowedClauses: IndicatorConversionRate.clauses.filter(allowedClauses.contains))
    }
}
