/// 家庭成员: a member of the client's household, as the intake form lists them.
public struct HouseholdMember: Hashable, Codable, Sendable {
    public var name: String
    /// Relationship to the client: 配偶, 儿子, 母亲…
    public var relationship: String
    public var birthYear: Int?
    public var note: String

    public init(name: String, relationship: String, birthYear: Int? = nil, note: String = "") {
        self.name = name
        self.relationship = relationship
        self.birthYear = birthYear
        self.note = note
    }

    /// Trimmed, with name and relationship required and a birth year between 1900 and this year.
    public func validated(today: CalendarDate) throws -> HouseholdMember {
        let member = HouseholdMember(name: try ClientDraft.required(name, field: N_("Household member")),
                                     relationship: try ClientDraft.required(relationship,
                                                                            field: N_("Household member's relationship")),
                                     birthYear: birthYear,
                                     note: note.trimmingCharacters(in: .whitespacesAndNewlines))
        if let year = birthYear, !(1900...today.year).contains(year) {
            throw ValidationError(field: N_("Household member's birth year"), N_("%@ is not a year between 1900 and now"),
                                  String(year))
        }
        return member
    }
}
