/// 督导人才选拔: one round for 督导助理 or 见习督导, with its dates and interview panel. Rules SEL-01…SEL-04.
public struct SelectionRound: Equatable, Codable, Sendable {
    public let id: String
    public let title: String
    public let target: SelectionTarget
    public let openedOn: CalendarDate
    public let writtenTestOn: CalendarDate?
    public let interviewOn: CalendarDate?
    public let panel: [PanelMember]
    public let candidatesPublishedOn: CalendarDate?
    public let resultsPublishedOn: CalendarDate?
    public let openedBy: String

    public init(id: String, title: String, target: SelectionTarget, openedOn: CalendarDate, writtenTestOn: CalendarDate?,
                interviewOn: CalendarDate?, panel: [PanelMember], candidatesPublishedOn: CalendarDate?,
                resultsPublishedOn: CalendarDate?, openedBy: String) {
        self.id = id
        self.title = title
        self.target = target
        self.openedOn = openedOn
        self.writtenTestOn = writtenTestOn
        self.interviewOn = interviewOn
        self.panel = panel
        self.candidatesPublishedOn = candidatesPublishedOn
        self.resultsPublishedOn = resultsPublishedOn
        self.openedBy = openedBy
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .selectionRound, id: id) }

    /// Rule SEL-04: the last day of the candidate list's public notice (one week from publication, that day
    /// included), nil before publication.
    public func candidatePublicityLastDay(policy: Policy) -> CalendarDate? {
        candidatesPublishedOn?.adding(days: policy.selectionCandidatePublicityWeeks * 7 - 1)
    }

    /// Rule SEL-04: the last day of the results' public notice (two weeks).
    public func resultPublicityLastDay(policy: Policy) -> CalendarDate? {
        resultsPublishedOn?.adding(days: policy.selectionResultPublicityWeeks * 7 - 1)
    }

    public func stage(on day: CalendarDate, policy: Policy) -> SelectionRoundStage {
        guard let candidatesEnd = candidatePublicityLastDay(policy: policy) else { return .nominating }
        if day <= candidatesEnd { return .candidatePublicity }
        guard let published = resultsPublishedOn, day >= published,
              let resultsEnd = resultPublicityLastDay(policy: policy) else { return .scoring }
        return day <= resultsEnd ? .resultPublicity : .concluded
    }

    /// The dates of SEL-04 and the round's own, for the round and the due board.
    public func deadlines(policy: Policy) -> [SelectionDeadline] {
        var dates: [SelectionDeadline] = []
        func add(_ title: String, _ date: CalendarDate?) {
            if let date { dates.append(SelectionDeadline(roundID: id, roundTitle: self.title, title: title, date: date)) }
        }
        add(N_("Candidate list on notice until"), candidatePublicityLastDay(policy: policy))
        add(N_("Written test"), writtenTestOn)
        add(N_("Interview date"), interviewOn)
        add(N_("Results on notice until"), resultPublicityLastDay(policy: policy))
        return dates.sorted { $0.date < $1.date }
    }
}
