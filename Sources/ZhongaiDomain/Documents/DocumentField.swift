/// One label and its value on a document (姓名：王小明).
public struct DocumentField: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}
