/// One point of a handwritten signature, in the drawing area's own units (pixels of the kiosk's pad).
public struct SignaturePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
