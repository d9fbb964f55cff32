/// Whether a preliminary service agreement was made in writing or orally. Rule INTAKE-03.
public enum AgreementForm: String, CaseIterable, Codable, Sendable {
    case written
    case oral

    /// English msgid.
    public var title: String {
        switch self {
        case .written: N_("Written")
        case .oral: N_("Oral")
        }
    }
}
