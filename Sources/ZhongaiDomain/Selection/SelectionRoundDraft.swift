/// A round as the form or the command line gives it, before it is opened.
public struct SelectionRoundDraft: Equatable, Sendable {
    public var title: String
    public var target: SelectionTarget
    public var openedOn: CalendarDate
    public var writtenTestOn: CalendarDate?
    public var interviewOn: CalendarDate?
    /// The interviewers' staff codes.
    public var panelCodes: [String]

    public init(title: String, target: SelectionTarget, openedOn: CalendarDate, writtenTestOn: CalendarDate? = nil,
                interviewOn: CalendarDate? = nil, panelCodes: [String]) {
        self.title = title
        self.target = target
        self.openedOn = openedOn
        self.writtenTestOn = writtenTestOn
        self.interviewOn = interviewOn
        self.panelCodes = panelCodes
    }

    /// Refuses an empty title, tests before the round opens, an interview before the written test, no panel.
    public func validated() throws -> SelectionRoundDraft {
        var draft = self
        draft.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.panelCodes = panelCodes.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
        guard !draft.title.isEmpty else { throw ValidationError(field: N_("Title"), N_("is empty")) }
        if let written = writtenTestOn, written < openedOn {
            throw ValidationError(field: N_("Written test"), N_("is before the round opens"), rule: "SEL-02")
        }
        if let interview = interviewOn, interview < (writtenTestOn ?? openedOn) {
            throw ValidationError(field: N_("Interview date"), N_("is before the written test"), rule: "SEL-02")
        }
        guard !draft.panelCodes.isEmpty else {
            throw ValidationError(field: N_("Interview panel"), N_("name at least one interviewer"), rule: "SEL-02")
        }
        guard Set(draft.panelCodes).count == draft.panelCodes.count else {
            throw ValidationError(field: N_("Interview panel"), N_("an interviewer is named twice"), rule: "SEL-02")
        }
        return draft
    }
}
