import Foundation

/// A consent as it is recorded: the input of `recordConsent`.
public struct ConsentDraft: Equatable, Sendable {
    /// The client's id (clients arrive with the case-file issue: until then a text the worker gives).
    public var clientID: String
    public var clientName: String
    /// Needed when the client signs personally, to show they are of age (CASE-04).
    public var clientBirthDate: CalendarDate?
    /// The client cannot consent personally (无民事行为能力/限制民事行为能力): a guardian signs.
    public var clientLacksCapacity: Bool
    public var clientPhone: String?
    public var clientIDNumber: String?
    public var clientAddress: String?
    public var giver: ConsentGiver
    public var givenOn: CalendarDate
    public var scope: ConsentScope
    public var recordedAs: ConsentRecordingMethod
    /// Where the signed form or the written statement is (file name, archive reference).
    public var documentReference: String?
    /// The worker who holds the record; nil for the worker who records it.
    public var holderCode: String?
    public var note: String

    public init(clientID: String, clientName: String, clientBirthDate: CalendarDate? = nil,
                clientLacksCapacity: Bool = false, clientPhone: String? = nil, clientIDNumber: String? = nil,
                clientAddress: String? = nil, giver: ConsentGiver = .client, givenOn: CalendarDate,
                scope: ConsentScope, recordedAs: ConsentRecordingMethod, documentReference: String? = nil,
                holderCode: String? = nil, note: String = "") {
        self.clientID = clientID
        self.clientName = clientName
        self.clientBirthDate = clientBirthDate
        self.clientLacksCapacity = clientLacksCapacity
        self.clientPhone = clientPhone
        self.clientIDNumber = clientIDNumber
        self.clientAddress = clientAddress
        self.giver = giver
        self.givenOn = givenOn
        self.scope = scope
        self.recordedAs = recordedAs
        self.documentReference = documentReference
        self.holderCode = holderCode
        self.note = note
    }

    /// The draft checked and normalised (trimmed, empty optionals as nil, agencies deduplicated), or a
    /// `ValidationError` naming the field and rule. `today` is the date in China when it is recorded.
    public func validated(today: CalendarDate) throws -> ConsentDraft {
        var d = self
        d.clientID = try Self.required(clientID, field: N_("Client"))
        d.clientName = try Self.required(clientName, field: N_("Client name"))
        d.clientPhone = try Self.optional(clientPhone).map { try PhoneNumber($0, field: N_("Client phone")).text }
        d.clientIDNumber = try Self.optional(clientIDNumber).map { try Self.validatedIDNumber($0) }
        d.clientAddress = Self.optional(clientAddress)
        d.documentReference = Self.optional(documentReference)
        d.holderCode = Self.optional(holderCode)
        d.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard givenOn <= today else {
            throw ValidationError(field: N_("Date"), N_("%@ is in the future"), givenOn.description)
        }
        if let born = clientBirthDate, born > givenOn {
            throw ValidationError(field: N_("Birth date"), N_("%@ is after the date of the consent"), born.description)
        }
        switch giver {
        case .client:
            // Rule CASE-04: a guardian signs for a minor or a client without capacity.
            if clientLacksCapacity {
                throw ValidationError(field: N_("Given by"),
                                      N_("a client without capacity does not consent personally: a guardian signs"),
                                      rule: "CASE-04")
            }
            guard let born = clientBirthDate else {
                throw ValidationError(field: N_("Birth date"),
                                      N_("needed when the client signs personally, to show they are of age"),
                                      rule: "CASE-04")
            }
            if ConsentRules.age(born: born, on: givenOn) < ConsentRules.adultAge {
                throw ValidationError(field: N_("Given by"),
                                      N_("the client is under %@: a guardian signs for a minor"),
                                      String(ConsentRules.adultAge), rule: "CASE-04")
            }
        case .guardian(let name, let relationship):
            d.giver = .guardian(name: try Self.required(name, field: N_("Guardian")),
                                relationship: try Self.required(relationship, field: N_("Guardian's relationship")))
        }
        var agencies: [String] = []
        for agency in scope.sharingAgencies {
            let trimmed = agency.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw ValidationError(field: N_("Sharing with"), N_("an agency has no name"), rule: "CONF-01")
            }
            if !agencies.contains(trimmed) { agencies.append(trimmed) }
        }
        d.scope = ConsentScope(receivingService: scope.receivingService, sharingAgencies: agencies)
        guard d.scope.receivingService || !agencies.isEmpty else {
            throw ValidationError(field: N_("Scope"), N_("a consent covers receiving service, sharing, or both"),
                                  rule: "CASE-04")
        }
        return d
    }

    private static func required(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(field: field, N_("is empty")) }
        return trimmed
    }

    private static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// A mainland ID number (18 characters, the last a digit or X), an old 15-digit one, or another document's
    /// number (letters, digits, brackets: 港澳台 permits, passports) of 6 to 20 characters.
    static func validatedIDNumber(_ text: String) throws -> String {
        let upper = text.uppercased().filter { !$0.isWhitespace }
        guard (6...20).contains(upper.count),
              upper.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "(" || $0 == ")") }) else {
            throw ValidationError(field: N_("Client ID number"), N_("“%@” is not an ID number"), text)
        }
        return upper
    }
}
