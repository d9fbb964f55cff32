/// The minimum rules for a password. Fixed here (not in the policy table): they are the workbench's security
/// floor, not a number of the rule book.
///
/// - at least 8 and at most 128 characters (the upper bound keeps hashing cheap);
/// - not only spaces, not one character repeated;
/// - not containing the worker's code or name when that has 3 characters or more (a 2-letter code such as WM
///   would refuse too many good passwords; a password of 8 characters is never equal to it anyway).
public enum PasswordRules {
    public static let minimumLength = 8
    public static let maximumLength = 128

    public static func validate(_ password: String, workerCode: String, workerName: String,
                                field: String = N_("New password")) throws {
        let count = password.count
        guard count >= minimumLength else {
            throw ValidationError(field: field, N_("a password has at least %@ characters"), String(minimumLength))
        }
        guard count <= maximumLength else {
            throw ValidationError(field: field, N_("a password has at most %@ characters"), String(maximumLength))
        }
        guard !password.allSatisfy(\.isWhitespace), Set(password).count > 1 else {
            throw ValidationError(field: field, N_("a password is not one character repeated"))
        }
        let lower = password.lowercased()
        for personal in [workerCode, workerName] where personal.count >= 3 {
            if lower.contains(personal.lowercased()) {
                throw ValidationError(field: field, N_("a password does not contain your code or your name"))
            }
        }
    }
}
