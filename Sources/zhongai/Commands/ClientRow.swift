import ZhongaiDomain

/// A client in full, as `client show --json` prints it.
struct ClientRow: Encodable {
    struct Member: Encodable {
        let name: String
        let relationship: String
        let birthYear: Int?
        let note: String
    }

    let id: String
    let name: String
    let gender: String?
    let birthDate: String?
    let categoryCode: String
    let phone: String?
    /// residentID or other.
    let idKind: String?
    let idNumber: String?
    let address: String?
    let lacksCapacity: Bool
    let guardianName: String?
    let guardianRelationship: String?
    let guardianPhone: String?
    let household: [Member]
    let note: String
    let holderCode: String
    let createdBy: String
    let mergedInto: String?

    init(_ c: Client) {
        id = c.id
        name = c.name
        gender = c.gender?.rawValue
        birthDate = c.birthDate?.description
        categoryCode = c.categoryCode
        phone = c.phone
        idKind = c.idDocument?.kind.rawValue
        idNumber = c.idDocument?.number
        address = c.address
        lacksCapacity = c.lacksCapacity
        guardianName = c.guardian?.name
        guardianRelationship = c.guardian?.relationship
        guardianPhone = c.guardian?.phone
        household = c.household.map { Member(name: $0.name, relationship: $0.relationship, birthYear: $0.birthYear,
                                             note: $0.note) }
        note = c.note
        holderCode = c.holderCode
        createdBy = c.createdBy
        mergedInto = c.mergedInto
    }
}
