/// One rate of IND-04 (服务手册 五.3(2) A–F) in one direction: `fromUnits` of `from` count as `toUnits` of `to`,
/// reduced to the smallest whole numbers. A conversion moves whole multiples of it.
///
/// Each clause states an equality ("1节专业个案=2节即时辅导、咨询=2次探访=2人建档"), so every two members of a clause
/// convert into each other, both ways: under A, 2 consultations are 1 case and 1 case is 2 consultations, and a
/// consultation is a visit (2 = 2). The rule book counts clause A in case sessions (节); the indicator counts cases,
/// and a case is read as its unit here, as clauses C and D do ("1个专业个案").
public struct IndicatorConversionRate: Equatable, Hashable, Codable, Sendable {
    public var clause: String
    public var from: Indicator
    public var fromUnits: Int
    public var to: Indicator
    public var toUnits: Int

    public init(clause: String, from: Indicator, fromUnits: Int, to: Indicator, toUnits: Int) {
        let divisor = Self.greatestCommonDivisor(fromUnits, toUnits)
        self.clause = clause
        self.from = from
        self.fromUnits = divisor > 0 ? fromUnits / divisor : fromUnits
        self.to = to
        self.toUnits = divisor > 0 ? toUnits / divisor : toUnits
    }

    /// The clauses of IND-04, in the rule book's order.
    public static let clauses = ["A", "B", "C", "D", "E", "F"]

    /// Every rate of the policy, both directions of every pair of a clause, A to F. Rule IND-04.
    public static func all(policy: Policy) -> [IndicatorConversionRate] {
        // Each clause as its members with the units that are equal: [(indicator, units)].
        let members: [(String, [(Indicator, Int)])] = [
            ("A", [(.professionalCase, 1), (.consultation, policy.int(.caseSessionAsConsultations)),
                   (.visit, policy.int(.caseSessionAsVisits)), (.filing, policy.int(.caseSessionAsFilings))]),
            ("B", [(.therapeuticGroup, 1), (.developmentalGroup, policy.int(.therapeuticGroupAsDevelopmentalGroups))]),
            ("C", [(.professionalCase, 1), (.therapeuticGroup, policy.int(.caseAsTherapeuticGroups))]),
            ("D", [(.professionalCase, 1), (.largeActivity, policy.int(.caseAsLargeActivities))]),
            ("E", [(.largeActivity, 1), (.smallActivity, policy.int(.largeActivityAsSmallActivities)),
                   (.lectureWorkshop, policy.int(.largeActivityAsLecturesWorkshops))]),
            ("F", [(.supervision, policy.int(.supervisionsPerTraining)), (.training, 1)]),
        ]
        var rates: [IndicatorConversionRate] = []
        for (clause, list) in members {
            for (i, a) in list.enumerated() {
                for (j, b) in list.enumerated() where i != j && a.1 > 0 && b.1 > 0 {
                    rates.append(IndicatorConversionRate(clause: clause, from: a.0, fromUnits: a.1, to: b.0,
                                                         toUnits: b.1))
                }
            }
        }
        return rates
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (abs(a), abs(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
