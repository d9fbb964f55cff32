/// The dated supervision chain: every `SupervisionLink` ever in force. Gives the chain as it stood on any day,
/// so that a session is judged by who supervised whom on the day it was held.
public struct SupervisionHistory: Equatable, Sendable {
    public let links: [SupervisionLink]

    public init(links: [SupervisionLink]) {
        self.links = links
    }

    /// The chain in force on `date`.
    public func chain(on date: CalendarDate) -> SupervisionChain {
        var map: [String: String] = [:]
        for link in links where link.covers(date) { map[link.superviseeCode] = link.supervisorCode }
        return SupervisionChain(supervisorOf: map)
    }

    /// Whether `supervisor` was above `worker` in the chain on some day from `first` to `last`.
    public func wasSupervised(_ worker: String, by supervisor: String, from first: CalendarDate,
                              through last: CalendarDate) -> Bool {
        // The chain changes only on a link's first or last day, so those days (and `first`) are enough to look at.
        var days: Set<CalendarDate> = [first]
        for link in links {
            for day in [link.from, link.until].compactMap({ $0 }) where first <= day && day <= last { days.insert(day) }
        }
        return days.contains { chain(on: $0).isSupervised(worker, by: supervisor) }
    }
}
