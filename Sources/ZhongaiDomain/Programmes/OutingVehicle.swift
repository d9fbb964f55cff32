/// A vehicle used for an outing (GRP-10): only licensed (行驶证), plated vehicles confirmed roadworthy.
public struct OutingVehicle: Equatable, Codable, Sendable {
    public var plate: String
    public var licence: String
    public var roadworthyConfirmed: Bool

    public init(plate: String, licence: String, roadworthyConfirmed: Bool) {
        self.plate = plate
        self.licence = licence
        self.roadworthyConfirmed = roadworthyConfirmed
    }
}
