/// 板块: the funding sector a service belongs to (REH 残联, EDU 教育局, …). Rule ARC-03.
public struct Sector: Equatable, Codable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
