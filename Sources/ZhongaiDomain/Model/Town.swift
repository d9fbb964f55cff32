/// A subdistrict (街道) or town (镇) of Dongguan, with its archive code. Rule ARC-02.
public struct Town: Equatable, Codable, Sendable {
    public var id: Int64?
    public var name: String
    /// Uppercase pinyin initials with place-name readings, told apart from other towns'; editable data.
    public var code: String
    public var isActive: Bool

    public init(id: Int64? = nil, name: String, code: String, isActive: Bool = true) {
        self.id = id
        self.name = name
        self.code = code
        self.isActive = isActive
    }
}
