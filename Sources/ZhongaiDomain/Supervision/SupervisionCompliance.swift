/// The month grid of supervision frequency (SUP-02..04), worked out from the dated chain and the sessions held.
///
/// Who owes what: on the month's reference day (its last day, or today in the current month) each active worker
/// is owed, by the nearest supervisor of each supervising role above them in the chain, that pair's monthly
/// minimum (a 督导助理 → 一线社工 pair, a 见习督导 → 一线社工 pair…). A worker who moved to another supervisor mid-month
/// is owed by the new one; the meetings with the former one are counted on a row of their own, with nothing owed.
/// Training sessions are no meetings.
public struct SupervisionCompliance: Sendable {
    public struct Member: Equatable, Sendable {
        public var code: String
        public var name: String
        public var role: Role
        public var isActive: Bool

        public init(code: String, name: String, role: Role, isActive: Bool = true) {
            self.code = code
            self.name = name
            self.role = role
            self.isActive = isActive
        }
    }

    /// A session as the grid needs it.
    public struct Meeting: Equatable, Sendable {
        public var heldOn: CalendarDate
        public var supervisorCode: String
        public var superviseeCodes: [String]
        public var type: SupervisionType

        public init(heldOn: CalendarDate, supervisorCode: String, superviseeCodes: [String], type: SupervisionType) {
            self.heldOn = heldOn
            self.supervisorCode = supervisorCode
            self.superviseeCodes = superviseeCodes
            self.type = type
        }
    }

    public let history: SupervisionHistory
    public let members: [String: Member]
    public let policy: Policy

    public init(history: SupervisionHistory, members: [Member], policy: Policy) {
        self.history = history
        self.members = Dictionary(members.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.policy = policy
    }

    /// The day the chain is read on for `month`: its last day, or `today` while the month runs.
    public static func referenceDay(of month: SupervisionMonth, today: CalendarDate) -> CalendarDate {
        month.contains(today) ? today : month.lastDay
    }

    /// The pairs owed a minimum in `month`, with what they held, and every other pair that met; sorted by
    /// supervisor, then supervisee.
    public func entries(month: SupervisionMonth, meetings: [Meeting], today: CalendarDate) -> [ComplianceEntry] {
        let day = Self.referenceDay(of: month, today: today)
        var held: [Pair: Int] = [:]
        for meeting in meetings where month.contains(meeting.heldOn) && meeting.type.isMeeting {
            for code in Set(meeting.superviseeCodes) { held[Pair(meeting.supervisorCode, code), default: 0] += 1 }
        }
        var result: [Pair: ComplianceEntry] = [:]
        for (pair, rule, required) in owedPairs(on: day) {
            result[pair] = entry(pair, month: month, held: held[pair] ?? 0, required: required, standing: .owed,
                                 rule: rule)
        }
        for (pair, count) in held where result[pair] == nil {
            let inChain = history.wasSupervised(pair.supervisee, by: pair.supervisor, from: month.firstDay,
                                                through: month.lastDay)
            result[pair] = entry(pair, month: month, held: count, required: 0,
                                 standing: inChain ? .inChain : .crossSupervision, rule: nil)
        }
        return result.values.sorted {
            ($0.supervisorCode, $0.superviseeCode) < ($1.supervisorCode, $1.superviseeCode)
        }
    }

    /// Every (supervisor, supervisee) pair owed a minimum on `day`, with the rule and the minimum.
    func owedPairs(on day: CalendarDate) -> [(Pair, String, Int)] {
        let chain = history.chain(on: day)
        var pairs: [(Pair, String, Int)] = []
        for member in members.values where member.isActive {
            var rolesSeen: Set<Role> = []
            for code in chain.supervisors(of: member.code) {
                guard let supervisor = members[code], rolesSeen.insert(supervisor.role).inserted,
                      let key = SupervisionMinimum.meetingsKey(supervisor: supervisor.role, supervisee: member.role)
                else { continue }
                let required = policy.int(key)
                if required > 0 { pairs.append((Pair(code, member.code), Self.rule(for: supervisor.role), required)) }
            }
        }
        return pairs
    }

    private func entry(_ pair: Pair, month: SupervisionMonth, held: Int, required: Int, standing: ComplianceStanding,
                       rule: String?) -> ComplianceEntry? {
        guard let supervisor = members[pair.supervisor], let supervisee = members[pair.supervisee] else { return nil }
        return ComplianceEntry(month: month, supervisorCode: supervisor.code, supervisorName: supervisor.name,
                               supervisorRole: supervisor.role, superviseeCode: supervisee.code,
                               superviseeName: supervisee.name, superviseeRole: supervisee.role, held: held,
                               required: required, standing: standing, rule: rule)
    }

    static func rule(for supervisorRole: Role) -> String {
        switch supervisorRole {
        case .traineeSupervisor: "SUP-03"
        case .assistantSupervisor: "SUP-04"
        default: "SUP-02"
        }
    }

    struct Pair: Hashable {
        let supervisor: String
        let supervisee: String

        init(_ supervisor: String, _ supervisee: String) {
            self.supervisor = supervisor
            self.supervisee = supervisee
        }
    }
}
