/// Who supervises whom: each worker's code mapped to their supervisor's code (督导制度; CASE-02).
public struct SupervisionChain: Equatable, Sendable {
    public let supervisorOf: [String: String]

    public init(supervisorOf: [String: String]) {
        self.supervisorOf = supervisorOf
    }

    /// The supervisors above `worker`, nearest first. Stops at a loop instead of running for ever (the store
    /// refuses loops, but a chain read from anywhere must never hang).
    public func supervisors(of worker: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [worker]
        var current = supervisorOf[worker]
        while let code = current, seen.insert(code).inserted {
            result.append(code)
            current = supervisorOf[code]
        }
        return result
    }

    /// Whether `supervisor` supervises `worker` directly or down the chain; a worker does not supervise themself.
    public func isSupervised(_ worker: String, by supervisor: String) -> Bool {
        worker != supervisor && supervisors(of: worker).contains(supervisor)
    }

    /// The first worker whose chain leads back to themself, if any.
    public var loop: [String]? {
        for start in supervisorOf.keys.sorted() {
            var path: [String] = [start]
            var current = supervisorOf[start]
            while let code = current {
                if let index = path.firstIndex(of: code) { return Array(path[index...]) }
                path.append(code)
                current = supervisorOf[code]
            }
        }
        return nil
    }

    /// Refuses making `supervisor` the supervisor of `worker` when the chain would loop back to `worker`.
    public func validateNewSupervisor(_ supervisor: String?, for worker: String) throws {
        guard let supervisor else { return }
        if supervisor == worker || supervisors(of: supervisor).contains(worker) {
            throw ValidationError(field: N_("Supervisor"),
                                  N_("%@ cannot supervise %@: the supervision chain would loop back"),
                                  supervisor, worker, rule: "CASE-02")
        }
    }
}
