/// What a programme list asks for; every part optional.
public struct ProgrammeFilter: Equatable, Sendable {
    /// Words of the code or title.
    public var text: String
    public var kinds: Set<ProgrammeKind>
    public var stages: Set<ProgrammeStage>
    /// Programmes with a day on or after this one.
    public var endingOnOrAfter: CalendarDate?

    public init(text: String = "", kinds: Set<ProgrammeKind> = [], stages: Set<ProgrammeStage> = [],
                endingOnOrAfter: CalendarDate? = nil) {
        self.text = text
        self.kinds = kinds
        self.stages = stages
        self.endingOnOrAfter = endingOnOrAfter
    }

    /// Everything the session may see.
    public static let all = ProgrammeFilter()
}
