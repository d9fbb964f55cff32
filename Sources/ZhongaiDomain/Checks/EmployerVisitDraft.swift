/// Rule CHK-05: a visit as it is recorded (拜访用人单位制度: the last month's summary and next month's plan reported,
/// difficulties raised, the unit's opinions heard).
public struct EmployerVisitDraft: Equatable, Sendable {
    public var targetID: Int64
    public var visitedOn: CalendarDate
    public var peopleMet: String
    public var content: String
    public var followUp: String

    public init(targetID: Int64, visitedOn: CalendarDate, peopleMet: String, content: String, followUp: String = "") {
        self.targetID = targetID
        self.visitedOn = visitedOn
        self.peopleMet = peopleMet
        self.content = content
        self.followUp = followUp
    }

    public func validated(today: CalendarDate) throws -> EmployerVisitDraft {
        guard visitedOn <= today else {
            throw ValidationError(field: N_("Date of the visit"), N_("%@ is in the future"), visitedOn.description,
                                  rule: "CHK-05")
        }
        let people = peopleMet.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !people.isEmpty else {
            throw ValidationError(field: N_("People met"), N_("say whom you met"), rule: "CHK-05")
        }
        let content = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !content.isEmpty else {
            throw ValidationError(field: N_("Content"), N_("say what was reported and heard"), rule: "CHK-05")
        }
        return EmployerVisitDraft(targetID: targetID, visitedOn: visitedOn, peopleMet: people, content: content,
                                  followUp: followUp.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
