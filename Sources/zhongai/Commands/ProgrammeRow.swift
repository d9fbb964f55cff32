import ZhongaiDomain

/// A programme as `programme create|list --json` print it: no participant's name.
struct ProgrammeRow: Encodable {
    let id: String
    let code: String
    let kind: String
    let title: String
    let isOuting: Bool
    let hasFixedMembers: Bool
    let startsOn: String
    let endsOn: String
    let registrationOpensOn: String?
    let registrationClosesOn: String?
    let stage: String
    let holderCode: String
    let sessionCount: Int?
    let registrationCount: Int?

    init(_ p: Programme) {
        id = p.id
        code = p.code
        kind = p.kind.rawValue
        title = p.title
        isOuting = p.isOuting
        hasFixedMembers = p.hasFixedMembers
        startsOn = p.startsOn.description
        endsOn = p.endsOn.description
        registrationOpensOn = p.registrationWindow?.opensOn.description
        registrationClosesOn = p.registrationWindow?.closesOn.description
        stage = p.stage.rawValue
        holderCode = p.holderCode
        sessionCount = nil
        registrationCount = nil
    }

    init(_ s: ProgrammeSummary) {
        id = s.id
        code = s.code
        kind = s.kind.rawValue
        title = s.title
        isOuting = s.isOuting
        hasFixedMembers = s.hasFixedMembers
        startsOn = s.startsOn.description
        endsOn = s.endsOn.description
        registrationOpensOn = nil
        registrationClosesOn = nil
        stage = s.stage.rawValue
        holderCode = s.holderCode
        sessionCount = s.sessionCount
        registrationCount = s.registrationCount
    }
}
