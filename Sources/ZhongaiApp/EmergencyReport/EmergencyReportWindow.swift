import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The written report of an event (EMG-03; 防火预案 6): drafted from the log (the timeline with who did what),
/// completed by the 组长 with the people affected and the follow-up, submitted once, exported as PDF in the centre's
/// format (ARC-10). After submission the report and the log stay as they are; only annotations can be added.
final class EmergencyReportWindow {
    /// The reports open now, by event id.
    private static var open: [String: EmergencyReportWindow] = [:]

    static func show(eventID: String, database: AppDatabase, session: Session) {
        if let window = open[eventID] {
            window.reload()
            window.window.present()
            return
        }
        let report = EmergencyReportWindow(eventID: eventID, database: database, session: session)
        open[eventID] = report
        report.window.connect("destroy") { open[eventID] = nil }
        report.window.present()
    }

    /// Called after the report was saved or submitted, so that the history reads again.
    static var onChanged: () -> Void = {}

    let window: Window
    private let database: AppDatabase
    private let session: Session
    private let eventID: String
    private let builder = Builder(resource: "emergency-report.ui")
    private let heading: Label
    private let state: Label
    private let account: TextView
    private let affected: TextView
    private let followUp: TextView
    private let annotations: Label
    private let annotation: Entry
    private let message: Label
    private let saveButton: Button
    private let submitButton: Button
    private var event: EmergencyEvent?

    private init(eventID: String, database: AppDatabase, session: Session) {
        self.eventID = eventID
        self.database = database
        self.session = session
        window = builder.get(Window.self, "emergency_report")
        heading = builder.get(Label.self, "heading_label")
        state = builder.get(Label.self, "state_label")
        account = builder.get(TextView.self, "account_text")
        affected = builder.get(TextView.self, "affected_text")
        followUp = builder.get(TextView.self, "follow_up_text")
        annotations = builder.get(Label.self, "annotations_label")
        annotation = builder.get(Entry.self, "annotation_entry")
        message = builder.get(Label.self, "message_label")
        saveButton = builder.get(Button.self, "save_button")
        submitButton = builder.get(Button.self, "submit_button")
        saveButton.onClicked { [unowned self] in save() }
        submitButton.onClicked { [unowned self] in confirmSubmit() }
        builder.get(Button.self, "export_button").onClicked { [unowned self] in exportPDF() }
        builder.get(Button.self, "annotate_button").onClicked { [unowned self] in annotate() }
        annotation.onActivate { [unowned self] in annotate() }
        reload(fillText: true)
    }

    private func reload(fillText: Bool = false) {
        do {
            let event = try database.emergencyEvent(id: eventID, as: session)
            self.event = event
            show(event, fillText: fillText)
        } catch {
            message.text = errorText(error)
        }
    }

    func reload() { reload(fillText: event?.isReportSubmitted == true) }

    private func show(_ event: EmergencyEvent, fillText: Bool) {
        let kind = tr(event.plan.kind.title)
        window.title = event.isDrill ? trf("%@ drill — report", kind) : trf("%@ emergency — report", kind)
        var lines = [(event.isDrill ? trf("%@ drill", kind) : trf("%@ emergency", kind)) + " · " + event.servicePointName]
        let ended = event.endedAt.map(EmergencyClock.dateTime) ?? tr("still running")
        lines.append(trf("From %@ to %@, %@ in all", EmergencyClock.dateTime(event.startedAt), ended,
                         EmergencyClock.elapsed(event.duration())))
        heading.text = lines.joined(separator: "\n")
        if fillText {
            let report = event.report
            account.text = report?.account.isEmpty == false ? report!.account
                : EmergencyReportDocument(translate: tr).draftAccount(event)
            affected.text = report?.peopleAffected ?? ""
            followUp.text = report?.followUp ?? ""
        }
        let submitted = event.isReportSubmitted
        if let report = event.report, let at = report.submittedAt {
            state.text = trf("Submitted by %@ on %@. The report and the log are kept as they are; annotations can be added.",
                             report.submittedBy ?? "", EmergencyClock.dateTime(at))
        } else {
            state.text = event.report == nil ? tr("Draft from the log: complete it, then submit it (the team leader).")
                : tr("Draft saved, not submitted yet.")
        }
        for text in [account, affected, followUp] { text.isEditable = !submitted }
        saveButton.isVisible = !submitted
        submitButton.isVisible = !submitted
        annotations.text = event.annotations.isEmpty ? tr("No annotations.")
            : event.annotations.map { note in
                let step = note.position.map { trf("step %@", String($0)) + " · " } ?? ""
                return "\(EmergencyClock.dateTime(note.writtenAt)) \(note.writtenByName)：\(step)\(note.text)"
            }.joined(separator: "\n")
    }

    private var draft: EmergencyReport {
        EmergencyReport(account: account.text, peopleAffected: affected.text, followUp: followUp.text)
    }

    // MARK: Commands

    private func save() {
        do {
            try database.saveEmergencyReport(eventID: eventID, report: draft, as: session)
            reload(fillText: false)
            message.text = tr("The draft is saved.")
            Self.onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func confirmSubmit() {
        ConfirmDialog(parent: window, title: tr("Submit the Report"),
                      message: tr("Once submitted, the report and the log can no longer be changed, only annotated."),
                      confirmLabel: tr("_Submit")) { [weak self] in self?.submit() }.present()
    }

    private func submit() {
        do {
            try database.submitEmergencyReport(eventID: eventID, report: draft, as: session)
            reload(fillText: true)
            message.text = tr("The report is submitted.")
            Self.onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func annotate() {
        let text = annotation.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        do {
            try database.annotateEmergency(eventID: eventID, text: text, as: session)
            annotation.text = ""
            reload(fillText: false)
        } catch {
            message.text = errorText(error)
        }
    }

    /// The report as PDF (ARC-10): 组长姓名-年月-突发事件报告 in the export folder; what is printed is the report
    /// as submitted, or the draft on screen before that.
    private func exportPDF() {
        guard let event else { return }
        do {
            let report = event.isReportSubmitted ? event.report ?? draft : draft
            let document = EmergencyReportDocument(translate: tr).document(event, report: report)
            let filer = event.report?.submittedBy ?? session.workerCode
            let name = (try? database.worker(code: filer))??.name ?? filer
            let fileName = try DocumentFileName(name: name, month: CalendarDate.today(now: event.startedAt),
                                                nature: document.title)
            let folder = ExportFolder.path()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent(fileName.text)
            let policy = try database.policy()
            try DocumentPrinter(style: DocumentStyle(fontSizePoints: policy[.documentFontSizePoints],
                                                     lineSpacing: policy[.documentLineSpacing]))
                .exportPDF(document, to: path)
            try database.recordEmergencyReportOutput(eventID: eventID, action: .export, as: session, detail: fileName.text)
            message.text = trf("Exported to %@", path)
        } catch {
            message.text = errorText(error)
        }
    }
}
