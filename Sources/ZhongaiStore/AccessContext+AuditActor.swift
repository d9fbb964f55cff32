import ZhongaiDomain

extension Optional where Wrapped == AccessContext {
    /// Who an audit row names: the signed-in worker, or the program itself when a write runs without a session
    /// (first-run loading, tests).
    var auditActor: String { self?.actor.workerCode ?? AuditEntry.systemActor }
}
