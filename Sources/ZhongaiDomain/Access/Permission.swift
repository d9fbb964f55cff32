/// One row of the permission table: `role` may do `action` on records within `scope`. Rule ROLE-01.
public struct Permission: Hashable, Codable, Sendable, CustomStringConvertible {
    public var role: Role
    public var action: AccessAction
    public var scope: AccessScope

    public init(role: Role, action: AccessAction, scope: AccessScope) {
        self.role = role
        self.action = action
        self.scope = scope
    }

    /// Refuses a row that cannot make sense: a centre-wide action with a scope other than `all`, and approval
    /// of one's own records (CASE-02: a worker never approves their own case).
    public func validate() throws {
        if !action.isRecordAction, scope != .all {
            throw ValidationError(field: N_("Scope"), N_("“%@” is granted for all records or not at all"),
                                  action.title, rule: "ROLE-01")
        }
        if action == .approve, scope == .own {
            throw ValidationError(field: N_("Scope"), N_("nobody approves their own records"), rule: "CASE-02")
        }
    }

    public var description: String { "\(role.rawValue) \(action.rawValue) \(scope.rawValue)" }
}
