/// Rule IND-05: how a held activity counts in the indicators, from its actual participants (distinct people
/// signed in across its sessions) and the length of its sessions. Thresholds are policy values.
/// - a community activity (大型 or 中小型 as planned) is 大型社区活动 with 100 participants or more, else 中小型;
/// - a lecture counts as 讲座 with 30 participants or more and sessions of 40 minutes or more;
/// - a workshop counts as 工作坊 with 10 participants or more;
/// - groups and outreach are not classified by these numbers.
public struct ProgrammeClassification: Equatable, Sendable {
    /// What it counts as; nil when it does not meet its kind's definition (a lecture with 29 people).
    public var countsAs: ProgrammeKind?
    public var participants: Int
    /// The shortest session, in minutes (a lecture's length is each sitting's).
    public var shortestSessionMinutes: Int?
    /// English msgids with their numbers, why it counts so (or does not).
    public var reason: ValidationError

    public init(countsAs: ProgrammeKind?, participants: Int, shortestSessionMinutes: Int?, reason: ValidationError) {
        self.countsAs = countsAs
        self.participants = participants
        self.shortestSessionMinutes = shortestSessionMinutes
        self.reason = reason
    }

    public static func classify(kind: ProgrammeKind, participants: Int, sessionMinutes: [Int],
                                policy: Policy) -> ProgrammeClassification {
        let shortest = sessionMinutes.min()
        let people = String(participants)
        switch kind {
        case .largeActivity, .smallActivity:
            let minimum = policy.largeActivityMinParticipants
            let isLarge = participants >= minimum
            return ProgrammeClassification(
                countsAs: isLarge ? .largeActivity : .smallActivity, participants: participants,
                shortestSessionMinutes: shortest,
                reason: ValidationError(field: N_("Participants"),
                                        isLarge ? N_("%@ participants: at least %@, a large community activity")
                                                : N_("%@ participants: fewer than %@, a small or medium community activity"),
                                        people, String(minimum), rule: "IND-05"))
        case .lecture:
            let minimum = policy.lectureMinParticipants
            let minutes = policy.lectureMinMinutes
            guard participants >= minimum else {
                return ProgrammeClassification(
                    countsAs: nil, participants: participants, shortestSessionMinutes: shortest,
                    reason: ValidationError(field: N_("Participants"),
                                            N_("%@ participants: a lecture needs at least %@"), people,
                                            String(minimum), rule: "IND-05"))
            }
            guard let shortest, shortest >= minutes else {
                return ProgrammeClassification(
                    countsAs: nil, participants: participants, shortestSessionMinutes: shortest,
                    reason: ValidationError(field: N_("Duration"),
                                            N_("%@ minutes: a lecture lasts at least %@ minutes"),
                                            shortest.map(String.init) ?? "0", String(minutes), rule: "IND-05"))
            }
            return ProgrammeClassification(
                countsAs: .lecture, participants: participants, shortestSessionMinutes: shortest,
                reason: ValidationError(field: N_("Participants"),
                                        N_("%@ participants and %@ minutes: a lecture"), people, String(shortest),
                                        rule: "IND-05"))
        case .workshop:
            let minimum = policy.workshopMinParticipants
            let counts = participants >= minimum
            return ProgrammeClassification(
                countsAs: counts ? .workshop : nil, participants: participants, shortestSessionMinutes: shortest,
                reason: ValidationError(field: N_("Participants"),
                                        counts ? N_("%@ participants: at least %@, a workshop")
                                               : N_("%@ participants: a workshop needs at least %@"),
                                        people, String(minimum), rule: "IND-05"))
        case .therapeuticGroup, .preventiveGroup, .outreach:
            return ProgrammeClassification(
                countsAs: kind, participants: participants, shortestSessionMinutes: shortest,
                reason: ValidationError(field: N_("Kind"), N_("counted as planned: %@"), kind.title, rule: "IND-05"))
        }
    }
}
