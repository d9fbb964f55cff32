/// One session of a group's plan, or one item of an activity's programme (程序安排): its heading and content.
public struct ProgrammePlanItem: Equatable, Codable, Sendable {
    public var title: String
    public var content: String

    public init(title: String, content: String) {
        self.title = title
        self.content = content
    }
}
