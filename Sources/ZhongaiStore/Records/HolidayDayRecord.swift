import GRDB
import ZhongaiDomain

/// A row of `holidayDay`: a day off or a make-up working day (CASE-06).
struct HolidayDayRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "holidayDay"

    var date: String
    var year: Int
    var kind: String
    var name: String

    enum Columns {
        static let date = Column(CodingKeys.date)
        static let year = Column(CodingKeys.year)
    }

    init(_ day: ScheduledDay) {
        date = day.date.description
        year = day.date.year
        kind = day.kind.rawValue
        name = day.name
    }

    func scheduledDay() throws -> ScheduledDay {
        guard let kind = ScheduledDayKind(rawValue: kind) else {
            throw ValidationError(field: N_("Holiday calendar"), N_("%@ has an unknown kind “%@”"), date, kind)
        }
        return ScheduledDay(date: try CalendarDate(parsing: date), kind: kind, name: name)
    }
}
