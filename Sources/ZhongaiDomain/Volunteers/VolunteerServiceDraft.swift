/// 志愿者提供服务: volunteers serving on one day, each one a 人次 for the worker who organised it (IND-01); the
/// input of `recordVolunteerService`.
public struct VolunteerServiceDraft: Equatable, Sendable {
    public var servedOn: CalendarDate
    /// Hours each volunteer served.
    public var hours: Double
    public var volunteerIDs: [String]
    /// What they did.
    public var activity: String
    /// The group or activity served, by its archive code, if any.
    public var programmeCode: String?
    /// The worker who organised it; nil for the worker who records it.
    public var organiserCode: String?

    public init(servedOn: CalendarDate, hours: Double, volunteerIDs: [String], activity: String,
                programmeCode: String? = nil, organiserCode: String? = nil) {
        self.servedOn = servedOn
        self.hours = hours
        self.volunteerIDs = volunteerIDs
        self.activity = activity
        self.programmeCode = programmeCode
        self.organiserCode = organiserCode
    }

    /// Trimmed; refuses a service in the future, without a volunteer or an activity, or of hours ≤ 0 or over 24
    /// (IND-01).
    public func validated(today: CalendarDate) throws -> VolunteerServiceDraft {
        var d = self
        try VolunteerRules.requireNotFuture(servedOn, today: today, field: N_("Service date"))
        guard hours.isFinite, hours > 0, hours <= 24 else {
            throw ValidationError(field: N_("Hours"), N_("%@ is not a number of hours above 0 and at most 24"),
                                  hours.isFinite ? Self.hoursText(hours) : String(hours), rule: "IND-01")
        }
        d.volunteerIDs = try VolunteerRules.requireVolunteers(volunteerIDs, field: N_("Volunteers served"))
        d.activity = try VolunteerRules.required(activity, field: N_("Activity"))
        d.programmeCode = VolunteerRules.optional(programmeCode)?.uppercased()
        d.organiserCode = VolunteerRules.optional(organiserCode)?.uppercased()
        return d
    }

    /// 2 → "2", 2.5 → "2.5".
    public static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}
