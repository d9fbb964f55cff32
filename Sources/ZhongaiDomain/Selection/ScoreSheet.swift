/// A candidate's score sheet (成绩单): the written test, each interviewer's score, the bonus items by 附表2, and the
/// total = written × 30 % + interview × 30 % + bonus, every figure with the sentence that explains it. Rules SEL-02,
/// SEL-03.
public struct ScoreSheet: Equatable, Codable, Sendable {
    public let nominationID: Int64
    public let workerCode: String
    public let workerName: String
    public let written: SelectionPoints?
    public let interviews: [InterviewScore]
    public let panelSize: Int
    public let bonus: BonusScore
    public let status: ScoreStatus
    public let writtenWeighted: SelectionPoints?
    public let interviewMean: SelectionPoints?
    public let interviewWeighted: SelectionPoints?
    /// Nil until the written test is passed and an interviewer has scored.
    public let total: SelectionPoints?
    /// How each figure was reached, in order: the written test, the interview, each category and its lines, the total.
    public let explanation: [SelectionPhrase]

    public init(nominationID: Int64, workerCode: String, workerName: String, written: SelectionPoints?,
                interviews: [InterviewScore], panelSize: Int, bonusItems: [BonusItem], policy: Policy) {
        self.nominationID = nominationID
        self.workerCode = workerCode
        self.workerName = workerName
        self.written = written
        self.interviews = interviews
        self.panelSize = panelSize
        bonus = BonusScore(items: bonusItems, policy: policy)
        let passMark = SelectionPoints(policy.selectionWrittenPassMark)
        let writtenPercent = policy.selectionWrittenWeightPercent
        let interviewPercent = policy.selectionInterviewWeightPercent
        var lines: [SelectionPhrase] = []

        // Rule SEL-02: 60 of 100 passes (60 included); below it, no interview.
        guard let written else {
            (status, writtenWeighted, interviewMean, interviewWeighted, total) = (.awaitingWrittenTest, nil, nil, nil, nil)
            explanation = [SelectionPhrase(N_("Written test: not yet scored"))]
            return
        }
        guard written >= passMark else {
            (status, writtenWeighted, interviewMean, interviewWeighted, total) = (.failedWrittenTest, nil, nil, nil, nil)
            explanation = [SelectionPhrase(N_("Written test: %@, below the pass mark of %@: no interview"),
                                           written.description, passMark.description)]
            return
        }
        let weightedWritten = written.percent(writtenPercent)
        writtenWeighted = weightedWritten
        lines.append(SelectionPhrase(N_("Written test: %@ (pass mark %@) × %@ = %@"), written.description,
                                     passMark.description, "\(writtenPercent)%", weightedWritten.description))
        guard !interviews.isEmpty else {
            (status, interviewMean, interviewWeighted, total) = (.awaitingInterview, nil, nil, nil)
            explanation = lines + [SelectionPhrase(N_("Interview: not yet scored"))]
            return
        }
        let mean = SelectionPoints.mean(interviews.map(\.score))
        let weightedInterview = mean.percent(interviewPercent)
        interviewMean = mean
        interviewWeighted = weightedInterview
        let scores = interviews.map { "\($0.interviewerName) \($0.score)" }.joined(separator: ", ")
        lines.append(SelectionPhrase(N_("Interview: the mean of %@ of %@ panel scores (%@) is %@; × %@ = %@"),
                                     "\(interviews.count)", "\(panelSize)", scores, mean.description,
                                     "\(interviewPercent)%", weightedInterview.description))
        status = interviews.count >= panelSize ? .complete : .interviewIncomplete
        for category in bonus.categories where !category.lines.isEmpty {
            lines.append(category.explanation)
            lines += category.lines.map(\.explanation)
        }
        lines.append(SelectionPhrase(N_("Bonus: %@ points"), bonus.total.description))
        let sum = weightedWritten + weightedInterview + bonus.total
        total = sum
        lines.append(SelectionPhrase(N_("Total: %@ + %@ + %@ = %@"), weightedWritten.description,
                                     weightedInterview.description, bonus.total.description, sum.description))
        explanation = lines
    }
}
