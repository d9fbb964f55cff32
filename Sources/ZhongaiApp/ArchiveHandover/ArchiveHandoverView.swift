import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 档案移交 (ARC-07..09, CONF-04..05): a worker's closed records of a quarter with their documents, made into a
/// 移交清单 and handed over; 服务部 receives or returns each list, lends archived records and records their return or
/// loss, records the quarterly check and yearly inventory, and proposes the three-yearly destruction batch that the
/// chair confirms (paper only: the electronic records are kept).
final class ArchiveHandoverView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "archive-handover-view.ui")
    private let stack: Stack
    private let quarterEntry: Entry
    private let status: Label
    private let candidates: TableView<HandoverListLine>
    private let lists: TableView<HandoverList>
    private let archived: TableView<ArchivedRecord>
    private let loans: TableView<ArchiveLoan>
    private let checks: TableView<ArchiveCheck>
    private let dueForDestruction: TableView<ArchivedRecord>
    private let batches: TableView<ArchiveDestructionBatch>
    /// Whose closed records the first table shows: another worker's when a due item of theirs was opened (a
    /// supervisor or 服务部 following up), the signed-in worker's otherwise.
    private var candidateWorker: String?

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "archive_handover_view")
        stack = builder.get(Stack.self, "archive_stack")
        quarterEntry = builder.get(Entry.self, "quarter_entry")
        status = builder.get(Label.self, "archive_status")
        candidates = TableView(columnView: builder.get(Widget.self, "candidate_list"), columns: Self.lineColumns)
        lists = TableView(columnView: builder.get(Widget.self, "list_list"), columns: [
            (tr("Quarter"), { $0.quarter.chineseText }),
            (tr("Social worker"), { "\($0.workerName)（\($0.workerCode)）" }),
            (tr("State"), { tr($0.state.title) }),
            (tr("Records"), { String($0.lines.count) }),
            (tr("Documents"), { String($0.documentCount) }),
            (tr("Handed over at"), { $0.handedOverAt.map(ChinaClock.dateTime) ?? "" }),
            (tr("Received by"), { $0.receiverName ?? "" }),
            (tr("Received at"), { ($0.receivedAt ?? $0.returnedAt).map(ChinaClock.dateTime) ?? "" }),
            (tr("Returned because"), { $0.returnReason ?? "" }),
        ])
        archived = TableView(columnView: builder.get(Widget.self, "archived_list"), columns: Self.archivedColumns + [
            (tr("Lent out"), { $0.loanID == nil ? "" : tr("Yes") }),
            (tr("Paper destroyed on"), { $0.destroyedOn?.description ?? "" }),
        ])
        loans = TableView(columnView: builder.get(Widget.self, "loan_list"), columns: [
            (tr("No."), { String($0.id) }),
            (tr("Archive code"), { $0.code }),
            (tr("Borrower"), { $0.borrowerCode }),
            (tr("Purpose"), { $0.purpose }),
            (tr("Borrowed on"), { $0.borrowedOn.description }),
            (tr("Due back"), { $0.dueOn.description }),
            (tr("State"), { tr($0.stateTitle) }),
            (tr("Returned or lost on"), { ($0.returnedOn ?? $0.lostOn)?.description ?? "" }),
            (tr("Loss"), { [$0.lossDescription, $0.remedy].compactMap { $0 }.joined(separator: " → ") }),
        ])
        checks = TableView(columnView: builder.get(Widget.self, "check_list"), columns: [
            (tr("Date"), { $0.checkedOn.description }),
            (tr("Kind"), { tr($0.kind.title) }),
            (tr("Checked by"), { $0.checkedBy }),
            (tr("Findings"), { $0.findings }),
        ])
        dueForDestruction = TableView(columnView: builder.get(Widget.self, "candidates_destruction_list"),
                                      columns: Self.archivedColumns)
        batches = TableView(columnView: builder.get(Widget.self, "batch_list"), columns: [
            (tr("Batch"), { String($0.id) }),
            (tr("Received before"), { $0.receivedBefore.description }),
            (tr("Records"), { String($0.records.count) }),
            (tr("Proposed by"), { $0.proposedBy }),
            (tr("Confirmed by"), { $0.confirmedBy ?? "" }),
            (tr("Confirmed at"), { $0.confirmedAt.map(ChinaClock.dateTime) ?? "" }),
        ])
        quarterEntry.text = ArchiveQuarter(containing: CalendarDate.today()).previous.description
        quarterEntry.onActivate { [unowned self] in reload() }
        for table in [lists.onSelectionChanged, archived.onSelectionChanged, loans.onSelectionChanged,
                      batches.onSelectionChanged] {
            table { [unowned self] in onSelectionChanged() }
        }
    }

    private static let lineColumns: [(title: String, text: (HandoverListLine) -> String)] = [
        (tr("Archive code"), { $0.code }),
        (tr("Kind"), { tr($0.kind.title) }),
        (tr("Name"), { $0.name }),
        (tr("Ended on"), { $0.closedOn?.description ?? "" }),
        (tr("Documents"), { "\($0.documentsReady)/\($0.documentsTotal)" }),
        (tr("Missing"), { $0.missingDocuments.map(tr).joined(separator: "、") }),
    ]

    private static let archivedColumns: [(title: String, text: (ArchivedRecord) -> String)] = [
        (tr("Archive code"), { $0.line.code }),
        (tr("Kind"), { tr($0.line.kind.title) }),
        (tr("Name"), { $0.line.name }),
        (tr("Social worker"), { $0.workerCode }),
        (tr("Received on"), { $0.receivedOn.description }),
    ]

    /// 服务部 keeps the archive; the chair and vice-chair read it.
    private var readsArchive: Bool { [.serviceDepartment, .chair, .viceChair].contains(session.role) }

    /// Shows the record a due item is about (`DueSubject.id`), from the due board: a worker's quarter
    /// (`quarter:2026-Q1:WM`), a list (`list:ID`), a loan (`loan:N`), a check or the destruction.
    func reveal(_ id: String) {
        let parts = id.split(separator: ":", maxSplits: 2).map(String.init)
        switch parts.first {
        case "quarter":
            stack.visibleChildName = "handover"
            if parts.count > 1 { quarterEntry.text = parts[1] }
            candidateWorker = parts.count > 2 ? parts[2] : nil
        case "list": stack.visibleChildName = "handover"
        case "loan": stack.visibleChildName = "borrowing"
        default: stack.visibleChildName = "checks"
        }
        reload()
        let key = parts.count > 1 ? parts[1] : ""
        switch parts.first {
        case "list": lists.selectedIndex = lists.model.values.firstIndex { $0.id == key }
        case "loan": loans.selectedIndex = loans.model.values.firstIndex { String($0.id) == key }
        case "destruction": batches.selectedIndex = batches.model.values.firstIndex { String($0.id) == key }
        default: break
        }
        onSelectionChanged()
    }

    func reload() {
        stack.setPageVisible("borrowing", readsArchive)
        stack.setPageVisible("checks", readsArchive)
        do {
            let quarter = try ArchiveQuarter(parsing: quarterEntry.text)
            candidates.show(try database.handoverCandidates(workerCode: candidateWorker, quarter: quarter, as: session))
            lists.show(try database.handoverLists(as: session), keepingSelection: { $0.id == $1.id })
            if readsArchive {
                archived.show(try database.archivedRecords(as: session), keepingSelection: { $0.line.recordID == $1.line.recordID })
                loans.show(try database.archiveLoans(as: session), keepingSelection: { $0.id == $1.id })
                checks.show(try database.archiveChecks(as: session))
                dueForDestruction.show(try database.destructionCandidates(as: session))
                batches.show(try database.destructionBatches(as: session), keepingSelection: { $0.id == $1.id })
            }
            let pending = candidates.model.values
            let whose = candidateWorker.map { $0 + " " } ?? ""
            status.text = whose + (pending.isEmpty ? trf("Nothing of %@ is waiting to be handed over.", quarter.chineseText)
                : trf("%@ closed records of %@ are not yet handed over.", String(pending.count), quarter.chineseText))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("archive-show-quarter") { [unowned self] in
                candidateWorker = nil
                reload()
            },
            ActionTable.Entry("archive-make-list") { [unowned self] in makeList() },
            ActionTable.Entry("archive-hand-over") { [unowned self] in
                run(tr("You handed the list over; the service department confirms receipt.")) { l in
                    try self.database.handOver(listID: l.id, as: self.session)
                }
            },
            ActionTable.Entry("archive-receive") { [unowned self] in
                run(tr("The list is received: its records are in the archive.")) { l in
                    try self.database.receiveHandoverList(listID: l.id, as: self.session)
                }
            },
            ActionTable.Entry("archive-return-list") { [unowned self] in returnList() },
            ActionTable.Entry("archive-export-list") { [unowned self] in exportList() },
            ActionTable.Entry("archive-lend") { [unowned self] in lend() },
            ActionTable.Entry("archive-loan-return") { [unowned self] in returnLoan() },
            ActionTable.Entry("archive-loan-lost") { [unowned self] in reportLoss() },
            ActionTable.Entry("archive-loan-remedy") { [unowned self] in recordRemedy() },
            ActionTable.Entry("archive-check-quarterly") { [unowned self] in recordCheck(.quarterlyCheck) },
            ActionTable.Entry("archive-check-inventory") { [unowned self] in recordCheck(.yearlyInventory) },
            ActionTable.Entry("archive-propose-destruction") { [unowned self] in proposeDestruction() },
            ActionTable.Entry("archive-confirm-destruction") { [unowned self] in confirmDestruction() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let custody = session.role == .serviceDepartment
        let list = lists.selectedValue
        let loan = loans.selectedValue
        actions.setEnabled("archive-show-quarter", visible)
        actions.setEnabled("archive-make-list", visible && may(.create) && !candidates.model.values.isEmpty
                           && (candidateWorker ?? session.workerCode) == session.workerCode)
        actions.setEnabled("archive-hand-over", visible && list?.state == .draft && list?.workerCode == session.workerCode)
        actions.setEnabled("archive-receive", visible && custody && list?.state == .handedOver
                           && list?.workerCode != session.workerCode)
        actions.setEnabled("archive-return-list", visible && custody && list?.state == .handedOver
                           && list?.workerCode != session.workerCode)
        actions.setEnabled("archive-export-list", visible && list != nil)
        actions.setEnabled("archive-lend", visible && custody && archived.selectedValue.map {
            $0.loanID == nil && $0.destroyedOn == nil } == true)
        actions.setEnabled("archive-loan-return", visible && custody && loan?.isOut == true)
        actions.setEnabled("archive-loan-lost", visible && custody && loan?.isOut == true)
        actions.setEnabled("archive-loan-remedy", visible && custody && loan?.isOpenLoss == true)
        actions.setEnabled("archive-check-quarterly", visible && custody)
        actions.setEnabled("archive-check-inventory", visible && custody)
        actions.setEnabled("archive-propose-destruction", visible && custody && !dueForDestruction.model.values.isEmpty)
        actions.setEnabled("archive-confirm-destruction", visible && session.role == .chair
                           && batches.selectedValue.map { !$0.isConfirmed } == true)
    }

    // MARK: Commands

    /// Rule ARC-08: the list of every closed record of the quarter not yet handed over, as a draft to hand over.
    private func makeList() {
        do {
            let quarter = try ArchiveQuarter(parsing: quarterEntry.text)
            let list = try database.createHandoverList(quarter: quarter, as: session)
            reload()
            lists.selectedIndex = lists.model.values.firstIndex { $0.id == list.id }
            status.text = trf("The handover list of %@ holds %@ records; check it, then hand it over.",
                              quarter.chineseText, String(list.lines.count))
        } catch {
            status.text = errorText(error)
        }
    }

    private func run(_ done: String, _ change: (HandoverList) throws -> HandoverList) {
        guard let list = lists.selectedValue else { return }
        do {
            _ = try change(list)
            reload()
            status.text = done
        } catch {
            status.text = errorText(error)
        }
    }

    private func returnList() {
        guard let list = lists.selectedValue else { return }
        ArchiveEntryDialog(parent: parent, title: tr("Return the Handover List"),
                           subject: "\(list.workerName) \(list.quarter.chineseText)",
                           fields: .init(text: N_("Missing documents")), save: { [database, session] values in
            try database.returnHandoverList(listID: list.id, reason: values.text, as: session)
        }, onSaved: { [weak self] _ in
            self?.reload()
            self?.status.text = tr("The list is returned to the worker with the reason.")
        }).present()
    }

    /// ARC-08, ARC-10: the 移交清单 in duplicate as PDF, 姓名-年月-移交清单; the read is logged as an export.
    private func exportList() {
        guard let selected = lists.selectedValue else { return }
        do {
            let list = try database.handoverList(id: selected.id, purpose: .export, as: session)
            let document = HandoverListDocument(translate: tr).document(list)
            let fileName = try DocumentFileName(name: list.workerName, month: list.quarter.lastDay, nature: document.title)
            let folder = ExportFolder.path()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent(fileName.text)
            let policy = try database.policy()
            try DocumentPrinter(style: DocumentStyle(fontSizePoints: policy[.documentFontSizePoints],
                                                     lineSpacing: policy[.documentLineSpacing]))
                .exportPDF(document, to: path)
            status.text = trf("Exported to %@", path)
        } catch {
            status.text = errorText(error)
        }
    }

    private func lend() {
        guard let record = archived.selectedValue else { return }
        let today = CalendarDate.today()
        ArchiveEntryDialog(parent: parent, title: tr("Lend an Archived Record"), subject: record.line.code,
                           fields: .init(first: (N_("Borrower's staff code"), ""),
                                         second: (N_("Due back"), today.adding(days: 7).description),
                                         text: N_("Purpose")), save: { [database, session] values in
            try database.lendArchivedRecord(record.line.recordID, to: values.first, purpose: values.text,
                                            borrowedOn: today, dueOn: try CalendarDate(parsing: values.second,
                                                                                       field: N_("Due back")),
                                            as: session)
        }, onSaved: { [weak self] loan in
            self?.reload()
            self?.status.text = trf("Loan %@ is recorded.", String(loan.id))
        }).present()
    }

    private func returnLoan() {
        guard let loan = loans.selectedValue else { return }
        do {
            _ = try database.returnArchiveLoan(loan.id, returnedOn: CalendarDate.today(), as: session)
            reload()
            status.text = trf("Loan %@ is returned.", String(loan.id))
        } catch {
            status.text = errorText(error)
        }
    }

    private func reportLoss() {
        guard let loan = loans.selectedValue else { return }
        ArchiveEntryDialog(parent: parent, title: tr("Report a Loss"), subject: "\(loan.code)（\(loan.borrowerCode)）",
                           fields: .init(first: (N_("Lost on"), CalendarDate.today().description),
                                         text: N_("What was lost and how")), save: { [database, session] values in
            try database.reportArchiveLoss(loan.id, lostOn: try CalendarDate(parsing: values.first, field: N_("Lost on")),
                                           description: values.text, as: session)
        }, onSaved: { [weak self] _ in
            self?.reload()
            self?.status.text = tr("The loss is reported; it stays on the due board until the remedy is recorded.")
        }).present()
    }

    private func recordRemedy() {
        guard let loan = loans.selectedValue else { return }
        ArchiveEntryDialog(parent: parent, title: tr("Record the Remedy"), subject: loan.code,
                           fields: .init(text: N_("Remedy taken")), save: { [database, session] values in
            try database.recordLossRemedy(loan.id, remedy: values.text, as: session)
        }, onSaved: { [weak self] _ in self?.reload() }).present()
    }

    private func recordCheck(_ kind: ArchiveCheckKind) {
        ArchiveEntryDialog(parent: parent, title: tr(kind.title), subject: tr(kind.title),
                           fields: .init(first: (N_("Date"), CalendarDate.today().description), text: N_("Findings")),
                           save: { [database, session] values in
            try database.recordArchiveCheck(kind, checkedOn: try CalendarDate(parsing: values.first), findings: values.text,
                                            as: session)
        }, onSaved: { [weak self] _ in
            self?.reload()
            self?.status.text = tr("The check is recorded.")
        }).present()
    }

    private func proposeDestruction() {
        do {
            let batch = try database.proposeDestruction(as: session)
            reload()
            status.text = trf("Batch %@ of %@ records waits for the chair's confirmation.", String(batch.id),
                              String(batch.records.count))
        } catch {
            status.text = errorText(error)
        }
    }

    private func confirmDestruction() {
        guard let batch = batches.selectedValue else { return }
        do {
            let confirmed = try database.confirmDestruction(batch.id, as: session)
            reload()
            status.text = trf("Batch %@ is confirmed: the paper of %@ records is destroyed; the electronic records are kept.",
                              String(confirmed.id), String(confirmed.records.count))
        } catch {
            status.text = errorText(error)
        }
    }
}
