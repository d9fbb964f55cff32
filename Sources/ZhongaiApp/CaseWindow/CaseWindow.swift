import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 个案: one case file in its own window — the client, the six stages' content (CASE-13), service records, the
/// approval history (CASE-02, CASE-03), the deadlines with their rules, and the archive in its order (CASE-14).
/// Opening it is a logged view of the record (CONF-02); every change is one store transaction.
final class CaseWindow {
    let window: Window
    var session: Session {
        didSet { reload() }
    }
    private let database: AppDatabase
    private let application: Application
    private let caseID: String
    private let builder = Builder(resource: "case-window.ui")
    private let heading: Label
    private let message: Label
    private let overview: Label
    private let stack: Stack
    private let forms: CaseForms
    private let serviceList: TableView<ServiceRecord>
    private let approvalList: TableView<ApprovalRequest>
    private let deadlineList: TableView<CaseDeadline>
    private let archiveList: TableView<ArchiveChecklistItem>
    private let attachmentList: TableView<AttachmentSummary>
    private let documentChoice: DropDown
    private(set) var actions: ActionTable!
    private(set) var detail: CaseFileDetail?
    private var names: [String: String] = [:]
    /// Called after a change, so that lists elsewhere (the case list, 待办) read again.
    var onChanged: () -> Void = {}

    init(application: Application, database: AppDatabase, session: Session, caseID: String) {
        self.application = application
        self.database = database
        self.session = session
        self.caseID = caseID
        window = builder.get(Window.self, "case_window")
        heading = builder.get(Label.self, "heading_label")
        message = builder.get(Label.self, "message_label")
        overview = builder.get(Label.self, "overview_label")
        stack = builder.get(Stack.self, "case_stack")
        forms = CaseForms(builder: builder)
        serviceList = TableView(columnView: builder.get(Widget.self, "service_list"), columns: [
            (tr("Date"), { $0.content.servedOn.description }),
            (tr("Minutes"), { String($0.content.durationMinutes) }),
            (tr("Place"), { $0.content.place }),
            (tr("Method"), { tr($0.content.method.title) }),
            (tr("Content"), { $0.content.content }),
            (tr("Recorded by"), { $0.recordedBy }),
        ])
        approvalList = TableView(columnView: builder.get(Widget.self, "approval_list"), columns: [
            (tr("Requested"), { CaseWindow.dateTime($0.requestedAt) }),
            (tr("Request"), CaseWindow.requestText),
            (tr("By"), { $0.requestedBy }),
            (tr("Note"), { $0.note }),
            (tr("Decision"), { $0.decision.map { tr($0.outcome.title) } ?? tr("Waiting") }),
            (tr("Decided by"), { $0.decision?.decidedBy ?? "" }),
            (tr("Decided"), { $0.decision.map { CaseWindow.dateTime($0.decidedAt) } ?? "" }),
            (tr("Comment"), { $0.decision?.comment ?? "" }),
        ])
        deadlineList = TableView(columnView: builder.get(Widget.self, "deadline_list"), columns: [
            (tr("Rule"), { $0.rule }),
            (tr("What is due"), { tr($0.title) }),
            (tr("Due"), CaseWindow.dueText),
            (tr("Done"), { $0.metOn?.description ?? "" }),
            (tr("Status"), { tr($0.status.title) }),
        ])
        archiveList = TableView(columnView: builder.get(Widget.self, "archive_list"), columns: [
            (tr("Order"), { String(ArchiveDocumentKind.allCases.firstIndex(of: $0.kind)! + 1) }),
            (tr("Document"), { tr($0.kind.title) }),
            (tr("Status"), { tr($0.status.title) }),
        ])
        attachmentList = TableView(columnView: builder.get(Widget.self, "attachment_list"), columns: [
            (tr("File name"), { $0.fileName }),
            (tr("Type"), { tr($0.mediaType.title) }),
            (tr("Size"), { trf("%@ KB", String(($0.byteCount + 1023) / 1024)) }),
            (tr("Added by"), { $0.addedBy }),
            (tr("Added"), { CaseWindow.dateTime($0.addedAt) }),
        ])
        documentChoice = builder.get(DropDown.self, "document_dropdown")
        documentChoice.setItems(CaseDocumentDrafter.draftable.map { tr($0.title) })
        names = Dictionary(((try? database.directorySnapshot().workers) ?? []).map { ($0.code, $0.name) },
                           uniquingKeysWith: { a, _ in a })
        window.attach(to: application)
        actions = CaseWindowActions.table(for: self)
        attachmentList.onSelectionChanged { [unowned self] in updateActions() }
        window.add(actions, application: application)
        forms.closingReasons(ClosingReason.allCases.map { tr($0.title) })
        reload()
    }

    func present() { window.present() }

    /// Reads the case again (a logged view) and shows it; a refusal is shown instead of the case.
    func reload() {
        do {
            let detail = try database.caseFile(id: caseID, as: session)
            self.detail = detail
            show(detail)
        } catch {
            detail = nil
            heading.text = tr("Case")
            say(errorText(error))
        }
        updateActions()
    }

    func say(_ text: String) {
        message.text = text
    }

    /// The one place that decides which case commands can run: the case's state, the pending request, and whether
    /// the worker holds the case or supervises its holder (the store refuses the rest anyway).
    func updateActions() {
        let open = detail?.caseFile.isOpen == true
        let permitted = detail.map { (try? database.permittedActions(on: $0.caseFile.ref, as: session)) ?? [] } ?? []
        let canEdit = open && permitted.contains(.edit)
        let pending = detail?.pendingRequest
        let isHolder = detail?.caseFile.holderCode == session.workerCode
        for name in ["save-assessment", "save-plan", "save-evaluation", "save-milestones", "save-closing",
                     "add-service-record",
                     "record-consent", "edit-client", "attach-file"] {
            actions.setEnabled(name, canEdit)
        }
        actions.setEnabled("request-approval", canEdit && pending == nil)
        // CASE-02: nobody decides on their own case; the holder's supervisors do.
        actions.setEnabled("decide", pending != nil && !isHolder && permitted.contains(.approve))
        actions.setEnabled("request-transfer", canEdit && detail?.pendingTransfer == nil)
        actions.setEnabled("accept-transfer", detail?.pendingTransfer?.toCode == session.workerCode)
        actions.setEnabled("export-document", detail != nil && permitted.contains(.export))
        actions.setEnabled("print-document", detail != nil && permitted.contains(.print))
        actions.setEnabled("export-attachment", attachmentList.selectedValue != nil && permitted.contains(.export))
    }

    // MARK: Commands

    func saveAssessment() { change(tr("The assessment is saved.")) { try database.saveAssessment(caseID: caseID, try forms.assessment(), as: session) } }
    func savePlan() { change(tr("The plan is saved.")) { try database.savePlan(caseID: caseID, try forms.plan(), as: session) } }

    func saveEvaluation() {
        change(tr("The evaluation is saved.")) { try database.saveEvaluation(caseID: caseID, try forms.evaluation(), as: session) }
    }

    /// CASE-09 and CASE-10: the days that start or meet a deadline, saved together.
    func saveMilestones() {
        change(tr("The dates are saved.")) {
            let (solvedOn, reviewOn) = try forms.milestones()
            try database.recordMilestones(caseID: caseID, problemSolvedOn: solvedOn, stageReviewOn: reviewOn, as: session)
        }
    }

    func saveClosing() { change(tr("The closing record is saved.")) { try database.saveClosing(caseID: caseID, try forms.closing(), as: session) } }

    func addServiceRecord() {
        guard let detail else { return }
        ServiceRecordEditor(parent: window, database: database, session: session, caseFile: detail.caseFile,
                            goals: detail.plan?.goals.map(\.title) ?? []) { [weak self] _ in
            self?.changed(tr("The service record is saved."))
        }.present()
    }

    func requestApproval() {
        guard let detail else { return }
        ApprovalRequestDialog(parent: window, database: database, session: session, caseFile: detail.caseFile) { [weak self] _ in
            self?.changed(tr("The request is with the supervisor."))
        }.present()
    }

    func decide() {
        guard let request = detail?.pendingRequest, let detail else { return }
        ApprovalDecisionDialog(parent: window, database: database, session: session, request: request,
                               requestText: CaseWindow.requestText(request), caseStage: detail.caseFile.stage) { [weak self] _ in
            self?.changed(tr("The decision is recorded."))
        }.present()
    }

    func recordConsent() {
        guard let client = detail?.client else { return }
        ConsentEditor(parent: window, database: database, session: session, client: client) { [weak self] _ in
            self?.changed(tr("The consent is recorded."))
        }.present()
    }

    func editClient() {
        guard let client = detail?.client else { return }
        ClientEditor(parent: window, database: database, session: session, editing: client) { [weak self] _ in
            self?.changed(tr("The client is saved."))
        }.present()
    }

    func requestTransfer() {
        guard let detail else { return }
        TransferDialog(parent: window, database: database, session: session, caseFile: detail.caseFile) { [weak self] in
            self?.changed(tr("The transfer waits for the receiver to accept it."))
        }.present()
    }

    func acceptTransfer() {
        guard let transfer = detail?.pendingTransfer else { return }
        change(tr("You hold the case now.")) { try database.acceptTransfer(id: transfer.id, as: session) }
    }

    /// Rule ARC-10: the document drafted from the record, in the centre's format, into the export folder under
    /// its electronic file name; the export is logged (CONF-02).
    func exportDocument() {
        guard let (document, fileName) = draftSelected() else { return }
        do {
            let folder = ExportFolder.path()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent(fileName.text)
            try database.recordAccess(.export, to: detail!.caseFile.ref, as: session, detail: document.title)
            try DocumentPrinter(style: try documentStyle()).exportPDF(document, to: path)
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    func printDocument() {
        guard let (document, _) = draftSelected() else { return }
        do {
            try database.recordAccess(.print, to: detail!.caseFile.ref, as: session, detail: document.title)
            _ = try DocumentPrinter(style: try documentStyle()).print(document, parent: window)
        } catch {
            say(errorText(error))
        }
    }

    func attachFile() {
        guard let detail else { return }
        FileChooser.open(parent: window, title: tr("Attach a Scan or Photo"), accept: tr("_Attach"),
                         cancel: tr("_Cancel")) { [weak self] path in
            guard let self, let path else { return }
            change(tr("The file is attached.")) {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                _ = try self.database.attach(fileName: (path as NSString).lastPathComponent, data: data,
                                             to: detail.caseFile.ref, as: self.session)
            }
        }
    }

    /// A scan or photo, copied out of the database into the export folder; the export is logged (CONF-02).
    func exportAttachment() {
        guard let attachment = attachmentList.selectedValue else { return }
        do {
            let data = try database.attachmentData(id: attachment.id, as: session, for: .export)
            let folder = ExportFolder.path()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent(attachment.fileName)
            try data.write(to: URL(fileURLWithPath: path))
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    // MARK: Showing the case

    private func show(_ d: CaseFileDetail) {
        let c = d.caseFile
        window.title = trf("Case %@", c.code)
        var line = [c.code, d.client.name, tr(c.stage.title)]
        if c.state != .open { line.append(tr(c.state.title)) }
        heading.text = line.joined(separator: " · ")
        overview.text = CaseOverview.text(d, names: names)
        forms.fill(d)
        serviceList.show(d.serviceRecords)
        approvalList.show(d.approvals)
        deadlineList.show(d.deadlines)
        archiveList.show(d.archive)
        do {
            attachmentList.show(try database.attachments(of: c.ref, as: session), keepingSelection: { $0.id == $1.id })
        } catch {
            say(errorText(error))
        }
        if let pending = d.pendingRequest {
            say(trf("Waiting for the supervisor: %@", CaseWindow.requestText(pending)))
        } else if let overdue = d.deadlines.first(where: { $0.status == .overdue }) {
            say(trf("Overdue: %@ (%@)", tr(overdue.title), overdue.rule))
        }
    }

    private func change(_ done: String, _ body: () throws -> Void) {
        do {
            try body()
            changed(done)
        } catch {
            say(errorText(error))
        }
    }

    private func changed(_ done: String) {
        reload()
        say(done)
        onChanged()
    }

    private func draftSelected() -> (PrintableDocument, DocumentFileName)? {
        guard let detail, let index = documentChoice.selectedIndex else { return nil }
        let kind = CaseDocumentDrafter.draftable[index]
        do {
            let consents = try database.consents(clientID: detail.client.id, as: session)
            let drafter = CaseDocumentDrafter(detail: detail, consents: consents, names: names)
            let document = try drafter.draft(kind)
            let fileName = try DocumentFileName(name: detail.client.name, month: CalendarDate.today(),
                                                nature: document.title)
            return (document, fileName)
        } catch {
            say(errorText(error))
            return nil
        }
    }

    /// ARC-10: the size and line spacing are policy values.
    private func documentStyle() throws -> DocumentStyle {
        let policy = try database.policy()
        return DocumentStyle(fontSizePoints: policy[.documentFontSizePoints], lineSpacing: policy[.documentLineSpacing])
    }

    static func requestText(_ r: ApprovalRequest) -> String {
        switch r.kind {
        case .advance(let stage): trf("Move to %@", tr(stage.title))
        case .close(let reason): tr("Close the case") + "（" + tr(reason.title) + "）"
        case .refer(let agency, let reason): trf("Refer to %@", agency) + "（" + tr(reason.title) + "）"
        }
    }

    static func dueText(_ d: CaseDeadline) -> String {
        if let due = d.dueOn { return due.description }
        return trf("unknown: the holiday calendar of %@ is not published",
                   d.unpublishedYears.map(String.init).joined(separator: "、"))
    }

    static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
