import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 月报与总结 (CHK-01, CHK-03, ARC-07): the monthly reports and half-year and annual summaries the worker's role
/// reaches (their own; down the chain; all for 服务部), drafted from the records for a period, each opened in its
/// own editor window; a supervisor approves or returns (with the reason) what was submitted to them; exported as
/// PDF and .xlsx.
final class ReportsView: SectionView {
    let root: Box
    var session: Session {
        didSet {
            for editor in editors.values { editor.session = session }
        }
    }
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "reports-view.ui")
    private let period: Entry
    private let reason: Entry
    private let status: Label
    private let table: TableView<WorkReport>
    /// The editor windows open now, by report id.
    private var editors: [String: ReportEditorWindow] = [:]

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "reports_view")
        period = builder.get(Entry.self, "report_period")
        reason = builder.get(Entry.self, "return_reason")
        status = builder.get(Label.self, "reports_status")
        table = TableView(columnView: builder.get(Widget.self, "report_list"), columns: [
            (tr("Worker"), { "\($0.workerName)（\($0.workerCode)）" }),
            (tr("Period"), { $0.period.chineseText }),
            (tr("Kind"), { tr($0.kind.title) }),
            (tr("State"), { $0.returnReason == nil ? tr($0.state.title) : tr("Returned") }),
            (tr("Submitted on"), { $0.submittedOn?.description ?? "" }),
            (tr("Supervisor"), { $0.reviewerCode ?? "" }),
        ])
        // Last month's report is the one most often due (ARC-07).
        period.text = WorkReportPeriod.month(of: CalendarDate.today()).previous.description
        period.onActivate { [unowned self] in draft() }
        table.onSelectionChanged { [unowned self] in onSelectionChanged() }
        table.onRowActivated { [unowned self] in openSelected() }
        // Reports may name clients: their windows hide with the main window (the idle lock) and go when it goes.
        parent.connect("notify::visible") { [unowned self] (_: UnsafeMutableRawPointer?) in
            for editor in editors.values { editor.window.isVisible = parent.isVisible }
        }
        parent.connect("destroy") { [unowned self] in
            for editor in editors.values { editor.window.destroy() }
            editors = [:]
        }
    }

    var selected: WorkReport? { table.selectedValue }

    /// Shows the report a due item is about: its id, or "CODE:PERIOD" for one still to write (drafted now).
    func reveal(_ id: String) {
        reload()
        if let key = WorkReport.parseKey(id) {
            do {
                let report = try database.draftWorkReport(workerCode: key.workerCode, period: key.period, as: session)
                reload()
                open(report.id)
            } catch {
                status.text = errorText(error)
            }
            return
        }
        open(id)
    }

    func reload() {
        do {
            let reports = try database.workReports(as: session)
            table.show(reports, keepingSelection: { $0.id == $1.id })
            status.text = reports.isEmpty ? tr("No report here yet.") : trf("%@ reports", String(reports.count))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("report-draft") { [unowned self] in draft() },
            ActionTable.Entry("report-open") { [unowned self] in openSelected() },
            ActionTable.Entry("report-approve") { [unowned self] in confirmApprove() },
            ActionTable.Entry("report-return") { [unowned self] in returnSelected() },
            ActionTable.Entry("report-export-pdf") { [unowned self] in export(spreadsheet: false) },
            ActionTable.Entry("report-export-xlsx") { [unowned self] in export(spreadsheet: true) },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let waiting = selected.map { $0.state == .submitted && $0.workerCode != session.workerCode } ?? false
        actions.setEnabled("report-draft", visible && may(.create))
        actions.setEnabled("report-open", visible && selected != nil)
        actions.setEnabled("report-approve", visible && waiting && may(.approve))
        actions.setEnabled("report-return", visible && waiting && may(.approve))
        actions.setEnabled("report-export-pdf", visible && selected != nil && may(.export))
        actions.setEnabled("report-export-xlsx", visible && selected != nil && may(.export))
    }

    // MARK: Commands

    /// The signed-in worker's report of the period typed, drafted from the records if there is none yet.
    private func draft() {
        do {
            let chosen = try WorkReportPeriod(parsing: period.text)
            let report = try database.draftWorkReport(workerCode: session.workerCode, period: chosen, as: session)
            reload()
            open(report.id)
        } catch {
            status.text = errorText(error)
        }
    }

    private func openSelected() {
        guard let report = selected else { return }
        open(report.id)
    }

    private func open(_ id: String) {
        if let editor = editors[id] {
            editor.present()
            return
        }
        let editor = ReportEditorWindow(reportID: id, database: database, session: session)
        editor.onChanged = { [unowned self] in reload() }
        editor.window.connect("destroy") { [unowned self] in editors[id] = nil }
        editors[id] = editor
        editor.present()
    }

    private func confirmApprove() {
        guard let report = selected else { return }
        ConfirmDialog(parent: parent, title: tr("Approve the Report"),
                      message: trf("Approve %@'s report of %@? An approved report is final.", report.workerName,
                                   report.period.chineseText),
                      confirmLabel: tr("_Approve")) { [weak self] in self?.approve(report.id) }.present()
    }

    private func approve(_ id: String) {
        do {
            try database.approveWorkReport(id: id, as: session)
            reload()
            status.text = tr("The report is approved.")
        } catch {
            status.text = errorText(error)
        }
    }

    private func returnSelected() {
        guard let report = selected else { return }
        do {
            try database.returnWorkReport(id: report.id, reason: reason.text, as: session)
            reason.text = ""
            reload()
            status.text = tr("The report goes back to its worker with your reason.")
        } catch {
            status.text = errorText(error)
        }
    }

    private func export(spreadsheet: Bool) {
        guard let report = selected else { return }
        do {
            status.text = trf("Exported to %@", try ReportExporter.export(reportID: report.id, spreadsheet: spreadsheet,
                                                                          database: database, session: session))
        } catch {
            status.text = errorText(error)
        }
    }
}
