/// A member of the interview panel (面试团: 理事长/副理事长, 香港督导, 服务部主任, 行政人事部主任). Rule SEL-02.
public struct PanelMember: Equatable, Codable, Sendable {
    public let workerCode: String
    public let name: String

    public init(workerCode: String, name: String) {
        self.workerCode = workerCode
        self.name = name
    }
}
