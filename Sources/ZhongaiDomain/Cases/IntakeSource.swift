/// Where an intake came from (接案 1.1). Rule INTAKE-02. A referred client may be non-voluntary.
public enum IntakeSource: String, CaseIterable, Codable, Sendable {
    /// 主动求助者
    case selfReferred
    /// 社工发现者
    case foundByWorker
    /// 他人转介
    case referredByOthers

    /// English msgid of the source.
    public var title: String {
        switch self {
        case .selfReferred: N_("Sought help themselves")
        case .foundByWorker: N_("Found by a social worker")
        case .referredByOthers: N_("Referred by others")
        }
    }
}
