/// A registration as the worker (or the venue station) takes it, before it is checked and stored.
public struct RegistrationDraft: Equatable, Sendable {
    public var name: String
    public var phone: String
    public var gender: ParticipantGender
    public var ageGroup: AgeGroup
    public var clientID: String?
    public var isWalkIn: Bool
    public var registeredOn: CalendarDate

    public init(name: String, phone: String = "", gender: ParticipantGender = .unstated,
                ageGroup: AgeGroup = .unstated, clientID: String? = nil, isWalkIn: Bool = false,
                registeredOn: CalendarDate) {
        self.name = name
        self.phone = phone
        self.gender = gender
        self.ageGroup = ageGroup
        self.clientID = clientID
        self.isWalkIn = isWalkIn
        self.registeredOn = registeredOn
    }

    /// The draft with its name trimmed and its phone as digits (spaces, hyphens and a leading +86 dropped), or a
    /// `ValidationError` naming the field: no name, a phone with other characters, a day after `today`.
    public func validated(today: CalendarDate) throws -> RegistrationDraft {
        var valid = self
        valid.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !valid.name.isEmpty else {
            throw ValidationError(field: N_("Name"), N_("a registration needs the participant's name"))
        }
        valid.phone = try Self.phoneDigits(phone)
        let client = clientID?.trimmingCharacters(in: .whitespaces) ?? ""
        valid.clientID = client.isEmpty ? nil : client
        guard registeredOn <= today else {
            throw ValidationError(field: N_("Registered on"), N_("%@ is in the future"), registeredOn.description)
        }
        return valid
    }

    /// A phone as the digits the station searches by (the last four), or a `ValidationError`.
    public static func phoneDigits(_ text: String) throws -> String {
        var digits = text.filter { !$0.isWhitespace && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) }
        guard digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), digits.count <= 20 else {
            throw ValidationError(field: N_("Phone"), N_("“%@” is not a phone number: use digits only"), text)
        }
        return digits
    }
}
