import Foundation

/// 服务对象: a stored client with every field in full, what the single-record read returns (and audits).
public struct Client: Equatable, Sendable {
    public var id: String
    public var name: String
    public var gender: Gender?
    public var birthDate: CalendarDate?
    public var categoryCode: String
    public var phone: String?
    public var idDocument: ClientIDDocument?
    public var address: String?
    public var lacksCapacity: Bool
    public var guardian: Guardian?
    public var household: [HouseholdMember]
    public var note: String
    public var holderCode: String
    public var servicePointID: Int64?
    public var createdAt: Date
    /// Code of the worker who entered the client.
    public var createdBy: String
    /// The client this record was merged into, when it was a duplicate: kept for the history, no longer used.
    public var mergedInto: String?

    public init(id: String, name: String, gender: Gender?, birthDate: CalendarDate?, categoryCode: String,
                phone: String?, idDocument: ClientIDDocument?, address: String?, lacksCapacity: Bool,
                guardian: Guardian?, household: [HouseholdMember], note: String, holderCode: String,
                servicePointID: Int64?, createdAt: Date, createdBy: String, mergedInto: String? = nil) {
        self.id = id
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
        self.servicePointID = servicePointID
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.mergedInto = mergedInto
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .client, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }

    /// Whole years of age on `date`; nil when the birth date is unknown.
    public func age(on date: CalendarDate) -> Int? {
        birthDate.map { ConsentRules.age(born: $0, on: date) }
    }

    /// The client as an editor starts from: every field as stored.
    public var draft: ClientDraft {
        ClientDraft(name: name, gender: gender, birthDate: birthDate, categoryCode: categoryCode, phone: phone,
                    idDocument: idDocument, address: address, lacksCapacity: lacksCapacity, guardian: guardian,
                    household: household, note: note, holderCode: holderCode)
    }

    /// The client as lists show it: name and phone masked.
    public var summary: ClientSummary {
        ClientSummary(id: id, name: SensitiveField.name.mask(name), phone: phone.map(SensitiveField.phone.mask),
                      categoryCode: categoryCode, birthYear: birthDate?.year, holderCode: holderCode)
    }
}
