/// The unit of a policy value: what the number counts, and which numbers make sense for it.
public enum PolicyUnit: String, CaseIterable, Codable, Sendable {
    case workingDays = "working_days"
    case days
    case weeks
    case months
    case years
    case dayOfMonth = "day_of_month"
    case timesPerMonth = "times_per_month"
    case daysPerWeek = "days_per_week"
    case count
    case participants
    case minutes
    case percent
    case ratio
    case multiple
    case points
    case characters
    case attempts
    case typePoints = "pt"
    case factor

    /// English msgid of the unit as the interface shows it after a value.
    public var title: String {
        switch self {
        case .workingDays: N_("working days")
        case .days: N_("days")
        case .weeks: N_("weeks")
        case .months: N_("months")
        case .years: N_("years")
        case .dayOfMonth: N_("day of the month")
        case .timesPerMonth: N_("times a month")
        case .daysPerWeek: N_("days a week")
        case .count: N_("count")
        case .participants: N_("participants")
        case .minutes: N_("minutes")
        case .percent: N_("%")
        case .ratio: N_("per one")
        case .multiple: N_("times as many")
        case .points: N_("points")
        case .characters: N_("characters")
        case .attempts: N_("attempts")
        case .typePoints: N_("pt")
        case .factor: N_("×")
        }
    }

    /// Whether only whole numbers make sense: days, counts, percentages of this rule book are all whole.
    public var isWholeNumber: Bool { self != .factor }

    /// The values a rule can work with: a day of the month must exist in every month (so at most 28),
    /// a percentage is at most 100, a ratio or a multiple is at least 1, everything else is not negative.
    public var allowedRange: ClosedRange<Double> {
        switch self {
        case .dayOfMonth: 1...28
        case .percent: 0...100
        case .ratio, .multiple, .attempts: 1...Double(Int32.max)
        case .factor: 0.5...10
        case .daysPerWeek: 0...7
        default: 0...Double(Int32.max)
        }
    }

    /// Parses a value typed by a person or read from the policy file, refusing what is not a number of this unit.
    public func parseValue(_ text: String, field: String, line: Int? = nil) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let value = Double(trimmed), value.isFinite else {
            throw ValidationError(field: field, N_("“%@” is not a number"), text, line: line)
        }
        try validate(value, field: field, line: line)
        return value
    }

    /// Refuses a value outside `allowedRange`, negative values first, and fractions of whole-number units.
    public func validate(_ value: Double, field: String, line: Int? = nil) throws {
        guard value >= 0 else {
            throw ValidationError(field: field, N_("%@ is negative"), PolicyEntry.format(value), line: line)
        }
        guard !isWholeNumber || value.rounded() == value else {
            throw ValidationError(field: field, N_("%@ must be a whole number"), PolicyEntry.format(value), line: line)
        }
        guard allowedRange.contains(value) else {
            throw ValidationError(field: field, N_("%@ is outside %@ to %@"), PolicyEntry.format(value),
                                  PolicyEntry.format(allowedRange.lowerBound),
                                  PolicyEntry.format(allowedRange.upperBound), line: line)
        }
    }
}
