/// The permission table: which role may do which action in which scopes. It is data (stored in the database,
/// shipped with defaults by migration v4, changed by an administrator with an audit row), never code.
public struct PermissionTable: Equatable, Sendable {
    public private(set) var permissions: Set<Permission>

    public init(_ permissions: some Sequence<Permission>) {
        self.permissions = Set(permissions)
    }

    /// The scopes in which `role` may do `action`, narrowest first.
    public func scopes(_ role: Role, _ action: AccessAction) -> [AccessScope] {
        AccessScope.allCases.filter { permissions.contains(Permission(role: role, action: action, scope: $0)) }
    }

    public func allows(_ role: Role, _ action: AccessAction, in scope: AccessScope) -> Bool {
        permissions.contains(Permission(role: role, action: action, scope: scope))
    }

    /// Whether `role` may do a centre-wide action (`manageAccounts`, `viewAudit`…).
    public func allowsCentreWide(_ role: Role, _ action: AccessAction) -> Bool {
        allows(role, action, in: .all)
    }

    public mutating func grant(_ permission: Permission) { permissions.insert(permission) }
    public mutating func revoke(_ permission: Permission) { permissions.remove(permission) }

    /// The rows sorted by role, action and scope, as the table is shown.
    public var sorted: [Permission] {
        permissions.sorted {
            let a = (Role.allCases.firstIndex(of: $0.role)!, AccessAction.allCases.firstIndex(of: $0.action)!,
                     AccessScope.allCases.firstIndex(of: $0.scope)!)
            let b = (Role.allCases.firstIndex(of: $1.role)!, AccessAction.allCases.firstIndex(of: $1.action)!,
                     AccessScope.allCases.firstIndex(of: $1.scope)!)
            return a < b
        }
    }
}
