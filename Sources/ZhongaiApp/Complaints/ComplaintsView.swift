import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 意见与投诉 register (CMP-01..03, FB-01): the opinions and complaints the worker reaches, without names or content,
/// with the reply's due day and whether it was late (CMP-02) and charges flagged (CMP-03). Opening a row shows the
/// record in full, which is a logged read (CONF-02).
final class ComplaintsView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "complaints-view.ui")
    private let table: TableView<ComplaintSummary>
    private let detail: Label
    private let status: Label

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "complaints_view")
        detail = builder.get(Label.self, "complaint_detail")
        status = builder.get(Label.self, "complaints_status")
        table = TableView(columnView: builder.get(Widget.self, "complaint_list"), columns: [
            (tr("Received"), { $0.receivedOn.description }),
            (tr("Kind"), { tr($0.kind.title) + ($0.isCharge ? " · " + tr("charge (CMP-03)") : "") }),
            (tr("Source"), { tr($0.source.title) }),
            (tr("Channel"), { tr($0.channel.title) }),
            (tr("Handler"), { "\($0.handlerName)（\($0.handlerCode)）" }),
            (tr("Reply due"), { $0.replyDueOn.description }),
            (tr("State"), { tr($0.state.title) }),
            (tr("Late"), { $0.isLate ? tr("late") : "" }),
        ])
        table.onSelectionChanged { [unowned self] in onSelectionChanged() }
        table.onRowActivated { [unowned self] in showSelected() }
    }

    /// Shows the record a due item is about (`DueSubject.id`), from the due board: selects its row and shows it.
    func reveal(_ id: String) {
        reload()
        guard let index = table.model.values.firstIndex(where: { $0.id == id }) else { return }
        table.selectedIndex = index
        showSelected()
    }

    /// Reads the register again through the access policy (one `list` row in the audit log).
    func reload() {
        do {
            let list = try database.complaints(as: session)
            table.show(list, keepingSelection: { $0.id == $1.id })
            let open = list.filter { $0.state == .awaitingReply }.count
            status.text = list.isEmpty ? tr("No opinion or complaint here yet.")
                : trf("%@ records, %@ awaiting a reply", String(list.count), String(open))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("complaint-new") { [unowned self] in newComplaint() },
            ActionTable.Entry("complaint-open") { [unowned self] in showSelected() },
            ActionTable.Entry("complaint-reply") { [unowned self] in respond(reply: true) },
            ActionTable.Entry("complaint-follow-up") { [unowned self] in respond(reply: false) },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let selected = table.selectedValue
        actions.setEnabled("complaint-new", visible)
        actions.setEnabled("complaint-open", visible && selected != nil)
        actions.setEnabled("complaint-reply", visible && selected?.state == .awaitingReply)
        actions.setEnabled("complaint-follow-up", visible && selected != nil && selected?.state != .closed)
    }

    // MARK: Commands

    private func newComplaint() {
        ComplaintEditor(parent: parent, database: database, session: session) { [weak self] recorded in
            guard let self else { return }
            reload()
            if let index = table.model.values.firstIndex(where: { $0.id == recorded.id }) { table.selectedIndex = index }
            status.text = trf("Recorded: the result is due back to the complainant by %@ (CMP-02).",
                              recorded.replyDueOn.description)
                + (recorded.isCharge ? " " + tr("A charge to a client is a complaint: the chair and the service department are told (CMP-03).") : "")
        }.present()
    }

    /// The reply (CMP-02), or a follow-up note, of the selected record.
    private func respond(reply: Bool) {
        guard let selected = table.selectedValue else { return }
        ComplaintResponseDialog(parent: parent, database: database, session: session, complaint: selected,
                                reply: reply) { [weak self] saved in
            guard let self else { return }
            reload()
            detail.text = ComplaintsView.describe(saved)
            status.text = reply
                ? (saved.isLate(today: CalendarDate.today()) ? tr("The reply is recorded, after its due day (CMP-02).")
                    : tr("The reply is recorded."))
                : tr("The follow-up is recorded.")
        }.present()
    }

    /// The selected record in full: a logged read (CONF-02).
    private func showSelected() {
        guard let selected = table.selectedValue else { return }
        do {
            detail.text = ComplaintsView.describe(try database.complaint(id: selected.id, as: session))
        } catch {
            detail.text = errorText(error)
        }
    }

    private static func describe(_ c: Complaint) -> String {
        var lines = [trf("%@ from %@ by %@, received %@, handled by %@", tr(c.kind.title), tr(c.source.title),
                         tr(c.channel.title), c.receivedOn.description, "\(c.handlerName)（\(c.handlerCode)）")]
        if c.isCharge { lines.append(tr("A charge to a client (CMP-03)")) }
        if let name = c.complainantName {
            lines.append(trf("Complainant: %@ %@", name, c.complainantContact ?? ""))
        }
        if let about = c.about { lines.append(trf("About: %@", about)) }
        lines.append(c.content)
        if let reply = c.reply {
            lines.append(trf("Reply of %@ by %@: %@", reply.repliedOn.description, reply.repliedBy, reply.result)
                         + (c.isLate(today: CalendarDate.today()) ? " " + tr("(late)") : ""))
        } else {
            lines.append(trf("The result is due back by %@ (CMP-02).", c.replyDueOn.description))
        }
        for f in c.followUps {
            lines.append(trf("Follow-up %@, %@ by %@: %@", String(f.number), f.notedOn.description, f.notedBy, f.note))
        }
        if let closed = c.closedOn { lines.append(trf("Closed on %@", closed.description)) }
        return lines.joined(separator: "\n")
    }
}
