/// One interviewer's score of a candidate (面试分数, out of 100). Rule SEL-02.
public struct InterviewScore: Equatable, Codable, Sendable {
    public let interviewerCode: String
    public let interviewerName: String
    public let score: SelectionPoints

    public init(interviewerCode: String, interviewerName: String, score: SelectionPoints) {
        self.interviewerCode = interviewerCode
        self.interviewerName = interviewerName
        self.score = score
    }
}
