/// What a worker does with a record or with the workbench: the actions of the permission table. Rules ROLE-01, CONF-02.
///
/// The first six act on protected records and are granted per scope (`AccessScope`); the others are centre-wide
/// and are granted with the scope `all` only.
public enum AccessAction: String, CaseIterable, Codable, Sendable {
    case view
    case create
    case edit
    case export
    case print
    /// Approve a stage, a plan or a report (CASE-02): never one's own record, whatever the table says.
    case approve
    /// Create accounts, reset passwords, change roles and the permission table.
    case manageAccounts
    /// Add, edit and deactivate workers and service points (人员与服务点).
    case manageDirectory
    /// Towns, sectors, categories, holidays, the policy table.
    case manageReferenceData
    /// Read the audit log.
    case viewAudit

    /// Whether the action concerns one protected record, so that a scope applies to it.
    public var isRecordAction: Bool {
        switch self {
        case .view, .create, .edit, .export, .print, .approve: true
        case .manageAccounts, .manageDirectory, .manageReferenceData, .viewAudit: false
        }
    }

    /// English msgid of the action's name.
    public var title: String {
        switch self {
        case .view: N_("view")
        case .create: N_("create")
        case .edit: N_("edit")
        case .export: N_("export")
        case .print: N_("print")
        case .approve: N_("approve")
        case .manageAccounts: N_("manage accounts")
        case .manageDirectory: N_("manage the directory")
        case .manageReferenceData: N_("manage reference data")
        case .viewAudit: N_("view the audit log")
        }
    }
}
