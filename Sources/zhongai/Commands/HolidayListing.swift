import ZhongaiDomain

struct HolidayListing: Encodable {
    let years: [PublishedHolidayYear]
    let days: [ScheduledDay]
}
