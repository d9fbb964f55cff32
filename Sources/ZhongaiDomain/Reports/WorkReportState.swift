/// Where a report stands: written (or returned) by the worker, waiting for the supervisor, approved. Approved is
/// final; a returned report is a draft again, its reason kept in the review history.
public enum WorkReportState: String, CaseIterable, Codable, Sendable {
    case draft
    case submitted
    case approved

    /// English msgid.
    public var title: String {
        switch self {
        case .draft: N_("Draft")
        case .submitted: N_("Submitted")
        case .approved: N_("Approved")
        }
    }
}
