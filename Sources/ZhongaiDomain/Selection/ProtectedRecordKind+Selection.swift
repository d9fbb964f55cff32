extension ProtectedRecordKind {
    /// A supervisor selection round (督导人才选拔; SEL-01…04), held by the 行政人事部 worker who opened it.
    public static let selectionRound = ProtectedRecordKind("selectionRound")
}
