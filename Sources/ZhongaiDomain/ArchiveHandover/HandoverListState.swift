/// Where a 移交清单 stands (ARC-08: both sides sign). A received list is final; a returned one is closed too and
/// its records may go on a new list.
public enum HandoverListState: String, CaseIterable, Codable, Sendable {
    /// Generated; the worker has not yet confirmed handing it over.
    case draft
    /// The worker confirmed the handover (first signature); waiting for 服务部.
    case handedOver
    /// 服务部 confirmed receipt (second signature): the records are archived.
    case received
    /// 服务部 gave it back with a reason (documents missing).
    case returned

    /// English msgid.
    public var title: String {
        switch self {
        case .draft: N_("Draft")
        case .handedOver: N_("Handed over")
        case .received: N_("Received into the archive")
        case .returned: N_("Returned")
        }
    }
}
