import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 待办, the reviewer's inbox (issue 6 item 4): what waits for the signed-in worker — requests for their approval
/// as supervisor (CASE-02, CASE-03) with how long each has waited, decided from here; supervision records waiting
/// for their confirmation (SUP-05), confirmed from here; the meetings they still owe this month (SUP-02..04); and
/// the next deadline of every open case they reach, each with its rule, soonest first.
final class DueView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}
    var openCase: (String) -> Void = { _ in }
    /// The window dialogs open over (the approval decision); the main window sets it.
    var parent: Window?

    private let database: AppDatabase
    private let builder = Builder(resource: "due-view.ui")
    private let status: Label
    private let pending: TableView<PendingApproval>
    private let deadlines: TableView<CaseSummary>
    private let toConfirm: TableView<SupervisionSessionSummary>
    private let owed: TableView<ComplianceEntry>
    private let decideButton: Button
    private let confirmButton: Button

    init(database: AppDatabase, session: Session) {
        self.database = database
        self.session = session
        root = builder.get(Box.self, "due_view")
        status = builder.get(Label.self, "due_status")
        decideButton = builder.get(Button.self, "decide_button")
        confirmButton = builder.get(Button.self, "confirm_supervision_button")
        pending = TableView(columnView: builder.get(Widget.self, "pending_list"), columns: [
            (tr("Case"), { $0.caseCode }),
            (tr("Client"), { $0.clientName }),
            (tr("Stage"), { tr($0.caseStage.title) }),
            (tr("Request"), { CaseWindow.requestText($0.request) }),
            (tr("Requested by"), { "\($0.requesterName)（\($0.requesterCode)）" }),
            (tr("Waiting"), { trf("%@ days", String($0.waitingDays)) }),
            (tr("Note"), { $0.request.note }),
        ])
        deadlines = TableView(columnView: builder.get(Widget.self, "deadline_list"), columns: [
            (tr("Due"), { $0.nextDeadline.map(CaseWindow.dueText) ?? "" }),
            (tr("Status"), { $0.nextDeadline.map { tr($0.status.title) } ?? "" }),
            (tr("What is due"), { $0.nextDeadline.map { tr($0.title) } ?? "" }),
            (tr("Rule"), { $0.nextDeadline?.rule ?? "" }),
            (tr("Case"), { $0.code }),
            (tr("Client"), { $0.clientName }),
            (tr("Holder"), { $0.holderCode }),
        ])
        toConfirm = TableView(columnView: builder.get(Widget.self, "supervision_confirm_list"), columns: [
            (tr("Date"), { "\($0.heldOn) \($0.startTime)" }),
            (tr("Type"), { tr($0.type.title) }),
            (tr("Format"), { tr($0.format.title) }),
            (tr("Supervisor"), { "\($0.supervisorName)（\($0.supervisorCode)）" }),
            (tr("Age"), { trf("%@ days", String(max(0, CalendarDate.today().dayNumber - $0.heldOn.dayNumber))) }),
            (tr("Rule"), { _ in "SUP-05" }),
        ])
        owed = TableView(columnView: builder.get(Widget.self, "owed_meetings_list"), columns: [
            (tr("Supervisee"), { "\($0.superviseeName)（\($0.superviseeCode)）" }),
            (tr("Held"), { String($0.held) }),
            (tr("Minimum"), { String($0.required) }),
            (tr("Still owed"), { String($0.owing) }),
            (tr("Due"), { $0.month.lastDay.description }),
            (tr("Rule"), { $0.rule ?? "" }),
        ])
        pending.onSelectionChanged { [unowned self] in selectionChanged() }
        deadlines.onSelectionChanged { [unowned self] in selectionChanged() }
        toConfirm.onSelectionChanged { [unowned self] in selectionChanged() }
        pending.onRowActivated { [unowned self] in openPendingCase() }
        deadlines.onRowActivated { [unowned self] in openDeadlineCase() }
        decideButton.onClicked { [unowned self] in decideSelected() }
        confirmButton.onClicked { [unowned self] in confirmSelected() }
    }

    var selectedRequest: PendingApproval? { pending.selectedValue }
    var selectedDeadline: CaseSummary? { deadlines.selectedValue }

    func reload() {
        do {
            // Only a role that approves has requests waiting; asking otherwise is a refusal (logged).
            let requests = try database.mayDo(.approve, as: session) ? try database.pendingApprovals(as: session) : []
            pending.show(requests, keepingSelection: { $0.request.id == $1.request.id })
            let records = try database.supervisionsAwaitingConfirmation(as: session)
            toConfirm.show(records, keepingSelection: { $0.id == $1.id })
            let month = SupervisionMonth(CalendarDate.today())
            let owing = try database.supervisionCompliance(month: month, as: session)
                .filter { $0.supervisorCode == session.workerCode && $0.standing == .owed && !$0.isMet }
            owed.show(owing)
            let open = try database.cases(matching: CaseFilter(state: .open), as: session, limit: nil)
                .filter { $0.nextDeadline != nil }
                .sorted { a, b in
                    // An unknown due day (an unpublished holiday year) goes last.
                    guard let x = a.nextDeadline?.dueOn else { return false }
                    guard let y = b.nextDeadline?.dueOn else { return true }
                    return x < y
                }
            deadlines.show(open, keepingSelection: { $0.id == $1.id })
            status.text = requests.isEmpty && open.isEmpty && records.isEmpty && owing.isEmpty ? tr("Nothing is due.")
                : trf("%@ requests wait for you; %@ supervision records to confirm; %@ supervisees still owed a meeting; %@ cases have a deadline ahead.",
                      String(requests.count), String(records.count), String(owing.count), String(open.count))
        } catch {
            status.text = errorText(error)
        }
        selectionChanged()
    }

    func openPendingCase() {
        guard let request = selectedRequest else { return }
        openCase(request.request.caseID)
    }

    func openDeadlineCase() {
        guard let summary = selectedDeadline else { return }
        openCase(summary.id)
    }

    private func selectionChanged() {
        decideButton.isSensitive = parent != nil && selectedRequest != nil
        confirmButton.isSensitive = toConfirm.selectedValue != nil
        onSelectionChanged()
    }

    /// CASE-02, CASE-03: approve, reject with a reason or ask for revision, without opening the case.
    private func decideSelected() {
        guard let parent, let waiting = selectedRequest else { return }
        ApprovalDecisionDialog(parent: parent, database: database, session: session, request: waiting.request,
                               requestText: CaseWindow.requestText(waiting.request), caseStage: waiting.caseStage,
                               onSaved: { [weak self] _ in self?.reload() }).present()
    }

    /// SUP-05: the supervisee confirms the record as it stands (a dispute, with its reason, is in 督导记录).
    private func confirmSelected() {
        guard let record = toConfirm.selectedValue else { return }
        do {
            try database.respondToSupervision(sessionID: record.id, response: .confirmed, as: session)
            reload()
        } catch {
            status.text = errorText(error)
        }
    }
}
