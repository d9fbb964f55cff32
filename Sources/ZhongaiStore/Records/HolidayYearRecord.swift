import GRDB
import ZhongaiDomain

/// A row of `holidayYear`: a year whose holiday calendar is published (CASE-06).
struct HolidayYearRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "holidayYear"

    var year: Int
    var source: String

    init(_ published: PublishedHolidayYear) {
        year = published.year
        source = published.source
    }

    var published: PublishedHolidayYear { PublishedHolidayYear(year: year, source: source) }
}
