import ZhongaiDomain

/// One worker's account in `account list --json`; times as in the audit log (UTC, ISO-8601).
struct AccountRow: Encodable {
    let workerCode: String
    let workerName: String
    let role: String
    let isActive: Bool
    let hasAccount: Bool
    let lockedUntil: String?
    let mustChangePassword: Bool
    let lastLoginAt: String?

    init(_ summary: AccountSummary) {
        workerCode = summary.workerCode
        workerName = summary.workerName
        role = summary.role.rawValue
        isActive = summary.isActive
        hasAccount = summary.hasAccount
        lockedUntil = summary.lockedUntil.map(AuditTimestamp.format)
        mustChangePassword = summary.mustChangePassword
        lastLoginAt = summary.lastLoginAt.map(AuditTimestamp.format)
    }
}
