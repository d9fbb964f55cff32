/// Where one archive document stands. Rule CASE-14.
public enum ArchiveDocumentStatus: String, CaseIterable, Codable, Sendable {
    case missing
    /// Started, not yet complete.
    case draft
    case complete
    /// Complete and approved by the supervisor.
    case approved
    /// Not part of this case's archive (a referral form when the case was not referred).
    case notApplicable

    /// English msgid.
    public var title: String {
        switch self {
        case .missing: N_("Missing")
        case .draft: N_("Draft")
        case .complete: N_("Complete")
        case .approved: N_("Approved")
        case .notApplicable: N_("Not applicable")
        }
    }

    /// Whether the archive can be handed in with the document in this state.
    public var isReady: Bool { self == .complete || self == .approved || self == .notApplicable }
}
