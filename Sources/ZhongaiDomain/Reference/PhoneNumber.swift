/// A staff member's phone number, checked and written in one form.
///
/// Accepted, after removing spaces, hyphens and a leading +86 / 0086:
/// - a mainland mobile number: 11 digits starting 13–19, kept as 11 digits (13800001234);
/// - a landline with its area code: 0, then a 2-digit area code after 01/02 (010, 020…) or a 3-digit one
///   otherwise (0769…), then a 7- or 8-digit local number not starting with 0 or 1, written "0769-22123456";
/// - a Dongguan local number of 8 digits not starting with 0 or 1, written with Dongguan's area code "0769-…".
/// Anything else (too short, letters, an extension) is refused.
public struct PhoneNumber: Equatable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ input: String, field: String = N_("Phone")) throws {
        var digits = input.filter { !$0.isWhitespace && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) } else if digits.hasPrefix("0086") { digits.removeFirst(4) }
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw ValidationError(field: field, N_("“%@” is not a phone number: use digits only"), input)
        }
        let d = Array(digits)
        if d.count == 11, d[0] == "1", ("3"..."9").contains(d[1]) {
            text = digits
        } else if d[0] == "0" {
            let areaLength = (d.count > 1 && (d[1] == "1" || d[1] == "2")) ? 3 : 4
            let local = d.dropFirst(areaLength)
            guard d.count > areaLength, d[1] != "0", (7...8).contains(local.count),
                  let first = local.first, first != "0", first != "1" else {
                throw ValidationError(field: field,
                                      N_("“%@” is neither an 11-digit mobile number nor a landline with its area code"),
                                      input)
            }
            text = String(d.prefix(areaLength)) + "-" + String(local)
        } else if d.count == 8, d[0] != "1" {
            text = "0769-" + digits
        } else {
            throw ValidationError(field: field,
                                  N_("“%@” is neither an 11-digit mobile number nor a landline with its area code"),
                                  input)
        }
    }

    public var isMobile: Bool { !text.contains("-") }

    public var description: String { text }
}
