/// A working-day computation's answer, with the years it had to assume have no holidays. Rule CASE-06.
///
/// When a computation touches a year whose holiday calendar is not published yet, it counts that year's weekends
/// only, never guessing its holidays, and lists the year here so the interface can say the answer may move once
/// the State Council publishes the schedule.
public struct WorkingDayResult<Value> {
    /// The answer.
    public let value: Value
    /// Unpublished years the computation touched, counted with weekends only; earliest first.
    public let assumedWeekendsOnlyYears: [Int]

    /// An answer and the unpublished years behind it.
    public init(value: Value, assumedWeekendsOnlyYears: [Int]) {
        self.value = value
        self.assumedWeekendsOnlyYears = assumedWeekendsOnlyYears
    }

    /// Whether the answer rests on a weekends-only assumption.
    public var isProvisional: Bool { !assumedWeekendsOnlyYears.isEmpty }
}

extension WorkingDayResult: Equatable where Value: Equatable {}

extension WorkingDayResult: Sendable where Value: Sendable {}
