/// 监护人: who signs and decides for a minor or a client without capacity (CASE-04).
public struct Guardian: Hashable, Codable, Sendable {
    public var name: String
    /// The guardian's relationship to the client: 母亲, 父亲, 祖母…
    public var relationship: String
    public var phone: String?

    public init(name: String, relationship: String, phone: String? = nil) {
        self.name = name
        self.relationship = relationship
        self.phone = phone
    }

    /// Trimmed, with name and relationship required and the phone in its one written form.
    public func validated() throws -> Guardian {
        Guardian(name: try ClientDraft.required(name, field: N_("Guardian")),
                 relationship: try ClientDraft.required(relationship, field: N_("Guardian's relationship")),
                 phone: try ClientDraft.optional(phone).map { try PhoneNumber($0, field: N_("Guardian's phone")).text })
    }
}
