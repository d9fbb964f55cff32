/// Rule ROLE-02 around a promotion: one 督导助理 per 12 frontline workers, one 见习督导 per 2 督导助理 (policy
/// values), counted among active workers as they would be after the promotion; a ratio passed is a warning with
/// its numbers, not a refusal: the centre decides.
public struct StaffingRatioCheck: Equatable, Codable, Sendable {
    public let frontline: Int
    public let assistants: Int
    public let trainees: Int
    public let frontlinePerAssistant: Int
    public let assistantsPerTrainee: Int

    /// The counts after `promoting` from `from` to `to`, from the active workers' roles before it.
    public init(roles: [Role], promoting from: Role, to: Role, policy: Policy) {
        var counts: [Role: Int] = [:]
        for role in roles { counts[role, default: 0] += 1 }
        counts[from, default: 0] -= 1
        counts[to, default: 0] += 1
        frontline = counts[.frontline, default: 0]
        assistants = counts[.assistantSupervisor, default: 0]
        trainees = counts[.traineeSupervisor, default: 0]
        frontlinePerAssistant = policy.frontlinePerAssistantSupervisor
        assistantsPerTrainee = policy.assistantsPerTraineeSupervisor
    }

    /// 督导助理 the frontline count supports: one per started group of 12.
    public var assistantsSupported: Int { (frontline + frontlinePerAssistant - 1) / max(frontlinePerAssistant, 1) }
    /// 见习督导 the 督导助理 count supports: one per started pair.
    public var traineesSupported: Int { (assistants + assistantsPerTrainee - 1) / max(assistantsPerTrainee, 1) }

    /// What passes the ratios, with the numbers; empty when both hold.
    public var warnings: [SelectionPhrase] {
        var warnings: [SelectionPhrase] = []
        if assistants > assistantsSupported {
            warnings.append(SelectionPhrase(
                N_("%@ assistant supervisors for %@ frontline workers: ROLE-02 provides one per %@, so %@"),
                "\(assistants)", "\(frontline)", "\(frontlinePerAssistant)", "\(assistantsSupported)"))
        }
        if trainees > traineesSupported {
            warnings.append(SelectionPhrase(
                N_("%@ trainee supervisors for %@ assistant supervisors: ROLE-02 provides one per %@, so %@"),
                "\(trainees)", "\(assistants)", "\(assistantsPerTrainee)", "\(traineesSupported)"))
        }
        return warnings
    }
}
