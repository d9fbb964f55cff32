/// 评估: the evaluation part of a case file. Rules CASE-13, CASE-10 (个案结案评估表), CASE-11 (服务评估表).
public struct EvaluationContent: Equatable, Codable, Sendable {
    /// 使用的量表
    public var scalesUsed: String
    /// 访谈
    public var interviews: String
    /// The day the client completed the 服务评估表 (CASE-11), and what it says.
    public var serviceEvaluationFormOn: CalendarDate?
    public var serviceEvaluationFormResult: String
    /// The day the 个案结案评估表 was written: meets CASE-10.
    public var closingEvaluationOn: CalendarDate?
    public var notes: String

    public init(scalesUsed: String = "", interviews: String = "", serviceEvaluationFormOn: CalendarDate? = nil,
                serviceEvaluationFormResult: String = "", closingEvaluationOn: CalendarDate? = nil,
                notes: String = "") {
        self.scalesUsed = scalesUsed
        self.interviews = interviews
        self.serviceEvaluationFormOn = serviceEvaluationFormOn
        self.serviceEvaluationFormResult = serviceEvaluationFormResult
        self.closingEvaluationOn = closingEvaluationOn
        self.notes = notes
    }

    /// Refuses dates in the future, and a completed 服务评估表 without its result.
    public func validated(today: CalendarDate) throws -> EvaluationContent {
        var c = self
        for keyPath in [\EvaluationContent.scalesUsed, \.interviews, \.serviceEvaluationFormResult, \.notes] {
            c[keyPath: keyPath] = CaseText.trimmed(c[keyPath: keyPath])
        }
        for (date, field) in [(serviceEvaluationFormOn, N_("Service evaluation form")),
                              (closingEvaluationOn, N_("Closing evaluation"))] {
            if let date, date > today {
                throw ValidationError(field: field, N_("%@ is in the future"), date.description)
            }
        }
        // Rule CASE-11
        if serviceEvaluationFormOn != nil, c.serviceEvaluationFormResult.isEmpty {
            throw ValidationError(field: N_("Service evaluation form"), N_("has a date but no result"),
                                  rule: "CASE-11")
        }
        return c
    }
}
