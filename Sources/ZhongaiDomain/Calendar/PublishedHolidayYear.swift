/// A year whose holiday calendar has been published, and where it was published.
public struct PublishedHolidayYear: Hashable, Codable, Sendable {
    /// The year the schedule is for.
    public let year: Int
    /// The notice it comes from, e.g. `国办发明电〔2024〕12号 2024-11-12`.
    public let source: String

    /// A published year and its source.
    public init(year: Int, source: String) {
        self.year = year
        self.source = source
    }
}
