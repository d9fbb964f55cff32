/// A client as lists and duplicate warnings show it: name and phone masked (`SensitiveField`).
public struct ClientSummary: Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var phone: String?
    public var categoryCode: String
    public var birthYear: Int?
    public var holderCode: String

    public init(id: String, name: String, phone: String?, categoryCode: String, birthYear: Int?, holderCode: String) {
        self.id = id
        self.name = name
        self.phone = phone
        self.categoryCode = categoryCode
        self.birthYear = birthYear
        self.holderCode = holderCode
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .client, id: id) }
}
