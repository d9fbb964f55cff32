/// 志愿者: a volunteer as entered or edited, the input of `addVolunteer` and `updateVolunteer`. The worker who
/// recruited them (发展志愿者) is credited in the month they joined (IND-01).
public struct VolunteerDraft: Equatable, Sendable {
    public var name: String
    public var gender: Gender?
    public var phone: String?
    public var birthYear: Int?
    /// 特长 and anything the team should know.
    public var skills: String
    public var note: String
    public var joinedOn: CalendarDate
    /// The worker who recruited the volunteer; nil for the worker who enters them.
    public var recruitedBy: String?
    /// The service point the volunteer serves at; nil for the recruiter's.
    public var servicePointID: Int64?

    public init(name: String, gender: Gender? = nil, phone: String? = nil, birthYear: Int? = nil, skills: String = "",
                note: String = "", joinedOn: CalendarDate, recruitedBy: String? = nil, servicePointID: Int64? = nil) {
        self.name = name
        self.gender = gender
        self.phone = phone
        self.birthYear = birthYear
        self.skills = skills
        self.note = note
        self.joinedOn = joinedOn
        self.recruitedBy = recruitedBy
        self.servicePointID = servicePointID
    }

    /// Trimmed, the phone in its one written form; refuses an empty name, a phone that is not one, a birth year
    /// before 1900 or after this year, and a joining date in the future (IND-01).
    public func validated(today: CalendarDate) throws -> VolunteerDraft {
        var d = self
        d.name = try VolunteerRules.required(name, field: N_("Name"))
        d.phone = try VolunteerRules.optional(phone).map { try PhoneNumber($0, field: N_("Phone")).text }
        if let year = birthYear, !(1900...today.year).contains(year) {
            throw ValidationError(field: N_("Birth year"), N_("%@ is not a year between 1900 and this year"),
                                  String(year))
        }
        d.skills = skills.trimmingCharacters(in: .whitespacesAndNewlines)
        d.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        try VolunteerRules.requireNotFuture(joinedOn, today: today, field: N_("Joined on"))
        d.recruitedBy = VolunteerRules.optional(recruitedBy)?.uppercased()
        return d
    }
}
