import Foundation

/// A step of an event's plan ticked as done (EMG-03): when, by whom, who ticked it, and a note. Ticked once.
public struct EmergencyStepRecord: Equatable, Codable, Sendable {
    public var stepID: Int64
    public var position: Int
    public var doneAt: Date
    public var doneBy: String
    public var doneByName: String
    /// The signed-in worker who ticked it (the one doing it, or someone ticking for them).
    public var recordedBy: String
    public var note: String

    public init(stepID: Int64, position: Int, doneAt: Date, doneBy: String, doneByName: String, recordedBy: String,
                note: String = "") {
        self.stepID = stepID
        self.position = position
        self.doneAt = doneAt
        self.doneBy = doneBy
        self.doneByName = doneByName
        self.recordedBy = recordedBy
        self.note = note
    }
}
