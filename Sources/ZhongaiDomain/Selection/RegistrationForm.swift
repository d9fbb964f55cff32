/// 督导人才选拔登记表 (附表1): what the candidate declares, for what the program does not know (the worker table
/// holds the role only: no hire date, no degrees, no appraisals).
public struct RegistrationForm: Equatable, Codable, Sendable {
    public var education: EducationLevel
    public var studyField: StudyField
    public var qualification: SocialWorkQualification
    /// 继续教育: the hours required by the city's continuing-education rules are met.
    public var continuingEducationMet: Bool
    /// 登记注册: the last day of the candidate's registration as a social worker, if registered.
    public var registrationValidUntil: CalendarDate?
    /// The years of service, any order; the most recent ones are read.
    public var serviceYears: [ServiceYear]
    /// Exceptional route (3): years served as a supervisor certified by another prefecture-level city's authority
    /// or association, nil when never.
    public var supervisorElsewhereYears: Int?
    /// Exceptional route (4): social-work papers of 2000 characters or more in public journals.
    public var papersPublished: Int
    /// Exceptional route (4): a published theoretical monograph (理论专著).
    public var monographPublished: Bool

    public init(education: EducationLevel, studyField: StudyField, qualification: SocialWorkQualification,
                continuingEducationMet: Bool, registrationValidUntil: CalendarDate?, serviceYears: [ServiceYear],
                supervisorElsewhereYears: Int? = nil, papersPublished: Int = 0, monographPublished: Bool = false) {
        self.education = education
        self.studyField = studyField
        self.qualification = qualification
        self.continuingEducationMet = continuingEducationMet
        self.registrationValidUntil = registrationValidUntil
        self.serviceYears = serviceYears
        self.supervisorElsewhereYears = supervisorElsewhereYears
        self.papersPublished = papersPublished
        self.monographPublished = monographPublished
    }

    /// Refuses a form that cannot be true: a year twice, impossible day counts, negative counts.
    public func validate() throws {
        for year in serviceYears { try year.validate() }
        let years = serviceYears.map(\.year)
        guard Set(years).count == years.count else {
            throw ValidationError(field: N_("Service year"), N_("a year is listed twice"), rule: "SEL-01")
        }
        guard papersPublished >= 0, (supervisorElsewhereYears ?? 0) >= 0 else {
            throw ValidationError(field: N_("Registration form"), N_("a count cannot be negative"))
        }
    }

    /// The `count` most recent years of service, newest first.
    public func recentYears(_ count: Int) -> [ServiceYear] {
        Array(serviceYears.sorted { $0.year > $1.year }.prefix(count))
    }
}
