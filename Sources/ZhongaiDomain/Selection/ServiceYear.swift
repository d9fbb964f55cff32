/// One year of service on the registration form (附表1): days worked in a social-work post, the days the rule lets
/// be deducted (产假, 因公致伤 within a year, 病假 within half a year: 核减), and the year's appraisal.
public struct ServiceYear: Equatable, Codable, Sendable {
    public var year: Int
    public var daysWorked: Int
    public var daysExcused: Int
    public var assessment: AnnualAssessment?

    public init(year: Int, daysWorked: Int, daysExcused: Int = 0, assessment: AnnualAssessment? = nil) {
        self.year = year
        self.daysWorked = daysWorked
        self.daysExcused = daysExcused
        self.assessment = assessment
    }

    /// The days the 240-day condition reads: worked plus excused (SEL-01 核减).
    public var countedDays: Int { daysWorked + daysExcused }

    func validate() throws {
        guard (1900...9999).contains(year) else {
            throw ValidationError(field: N_("Service year"), N_("“%@” is not a year"), "\(year)")
        }
        let days = CalendarDate.isLeap(year) ? 366 : 365
        guard (0...days).contains(daysWorked), (0...days).contains(daysExcused), countedDays <= days else {
            throw ValidationError(field: N_("Service year"), N_("the days of %@ must add up to at most %@"),
                                  "\(year)", "\(days)", rule: "SEL-01")
        }
    }
}
