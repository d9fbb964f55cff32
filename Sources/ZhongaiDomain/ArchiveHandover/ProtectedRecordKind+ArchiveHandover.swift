extension ProtectedRecordKind {
    /// A 移交清单 (ARC-08), held by the worker whose records it lists: its lines name clients' records, so reads go
    /// through the access policy and are logged.
    public static let archiveHandoverList = ProtectedRecordKind("archiveHandoverList")
    /// The archive's own actions (checks, destruction batches; the id names which): audit subjects only, never
    /// registered as protected records.
    public static let archive = ProtectedRecordKind("archive")
}
