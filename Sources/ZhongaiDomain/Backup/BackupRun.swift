import Foundation

/// One scheduled backup attempt: when it ran, the file it made (name in the schedule's folder, size, digest of the
/// full dump) or why it failed.
public struct BackupRun: Equatable, Codable, Sendable {
    public enum Outcome: String, Codable, Sendable {
        case ok
        case failed
    }

    public var startedAt: Date
    public var finishedAt: Date
    public var outcome: Outcome
    public var fileName: String?
    public var sizeBytes: Int64?
    public var dumpDigest: String?
    /// Why it failed (English, as the error said it); empty for a good run.
    public var message: String

    public init(startedAt: Date, finishedAt: Date, outcome: Outcome, fileName: String? = nil, sizeBytes: Int64? = nil,
                dumpDigest: String? = nil, message: String = "") {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.outcome = outcome
        self.fileName = fileName
        self.sizeBytes = sizeBytes
        self.dumpDigest = dumpDigest
        self.message = message
    }
}
