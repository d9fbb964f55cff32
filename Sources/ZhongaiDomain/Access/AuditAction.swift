/// What an audit row records (CONF-02 and issue 3: every view, create, edit, export, print, approval, sign-in,
/// account, role, permission and policy change, and every denied attempt).
public enum AuditAction: String, CaseIterable, Codable, Sendable {
    // Protected records.
    case view
    case list
    case create
    case edit
    case export
    case print
    case approve
    case withdrawConsent
    case checkConsent
    /// CONF-03: a record handed over to 服务部 (or a confirmed successor).
    case handover
    /// A request the access policy refused.
    case accessDenied
    /// A change on an access matter refused by a rule (ROLE-01: no administrator left; CASE-02: a supervision loop;
    /// CONF-03: a handover not to 服务部).
    case changeRefused
    /// Two client records of one person merged into one; every link moved to the one kept.
    case clientMerged
    /// CASE-02, CASE-03: a stage move, closure or referral asked of the supervisor; the supervisor's rejection or
    /// request for revision (an approval is `approve`).
    case approvalRequested
    case approvalRejected
    case revisionRequested
    /// A case moved to another worker when the receiver accepted it.
    case transferRequested
    case transferAccepted
    /// A scan or photo attached to a record.
    case attachmentAdded

    // Sessions.
    case login
    case loginFailed
    case logout
    case idleLock

    // Accounts and the directory.
    case workerAdded
    case accountCreated
    case passwordChanged
    case passwordReset
    case roleChanged
    case supervisorChanged
    case servicePointChanged
    case workerDeactivated
    case workerReactivated
    case permissionGranted
    case permissionRevoked
    /// A service point opened in the directory; edited (the detail names what changed, closing and reopening
    /// included). Not `servicePointChanged`, which is a worker moved to another service point.
    case servicePointAdded
    case servicePointEdited

    // Reference data, archive codes and the log itself.
    case policyChanged
    /// ARC-02: a town added to the table of towns and codes; renamed, recoded, of another kind, retired or
    /// brought back (the detail names what changed).
    case townAdded
    case townEdited
    /// CASE-06: years of the holiday calendar added or replaced (the detail names them).
    case holidaysImported
    /// ARC-01: an archive code issued for a piece of work held by a worker (the detail is the code).
    case archiveCodeIssued
    case auditViewed

    /// English msgid of the action's name.
    public var title: String {
        switch self {
        case .view: N_("viewed")
        case .list: N_("listed")
        case .create: N_("created")
        case .edit: N_("edited")
        case .export: N_("exported")
        case .print: N_("printed")
        case .approve: N_("approved")
        case .withdrawConsent: N_("recorded a withdrawal of consent")
        case .checkConsent: N_("checked consent")
        case .handover: N_("handed over")
        case .accessDenied: N_("was denied access")
        case .changeRefused: N_("had a change refused")
        case .clientMerged: N_("merged two client records")
        case .approvalRequested: N_("requested an approval")
        case .approvalRejected: N_("rejected a request")
        case .revisionRequested: N_("asked for a revision")
        case .transferRequested: N_("requested a transfer")
        case .transferAccepted: N_("accepted a transfer")
        case .attachmentAdded: N_("attached a file")
        case .login: N_("signed in")
        case .loginFailed: N_("failed to sign in")
        case .logout: N_("signed out")
        case .idleLock: N_("was locked after idle time")
        case .workerAdded: N_("added a worker")
        case .accountCreated: N_("created an account")
        case .passwordChanged: N_("changed a password")
        case .passwordReset: N_("reset a password")
        case .roleChanged: N_("changed a role")
        case .supervisorChanged: N_("changed a supervisor")
        case .servicePointChanged: N_("changed a service point")
        case .workerDeactivated: N_("deactivated a worker")
        case .workerReactivated: N_("reactivated a worker")
        case .permissionGranted: N_("granted a permission")
        case .permissionRevoked: N_("revoked a permission")
        case .servicePointAdded: N_("added a service point")
        case .servicePointEdited: N_("edited a service point")
        case .policyChanged: N_("changed a policy value")
        case .townAdded: N_("added a town")
        case .townEdited: N_("edited a town")
        case .holidaysImported: N_("imported holiday years")
        case .archiveCodeIssued: N_("issued an archive code")
        case .auditViewed: N_("viewed the audit log")
        }
    }
}
