/// What the deadlines of a case are computed from: dates the store reads from the case's records.
public struct CaseDeadlineFacts: Equatable, Sendable {
    public var openedOn: CalendarDate
    /// The day the case ended (closed or referred), if it has.
    public var endedOn: CalendarDate?
    /// The intake's contact day and the day it was written down (INTAKE-04).
    public var intakeContactOn: CalendarDate?
    public var intakeRecordedOn: CalendarDate?
    /// The earliest service contact on or after opening (CASE-06).
    public var firstServiceOn: CalendarDate?
    /// The assessment report's date (CASE-07).
    public var assessmentReportOn: CalendarDate?
    /// The 个案阶段性发展表's date (CASE-09).
    public var stageReviewOn: CalendarDate?
    /// The day the problem was judged solved, and the 个案结案评估表's date (CASE-10).
    public var problemSolvedOn: CalendarDate?
    public var closingEvaluationOn: CalendarDate?
    /// The plan's service start, and the day the plan first went for approval (CASE-05).
    public var planServiceStartsOn: CalendarDate?
    public var planSubmittedOn: CalendarDate?

    public init(openedOn: CalendarDate, endedOn: CalendarDate? = nil, intakeContactOn: CalendarDate? = nil,
                intakeRecordedOn: CalendarDate? = nil, firstServiceOn: CalendarDate? = nil,
                assessmentReportOn: CalendarDate? = nil, stageReviewOn: CalendarDate? = nil,
                problemSolvedOn: CalendarDate? = nil, closingEvaluationOn: CalendarDate? = nil,
                planServiceStartsOn: CalendarDate? = nil, planSubmittedOn: CalendarDate? = nil) {
        self.openedOn = openedOn
        self.endedOn = endedOn
        self.intakeContactOn = intakeContactOn
        self.intakeRecordedOn = intakeRecordedOn
        self.firstServiceOn = firstServiceOn
        self.assessmentReportOn = assessmentReportOn
        self.stageReviewOn = stageReviewOn
        self.problemSolvedOn = problemSolvedOn
        self.closingEvaluationOn = closingEvaluationOn
        self.planServiceStartsOn = planServiceStartsOn
        self.planSubmittedOn = planSubmittedOn
    }
}
