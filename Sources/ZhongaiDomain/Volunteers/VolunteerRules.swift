/// Checks shared by the volunteer and publicity drafts (服务手册 五.2, 五.4(4)(5); IND-01): what is counted towards an
/// indicator has happened (no date in the future) and has a substance (a title, a volunteer, some hours).
public enum VolunteerRules {
    /// Rule IND-01: what is counted has taken place; `today` is the date in China.
    public static func requireNotFuture(_ date: CalendarDate, today: CalendarDate, field: String) throws {
        guard date <= today else {
            throw ValidationError(field: field, N_("%@ is in the future: only what has taken place is counted"),
                                  date.description, rule: "IND-01")
        }
    }

    /// Trimmed text that must not be empty; refused naming `field` and IND-01.
    public static func required(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(field: field, N_("is empty"), rule: "IND-01") }
        return trimmed
    }

    /// Trimmed text, nil when empty.
    public static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Rule IND-01: each volunteer once, at least one (a service or a training without volunteers counts nothing).
    public static func requireVolunteers(_ ids: [String], field: String) throws -> [String] {
        var seen: Set<String> = []
        let unique = ids.compactMap { optional($0) }.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else {
            throw ValidationError(field: field, N_("names no volunteer: each one counts once"), rule: "IND-01")
        }
        return unique
    }
}
