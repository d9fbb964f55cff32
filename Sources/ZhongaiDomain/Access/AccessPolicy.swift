/// THE access policy (ROLE-01, CONF-02, CASE-02): the one place that decides whether a worker may do an action,
/// on a protected record or centre-wide. Pure: the store gathers the permission table, the supervision chain and
/// the record's ownership, asks here, and applies the answer on every read and write.
public struct AccessPolicy: Sendable {
    public let permissions: PermissionTable
    public let chain: SupervisionChain

    public init(permissions: PermissionTable, chain: SupervisionChain) {
        self.permissions = permissions
        self.chain = chain
    }

    /// Whether `actor` may do `action` on a record owned as `ownership`. For a centre-wide action
    /// (`manageAccounts`, `viewAudit`…) the ownership is ignored and may be nil; for a record action it is required
    /// (a record action without a record is denied as `noSuchRecord`).
    public func decide(_ action: AccessAction, on ownership: RecordOwnership?, by actor: AccessActor) -> AccessDecision {
        let granted = permissions.scopes(actor.role, action)
        guard !granted.isEmpty else { return .denied(.actionNotGranted) }
        guard action.isRecordAction else {
            return granted.contains(.all) ? .allowed(.all) : .denied(.actionNotGranted)
        }
        guard let ownership else { return .denied(.noSuchRecord) }
        // Rule CASE-02: a worker cannot approve their own case, whatever the table grants.
        if action == .approve, ownership.holderCode == actor.workerCode { return .denied(.ownRecordApproval) }
        for scope in granted where relation(of: ownership, to: actor, includes: scope) {
            return .allowed(scope)
        }
        return .denied(.outsideScope)
    }

    /// Whether a record owned as `ownership` lies within `scope` as seen from `actor`.
    public func relation(of ownership: RecordOwnership, to actor: AccessActor, includes scope: AccessScope) -> Bool {
        switch scope {
        case .own: ownership.holderCode == actor.workerCode
        case .supervised: chain.isSupervised(ownership.holderCode, by: actor.workerCode)
        case .servicePoint: actor.servicePointID != nil && ownership.servicePointID == actor.servicePointID
        case .all: true
        }
    }
}
