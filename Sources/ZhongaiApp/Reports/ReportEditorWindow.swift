import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// One monthly report or summary in its own window (CHK-01, CHK-03): the statistics drawn from the records
/// (read-only, refreshed on request while a draft), the worker's summary, reflections, problems, plan and work log,
/// saved as a draft and submitted to the supervisor; exported as PDF and .xlsx (ARC-10). Submitted or approved,
/// nothing changes here.
final class ReportEditorWindow {
    /// Called after the report was saved, refreshed or submitted, so that the list reads again.
    var onChanged: () -> Void = {}

    let window: Window
    let reportID: String
    var session: Session
    private let database: AppDatabase
    private let builder = Builder(resource: "report-editor.ui")
    private let heading: Label
    private let state: Label
    private let statisticsLabel: Label
    private let summary: TextView
    private let reflections: TextView
    private let problems: TextView
    private let plan: TextView
    private let log: TextView
    private let message: Label
    private let saveButton: Button
    private let submitButton: Button
    private let refreshButton: Button
    private var report: WorkReport?

    init(reportID: String, database: AppDatabase, session: Session) {
        self.reportID = reportID
        self.database = database
        self.session = session
        window = builder.get(Window.self, "report_editor")
        heading = builder.get(Label.self, "heading_label")
        state = builder.get(Label.self, "state_label")
        statisticsLabel = builder.get(Label.self, "statistics_label")
        summary = builder.get(TextView.self, "summary_text")
        reflections = builder.get(TextView.self, "reflections_text")
        problems = builder.get(TextView.self, "problems_text")
        plan = builder.get(TextView.self, "plan_text")
        log = builder.get(TextView.self, "log_text")
        message = builder.get(Label.self, "message_label")
        saveButton = builder.get(Button.self, "save_button")
        submitButton = builder.get(Button.self, "submit_button")
        refreshButton = builder.get(Button.self, "refresh_button")
        saveButton.onClicked { [unowned self] in save() }
        submitButton.onClicked { [unowned self] in confirmSubmit() }
        refreshButton.onClicked { [unowned self] in refresh() }
        builder.get(Button.self, "export_pdf_button").onClicked { [unowned self] in export(spreadsheet: false) }
        builder.get(Button.self, "export_xlsx_button").onClicked { [unowned self] in export(spreadsheet: true) }
        load(fillText: true)
    }

    func present() { window.present() }

    private func load(fillText: Bool) {
        do {
            show(try database.workReport(id: reportID, as: session), fillText: fillText)
        } catch {
            message.text = errorText(error)
        }
    }

    private func show(_ report: WorkReport, fillText: Bool) {
        self.report = report
        window.title = "\(report.workerName) \(report.period.chineseText) \(tr(report.kind.title))"
        heading.text = window.title
        var lines = [trf("State: %@", tr(report.state.title))]
        if let submitted = report.submittedOn {
            lines.append(trf("Submitted on %@ to %@", submitted.description, report.reviewerCode ?? ""))
        }
        if let approved = report.approvedOn {
            lines.append(trf("Approved on %@ by %@", approved.description, report.approvedBy ?? ""))
        }
        if let reason = report.returnReason { lines.append(trf("Returned: %@", reason)) }
        state.text = lines.joined(separator: "\n")
        statisticsLabel.text = Self.statisticsText(report.statistics)
        if fillText {
            summary.text = report.text.summary
            reflections.text = report.text.reflections
            problems.text = report.text.problems
            plan.text = report.text.plan
            log.text = WorkLogLine.text(report.text.workLog)
        }
        let draft = report.state == .draft
        for text in [summary, reflections, problems, plan, log] { text.isEditable = draft }
        saveButton.isVisible = draft
        submitButton.isVisible = draft && report.workerCode == session.workerCode
        refreshButton.isVisible = draft
    }

    /// The statistics as lines of text: cases, each group or activity, each indicator.
    static func statisticsText(_ statistics: WorkReportStatistics) -> String {
        var lines = [trf("Cases: %@ opened, %@ closed, %@ referred, %@ open at the end; %@ service records",
                         String(statistics.casesOpened), String(statistics.casesClosed),
                         String(statistics.casesReferred), String(statistics.casesOpenAtEnd),
                         String(statistics.serviceRecords))]
        if statistics.programmes.isEmpty {
            lines.append(tr("No group or activity was held in the period."))
        }
        for programme in statistics.programmes {
            let counts = programme.countsAs.map { tr($0.title) } ?? tr("Not counted")
            lines.append(trf("%@ %@ (%@, counts as %@): %@ participants, %@ sessions", programme.code,
                             programme.title, tr(programme.kind.title), counts, String(programme.participants),
                             String(programme.sessionsInPeriod)))
        }
        for line in statistics.indicators {
            lines.append(trf("%@: %@ in the period, %@ this year, target %@", line.indicator.chineseName,
                             String(line.inPeriod), String(line.yearToDate), line.target.map(String.init) ?? "—"))
        }
        return lines.joined(separator: "\n")
    }

    private func text() throws -> WorkReportText {
        WorkReportText(summary: summary.text, reflections: reflections.text, problems: problems.text, plan: plan.text,
                       workLog: try WorkLogLine.parse(log.text))
    }

    // MARK: Commands

    private func save() {
        do {
            show(try database.saveWorkReportText(id: reportID, text: try text(), as: session), fillText: false)
            message.text = tr("The draft is saved.")
            onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func refresh() {
        do {
            show(try database.refreshWorkReportStatistics(id: reportID, as: session), fillText: false)
            message.text = tr("The statistics are drawn again from the records.")
            onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func confirmSubmit() {
        ConfirmDialog(parent: window, title: tr("Submit the Report"),
                      message: tr("The report goes to your supervisor with its statistics as they are now; it no longer changes unless it is returned."),
                      confirmLabel: tr("_Submit")) { [weak self] in self?.submit() }.present()
    }

    private func submit() {
        do {
            _ = try database.saveWorkReportText(id: reportID, text: try text(), as: session)
            show(try database.submitWorkReport(id: reportID, as: session), fillText: true)
            message.text = tr("The report is submitted.")
            onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func export(spreadsheet: Bool) {
        do {
            message.text = trf("Exported to %@", try ReportExporter.export(reportID: reportID, spreadsheet: spreadsheet,
                                                                           database: database, session: session))
        } catch {
            message.text = errorText(error)
        }
    }
}
