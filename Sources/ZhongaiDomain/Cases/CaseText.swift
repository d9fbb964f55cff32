/// Trimming and required-text checks shared by the case forms.
enum CaseText {
    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func optional(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }

    static func required(_ text: String, field: String, rule: String? = nil) throws -> String {
        let value = trimmed(text)
        guard !value.isEmpty else { throw ValidationError(field: field, N_("is empty"), rule: rule) }
        return value
    }
}
