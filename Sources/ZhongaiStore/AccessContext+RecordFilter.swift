import GRDB
import ZhongaiDomain

extension AccessContext {
    /// The access policy as an SQL condition on a `protectedRecord` row (named `alias` in the query): true for the
    /// records on which the actor may do `action`, so that a list or a search filters in SQL, before LIMIT, instead
    /// of loading every record to ask `allows` of each. Agrees with `AccessPolicy.decide` for record actions other
    /// than `approve` (whose own-record exception lists do not need).
    func recordCondition(_ action: AccessAction, alias: String = "protectedRecord") -> (sql: String,
                                                                                       arguments: StatementArguments) {
        var terms: [String] = []
        var arguments: StatementArguments = []
        for scope in policy.permissions.scopes(actor.role, action) {
            switch scope {
            case .own:
                terms.append("\(alias).holderCode = ?")
                arguments += [actor.workerCode]
            case .supervised:
                let supervised = policy.chain.supervisorOf.keys.sorted()
                    .filter { policy.chain.isSupervised($0, by: actor.workerCode) }
                guard !supervised.isEmpty else { continue }
                terms.append("\(alias).holderCode IN (" + Array(repeating: "?", count: supervised.count)
                    .joined(separator: ", ") + ")")
                arguments += StatementArguments(supervised)
            case .servicePoint:
                guard let point = actor.servicePointID else { continue }
                terms.append("\(alias).servicePointID = ?")
                arguments += [point]
            case .all:
                return ("1", [])
            }
        }
        return terms.isEmpty ? ("0", []) : ("(" + terms.joined(separator: " OR ") + ")", arguments)
    }

    /// Refuses (`AccessDenied`, logged by the transaction) a role that may do `action` on no record at all:
    /// an empty list would hide that the request itself is not allowed.
    func requireSomeScope(_ action: AccessAction) throws {
        if policy.permissions.scopes(actor.role, action).isEmpty {
            throw AccessDenied(workerCode: actor.workerCode, action: action, record: nil, reason: .actionNotGranted)
        }
    }
}
