/// How a consent was recorded.
public enum ConsentRecordingMethod: String, CaseIterable, Codable, Sendable {
    /// A signed 《接受个案服务同意书》, scanned.
    case signedFormScanned
    /// A written statement (letter, message) kept in the file.
    case written
    /// Given orally, recorded by the worker.
    case oral

    public var title: String {
        switch self {
        case .signedFormScanned: N_("signed form, scanned")
        case .written: N_("written")
        case .oral: N_("oral")
        }
    }
}
