import ZhongaiDomain
import ZhongaiGtk

/// Parsing shared by the selection dialogs: optional dates, lists of staff codes, optional counts.
enum SelectionForms {
    static func optionalDate(_ text: String, field: String) throws -> CalendarDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : try CalendarDate(parsing: t, field: field)
    }

    static func codes(_ text: String) -> [String] {
        text.split(whereSeparator: { ",，、 ;；".contains($0) }).map(String.init)
    }

    /// A whole number ≥ 0, or nil for an empty field.
    static func count(_ text: String, field: String) throws -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        guard let value = Int(t), value >= 0 else {
            throw ValidationError(field: field, N_("“%@” is not a whole number"), t)
        }
        return value
    }

    /// An eligibility condition on one line: ✔ or ✘, its name, its clause and what the form showed.
    static func conditionLine(_ condition: EligibilityCondition) -> String {
        "\(condition.passed ? "✔" : "✘") \(tr(condition.title))（\(condition.clause)）：\(condition.detail.localized(tr))"
    }
}
