extension ProtectedRecordKind {
    /// A supervision session record (督导记录; SUP-05), held by the supervisor who led it. Its supervisees view and
    /// confirm it as participants, which the store grants record by record (they are below the holder, not above).
    public static let supervisionSession = ProtectedRecordKind("supervisionSession")
}
