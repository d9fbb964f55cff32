/// What an archive code's sequence counts within: one worker, one nature, one calendar year, across all sectors
/// and towns (编码排序按个人，不按领域). Rule ARC-05.
public struct ArchiveSequenceScope: Hashable, Sendable {
    /// The worker's archive initials (ARC-06).
    public let workerCode: String
    /// The nature counted (ARC-04).
    public let nature: ServiceNature
    /// The calendar year of opening.
    public let year: Int

    /// The count of `nature` work opened by `workerCode` in `year`.
    public init(workerCode: String, nature: ServiceNature, year: Int) {
        self.workerCode = workerCode
        self.nature = nature
        self.year = year
    }
}
