/// The days on which members may register (《报名表》), both included. Rule GRP-03.
public struct RegistrationWindow: Equatable, Codable, Sendable {
    public var opensOn: CalendarDate
    public var closesOn: CalendarDate

    public init(opensOn: CalendarDate, closesOn: CalendarDate) {
        self.opensOn = opensOn
        self.closesOn = closesOn
    }

    public func contains(_ date: CalendarDate) -> Bool { opensOn <= date && date <= closesOn }

    /// Rule GRP-03: registration opens between `earliestMonths` (1) and `latestWeeks` (2) before the start, and
    /// closes on or after it opens and no later than the last day of the programme (latecomers to an open group
    /// are the holder's call, within the programme's days). The numbers are policy values.
    public func validate(startsOn: CalendarDate, endsOn: CalendarDate, earliestMonths: Int, latestWeeks: Int) throws {
        let earliest = startsOn.adding(months: -earliestMonths)
        let latest = startsOn.adding(days: -7 * latestWeeks)
        guard opensOn >= earliest, opensOn <= latest else {
            throw ValidationError(field: N_("Registration opens"),
                                  N_("%@ is not between %@ and %@ (from a month to two weeks before the start on %@)"),
                                  opensOn.description, earliest.description, latest.description, startsOn.description,
                                  rule: "GRP-03")
        }
        guard closesOn >= opensOn else {
            throw ValidationError(field: N_("Registration closes"), N_("%@ is before registration opens (%@)"),
                                  closesOn.description, opensOn.description, rule: "GRP-03")
        }
        guard closesOn <= endsOn else {
            throw ValidationError(field: N_("Registration closes"), N_("%@ is after the programme ends (%@)"),
                                  closesOn.description, endsOn.description, rule: "GRP-03")
        }
    }
}
