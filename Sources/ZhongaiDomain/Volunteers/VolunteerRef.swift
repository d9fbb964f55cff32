/// A volunteer named on a training or a service time: number and masked name, as lists show them.
public struct VolunteerRef: Equatable, Hashable, Sendable {
    public var id: String
    public var number: Int
    public var name: String

    public init(id: String, number: Int, name: String) {
        self.id = id
        self.number = number
        self.name = name
    }
}
