import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 待办: what waits for the signed-in worker — requests for their approval as supervisor (CASE-02, CASE-03), with
/// how long each has waited, and the next deadline of every open case they reach, each with its rule, soonest
/// first. The other deadlines of the rule book join as their records arrive.
final class DueView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}
    var openCase: (String) -> Void = { _ in }

    private let database: AppDatabase
    private let builder = Builder(resource: "due-view.ui")
    private let status: Label
    private let pending: TableView<PendingApproval>
    private let deadlines: TableView<CaseSummary>

    init(database: AppDatabase, session: Session) {
        self.database = database
        self.session = session
        root = builder.get(Box.self, "due_view")
        status = builder.get(Label.self, "due_status")
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
        pending.onSelectionChanged { [unowned self] in onSelectionChanged() }
        deadlines.onSelectionChanged { [unowned self] in onSelectionChanged() }
        pending.onRowActivated { [unowned self] in openPendingCase() }
        deadlines.onRowActivated { [unowned self] in openDeadlineCase() }
    }

    var selectedRequest: PendingApproval? { pending.selectedValue }
    var selectedDeadline: CaseSummary? { deadlines.selectedValue }

    func reload() {
        do {
            let requests = try database.pendingApprovals(as: session)
            pending.show(requests, keepingSelection: { $0.request.id == $1.request.id })
            let open = try database.cases(matching: CaseFilter(state: .open), as: session, limit: nil)
                .filter { $0.nextDeadline != nil }
                .sorted { a, b in
                    // An unknown due day (an unpublished holiday year) goes last.
                    guard let x = a.nextDeadline?.dueOn else { return false }
                    guard let y = b.nextDeadline?.dueOn else { return true }
                    return x < y
                }
            deadlines.show(open, keepingSelection: { $0.id == $1.id })
            status.text = requests.isEmpty && open.isEmpty ? tr("Nothing is due.")
                : trf("%@ requests wait for you; %@ cases have a deadline ahead.", String(requests.count), String(open.count))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func openPendingCase() {
        guard let request = selectedRequest else { return }
        openCase(request.request.caseID)
    }

    func openDeadlineCase() {
        guard let summary = selectedDeadline else { return }
        openCase(summary.id)
    }
}
