/// Rule SEL-01: whether a nominee may stand in a round, condition by condition with its clause: 督导人才选拔
/// 第三章 一 (督导助理) and 二 (见习督导, with 破格选拔 on any 3 of 4 conditions).
public struct Eligibility: Equatable, Codable, Sendable {
    /// The conditions every nominee of the post must meet, and (见习督导) being a 督导助理 already.
    public let conditions: [EligibilityCondition]
    /// 破格选拔's four conditions (见习督导 only; empty for 督导助理).
    public let exceptionalConditions: [EligibilityCondition]
    public let route: EligibilityRoute

    /// Assesses `form` for `target` on `date` (the round's opening), the candidate's role as the directory has it.
    public init(target: SelectionTarget, form: RegistrationForm, currentRole: Role, on date: CalendarDate,
                policy: Policy) {
        let years = target == .assistantSupervisor ? policy.int(.selectionAssistantMinYears)
                                                   : policy.int(.selectionTraineeMinYears)
        // The clauses of 第三章: 一(二) for 督导助理, 二(一) for 见习督导.
        let clause = target == .assistantSupervisor
            ? ["1", "2", "2", "2", "3", "3"].map { "第三章 一(二)" + $0 }
            : ["2(1)", "2(2)", "2(3)", "2(4)", "3(2)A", "3(3)"].map { "第三章 二(一)" + $0 }
        // Rule SEL-01
        var basic = [
            Self.education(form, clause: clause[0]),
            Self.qualification(form, clause: clause[1]),
            Self.continuingEducation(form, clause: clause[2]),
            Self.registration(form, on: date, clause: clause[3]),
            Self.service(form, years: years, policy: policy, clause: clause[4]),
            // 督导助理: the last year's appraisal; 见习督导: each of the last three years'.
            Self.assessments(form, years: target == .assistantSupervisor ? 1 : years, clause: clause[5]),
        ]
        let basicMet = basic.allSatisfy(\.passed)
        guard target == .traineeSupervisor else {
            conditions = basic
            exceptionalConditions = []
            route = basicMet ? .regular : .notEligible
            return
        }
        // 督导制度 第四章 二: 见习督导 are chosen from among the 督导助理.
        basic.append(EligibilityCondition(
            title: N_("Already an assistant supervisor"), clause: "督导制度 第四章 二", passed: currentRole == .assistantSupervisor,
            detail: SelectionPhrase(N_("role in the directory: %@"), currentRole.title)))
        conditions = basic
        exceptionalConditions = Self.exceptional(form, policy: policy)
        let exceptionalMet = exceptionalConditions.filter(\.passed).count >= policy.int(.selectionExceptionalConditionsRequired)
        if conditions.allSatisfy(\.passed) {
            route = .regular
        } else if basicMet && exceptionalMet {
            route = .exceptional
        } else {
            route = .notEligible
        }
    }

    /// The conditions that failed (with, for 见习督导, the exceptional route's), for the refusal message.
    public var failedConditions: [EligibilityCondition] {
        let failed = conditions.filter { !$0.passed }
        return exceptionalConditions.isEmpty ? failed : failed + exceptionalConditions.filter { !$0.passed }
    }

    // MARK: The conditions

    private static func education(_ form: RegistrationForm, clause: String) -> EligibilityCondition {
        // 社会工作专业大专及以上, 或相关专业本科及以上.
        let passed = switch form.studyField {
        case .socialWork: form.education >= .juniorCollege
        case .related: form.education >= .bachelor
        case .other: false
        }
        return EligibilityCondition(title: N_("Education"), clause: clause, passed: passed,
                                    detail: SelectionPhrase(N_("%@ in %@"), form.education.title, form.studyField.title))
    }

    private static func qualification(_ form: RegistrationForm, clause: String) -> EligibilityCondition {
        EligibilityCondition(title: N_("Qualification"), clause: clause,
                             passed: form.qualification >= .assistantSocialWorker,
                             detail: SelectionPhrase(N_("holds: %@"), form.qualification.title))
    }

    private static func continuingEducation(_ form: RegistrationForm, clause: String) -> EligibilityCondition {
        EligibilityCondition(title: N_("Continuing education"), clause: clause, passed: form.continuingEducationMet,
                             detail: SelectionPhrase(form.continuingEducationMet ? N_("requirements met")
                                                                                 : N_("requirements not met")))
    }

    private static func registration(_ form: RegistrationForm, on date: CalendarDate, clause: String)
        -> EligibilityCondition {
        guard let until = form.registrationValidUntil else {
            return EligibilityCondition(title: N_("Registration"), clause: clause, passed: false,
                                        detail: SelectionPhrase(N_("not registered")))
        }
        return EligibilityCondition(title: N_("Registration"), clause: clause, passed: until >= date,
                                    detail: SelectionPhrase(N_("valid until %@"), until.description))
    }

    private static func service(_ form: RegistrationForm, years: Int, policy: Policy, clause: String)
        -> EligibilityCondition {
        let recent = form.recentYears(years)
        let minimum = policy.selectionMinServiceDaysPerYear
        let average = recent.isEmpty ? 0 : recent.reduce(0) { $0 + $1.countedDays } / recent.count
        let passed = recent.count >= years && average >= minimum
        return EligibilityCondition(
            title: N_("Years of service"), clause: clause, passed: passed,
            detail: SelectionPhrase(N_("%@ of %@ years listed; %@ days a year on average (at least %@)"),
                                    "\(recent.count)", "\(years)", "\(average)", "\(minimum)"))
    }

    private static func assessments(_ form: RegistrationForm, years: Int, clause: String) -> EligibilityCondition {
        let recent = form.recentYears(years)
        let title = N_("Annual appraisal competent or better")
        if let failing = recent.first(where: { $0.assessment?.isCompetentOrBetter != true }) {
            return EligibilityCondition(title: title, clause: clause, passed: false, detail: SelectionPhrase(
                N_("%@: %@"), "\(failing.year)", failing.assessment?.title ?? N_("not assessed")))
        }
        return EligibilityCondition(title: title, clause: clause, passed: recent.count >= years, detail: SelectionPhrase(
            N_("%@ of %@ years appraised competent or better"), "\(recent.count)", "\(years)"))
    }

    private static func exceptional(_ form: RegistrationForm, policy: Policy) -> [EligibilityCondition] {
        let clause = "第三章 二(二)"
        let papers = policy.int(.selectionExceptionalMinPapers)
        return [
            EligibilityCondition(title: N_("Social worker certificate"), clause: clause + "(1)",
                                 passed: form.qualification >= .socialWorker,
                                 detail: SelectionPhrase(N_("holds: %@"), form.qualification.title)),
            EligibilityCondition(title: N_("Postgraduate degree"), clause: clause + "(2)",
                                 passed: form.education >= .master,
                                 detail: SelectionPhrase(N_("%@ in %@"), form.education.title, form.studyField.title)),
            EligibilityCondition(title: N_("Certified supervisor elsewhere"), clause: clause + "(3)",
                                 passed: (form.supervisorElsewhereYears ?? 0) > 0,
                                 detail: form.supervisorElsewhereYears.map {
                                     SelectionPhrase(N_("served %@ years as a supervisor"), "\($0)")
                                 } ?? SelectionPhrase(N_("never certified elsewhere"))),
            EligibilityCondition(title: N_("Published papers or a monograph"), clause: clause + "(4)",
                                 passed: form.papersPublished >= papers || form.monographPublished,
                                 detail: SelectionPhrase(form.monographPublished
                                                             ? N_("%@ papers of %@ characters or more (at least %@), and a monograph")
                                                             : N_("%@ papers of %@ characters or more (at least %@)"),
                                                         "\(form.papersPublished)",
                                                         "\(policy.int(.selectionExceptionalMinPaperCharacters))",
                                                         "\(papers)")),
        ]
    }
}
