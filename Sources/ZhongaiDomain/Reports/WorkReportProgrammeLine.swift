/// One group or activity of the worker held in the period, for the statistics table: its kind as planned, what
/// it counts as by IND-05 (nil when it meets no definition), its distinct participants and sessions held.
public struct WorkReportProgrammeLine: Equatable, Codable, Sendable {
    public var code: String
    public var title: String
    public var kind: ProgrammeKind
    public var countsAs: ProgrammeKind?
    public var participants: Int
    public var sessionsInPeriod: Int

    public init(code: String, title: String, kind: ProgrammeKind, countsAs: ProgrammeKind?, participants: Int,
                sessionsInPeriod: Int) {
        self.code = code
        self.title = title
        self.kind = kind
        self.countsAs = countsAs
        self.participants = participants
        self.sessionsInPeriod = sessionsInPeriod
    }
}
