extension ProtectedRecordKind {
    /// An opinion or complaint (意见/投诉; CMP-01), held by its handler: it names the complainant and what they said,
    /// so every read is checked and logged.
    public static let complaint = ProtectedRecordKind("complaint")
}
