import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// 年度服务指标 (IND-01..06): the year's sheet of the signed-in worker, of a worker they reach or of a team (a
/// service point, judged on its totals: IND-03) — each indicator's target, raw and converted count with the
/// achievement and the shortfall in words, the month-by-month chart of the selected indicator, the conversions
/// agreed and those that would meet the targets (IND-04), satisfaction per item (IND-02). Supervisors set the
/// contract's conversion clauses and agree conversions here; the sheet exports as PDF (ARC-10) and .xlsx.
final class IndicatorsView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "indicators-view.ui")
    private let yearDropdown: DropDown
    private let subjectDropdown: DropDown
    private let summary: Label
    private let detail: Label
    private let chartTitle: Label
    private let chartSummary: Label
    private let chart = BarChart(accessibleName: tr("Month-by-month chart"))
    private let lines: TableView<IndicatorLine>
    private let years: [Int]
    private var subjects: [IndicatorSubject] = []
    private var sheet: IndicatorSheet?
    /// Set while the choosers are refilled, so that their change handlers do not read the sheet once per item.
    private var filling = false

    private static let wording = IndicatorSheetDocument(translate: tr)

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "indicators_view")
        yearDropdown = builder.get(DropDown.self, "year_dropdown")
        subjectDropdown = builder.get(DropDown.self, "subject_dropdown")
        summary = builder.get(Label.self, "summary_label")
        detail = builder.get(Label.self, "detail_label")
        chartTitle = builder.get(Label.self, "chart_title")
        chartSummary = builder.get(Label.self, "chart_summary")
        builder.get(Box.self, "chart_holder").append(chart)
        let wording = Self.wording
        lines = TableView(columnView: builder.get(Widget.self, "line_list"), columns: [
            (tr("Indicator"), { $0.indicator.chineseName }),
            (tr("Annual target"), { wording.targetText($0) }),
            (tr("Counted by records"), { String($0.raw) }),
            (tr("Counted %"), { wording.percentText($0.raw, of: $0.target) }),
            (tr("After conversions"), { String($0.converted) }),
            (tr("Converted %"), { wording.percentText($0.converted, of: $0.target) }),
            (tr("Progress to the target"), IndicatorsView.progressBar),
            (tr("Against the target"), { wording.standingText($0) }),
        ])
        let thisYear = CalendarDate.today().year
        years = Array((thisYear - 4...thisYear).reversed())
        filling = true
        yearDropdown.setItems(years.map { trf("%@ (year)", String($0)) }, selected: 0)
        filling = false
        yearDropdown.onSelectionChanged { [unowned self] in if !filling { showSheet() } }
        subjectDropdown.onSelectionChanged { [unowned self] in if !filling { showSheet() } }
        lines.onSelectionChanged { [unowned self] in showChart() }
    }

    private var year: Int { yearDropdown.selectedIndex.map { years[$0] } ?? CalendarDate.today().year }
    private var subject: IndicatorSubject? {
        subjectDropdown.selectedIndex.flatMap { subjects.indices.contains($0) ? subjects[$0] : nil }
    }

    private var workerCode: String? {
        if case .worker(let code, _) = subject { return code }
        return nil
    }

    // MARK: SectionView

    /// Shows the record a due item is about (`DueSubject.id`, a worker's code), from the due board.
    func reveal(_ id: String) {
        fillSubjects()
        if let index = subjects.firstIndex(where: { if case .worker(id, _) = $0 { true } else { false } }) {
            filling = true
            subjectDropdown.selectedIndex = index
            filling = false
        }
        showSheet()
    }

    func reload() {
        fillSubjects()
        showSheet()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            .init("indicators-set-contract") { [unowned self] in setContract() },
            .init("indicators-agree-conversion") { [unowned self] in agreeConversion() },
            .init("indicators-export-pdf") { [unowned self] in exportPDF() },
            .init("indicators-export-xlsx") { [unowned self] in exportSpreadsheet() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        // IND-04: the contract and its conversions are recorded by a supervisor up the chain, 服务部 or the chair,
        // never by the worker themself (三方协商确认); the store decides, this only hides what would be refused.
        let decides = session.role.supervises || [.serviceDepartment, .chair, .viceChair].contains(session.role)
        let worker = sheet != nil && workerCode != nil && workerCode != session.workerCode
        actions.setEnabled("indicators-set-contract", visible && decides && worker)
        actions.setEnabled("indicators-agree-conversion", visible && decides && worker)
        actions.setEnabled("indicators-export-pdf", visible && sheet != nil)
        actions.setEnabled("indicators-export-xlsx", visible && sheet != nil)
    }

    // MARK: Showing

    /// Me first, then the workers my role reaches (by the permission table's scopes for viewing), then the teams.
    private func fillSubjects() {
        let previous = subject
        var choices: [IndicatorSubject] = []
        do {
            let workers = try database.workers()
            let servicePoints = try database.servicePoints()
            let scopes = try database.permissionTable().scopes(session.role, .view)
            let me = workers.first { $0.code == session.workerCode }
            let chain = SupervisionChain(supervisorOf: Dictionary(
                workers.compactMap { w in w.supervisorCode.map { (w.code, $0) } }, uniquingKeysWith: { a, _ in a }))
            func reached(_ worker: Worker) -> Bool {
                scopes.contains(.all)
                    || (scopes.contains(.supervised) && chain.isSupervised(worker.code, by: session.workerCode))
                    || (scopes.contains(.servicePoint) && worker.servicePointID != nil
                        && worker.servicePointID == me?.servicePointID)
            }
            if let me { choices.append(.worker(code: me.code, name: me.name)) }
            let others = workers.filter { $0.code != session.workerCode && $0.postType != nil && reached($0) }
            choices += others.map { .worker(code: $0.code, name: $0.name) }
            let teamIDs = Set(([me].compactMap { $0 } + others).compactMap(\.servicePointID))
            choices += servicePoints.filter { point in
                point.id.map { scopes.contains(.all) || teamIDs.contains($0) } ?? false
            }.map { .team(servicePointID: $0.id!, name: $0.name) }
        } catch {
            summary.text = errorText(error)
        }
        subjects = choices
        filling = true
        subjectDropdown.setItems(choices.map(Self.choiceText),
                                 selected: previous.flatMap { choices.firstIndex(of: $0) } ?? 0)
        filling = false
    }

    private static func choiceText(_ subject: IndicatorSubject) -> String {
        switch subject {
        case .worker(let code, let name): "\(name)（\(code)）"
        case .team(_, let name): trf("Team of %@", name)
        }
    }

    /// Reads the sheet of the chosen year and subject (the store logs the look).
    private func showSheet() {
        guard let subject else {
            sheet = nil
            lines.show([])
            summary.text = tr("Nobody to show.")
            showChart()
            onSelectionChanged()
            return
        }
        do {
            let sheet = try fetchSheet(subject)
            self.sheet = sheet
            let previous = lines.selectedValue?.indicator
            lines.show(sheet.lines)
            lines.selectedIndex = sheet.lines.firstIndex { $0.indicator == previous } ?? (sheet.lines.isEmpty ? nil : 0)
            summary.text = summaryText(sheet)
            detail.text = detailText(sheet)
        } catch {
            sheet = nil
            lines.show([])
            summary.text = errorText(error)
            detail.text = ""
        }
        showChart()
        onSelectionChanged()
    }

    /// Reads the sheet again; an export is logged as such, with the file it goes to.
    private func fetchSheet(_ subject: IndicatorSubject, exportedTo path: String? = nil) throws -> IndicatorSheet {
        switch subject {
        case .worker(let code, _):
            try database.indicatorSheet(year: year, workerCode: code, as: session, exportedTo: path)
        case .team(let id, _):
            try database.indicatorSheet(year: year, servicePointID: id, as: session, exportedTo: path)
        }
    }

    private func summaryText(_ sheet: IndicatorSheet) -> String {
        let wording = Self.wording
        return [trf("%@ · %@", wording.subjectText(sheet.subject), wording.postText(sheet)),
                wording.conversionsAllowedText(sheet), wording.shortfallSummary(sheet)].joined(separator: "\n")
    }

    /// The conversions agreed and proposed (IND-04) and satisfaction per item (IND-02).
    private func detailText(_ sheet: IndicatorSheet) -> String {
        let wording = Self.wording
        var text = [tr("Agreed conversions")]
        text += sheet.agreedConversions.isEmpty ? ["　" + tr("No conversion agreed.")]
            : sheet.agreedConversions.map { "　" + wording.conversionText($0) }
        text.append(tr("Conversions that would meet the targets"))
        text += sheet.proposedConversions.isEmpty
            ? ["　" + (sheet.meetsAllTargets ? tr("None needed.") : tr("No conversion would help."))]
            : sheet.proposedConversions.map { "　" + wording.conversionText($0) }
        text.append(tr("Satisfaction per item"))
        text += sheet.satisfaction.isEmpty ? ["　" + tr("No feedback form this year.")]
            : sheet.satisfaction.map { item in
                item.responses == 0 ? "　" + trf("%@: %@", tr(item.item.title), wording.satisfactionStanding(item)) :
                "　" + trf("%@: %@ of %@ satisfied (%@) — %@", tr(item.item.title), String(item.satisfied),
                          String(item.responses), item.percent.map { "\($0)%" } ?? "—",
                          wording.satisfactionStanding(item))
            }
        return text.joined(separator: "\n")
    }

    /// The selected indicator's twelve months, with the monthly pace its target asks for as a dashed line; the
    /// same values in words under the chart and for screen readers.
    private func showChart() {
        guard let line = lines.selectedValue else {
            chart.show(values: [], labels: [])
            chartTitle.text = tr("Select an indicator to see it month by month.")
            chartSummary.text = ""
            chart.setAccessibleDescription("")
            return
        }
        let months = Array(line.monthly.prefix(12))
        chart.show(values: months, labels: months.indices.map { String($0 + 1) },
                   reference: line.target.map { Double($0) / 12 })
        chartTitle.text = trf("%@ by month, %@", line.indicator.chineseName, String(year))
        let values = months.enumerated().map { trf("%@: %@", trf("Month %@", String($0.offset + 1)), String($0.element)) }
            .joined(separator: "，")
        var words = trf("%@; %@ in all", values, String(line.raw))
        if let target = line.target {
            words += "；" + trf("target %@ (dashed line: %@ a month)", String(target),
                               String(format: "%.1f", Double(target) / 12))
        }
        chartSummary.text = words
        chart.setAccessibleDescription(words)
    }

    /// Rule IND-01: ten squares filled by the converted achievement, the percentage beside them; nothing without
    /// a target. Text, so that it reads the same to a screen reader and prints as it shows.
    private static func progressBar(_ line: IndicatorLine) -> String {
        guard let percent = IndicatorSheetDocument.percent(line.converted, of: line.target) else { return "" }
        let filled = min(10, percent / 10)
        return String(repeating: "■", count: filled) + String(repeating: "□", count: 10 - filled) + " \(percent)%"
    }

    // MARK: Commands

    private func setContract() {
        guard let sheet, case .worker(let code, let name) = sheet.subject else { return }
        IndicatorContractDialog(parent: parent, database: database, session: session, year: sheet.year,
                                workerCode: code, workerName: name, allowed: Set(sheet.allowedClauses)) { [weak self] in
            self?.showSheet()
        }.present()
    }

    private func agreeConversion() {
        guard let sheet, case .worker(let code, let name) = sheet.subject else { return }
        do {
            let rates = try database.indicatorConversionRates()
            IndicatorConversionDialog(parent: parent, database: database, session: session, year: sheet.year,
                                      workerCode: code, workerName: name, proposed: sheet.proposedConversions,
                                      rates: rates) { [weak self] in
                self?.showSheet()
            }.present()
        } catch {
            summary.text = errorText(error)
        }
    }

    /// Rule ARC-10: the sheet as 年度服务指标完成情况 PDF in the export folder, named after the worker or team.
    private func exportPDF() {
        guard let subject else { return }
        do {
            let path = try exportPath(subject, fileExtension: "pdf")
            let sheet = try fetchSheet(subject, exportedTo: path)
            let document = Self.wording.document(sheet)
            let policy = try database.policy()
            try DocumentPrinter(fontSizePoints: policy[.documentFontSizePoints], lineSpacing: policy[.documentLineSpacing])
                .exportPDF(document, to: path)
            summary.text = trf("Exported to %@", path)
        } catch {
            summary.text = errorText(error)
        }
    }

    /// The sheet, its months and satisfaction as .xlsx in the export folder.
    private func exportSpreadsheet() {
        guard let subject else { return }
        do {
            let path = try exportPath(subject, fileExtension: "xlsx")
            let sheet = try fetchSheet(subject, exportedTo: path)
            try IndicatorWorkbook(sheet: sheet, translate: tr).write(to: path)
            summary.text = trf("Exported to %@", path)
        } catch {
            summary.text = errorText(error)
        }
    }

    private func exportPath(_ subject: IndicatorSubject, fileExtension: String) throws -> String {
        let fileName = try DocumentFileName(name: IndicatorSheetDocument.fileOwnerName(subject),
                                            month: CalendarDate.today(),
                                            nature: trf("%@ Service Indicators", String(year)),
                                            fileExtension: fileExtension)
        let folder = ExportFolder.path()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder as NSString).appendingPathComponent(fileName.text)
    }
}
