extension ProtectedRecordKind {
    /// An attached file (CASE-14). Never registered as a protected record of its own: it belongs to one, whose
    /// holder decides who sees it (a handover moves its attachments with it). Audit rows name it only when an
    /// attachment asked for does not exist.
    public static let attachment = ProtectedRecordKind("attachment")
}
