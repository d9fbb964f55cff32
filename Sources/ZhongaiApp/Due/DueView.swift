import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 待办: one list of everything due that the signed-in worker reaches, most urgent first (overdue with a ⚠ and the
/// days overdue, not by colour alone): case deadlines, approval requests, supervision records to confirm and
/// meetings owed, group and activity deadlines with both clauses of C1–C3, safety inspections, selection dates,
/// reports, complaints, checks and archive handovers. Narrowed to the worker's own items, their team's or all in
/// reach. Opening an item shows its record in one step; an approval request is decided (CASE-02, CASE-03) and a
/// supervision record confirmed (SUP-05) from here.
final class DueView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}
    /// Shows the record an item is about; the main window sets it.
    var open: (DueSubject) -> Void = { _ in }
    /// The window dialogs open over (the approval decision); the main window sets it.
    var parent: Window?

    private let database: AppDatabase
    private let builder = Builder(resource: "due-view.ui")
    private let status: Label
    private let itemDetail: Label
    private let scope: DropDown
    private let list: TableView<DueItem>
    private let openButton: Button
    private let decideButton: Button
    private let confirmButton: Button
    private static let scopes: [DueScope] = [.all, .team, .mine]

    init(database: AppDatabase, session: Session) {
        self.database = database
        self.session = session
        root = builder.get(Box.self, "due_view")
        status = builder.get(Label.self, "due_status")
        itemDetail = builder.get(Label.self, "due_item_detail")
        scope = builder.get(DropDown.self, "due_scope")
        openButton = builder.get(Button.self, "due_open_button")
        decideButton = builder.get(Button.self, "decide_button")
        confirmButton = builder.get(Button.self, "confirm_supervision_button")
        list = TableView(columnView: builder.get(Widget.self, "due_list"), columns: [
            (tr("Due"), { DueView.dueText($0) }),
            (tr("Status"), { DueView.statusText($0) }),
            (tr("What is due"), { tr($0.title) }),
            (tr("Record"), { $0.detail }),
            (tr("Owner"), { $0.ownerName.isEmpty ? $0.ownerCode : "\($0.ownerName)（\($0.ownerCode)）" }),
            (tr("Rule"), { $0.rule }),
            (tr("Clauses"), { $0.clauses.joined(separator: " ／ ") }),
        ])
        scope.setItems(DueView.scopes.map { tr($0.title) })
        scope.onSelectionChanged { [unowned self] in reload() }
        list.onSelectionChanged { [unowned self] in selectionChanged() }
        list.onRowActivated { [unowned self] in openSelected() }
        openButton.onClicked { [unowned self] in openSelected() }
        decideButton.onClicked { [unowned self] in decideSelected() }
        confirmButton.onClicked { [unowned self] in confirmSelected() }
    }

    var selected: DueItem? { list.selectedValue }

    func reload() {
        do {
            let chosen = scope.selectedIndex.map { DueView.scopes[$0] } ?? .all
            let items = try database.dueItems(as: session, scope: chosen)
            list.show(items, keepingSelection: { $0.subject == $1.subject && $0.rule == $1.rule
                && $0.title == $1.title && $0.ownerCode == $1.ownerCode && $0.review == $1.review })
            let overdue = items.filter { $0.status == .overdue }.count
            let soon = items.filter { $0.status == .dueSoon }.count
            status.text = items.isEmpty ? tr("Nothing is due.")
                : trf("%@ items: %@ overdue, %@ due soon, %@ later.", String(items.count), String(overdue),
                      String(soon), String(items.count - overdue - soon))
            if overdue > 0 { status.addCSSClass("error") } else { status.removeCSSClass("error") }
        } catch {
            status.text = errorText(error)
        }
        selectionChanged()
    }

    func openSelected() {
        guard let item = selected else { return }
        open(item.subject)
    }

    private func selectionChanged() {
        let item = selected
        openButton.isSensitive = item != nil
        // Any supervisor up the holder's chain may decide (CASE-02); the store refuses anyone else.
        decideButton.isSensitive = parent != nil && item?.review?.kind == .approvalRequest && session.role.supervises
        confirmButton.isSensitive = item?.review?.kind == .supervisionConfirmation
            && item?.ownerCode == session.workerCode
        itemDetail.text = item.map(DueView.explanation) ?? ""
        onSelectionChanged()
    }

    /// CASE-02, CASE-03: approve, reject with a reason or ask for revision, without opening the case.
    private func decideSelected() {
        guard let parent, let review = selected?.review, review.kind == .approvalRequest else { return }
        do {
            guard let waiting = try database.pendingApprovals(as: session).first(where: { $0.request.id == review.id })
            else { reload(); return }
            ApprovalDecisionDialog(parent: parent, database: database, session: session, request: waiting.request,
                                   requestText: CaseWindow.requestText(waiting.request), caseStage: waiting.caseStage,
                                   onSaved: { [weak self] _ in self?.reload() }).present()
        } catch {
            status.text = errorText(error)
        }
    }

    /// SUP-05: the supervisee confirms the record as it stands (a dispute, with its reason, is in 督导记录).
    private func confirmSelected() {
        guard let review = selected?.review, review.kind == .supervisionConfirmation else { return }
        do {
            try database.respondToSupervision(sessionID: review.id, response: .confirmed, as: session)
            reload()
        } catch {
            status.text = errorText(error)
        }
    }

    // MARK: Texts

    private static func dueText(_ item: DueItem) -> String {
        guard let due = item.dueOn else { return tr("unknown: holiday calendar not published") }
        guard let alarm = item.overdueAfter, alarm != due else { return due.description }
        return trf("%@ (overdue after %@)", due.description, alarm.description)
    }

    /// Overdue carries a marker and the days, so that it does not rest on colour; a request or record waiting for
    /// a decision says how long it has waited.
    private static func statusText(_ item: DueItem) -> String {
        let today = CalendarDate.today()
        switch item.status {
        case .overdue:
            // A failure reported today (a scheduled backup) is overdue without a day behind it yet.
            let days = today.dayNumber - (item.overdueAfter ?? item.dueOn ?? today).dayNumber
            return "⚠ " + (days > 0 ? trf("Overdue by %@ days", String(days)) : tr("Needs action now"))
        case .dueSoon where item.review != nil:
            return trf("Waiting %@ days", String(max(0, today.dayNumber - (item.dueOn ?? today).dayNumber)))
        default:
            return tr(item.status.title)
        }
    }

    /// The selected item in full: the rule, what is due and when, and each clause of the source (both readings of
    /// a conflict C1–C3).
    private static func explanation(_ item: DueItem) -> String {
        var lines = ["[\(item.rule)] " + tr(item.title) + " · " + item.detail + " · " + dueText(item)]
        lines += item.clauses.map { trf("Clause: %@", $0) }
        return lines.joined(separator: "\n")
    }
}
