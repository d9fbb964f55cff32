/// Why a client on file may be the person being entered.
public enum ClientDuplicateReason: String, CaseIterable, Codable, Sendable {
    /// The same ID document number: the same person.
    case sameIDNumber
    /// The same name and phone: perhaps the same person (relatives may share a phone).
    case sameNameAndPhone

    /// English msgid of the reason.
    public var title: String {
        switch self {
        case .sameIDNumber: N_("same ID number")
        case .sameNameAndPhone: N_("same name and phone")
        }
    }
}
