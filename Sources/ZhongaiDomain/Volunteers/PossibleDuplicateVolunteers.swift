/// Thrown when a volunteer being entered has the name and phone of volunteers already on file: recruiting one
/// person twice would count them twice (IND-01). The interface asks, and may enter the volunteer anyway.
/// `heldElsewhere` counts matches the worker may not see (who holds them is not shown).
public struct PossibleDuplicateVolunteers: Error, Equatable, Sendable, CustomStringConvertible {
    public var duplicates: [VolunteerSummary]
    public var heldElsewhere: Int

    public init(duplicates: [VolunteerSummary], heldElsewhere: Int) {
        self.duplicates = duplicates
        self.heldElsewhere = heldElsewhere
    }

    public var description: String {
        "possible duplicate volunteers: " + (duplicates.map { "\($0.number) (\($0.id))" }
            + (heldElsewhere > 0 ? ["\(heldElsewhere) held by a colleague"] : [])).joined(separator: ", ")
    }
}
