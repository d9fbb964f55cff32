import Dispatch
import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The workbench window of one signed-in worker: a sidebar of sections, each a page of the main stack.
final class MainWindow {
    static let sections = ["cases", "consultations", "consents", "groups", "supervision", "selection", "emergency", "due", "indicators",
                           "reports", "complaints", "checks", "archive", "volunteers", "directory", "reference", "audit"]

    let application: Application
    let database: AppDatabase
    let window: Window
    let stack: Stack
    let directory: DirectoryView
    let referenceData: ReferenceDataView
    let auditLog: AuditLogView
    let consents: ConsentsView
    let cases: CasesView
    let consultations: ConsultationsView
    let due: DueView
    let supervision: SupervisionView
    let selection: SelectionView
    let groups: GroupsView
    let emergency: EmergencyView
    let indicators: IndicatorsView
    let reports: ReportsView
    let complaints: ComplaintsView
    let checks: ChecksView
    let archive: ArchiveHandoverView
    let volunteers: VolunteersView
    /// The sections that bring their own commands, by stack page name.
    private var sectionViews: [(name: String, view: SectionView)] {
        [("groups", groups), ("supervision", supervision), ("selection", selection), ("emergency", emergency),
         ("indicators", indicators), ("reports", reports), ("complaints", complaints), ("checks", checks),
         ("archive", archive), ("volunteers", volunteers)]
    }
    /// The case windows open now, by case id: one window per case, locked and signed out with this one.
    private var caseWindows: [String: CaseWindow] = [:]
    private(set) var session: Session
    var onLocked: (Session) -> Void = { _ in }
    var onSignedOut: () -> Void = {}
    private let builder = Builder(resource: "main-window.ui")
    private let sessionLabel: Label
    private(set) var actions: ActionTable!
    private var lastActivity = Date()
    private var idleTimer: DispatchSourceTimer?

    init(application: Application, database: AppDatabase, session: Session) {
        self.application = application
        self.database = database
        self.session = session
        window = builder.get(Window.self, "main_window")
        stack = builder.get(Stack.self, "main_stack")
        sessionLabel = builder.get(Label.self, "session_label")
        window.attach(to: application)
        directory = DirectoryView(database: database, parent: window, session: session)
        builder.get(Box.self, "directory_page").append(directory.root)
        referenceData = ReferenceDataView(database: database, parent: window, session: session)
        builder.get(Box.self, "reference_page").append(referenceData.root)
        consents = ConsentsView(database: database, parent: window, session: session)
        builder.get(Box.self, "consents_page").append(consents.root)
        cases = CasesView(database: database, parent: window, session: session)
        builder.get(Box.self, "cases_page").append(cases.root)
        consultations = ConsultationsView(database: database, parent: window, session: session)
        builder.get(Box.self, "consultations_page").append(consultations.root)
        due = DueView(database: database, session: session)
        due.parent = window
        builder.get(Box.self, "due_page").append(due.root)
        supervision = SupervisionView(database: database, parent: window, session: session)
        builder.get(Box.self, "supervision_page").append(supervision.root)
        selection = SelectionView(database: database, parent: window, session: session)
        builder.get(Box.self, "selection_page").append(selection.root)
        groups = GroupsView(application: application, database: database, parent: window, session: session)
        builder.get(Box.self, "groups_page").append(groups.root)
        emergency = EmergencyView(database: database, parent: window, session: session)
        builder.get(Box.self, "emergency_page").append(emergency.root)
        indicators = IndicatorsView(database: database, parent: window, session: session)
        builder.get(Box.self, "indicators_page").append(indicators.root)
        reports = ReportsView(database: database, parent: window, session: session)
        builder.get(Box.self, "reports_page").append(reports.root)
        complaints = ComplaintsView(database: database, parent: window, session: session)
        builder.get(Box.self, "complaints_page").append(complaints.root)
        checks = ChecksView(database: database, parent: window, session: session)
        builder.get(Box.self, "checks_page").append(checks.root)
        archive = ArchiveHandoverView(database: database, parent: window, session: session)
        builder.get(Box.self, "archive_page").append(archive.root)
        volunteers = VolunteersView(database: database, parent: window, session: session)
        builder.get(Box.self, "volunteers_page").append(volunteers.root)
        auditLog = AuditLogView(database: database, session: session)
        builder.get(Box.self, "audit_page").append(auditLog.root)

        actions = MainWindowActions.table(for: self)
        window.add(actions, application: application)
        directory.onSelectionChanged = { [unowned self] in updateActions() }
        referenceData.onSelectionChanged = { [unowned self] in updateActions() }
        consents.onSelectionChanged = { [unowned self] in updateActions() }
        cases.onSelectionChanged = { [unowned self] in updateActions() }
        consultations.onSelectionChanged = { [unowned self] in updateActions() }
        due.onSelectionChanged = { [unowned self] in updateActions() }
        for section in sectionViews { section.view.onSelectionChanged = { [unowned self] in updateActions() } }
        cases.openCase = { [unowned self] id in openCase(id) }
        due.open = { [unowned self] subject in open(subject) }
        stack.onVisibleChildChanged { [unowned self] in
            if stack.visibleChildName == "reference" { referenceData.reload() }
            if stack.visibleChildName == "audit" { auditLog.show() }
            if stack.visibleChildName == "consents" { consents.reload() }
            if stack.visibleChildName == "cases" { cases.reload() }
            if stack.visibleChildName == "consultations" { consultations.reload() }
            if stack.visibleChildName == "due" { due.reload() }
            for section in sectionViews where stack.visibleChildName == section.name { section.view.reload() }
            updateActions()
        }
        window.onAnyInput { [unowned self] in lastActivity = Date() }
        groups.onActivity = { [unowned self] in lastActivity = Date() }
        // Shown again after the sign-in kiosk (left with the password): the idle time starts over.
        window.connect("notify::visible") { [unowned self] (_: UnsafeMutableRawPointer?) in
            if window.isVisible { lastActivity = Date() }
        }
        // Closing the window signs the worker out, so the audit log shows where the session ended.
        window.onCloseRequest { [unowned self] in
            try? database.endSession(self.session, .signedOut)
            return false
        }
        // Casework is what most workers come for; administrators and 行政人事部 start in the directory.
        stack.visibleChildName = (try? database.mayDo(.create, as: session)) == true && session.role != .administrator
            ? "cases" : "directory"
        if stack.visibleChildName == "cases" { cases.reload() }
        showSession()
        updateActions()
        startIdleLock()
    }

    func present(notice: String? = nil) {
        window.present()
        if let notice { directory.say(notice) }
    }

    func destroy() {
        idleTimer?.cancel()
        for caseWindow in caseWindows.values { caseWindow.window.destroy() }
        caseWindows = [:]
        window.destroy()
    }

    /// The one place that decides which commands can run now (GNOME Text Editor style): what is on screen,
    /// what is selected, and what the worker's role may do (ROLE-01; the store refuses the rest anyway).
    func updateActions() {
        let onDirectory = stack.visibleChildName == "directory"
        let page = directory.visiblePage
        let manageDirectory = may(.manageDirectory)
        let manageReference = may(.manageReferenceData)  // towns are reference data (ARC-02)
        actions.setEnabled("search", onDirectory)
        actions.setEnabled("new-worker", onDirectory && manageDirectory)
        actions.setEnabled("new-service-point", onDirectory && manageDirectory)
        actions.setEnabled("new-town", onDirectory && manageReference)
        actions.setEnabled("edit-worker", onDirectory && manageDirectory && page == .workers && directory.selectedWorker != nil)
        actions.setEnabled("reset-password", onDirectory && may(.manageAccounts) && page == .workers
                           && directory.selectedWorker?.isActive == true)
        actions.setEnabled("deactivate-worker",
                           onDirectory && manageDirectory && page == .workers && directory.selectedWorker?.isActive == true)
        actions.setEnabled("edit-service-point",
                           onDirectory && manageDirectory && page == .servicePoints && directory.selectedServicePoint != nil)
        actions.setEnabled("deactivate-service-point", onDirectory && manageDirectory && page == .servicePoints
                           && directory.selectedServicePoint?.isActive == true)
        actions.setEnabled("edit-town", onDirectory && manageReference && page == .towns && directory.selectedTown != nil)
        actions.setEnabled("deactivate-town",
                           onDirectory && manageReference && page == .towns && directory.selectedTown?.isActive == true)
        let onReference = stack.visibleChildName == "reference"
        actions.setEnabled("edit-policy-value", onReference && manageReference && referenceData.visiblePage == .policy
                           && referenceData.selectedPolicyEntry != nil)
        actions.setEnabled("import-holidays", onReference && manageReference)
        let onConsents = stack.visibleChildName == "consents"
        actions.setEnabled("new-consent", onConsents && may(.create))
        actions.setEnabled("open-consent", onConsents && consents.selected != nil)
        actions.setEnabled("withdraw-consent", onConsents && consents.selected?.withdrawnOn == nil && consents.selected != nil)
        // CONF-02: the audit log is for the roles the permission table lets read it; others do not see the section.
        let onCases = stack.visibleChildName == "cases"
        let create = may(.create)
        actions.setEnabled("new-client", onCases && create)
        actions.setEnabled("intake-for-client", onCases && create)
        actions.setEnabled("open-case", onCases && cases.selected != nil)
        let onConsultations = stack.visibleChildName == "consultations"
        actions.setEnabled("new-consultation", onConsultations && create)
        actions.setEnabled("add-consultation-contact", onConsultations && consultations.selectedConsultation != nil)
        actions.setEnabled("new-visit", onConsultations && create)
        for section in sectionViews {
            section.view.updateActions(actions, visible: stack.visibleChildName == section.name, may: may)
        }
        let viewAudit = may(.viewAudit)
        stack.setPageVisible("audit", viewAudit)
        actions.setEnabled("show-audit", viewAudit)
        actions.setEnabled("verify-audit", viewAudit)
    }

    func showSection(_ index: Int) {
        guard MainWindow.sections.indices.contains(index) else { return }
        stack.visibleChildName = MainWindow.sections[index]
    }

    func showAbout() {
        AboutDialog.present(parent: window, name: tr("Zhongai Workbench"), version: "0.1.0",
                            comments: tr("Case files, sign-in sheets, supervision logs and service indicators for the social workers of Dongguan Zhongai Public Welfare Service Centre."),
                            copyright: tr("© 2026 Dongguan Zhongai Public Welfare Service Centre"))
    }

    /// Hides everything until the same worker enters the password again (the idle lock, or Ctrl+L).
    func lock() {
        guard window.isVisible else { return }
        try? database.endSession(session, .idleLocked)
        window.isVisible = false
        // Case files are the most sensitive windows of all: they hide with the main window.
        for caseWindow in caseWindows.values { caseWindow.window.isVisible = false }
        onLocked(session)
    }

    func unlock(_ session: Session) {
        self.session = session
        directory.session = session
        referenceData.session = session
        auditLog.session = session
        consents.session = session
        cases.session = session
        consultations.session = session
        due.session = session
        for section in sectionViews { section.view.session = session }
        lastActivity = Date()
        updateActions()
        window.isVisible = true
        window.present()
        for caseWindow in caseWindows.values {
            caseWindow.session = session
            caseWindow.window.isVisible = true
        }
    }

    /// The worker's own password; `forced` after an administrator's reset, when closing the dialog signs out.
    func changePassword(forced: Bool = false) {
        PasswordDialog(parent: window, database: database, session: session, purpose: .changeOwn(forced: forced),
                       onSaved: { [weak self] session in
                           self?.session = session
                           self?.directory.say(tr("Your password was changed."))
                       },
                       onDismissed: { [weak self] in if forced { self?.signOut() } }).present()
    }

    /// An administrator sets a colleague's password (CONF-02: logged; the colleague changes it at next sign-in).
    func resetSelectedPassword() {
        guard let worker = directory.selectedWorker else { return }
        PasswordDialog(parent: window, database: database, session: session, purpose: .reset(worker),
                       onSaved: { [weak self] _ in
                           self?.directory.say(trf("%@ can sign in with the new password and must then choose their own.", worker.name))
                       }).present()
    }

    func signOut() {
        try? database.endSession(session, .signedOut)
        onSignedOut()
    }

    /// Shows the case in its window, opening one if needed (a logged view of the record, CONF-02).
    func openCase(_ id: String) {
        if let open = caseWindows[id] {
            open.present()
            return
        }
        let caseWindow = CaseWindow(application: application, database: database, session: session, caseID: id)
        caseWindow.onChanged = { [unowned self] in
            cases.reload()
            due.reload()
        }
        caseWindow.window.onAnyInput { [unowned self] in lastActivity = Date() }
        caseWindow.window.connect("destroy") { [unowned self] in caseWindows[id] = nil }
        caseWindows[id] = caseWindow
        caseWindow.present()
    }

    /// Shows the record a due item is about, in one step: a case or programme in its window, otherwise its section,
    /// where the section selects the record.
    func open(_ subject: DueSubject) {
        let sections: [DueSubject.Kind: (name: String, reveal: ((String) -> Void)?)] = [
            .supervision: ("supervision", nil), .selectionRound: ("selection", nil), .safetyInspection: ("emergency", nil),
            .complaint: ("complaints", complaints.reveal), .report: ("reports", reports.reveal),
            .check: ("checks", checks.reveal), .employerVisit: ("checks", checks.reveal),
            .archiveHandover: ("archive", archive.reveal), .archiveCheck: ("archive", archive.reveal),
            .volunteer: ("volunteers", volunteers.reveal),
        ]
        switch subject.kind {
        case .caseFile: openCase(subject.id)
        case .programme: groups.open(subject.id)
        default:
            guard let section = sections[subject.kind] else { return }
            stack.visibleChildName = section.name
            section.reveal?(subject.id)
        }
    }

    private func may(_ action: AccessAction) -> Bool { (try? database.mayDo(action, as: session)) ?? false }

    private func showSession() {
        let snapshot = directory.snapshot
        let worker = snapshot.workers.first { $0.code == session.workerCode }
        let point = session.servicePointID.flatMap { id in snapshot.servicePoints.first { $0.id == id } }
        sessionLabel.text = [worker.map { "\($0.name)（\($0.code)）" } ?? session.workerCode,
                             tr(session.role.title),
                             point?.name ?? tr("all service points")].joined(separator: " · ")
    }

    /// Rule: account.idle_lock_minutes of the policy table (issue 3), checked twice a minute.
    private func startIdleLock() {
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.schedule(deadline: .now() + 30, repeating: 30)
        timer.setEventHandler { [weak self] in
            MainActor.assumeIsolated {
                guard let self, let policy = try? self.database.policy() else { return }
                if IdleLock(policy: policy).isLocked(lastActivity: self.lastActivity, now: Date()) { self.lock() }
            }
        }
        timer.resume()
        idleTimer = timer
    }
}
