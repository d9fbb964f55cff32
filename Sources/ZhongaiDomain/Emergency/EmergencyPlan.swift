import Foundation

/// One version of one of the six emergency plans (EMG-02). A version is never changed: an edit makes the next
/// version, and an event keeps the version it ran (EMG-03).
public struct EmergencyPlan: Equatable, Codable, Sendable {
    public var id: Int64?
    public var kind: EmergencyPlanKind
    /// 1 for the version shipped in data/, then 2, 3… per kind.
    public var version: Int
    public var title: String
    public var steps: [EmergencyPlanStep]
    /// Who made this version; nil for the shipped one.
    public var createdBy: String?
    public var createdAt: Date?

    public init(id: Int64? = nil, kind: EmergencyPlanKind, version: Int = 1, title: String,
                steps: [EmergencyPlanStep], createdBy: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.version = version
        self.title = title
        self.steps = steps
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// The step of `id`, if it belongs to this version.
    public func step(id: Int64) -> EmergencyPlanStep? { steps.first { $0.id == id } }

    /// The step at `position` (from 1).
    public func step(at position: Int) -> EmergencyPlanStep? { steps.first { $0.position == position } }

    /// The parallel groups in order, each with its steps: what the checklist shows side by side.
    public var phases: [[EmergencyPlanStep]] {
        Dictionary(grouping: steps, by: \.parallelGroup).sorted { $0.key < $1.key }.map { $0.value }
    }

    /// Rule EMG-02: the plan as it may be stored: a title, at least one step, every step with its text and its
    /// role, numbers of digits only, parallel groups from 1 never going back. Positions are renumbered 1, 2, 3…
    /// in the given order.
    public func validated() throws -> EmergencyPlan {
        var plan = self
        plan.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !plan.title.isEmpty else {
            throw ValidationError(field: N_("Plan title"), N_("the plan needs a title"), rule: "EMG-02")
        }
        guard !steps.isEmpty else {
            throw ValidationError(field: N_("Plan steps"), N_("a plan has at least one step"), rule: "EMG-02")
        }
        var lastGroup = 1
        plan.steps = try steps.enumerated().map { index, step in
            var checked = step
            checked.position = index + 1
            checked.text = step.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !checked.text.isEmpty else {
                throw ValidationError(field: N_("Plan steps"), N_("step %@ has no text"), String(index + 1), rule: "EMG-02")
            }
            guard step.role != nil else {
                throw ValidationError(field: N_("Plan steps"), N_("step %@ has no role: say who does it"),
                                      String(index + 1), rule: "EMG-02")
            }
            checked.callNumbers = step.callNumbers.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for number in checked.callNumbers where !number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw ValidationError(field: N_("Plan steps"), N_("step %@ calls “%@”, which is not a phone number"),
                                      String(index + 1), number, rule: "EMG-02")
            }
            guard step.parallelGroup >= lastGroup, step.parallelGroup >= 1 else {
                throw ValidationError(field: N_("Plan steps"),
                                      N_("step %@ has parallel group %@: groups start at 1 and never go back"),
                                      String(index + 1), String(step.parallelGroup), rule: "EMG-02")
            }
            lastGroup = step.parallelGroup
            return checked
        }
        return plan
    }
}
