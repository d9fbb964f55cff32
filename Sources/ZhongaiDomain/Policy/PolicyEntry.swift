import Foundation

/// One row of the policy table: a number of the rule book with its unit, the clause it comes from and a note.
public struct PolicyEntry: Equatable, Codable, Sendable {
    public var key: PolicyKey
    public var value: Double
    public var unit: PolicyUnit
    /// Chinese clause reference, e.g. "服务跟踪制度 一.1(2)".
    public var clause: String
    public var note: String

    public init(key: PolicyKey, value: Double, unit: PolicyUnit, clause: String, note: String = "") {
        self.key = key
        self.value = value
        self.unit = unit
        self.clause = clause
        self.note = note
    }

    /// The value as a person writes it: 5, 1.5.
    public var valueText: String { PolicyEntry.format(value) }

    /// Whole numbers without a decimal point, others with as few digits as they need.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
