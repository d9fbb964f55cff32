import Foundation

/// Who gave a consent: the client, or a guardian for a minor or a client without capacity (CASE-04, 第十六条三).
public enum ConsentGiver: Equatable, Codable, Sendable {
    case client
    case guardian(name: String, relationship: String)
}

/// How a consent was recorded.
public enum ConsentRecordingMethod: String, CaseIterable, Codable, Sendable {
    /// A signed 《接受个案服务同意书》, scanned.
    case signedFormScanned
    /// A written statement (letter, message) kept in the file.
    case written
    /// Given orally, recorded by the worker.
    case oral

    public var title: String {
        switch self {
        case .signedFormScanned: N_("signed form, scanned")
        case .written: N_("written")
        case .oral: N_("oral")
        }
    }
}

/// What a consent may be asked to cover.
public enum ConsentPurpose: Hashable, Sendable, CustomStringConvertible {
    /// Receiving the centre's professional service (CASE-04: no service before consent).
    case receivingService
    /// Sharing the client's information with a named other agency (CONF-01).
    case sharing(agency: String)

    public var description: String {
        switch self {
        case .receivingService: "receiving service"
        case .sharing(let agency): "sharing with \(agency)"
        }
    }
}

/// What a consent covers.
public struct ConsentScope: Equatable, Codable, Sendable {
    public var receivingService: Bool
    /// Named other agencies the client's information may be shared with (CONF-01), trimmed, without duplicates.
    public var sharingAgencies: [String]

    public init(receivingService: Bool, sharingAgencies: [String] = []) {
        self.receivingService = receivingService
        self.sharingAgencies = sharingAgencies
    }

    public func includes(_ purpose: ConsentPurpose) -> Bool {
        switch purpose {
        case .receivingService: receivingService
        case .sharing(let agency): sharingAgencies.contains(agency.trimmingCharacters(in: .whitespaces))
        }
    }
}

/// The withdrawal of a consent: from this date on it covers nothing.
public struct ConsentWithdrawal: Equatable, Codable, Sendable {
    public var on: CalendarDate
    public var reason: String
    /// Code of the worker who recorded the withdrawal.
    public var recordedBy: String

    public init(on: CalendarDate, reason: String, recordedBy: String) {
        self.on = on
        self.reason = reason
        self.recordedBy = recordedBy
    }
}

/// The rules of consent records (CASE-04, CONF-01), in one place.
public enum ConsentRules {
    /// Rule CASE-04: 未成年人由监护人签署. A minor is under 18 (民法典 第十七条); the 同意书 is consent to receive
    /// service, so the age of majority applies, not PIPL's 14 (第三十一条), which governs consent to process
    /// personal information and is covered too, being lower.
    public static let adultAge = 18

    /// Whole years of age on `date`.
    public static func age(born: CalendarDate, on date: CalendarDate) -> Int {
        var years = date.year - born.year
        if (date.month, date.day) < (born.month, born.day) { years -= 1 }
        return years
    }
}

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

/// A stored consent record, with every field in full: what the single-record read returns (and audits).
public struct Consent: Equatable, Sendable {
    public var id: String
    public var clientID: String
    public var clientName: String
    public var clientBirthDate: CalendarDate?
    public var clientLacksCapacity: Bool
    public var clientPhone: String?
    public var clientIDNumber: String?
    public var clientAddress: String?
    public var giver: ConsentGiver
    public var givenOn: CalendarDate
    public var scope: ConsentScope
    public var recordedAs: ConsentRecordingMethod
    public var documentReference: String?
    public var note: String
    public var holderCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    public var withdrawal: ConsentWithdrawal?

    public init(id: String, clientID: String, clientName: String, clientBirthDate: CalendarDate?,
                clientLacksCapacity: Bool, clientPhone: String?, clientIDNumber: String?, clientAddress: String?,
                giver: ConsentGiver, givenOn: CalendarDate, scope: ConsentScope, recordedAs: ConsentRecordingMethod,
                documentReference: String?, note: String, holderCode: String, servicePointID: Int64?,
                recordedBy: String, withdrawal: ConsentWithdrawal?) {
        self.id = id
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
        self.note = note
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.withdrawal = withdrawal
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .consent, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }

    /// Whether the consent covers `purpose` on `date`: given by then, not withdrawn by then (a withdrawal stops
    /// what it covered from its date on), and within its scope. Rules CASE-04, CONF-01.
    public func covers(_ purpose: ConsentPurpose, on date: CalendarDate) -> Bool {
        guard givenOn <= date else { return false }
        if let withdrawal, withdrawal.on <= date { return false }
        return scope.includes(purpose)
    }

    /// The record as lists show it: sensitive fields masked.
    public var summary: ConsentSummary {
        var guardianName: String?
        if case .guardian(let name, _) = giver { guardianName = SensitiveField.name.mask(name) }
        return ConsentSummary(id: id, clientID: clientID, clientName: SensitiveField.name.mask(clientName),
                              clientPhone: clientPhone.map(SensitiveField.phone.mask),
                              clientIDNumber: clientIDNumber.map(SensitiveField.idNumber.mask),
                              clientAddress: clientAddress.map(SensitiveField.address.mask),
                              givenByGuardian: guardianName != nil, guardianName: guardianName, givenOn: givenOn,
                              scope: scope, recordedAs: recordedAs, holderCode: holderCode,
                              withdrawnOn: withdrawal?.on)
    }
}

/// A consent as lists show it: names, phone, ID number and address masked (`SensitiveField`).
public struct ConsentSummary: Equatable, Sendable {
    public var id: String
    public var clientID: String
    public var clientName: String
    public var clientPhone: String?
    public var clientIDNumber: String?
    public var clientAddress: String?
    public var givenByGuardian: Bool
    public var guardianName: String?
    public var givenOn: CalendarDate
    public var scope: ConsentScope
    public var recordedAs: ConsentRecordingMethod
    public var holderCode: String
    public var withdrawnOn: CalendarDate?

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .consent, id: id) }
}
