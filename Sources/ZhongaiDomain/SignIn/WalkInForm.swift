import Foundation

/// The short form for someone who comes to a session without registering (issue 5 item 2): a name, and a phone if
/// they give one.
public enum WalkInForm {
    /// The name trimmed and the phone as digits only (as registrations store it; empty when none is given), or a
    /// `ValidationError` naming the field: no name, a phone that is not one.
    public static func validated(name: String, phone: String) throws -> (name: String, phone: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ValidationError(field: N_("Name"), N_("a walk-in needs a name"), rule: "GRP-04")
        }
        guard trimmed.count <= 40 else {
            throw ValidationError(field: N_("Name"), N_("“%@” is too long for a name"), trimmed)
        }
        let typed = phone.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return (trimmed, "") }
        let checked = try PhoneNumber(typed)
        return (trimmed, checked.text.filter(\.isNumber))
    }
}
