/// Where the records of a worker who leaves go (CONF-03: to 服务部, not to another colleague directly).
public enum Handover: Equatable, Sendable {
    /// To a named, active 服务部 worker.
    case toServiceDepartment(workerCode: String)
    /// To a named successor, confirmed by a signed-in, active 服务部 worker (the session of that worker).
    case toSuccessor(workerCode: String, confirmedBy: Session)
}
