import Foundation

/// A note added to an event's log (EMG-03): the log itself is never edited once the report is submitted, but it
/// can be annotated, on the whole event or on one step.
public struct EmergencyAnnotation: Equatable, Codable, Sendable {
    public var id: Int64
    /// The step annotated; nil for the event as a whole.
    public var position: Int?
    public var text: String
    public var writtenBy: String
    public var writtenByName: String
    public var writtenAt: Date

    public init(id: Int64, position: Int?, text: String, writtenBy: String, writtenByName: String, writtenAt: Date) {
        self.id = id
        self.position = position
        self.text = text
        self.writtenBy = writtenBy
        self.writtenByName = writtenByName
        self.writtenAt = writtenAt
    }
}
