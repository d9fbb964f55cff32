import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 小组/活动: one group or activity in its own window — the flow of GRP-01 and its deadlines (C1, C2, C3, each with
/// both clauses), the plan and its approval (GRP-02), outing safety (GRP-10), sessions and their sign-in station,
/// registrations and walk-ins awaiting matching, the roll call (GRP-04), feedback (GRP-05), the report and finance
/// report (GRP-06), the archive checklist (GRP-08) and the IND-05 classification. Opening it is a logged view of
/// the record (CONF-02); every change is one store transaction.
final class ProgrammeWindow {
    let window: Window
    var session: Session {
        didSet { reload() }
    }
    let database: AppDatabase
    let application: Application
    let programmeID: String
    private let builder = Builder(resource: "programme-window.ui")
    private let heading: Label
    private let message: Label
    private let overview: Label
    let sessionList: TableView<ProgrammeSession>
    let registrationList: TableView<Registration>
    let walkInList: TableView<Registration>
    let planForm: ProgrammePlanForm
    let reportForm: ProgrammeReportForm
    /// A line of the archive checklist with its place in the order of GRP-08 and the programme's kind (its title).
    typealias ArchiveRow = (order: Int, item: ProgrammeArchiveItem, isGroup: Bool)
    let archiveList: TableView<ArchiveRow>
    private let deadlineList: TableView<ProgrammeDeadline>
    private let rollCallList: TableView<RollCallMember>
    private let rollCallStatus: Label
    private let feedbackList: TableView<ItemSatisfaction>
    private let feedbackStatus: Label
    private let archiveStatus: Label
    private let stack: Stack
    private(set) var actions: ActionTable!
    private(set) var detail: ProgrammeDetail?
    private var names: [String: String] = [:]
    /// Whether the window has been shown once: the first showing follows the first read.
    private var visibleOnce = false
    /// Called after a change, so that the programme list reads again.
    var onChanged: () -> Void = {}

    init(application: Application, database: AppDatabase, session: Session, programmeID: String) {
        self.application = application
        self.database = database
        self.session = session
        self.programmeID = programmeID
        window = builder.get(Window.self, "programme_window")
        heading = builder.get(Label.self, "heading_label")
        message = builder.get(Label.self, "message_label")
        overview = builder.get(Label.self, "overview_label")
        sessionList = TableView(columnView: builder.get(Widget.self, "session_list"), columns: [
            (tr("Session"), { trf("Session %@", String($0.number)) }),
            (tr("Date"), { $0.heldOn.description }),
            (tr("Start time"), { $0.startTime }),
            (tr("Minutes"), { String($0.durationMinutes) }),
            (tr("Venue"), { $0.venue }),
        ])
        let registrationColumns: [(title: String, text: (Registration) -> String)] = [
            (tr("Full name"), { $0.name }),
            (tr("Phone"), { $0.phone }),
            (tr("Gender"), { tr($0.gender.title) }),
            (tr("Age group"), { tr($0.ageGroup.title) }),
            (tr("Registered on"), { $0.registeredOn.description }),
        ]
        registrationList = TableView(columnView: builder.get(Widget.self, "registration_list"),
                                     columns: registrationColumns + [
            (tr("Client on file"), { $0.clientID == nil ? "" : tr("yes") }),
            (tr("Walk-in"), { !$0.isWalkIn ? "" : $0.awaitsMatching ? tr("awaiting matching") : tr("matched") }),
        ])
        walkInList = TableView(columnView: builder.get(Widget.self, "walk_in_list"), columns: registrationColumns)
        planForm = ProgrammePlanForm(builder: builder)
        reportForm = ProgrammeReportForm(builder: builder)
        deadlineList = TableView(columnView: builder.get(Widget.self, "deadline_list"), columns: [
            (tr("Rule"), { $0.rule }),
            (tr("What is due"), { tr($0.kind.title) }),
            (tr("Due"), { $0.dueOn.description }),
            (tr("Overdue after"), { $0.overdueAfter.description }),
            (tr("Status"), { tr($0.status.title) }),
            (tr("Clauses"), { $0.clauses.joined(separator: "；") }),
        ])
        rollCallList = TableView(columnView: builder.get(Widget.self, "rollcall_list"), columns: [
            (tr("Full name"), { $0.name }),
            (tr("Walk-in"), { $0.isWalkIn ? tr("yes") : "" }),
            (tr("Sessions"), { m in m.marks.enumerated().map { "\($0.offset + 1)\($0.element.sign.isEmpty ? "·" : $0.element.sign)" }.joined(separator: " ") }),
            (tr("Attended"), { "\($0.sessionsAttended)/\($0.sessionsCounted)" }),
            (tr("Attendance rate"), { $0.attendanceRate.map { String(Int(($0 * 100).rounded())) + "%" } ?? "" }),
            (tr("Absent in a row"), { $0.isFlagged ? trf("%@, follow up", String($0.longestAbsenceRun)) : "" }),
        ])
        rollCallStatus = builder.get(Label.self, "rollcall_status")
        feedbackList = TableView(columnView: builder.get(Widget.self, "feedback_list"), columns: [
            (tr("Item"), { tr($0.item.title) }),
            (tr("Forms"), { String($0.responses) }),
            (tr("Satisfied"), { String($0.satisfied) }),
            (tr("Satisfaction"), { $0.percent.map { "\($0)%" } ?? "" }),
            (tr("Threshold"), { "\($0.thresholdPercent)%" }),
            (tr("Standing"), { $0.responses == 0 ? "" : $0.isBelowThreshold ? tr("below (IND-02)") : tr("met") }),
        ])
        feedbackStatus = builder.get(Label.self, "feedback_status")
        archiveList = TableView(columnView: builder.get(Widget.self, "archive_list"), columns: [
            (tr("Order"), { String($0.order) }),
            (tr("Document"), { tr($0.item.document.title(isGroup: $0.isGroup)) }),
            (tr("Filed"), { $0.item.isTicked ? tr("yes") : "" }),
            (tr("Ticked by"), { $0.item.tickedBy ?? "" }),
            (tr("Ticked"), { $0.item.tickedAt.map(CaseWindow.dateTime) ?? "" }),
        ])
        archiveStatus = builder.get(Label.self, "archive_status")
        stack = builder.get(Stack.self, "programme_stack")
        names = Dictionary(((try? database.directorySnapshot().workers) ?? []).map { ($0.code, $0.name) },
                           uniquingKeysWith: { a, _ in a })
        window.attach(to: application)
        actions = ProgrammeWindowActions.table(for: self)
        window.add(actions, application: application)
        sessionList.onSelectionChanged { [unowned self] in updateActions() }
        walkInList.onSelectionChanged { [unowned self] in updateActions() }
        archiveList.onSelectionChanged { [unowned self] in updateActions() }
        // The sign-in station hides this window while it runs: shown again, it reads the sign-ins and walk-ins.
        window.connect("notify::visible") { [unowned self] (_: UnsafeMutableRawPointer?) in
            if window.isVisible, visibleOnce { reload() }
            visibleOnce = true
        }
        // The roll call is a logged read of who came: made when its page is shown, not on every reload.
        stack.onVisibleChildChanged { [unowned self] in
            if stack.visibleChildName == "rollcall" { showRollCall() }
            // Walk-ins come from the sign-in station, which runs beside this window: read them when looked at.
            if stack.visibleChildName == "registrations" { reload() }
        }
        reload()
    }

    func present() { window.present() }

    /// Reads the programme again (a logged view) and shows it; a refusal is shown instead.
    func reload() {
        do {
            let detail = try database.programme(id: programmeID, as: session)
            self.detail = detail
            show(detail)
        } catch {
            detail = nil
            heading.text = tr("Group or Activity")
            say(errorText(error))
        }
        updateActions()
    }

    func say(_ text: String) {
        message.text = text
    }

    /// The one place that decides which programme commands can run: the stage, the selection and what the worker
    /// may do on this record (the store refuses the rest anyway).
    func updateActions() {
        let permitted = detail.map { _ in
            (try? database.permittedActions(on: ProtectedRecordRef(kind: .programme, id: programmeID), as: session)) ?? []
        } ?? []
        let stage = detail?.programme.stage
        let canEdit = permitted.contains(.edit)
        let running = stage.map { $0 <= .planApproved } ?? false
        let isHolder = detail?.programme.holderCode == session.workerCode
        // GRP-02: the holder writes and submits; a supervisor above them approves or returns, never the holder.
        actions.setEnabled("save-plan", canEdit && stage == .planning)
        actions.setEnabled("submit-plan", canEdit && isHolder && stage == .planning)
        actions.setEnabled("approve-plan", !isHolder && permitted.contains(.approve) && stage == .planSubmitted)
        actions.setEnabled("return-plan", !isHolder && permitted.contains(.approve) && stage == .planSubmitted)
        actions.setEnabled("save-outing", canEdit && detail?.programme.isOuting == true
                           && (stage == .planning || stage == .planSubmitted))
        actions.setEnabled("add-session", canEdit && running)
        actions.setEnabled("open-station", canEdit && sessionList.selectedValue != nil)
        actions.setEnabled("add-registration", canEdit && stage == .planApproved)
        actions.setEnabled("match-walk-in", canEdit && walkInList.selectedValue != nil)
        actions.setEnabled("confirm-walk-in", canEdit && walkInList.selectedValue != nil)
        actions.setEnabled("add-feedback", canEdit && stage.map { $0 >= .planApproved && $0 < .archived } == true)
        // GRP-06: the report is written once the plan is approved and reviewed by a supervisor above the holder.
        actions.setEnabled("save-report", canEdit && stage == .planApproved)
        actions.setEnabled("submit-report", canEdit && isHolder && stage == .planApproved)
        actions.setEnabled("approve-report", !isHolder && permitted.contains(.approve) && stage == .reportSubmitted)
        actions.setEnabled("return-report", !isHolder && permitted.contains(.approve) && stage == .reportSubmitted)
        // GRP-07, GRP-08: filed after the supervisor's approval, archived when every document is ticked.
        actions.setEnabled("tick-archive-item", canEdit && stage == .reportApproved
                           && archiveList.selectedValue.map { !$0.item.isTicked } == true)
        actions.setEnabled("archive-programme", canEdit && stage == .reportApproved && detail?.isReadyToArchive == true)
        let hasSession = sessionList.selectedValue != nil
        let export = permitted.contains(.export)
        actions.setEnabled("export-blank-sheet", export && hasSession)
        actions.setEnabled("export-filled-sheet", export && hasSession)
        actions.setEnabled("print-sheet", permitted.contains(.print) && hasSession)
        actions.setEnabled("export-rollcall-pdf", export && detail?.sessions.isEmpty == false)
        actions.setEnabled("print-rollcall", permitted.contains(.print) && detail?.sessions.isEmpty == false)
        for name in ["export-workbook", "export-registrations-csv", "export-signins-csv", "export-rollcall-csv"] {
            actions.setEnabled(name, export)
        }
    }

    // MARK: Sessions and registrations

    func addSession() {
        guard let detail else { return }
        ProgrammeSessionEditor(parent: window, database: database, session: session, programme: detail) { [weak self] added in
            self?.changed(trf("Session %@ is scheduled.", String(added.number)))
        }.present()
    }

    /// The venue kiosk for the selected session, full screen under this worker's session (issue 5 item 2).
    func openStation() {
        guard let programmeSession = sessionList.selectedValue else { return }
        SignInKiosk.open(application: application, parent: window, database: database, session: session,
                         programmeSessionID: programmeSession.id)
    }

    func addRegistration() {
        guard let programme = detail?.programme else { return }
        RegistrationEditor(parent: window, database: database, session: session, programme: programme) { [weak self] added in
            self?.changed(trf("%@ is registered.", added.name))
        }.present()
    }

    // MARK: Showing the programme

    private func show(_ d: ProgrammeDetail) {
        let p = d.programme
        window.title = trf("Group or Activity %@", p.code)
        heading.text = [p.code, p.title, tr(p.kind.title), tr(p.stage.title)].joined(separator: " · ")
        overview.text = ProgrammeOverview.text(d, names: names) + "\n\n" + classificationText(d)
        deadlineList.show(d.deadlines)
        reportForm.fill(d)
        reportForm.status.text = reportStatusText(d)
        feedbackList.show(d.satisfaction?.items ?? [])
        feedbackStatus.text = feedbackStatusText(d)
        archiveList.show(d.archiveChecklist.enumerated().map { (order: $0.offset + 1, item: $0.element, isGroup: p.isGroup) },
                         keepingSelection: { $0.item.document == $1.item.document })
        archiveStatus.text = archiveStatusText(d)
        if stack.visibleChildName == "rollcall" { showRollCall() }
        planForm.fill(d)
        planForm.status.text = planStatusText(d)
        sessionList.show(d.sessions, keepingSelection: { $0.id == $1.id })
        registrationList.show(d.registrations, keepingSelection: { $0.id == $1.id })
        walkInList.show(d.registrations.filter(\.awaitsMatching), keepingSelection: { $0.id == $1.id })
    }

    /// Rule GRP-04: the roll call made from the sign-ins, members missing sessions in a row flagged.
    private func showRollCall() {
        do {
            let rollCall = try database.rollCall(programmeID: programmeID, as: session)
            rollCallList.show(rollCall.members, keepingSelection: { $0.registrationID == $1.registrationID })
            let held = rollCall.sessions.filter(\.isHeld)
            var line = trf("%@ members; %@ of %@ sessions held.", String(rollCall.members.count), String(held.count),
                           String(rollCall.sessions.count))
            if !rollCall.flaggedMembers.isEmpty {
                line += " " + trf("Missed %@ or more sessions in a row, to follow up: %@", String(rollCall.absenceFlag),
                                  rollCall.flaggedMembers.map(\.name).joined(separator: "、"))
            }
            rollCallStatus.text = line
        } catch {
            rollCallStatus.text = errorText(error)
        }
    }

    /// Rule IND-05: how the programme counts, from the people signed in and the shortest session.
    private func classificationText(_ d: ProgrammeDetail) -> String {
        guard let policy = try? database.policy() else { return "" }
        let c = ProgrammeClassification.classify(kind: d.programme.kind, participants: d.participantCount,
                                                 sessionMinutes: d.sessions.map(\.durationMinutes), policy: policy)
        return tr("Classification (IND-05):") + " "
            + (c.countsAs.map { trf("counts as %@", tr($0.title)) } ?? tr("does not count as its kind")) + "；"
            + c.reason.localized(tr)
    }

    func change(_ done: String, _ body: () throws -> Void) {
        do {
            try body()
            changed(done)
        } catch {
            say(errorText(error))
        }
    }

    func changed(_ done: String) {
        reload()
        say(done)
        onChanged()
    }

    /// The programme's holder, by name, for documents and file names.
    var holderName: String {
        guard let p = detail?.programme else { return "" }
        return names[p.holderCode] ?? p.holderCode
    }

    /// A worker as "name（code）".
    func names(_ code: String) -> String {
        names[code].map { "\($0)（\(code)）" } ?? code
    }
}
