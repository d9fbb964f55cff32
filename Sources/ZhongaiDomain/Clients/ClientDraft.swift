import Foundation

/// 服务对象: a client as it is entered or edited, the input of `addClient` and `updateClient`.
public struct ClientDraft: Equatable, Sendable {
    public var name: String
    public var gender: Gender?
    public var birthDate: CalendarDate?
    /// Code of the client's category (服务对象类别; INTAKE-01), one of the clientCategory table.
    public var categoryCode: String
    public var phone: String?
    public var idDocument: ClientIDDocument?
    public var address: String?
    /// The client cannot decide personally (无民事行为能力/限制民事行为能力): a guardian acts for them.
    public var lacksCapacity: Bool
    public var guardian: Guardian?
    public var household: [HouseholdMember]
    public var note: String
    /// The worker who holds the record; nil for the worker who enters it.
    public var holderCode: String?

    public init(name: String, gender: Gender? = nil, birthDate: CalendarDate? = nil, categoryCode: String,
                phone: String? = nil, idDocument: ClientIDDocument? = nil, address: String? = nil,
                lacksCapacity: Bool = false, guardian: Guardian? = nil, household: [HouseholdMember] = [],
                note: String = "", holderCode: String? = nil) {
        self.name = name
        self.gender = gender
        self.birthDate = birthDate
        self.categoryCode = categoryCode
        self.phone = phone
        self.idDocument = idDocument
        self.address = address
        self.lacksCapacity = lacksCapacity
        self.guardian = guardian
        self.household = household
        self.note = note
        self.holderCode = holderCode
    }

    /// The draft checked and normalised (trimmed, empty optionals as nil, phone and ID number in their one written
    /// form, the birth date taken from a resident ID when absent), or a `ValidationError` naming the field and rule.
    /// `today` is the date in China. Whether the category exists is for the store to check.
    public func validated(today: CalendarDate) throws -> ClientDraft {
        var d = self
        d.name = try Self.required(name, field: N_("Name"))
        // Rule INTAKE-01
        guard let category = Self.optional(categoryCode) else {
            throw ValidationError(field: N_("Category"), N_("is empty: every client belongs to a category"),
                                  rule: "INTAKE-01")
        }
        d.categoryCode = category
        d.phone = try Self.optional(phone).map { try PhoneNumber($0, field: N_("Phone")).text }
        d.idDocument = try idDocument.flatMap { Self.optional($0.number) == nil ? nil : try $0.validated() }
        d.address = Self.optional(address)
        d.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        d.holderCode = Self.optional(holderCode)
        d.birthDate = try Self.birthDate(birthDate, idDocument: d.idDocument, today: today)
        d.household = try household.map { try $0.validated(today: today) }
        d.guardian = try guardian.map { try $0.validated() }
        try d.requireGuardianIfNeeded(today: today)
        return d
    }

    /// Whether the client is under `ConsentRules.adultAge` on `date`; false when the birth date is unknown.
    public func isMinor(on date: CalendarDate) -> Bool {
        birthDate.map { ConsentRules.age(born: $0, on: date) < ConsentRules.adultAge } ?? false
    }

    /// Rule CASE-04: a guardian acts for a minor or a client without capacity.
    private func requireGuardianIfNeeded(today: CalendarDate) throws {
        guard guardian == nil else { return }
        if lacksCapacity {
            throw ValidationError(field: N_("Guardian"), N_("is needed for a client without capacity"),
                                  rule: "CASE-04")
        }
        if isMinor(on: today) {
            throw ValidationError(field: N_("Guardian"), N_("is needed for a client under %@"),
                                  String(ConsentRules.adultAge), rule: "CASE-04")
        }
    }

    /// Not in the future and, with a resident ID, the ID's birth date (which fills it when absent).
    private static func birthDate(_ given: CalendarDate?, idDocument: ClientIDDocument?, today: CalendarDate) throws
        -> CalendarDate? {
        let fromID = idDocument?.residentID?.birthDate
        if let given, let fromID, given != fromID {
            throw ValidationError(field: N_("Birth date"), N_("%@ differs from the ID number's birth date %@"),
                                  given.description, fromID.description)
        }
        let date = given ?? fromID
        if let date, date > today {
            throw ValidationError(field: N_("Birth date"), N_("%@ is in the future"), date.description)
        }
        return date
    }

    static func required(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(field: field, N_("is empty")) }
        return trimmed
    }

    static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
