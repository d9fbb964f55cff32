import ZhongaiDomain

/// How an activity counts (IND-05) as `programme classify --json` prints it; `countsAs` is null when it does not
/// meet its kind's definition.
struct ProgrammeClassificationRow: Encodable {
    let countsAs: String?
    let participants: Int
    let shortestSessionMinutes: Int?
    let reason: String
    let rule: String?

    init(_ c: ProgrammeClassification) {
        countsAs = c.countsAs?.rawValue
        participants = c.participants
        shortestSessionMinutes = c.shortestSessionMinutes
        reason = c.reason.description
        rule = c.reason.rule
    }
}
