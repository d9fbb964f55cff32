/// Everything the programme window shows: the programme, its sessions in order and its registrations, its plan,
/// outing safety record and review history, feedback and satisfaction, report, archive checklist, deadlines and
/// the number of people who actually signed in.
public struct ProgrammeDetail: Equatable, Codable, Sendable {
    public var programme: Programme
    public var sessions: [ProgrammeSession]
    /// In the order they were recorded.
    public var registrations: [Registration]
    /// The 计划书 as last saved (GRP-02), if written.
    public var plan: ProgrammePlan?
    /// For an outing: the safety record of GRP-10, if recorded.
    public var outing: OutingSafety?
    /// Submissions, approvals and returns of the plan and report, oldest first.
    public var reviews: [ProgrammeReview]
    /// The 参加者意见表 recorded (GRP-05), in the order recorded.
    public var feedback: [ParticipantFeedback]
    /// Per item, against the IND-02 threshold.
    public var satisfaction: SatisfactionSummary?
    /// The 报告 and 财务报告 as last saved (GRP-06), if written.
    public var report: ProgrammeReport?
    /// The archive checklist in the source's order (GRP-08), each item with who ticked it.
    public var archiveChecklist: [ProgrammeArchiveItem]
    /// What is due, by which rule (C1–C3).
    public var deadlines: [ProgrammeDeadline]
    /// Distinct people signed in across the sessions (IND-05).
    public var participantCount: Int

    public init(programme: Programme, sessions: [ProgrammeSession], registrations: [Registration],
                plan: ProgrammePlan? = nil, outing: OutingSafety? = nil, reviews: [ProgrammeReview] = [],
                feedback: [ParticipantFeedback] = [], satisfaction: SatisfactionSummary? = nil,
                report: ProgrammeReport? = nil, archiveChecklist: [ProgrammeArchiveItem] = [],
                deadlines: [ProgrammeDeadline] = [], participantCount: Int = 0) {
        self.programme = programme
        self.sessions = sessions
        self.registrations = registrations
        self.plan = plan
        self.outing = outing
        self.reviews = reviews
        self.feedback = feedback
        self.satisfaction = satisfaction
        self.report = report
        self.archiveChecklist = archiveChecklist
        self.deadlines = deadlines
        self.participantCount = participantCount
    }

    /// The 《财务报告》: the plan's budget beside the report's expenses.
    public var finance: [FinanceLine] { report?.finance(budget: plan?.budget ?? []) ?? [] }

    /// Rule GRP-07: every document of the checklist ticked.
    public var isReadyToArchive: Bool { !archiveChecklist.isEmpty && archiveChecklist.allSatisfy(\.isTicked) }

    /// The day of the first session, else the programme's first day: what the lead times of C1 and GRP-10 count to.
    public var firstDay: CalendarDate { sessions.map(\.heldOn).min() ?? programme.startsOn }

    /// The day of the last session, else the programme's last day: what the report deadline of C2 counts from.
    public var lastDay: CalendarDate { sessions.map(\.heldOn).max() ?? programme.endsOn }

    /// The latest event of `document`'s review, if any.
    public func lastReview(of document: ProgrammeDocument) -> ProgrammeReview? {
        reviews.last { $0.document == document }
    }

    /// The day `document` was last submitted, if it was.
    public func lastSubmission(of document: ProgrammeDocument) -> CalendarDate? {
        reviews.last { $0.document == document && $0.event == .submitted }?.recordedOn
    }

    /// The day `document` was approved, if it was.
    public func approval(of document: ProgrammeDocument) -> ProgrammeReview? {
        reviews.last { $0.document == document && $0.event == .approved }
    }
}
