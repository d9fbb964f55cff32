import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 督导记录: the records waiting for the signed-in worker's confirmation (SUP-05), the month's sessions they led,
/// attended or reach, and the month grid of meetings held against the minimum (SUP-02..04), with the staffing-ratio
/// warnings (ROLE-02). Supervisors record sessions here and export a record or their monthly report as PDF (ARC-10).
final class SupervisionView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "supervision-view.ui")
    private let monthEntry: Entry
    private let status: Label
    private let awaiting: TableView<SupervisionSessionSummary>
    private let sessions: TableView<SupervisionSessionSummary>
    private let compliance: TableView<ComplianceEntry>

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "supervision_view")
        monthEntry = builder.get(Entry.self, "month_entry")
        status = builder.get(Label.self, "supervision_status")
        awaiting = TableView(columnView: builder.get(Widget.self, "awaiting_list"), columns: Self.sessionColumns)
        sessions = TableView(columnView: builder.get(Widget.self, "session_list"), columns: Self.sessionColumns + [
            (tr("Confirmed"), { "\($0.confirmedCount)/\($0.participants.count)" }),
        ])
        compliance = TableView(columnView: builder.get(Widget.self, "compliance_list"), columns: [
            (tr("Supervisor"), { "\($0.supervisorName)（\($0.supervisorCode)）" }),
            (tr("Supervisee"), { "\($0.superviseeName)（\($0.superviseeCode)）" }),
            (tr("Held"), { String($0.held) }),
            (tr("Minimum"), { $0.standing == .owed ? String($0.required) : "" }),
            (tr("Still owed"), { $0.standing == .owed ? String($0.owing) : "" }),
            (tr("Standing"), { tr($0.standing.title) }),
            (tr("Rule"), { $0.rule ?? "" }),
        ])
        monthEntry.text = SupervisionMonth(CalendarDate.today()).description
        monthEntry.onActivate { [unowned self] in reload() }
        awaiting.onSelectionChanged { [unowned self] in onSelectionChanged() }
        sessions.onSelectionChanged { [unowned self] in onSelectionChanged() }
    }

    private static let sessionColumns: [(title: String, text: (SupervisionSessionSummary) -> String)] = [
        (tr("Date"), { "\($0.heldOn) \($0.startTime)" }),
        (tr("Minutes"), { String($0.durationMinutes) }),
        (tr("Type"), { tr($0.type.title) }),
        (tr("Format"), { tr($0.format.title) }),
        (tr("Supervisor"), { "\($0.supervisorName)（\($0.supervisorCode)）" }),
        (tr("Supervisees"), { $0.participants.map(\.workerName).joined(separator: "、") }),
    ]

    func reload() {
        do {
            let month = try SupervisionMonth(parsing: monthEntry.text)
            awaiting.show(try database.supervisionsAwaitingConfirmation(as: session), keepingSelection: { $0.id == $1.id })
            sessions.show(try database.supervisionSessions(month: month, as: session), keepingSelection: { $0.id == $1.id })
            let grid = try database.supervisionCompliance(month: month, as: session)
            compliance.show(grid, keepingSelection: {
                ($0.supervisorCode, $0.superviseeCode) == ($1.supervisorCode, $1.superviseeCode)
            })
            let owed = grid.filter { $0.supervisorCode == session.workerCode && !$0.isMet }
            var lines = [owed.isEmpty ? tr("You owe no meeting this month.")
                : trf("You still owe %@ meetings this month.", String(owed.reduce(0) { $0 + $1.owing }))]
            lines += try database.staffingRatioWarnings(as: session).map { "ROLE-02: " + $0.text(tr) }
            status.text = lines.joined(separator: "\n")
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("supervision-new") { [unowned self] in newSession() },
            ActionTable.Entry("supervision-confirm") { [unowned self] in confirmSelected() },
            ActionTable.Entry("supervision-dispute") { [unowned self] in disputeSelected() },
            ActionTable.Entry("supervision-export") { [unowned self] in exportSelected() },
            ActionTable.Entry("supervision-report") { [unowned self] in exportMonthlyReport() },
            ActionTable.Entry("supervision-show-month") { [unowned self] in reload() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let supervises = session.role.supervises
        actions.setEnabled("supervision-new", visible && supervises && may(.create))
        actions.setEnabled("supervision-confirm", visible && awaiting.selectedValue != nil)
        actions.setEnabled("supervision-dispute", visible && awaiting.selectedValue != nil)
        actions.setEnabled("supervision-export", visible && sessions.selectedValue != nil)
        actions.setEnabled("supervision-report", visible
                           && (session.role == .assistantSupervisor || session.role == .traineeSupervisor))
        actions.setEnabled("supervision-show-month", visible)
    }

    // MARK: Commands

    private func newSession() {
        let workers: [Worker] = (try? database.workers()) ?? []
        let chain = SupervisionChain(supervisorOf: Dictionary(
            workers.compactMap { w in w.supervisorCode.map { (w.code, $0) } }, uniquingKeysWith: { a, _ in a }))
        let supervisees = workers.filter { chain.isSupervised($0.code, by: session.workerCode) }
        SupervisionSessionDialog(parent: parent, database: database, session: session, supervisees: supervisees) {
            [weak self] recorded in
            guard let self else { return }
            monthEntry.text = SupervisionMonth(recorded.heldOn).description
            reload()
            status.text = trf("The session is recorded; %@ supervisees are asked to confirm it.",
                              String(recorded.participants.count))
        }.present()
    }

    private func confirmSelected() {
        guard let record = awaiting.selectedValue else { return }
        do {
            try database.respondToSupervision(sessionID: record.id, response: .confirmed, as: session)
            reload()
            status.text = tr("You confirmed the record.")
        } catch {
            status.text = errorText(error)
        }
    }

    private func disputeSelected() {
        guard let record = awaiting.selectedValue else { return }
        SupervisionDisputeDialog(parent: parent, database: database, session: session, record: record) { [weak self] _ in
            self?.reload()
            self?.status.text = tr("You disputed the record; your supervisor sees why.")
        }.present()
    }

    /// The session's record as PDF in the centre's format (ARC-10), 姓名-年月-督导记录表; the read is logged as export.
    private func exportSelected() {
        guard let summary = sessions.selectedValue else { return }
        do {
            let record = try database.supervisionSession(id: summary.id, as: session, for: .export)
            let document = SupervisionDocumentDrafter(translate: tr).sessionRecord(record)
            try export(document, name: record.supervisorName, month: record.heldOn)
        } catch {
            status.text = errorText(error)
        }
    }

    /// SUP-03, SUP-04: the month's report of a 督导助理 or 见习督导, drafted from the month's records.
    private func exportMonthlyReport() {
        do {
            let month = try SupervisionMonth(parsing: monthEntry.text)
            let document = try database.supervisionMonthlyReport(month: month,
                                                                 drafter: SupervisionDocumentDrafter(translate: tr),
                                                                 as: session)
            let name = (try? database.worker(code: session.workerCode))??.name ?? session.workerCode
            try export(document, name: name, month: month.firstDay)
        } catch {
            status.text = errorText(error)
        }
    }

    private func export(_ document: PrintableDocument, name: String, month: CalendarDate) throws {
        let fileName = try DocumentFileName(name: name, month: month, nature: document.title)
        let folder = ExportFolder.path()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(fileName.text)
        let policy = try database.policy()
        try DocumentPrinter(style: DocumentStyle(fontSizePoints: policy[.documentFontSizePoints],
                                                 lineSpacing: policy[.documentLineSpacing]))
            .exportPDF(document, to: path)
        status.text = trf("Exported to %@", path)
    }
}
