/// 服务对象类别: a category of client. Rule INTAKE-01; the list is reference data.
public struct ClientCategory: Equatable, Codable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
