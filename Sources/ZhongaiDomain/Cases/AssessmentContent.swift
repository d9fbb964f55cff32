/// 预估: the assessment part of a case file (预估 2.1–2.5). Rules CASE-13, CASE-07 (the report and its date).
public struct AssessmentContent: Equatable, Codable, Sendable {
    /// 问题
    public var problem: String
    /// 成因
    public var causes: String
    /// 严重程度
    public var degree: String
    /// 问题历史
    public var history: String
    /// 优势
    public var strengths: String
    /// 不足
    public var weaknesses: String
    /// 家庭系统
    public var familySystem: String
    /// 环境系统
    public var environmentSystem: String
    /// 个案评估报告 / 预估报告 text.
    public var reportText: String
    /// The day the report was finished: meets CASE-07.
    public var reportDate: CalendarDate?
    public var notes: String

    public init(problem: String = "", causes: String = "", degree: String = "", history: String = "",
                strengths: String = "", weaknesses: String = "", familySystem: String = "",
                environmentSystem: String = "", reportText: String = "", reportDate: CalendarDate? = nil,
                notes: String = "") {
        self.problem = problem
        self.causes = causes
        self.degree = degree
        self.history = history
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.familySystem = familySystem
        self.environmentSystem = environmentSystem
        self.reportText = reportText
        self.reportDate = reportDate
        self.notes = notes
    }

    /// Refuses an assessment without its problem, and a report date without a report or in the future.
    public func validated(today: CalendarDate) throws -> AssessmentContent {
        var c = self
        // Rule CASE-13
        c.problem = try CaseText.required(problem, field: N_("Problem"), rule: "CASE-13")
        for keyPath in [\AssessmentContent.causes, \.degree, \.history, \.strengths, \.weaknesses, \.familySystem,
                        \.environmentSystem, \.reportText, \.notes] {
            c[keyPath: keyPath] = CaseText.trimmed(c[keyPath: keyPath])
        }
        if let reportDate {
            // Rule CASE-07: a dated report has a text.
            guard !c.reportText.isEmpty else {
                throw ValidationError(field: N_("Assessment report"), N_("has a date but no text"), rule: "CASE-07")
            }
            guard reportDate <= today else {
                throw ValidationError(field: N_("Report date"), N_("%@ is in the future"), reportDate.description)
            }
        }
        return c
    }
}
