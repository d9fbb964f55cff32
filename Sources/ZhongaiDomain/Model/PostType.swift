/// 岗位类型: a kind of post with its minimum annual service counts. Rule IND-01.
public struct PostType: Equatable, Codable, Sendable {
    /// Stable key, e.g. "specialised", "community", "coordination".
    public var code: String
    public var name: String
    /// Annual minimum per indicator key (see `Indicator`); an indicator missing here is set by the post's reality.
    public var targets: [String: Int]

    public init(code: String, name: String, targets: [String: Int]) {
        self.code = code
        self.name = name
        self.targets = targets
    }
}
