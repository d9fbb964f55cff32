extension ProtectedRecordKind {
    /// A monthly report or a half-year or annual summary (CHK-01, CHK-03), held by the worker who writes it: its
    /// work log and reflections may name clients, so it is read through the access policy like a case.
    public static let workReport = ProtectedRecordKind("workReport")
}
