import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// 督导人才选拔: the selection rounds, each with its candidates ranked by total, every total explained; the dates of
/// the public notices (SEL-04); the commands of a round for 行政人事部 (manageDirectory), the promotion for whoever
/// may also change roles (manageAccounts); the results and score sheets as PDF (ARC-10) and .xlsx.
final class SelectionView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "selection-view.ui")
    private let roundTable: TableView<SelectionRoundSummary>
    private let candidateTable: TableView<SelectionCandidateRow>
    private let roundLabel: Label
    private let detailLabel: Label
    private var detail: SelectionRoundDetail?
    private var shownRoundID: String?
    private var rounds: [SelectionRoundSummary] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "selection_view")
        roundLabel = builder.get(Label.self, "round_label")
        detailLabel = builder.get(Label.self, "detail_label")
        roundTable = TableView(columnView: builder.get(Widget.self, "round_list"), columns: [
            (tr("Round"), { $0.round.title }),
            (tr("Post"), { tr($0.round.target.title) }),
            (tr("Round opened on"), { $0.round.openedOn.description }),
            (tr("Stage"), { tr($0.stage.title) }),
            (tr("Candidates"), { "\($0.nominationCount)" }),
        ])
        candidateTable = TableView(columnView: builder.get(Widget.self, "candidate_list"), columns: [
            (tr("Rank"), { $0.ranked?.placeText.localized(tr) ?? "—" }),
            (tr("Staff code"), { $0.nomination.workerCode }),
            (tr("Full name"), { $0.nomination.workerName }),
            (tr("Written test"), { $0.ranked?.sheet.written?.description ?? "—" }),
            (tr("Interview score"), { $0.ranked?.sheet.interviewMean?.description ?? "—" }),
            (tr("Bonus"), { $0.ranked?.sheet.bonus.total.description ?? "—" }),
            (tr("Total"), { $0.ranked?.sheet.total?.description ?? "—" }),
            (tr("Status"), SelectionView.statusText),
            (tr("Eligibility"), { tr($0.nomination.eligibility.route.title) }),
        ])
        roundTable.onSelectionChanged { [unowned self] in showRound() }
        candidateTable.onSelectionChanged { [unowned self] in
            showCandidate()
            onSelectionChanged()
        }
    }

    private var selectedRow: SelectionCandidateRow? { candidateTable.selectedValue }

    // MARK: SectionView

    func reload() {
        do {
            rounds = try database.selectionRounds(as: session)
            roundTable.show(rounds, keepingSelection: { $0.round.id == $1.round.id })
            showRound(force: true)
        } catch {
            roundLabel.text = errorText(error)
        }
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            .init("open-selection-round") { [unowned self] in openRound() },
            .init("nominate-candidate") { [unowned self] in nominate() },
            .init("publish-candidates") { [unowned self] in publish(results: false) },
            .init("record-objection") { [unowned self] in recordObjection() },
            .init("review-objection") { [unowned self] in reviewObjection() },
            .init("enter-scores") { [unowned self] in enterScores() },
            .init("publish-results") { [unowned self] in publish(results: true) },
            .init("promote-candidate") { [unowned self] in promote() },
            .init("export-selection-pdf") { [unowned self] in exportPDF(scoreSheet: false) },
            .init("export-score-sheet-pdf") { [unowned self] in exportPDF(scoreSheet: true) },
            .init("export-selection-xlsx") { [unowned self] in exportSpreadsheet() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let run = visible && may(.manageDirectory)
        let stage = detail?.stage
        let row = selectedRow
        let standing = row?.nomination.status == .standing
        actions.setEnabled("open-selection-round", run)
        actions.setEnabled("nominate-candidate", run && stage == .nominating)
        actions.setEnabled("publish-candidates", run && stage == .nominating && !(detail?.nominations.isEmpty ?? true))
        actions.setEnabled("record-objection", run && stage == .candidatePublicity && row != nil
                               && row?.nomination.status != .disqualified)
        actions.setEnabled("review-objection", run && row.map { pendingObjection(for: $0.nomination) != nil } == true)
        actions.setEnabled("enter-scores", run && stage == .scoring && standing)
        actions.setEnabled("publish-results", run && stage == .scoring)
        actions.setEnabled("promote-candidate", run && may(.manageAccounts) && stage == .concluded && standing
                               && row?.ranked?.sheet.total != nil && row?.nomination.promotedOn == nil)
        actions.setEnabled("export-selection-pdf", visible && detail != nil)
        actions.setEnabled("export-score-sheet-pdf", visible && row?.ranked != nil)
        actions.setEnabled("export-selection-xlsx", visible && detail != nil)
    }

    // MARK: Showing

    /// Reads the selected round (a logged view) when it changed, or always with `force`.
    private func showRound(force: Bool = false) {
        guard let summary = roundTable.selectedValue else {
            detail = nil
            shownRoundID = nil
            candidateTable.show([])
            roundLabel.text = tr("Select a round, or open one.")
            detailLabel.text = ""
            onSelectionChanged()
            return
        }
        guard force || summary.round.id != shownRoundID else { return }
        do {
            let detail = try database.selectionRound(id: summary.round.id, as: session)
            self.detail = detail
            shownRoundID = detail.round.id
            roundLabel.text = roundText(detail)
            candidateTable.show(SelectionCandidateRow.rows(detail),
                                keepingSelection: { $0.nomination.id == $1.nomination.id })
            showCandidate()
        } catch {
            roundLabel.text = errorText(error)
        }
        onSelectionChanged()
    }

    private func roundText(_ detail: SelectionRoundDetail) -> String {
        var parts = [trf("%@: %@", tr(detail.round.target.title), tr(detail.stage.title))]
        parts += detail.deadlines.map { trf("%@: %@", tr($0.title), $0.date.description) }
        parts.append(trf("Interview panel: %@", detail.round.panel.map(\.name).joined(separator: "、")))
        return parts.joined(separator: "　")
    }

    /// The selected candidate: eligibility condition by condition, objections, and how the total was reached.
    private func showCandidate() {
        guard let row = selectedRow else { detailLabel.text = ""; return }
        let eligibility = row.nomination.eligibility
        var lines = [trf("%@ (%@): %@", row.nomination.workerName, row.nomination.workerCode,
                         tr(eligibility.route.title))]
        lines += eligibility.conditions.map(SelectionForms.conditionLine)
        if eligibility.route == .exceptional { lines += eligibility.exceptionalConditions.map(SelectionForms.conditionLine) }
        for objection in detail?.objections.filter({ $0.nominationID == row.nomination.id }) ?? [] {
            lines.append(trf("Objection of %@: %@ — %@", objection.raisedOn.description, objection.text,
                             objection.decision.map { tr($0.title) + "（\(objection.decisionNote ?? "")）" }
                                 ?? tr("awaiting the second review")))
        }
        if let promoted = row.nomination.promotedOn { lines.append(trf("Promoted on %@", promoted.description)) }
        if let sheet = row.ranked?.sheet {
            lines.append(trf("Total: %@", sheet.total?.description ?? "—"))
            lines += sheet.explanation.map { $0.localized(tr) }
        }
        detailLabel.text = lines.joined(separator: "\n")
    }

    private static func statusText(_ row: SelectionCandidateRow) -> String {
        if row.nomination.promotedOn != nil { return tr("Promoted") }
        if row.nomination.status != .standing { return tr(row.nomination.status.title) }
        return row.ranked.map { tr($0.sheet.status.title) } ?? ""
    }

    private func pendingObjection(for nomination: Nomination) -> SelectionObjection? {
        detail?.objections.first { $0.nominationID == nomination.id && $0.decision == nil }
    }

    private func say(_ text: String) { detailLabel.text = text }

    // MARK: Commands

    private func openRound() {
        SelectionRoundEditor(parent: parent, database: database, session: session) { [weak self] round in
            guard let self else { return }
            reload()
            roundTable.selectedIndex = rounds.firstIndex { $0.round.id == round.id }
        }.present()
    }

    private func nominate() {
        guard let round = detail?.round else { return }
        SelectionNominationEditor(parent: parent, database: database, session: session, round: round) { [weak self] nomination in
            self?.reload()
            self?.say(trf("%@ is nominated: %@", nomination.workerName, tr(nomination.eligibility.route.title)))
        }.present()
    }

    private func publish(results: Bool) {
        guard let round = detail?.round else { return }
        let database = self.database, session = self.session
        SelectionDateDialog(
            parent: parent, title: results ? tr("Publish the Results") : tr("Publish the Candidate List"),
            message: results ? tr("The results go on public notice for two weeks; the scores are then final.")
                             : tr("The candidate list goes on public notice for a week; objections are taken meanwhile."),
            publish: { date in
                if results {
                    try database.publishResults(roundID: round.id, on: date, as: session)
                } else {
                    try database.publishCandidateList(roundID: round.id, on: date, as: session)
                }
            }, onSaved: { [weak self] in self?.reload() }).present()
    }

    private func recordObjection() {
        guard let nomination = selectedRow?.nomination else { return }
        SelectionObjectionDialog(parent: parent, database: database, session: session, nomination: nomination) {
            [weak self] in self?.reload()
        }.present()
    }

    private func reviewObjection() {
        guard let nomination = selectedRow?.nomination, let objection = pendingObjection(for: nomination) else { return }
        SelectionReviewDialog(parent: parent, database: database, session: session, objection: objection,
                              candidate: nomination.workerName) { [weak self] in self?.reload() }.present()
    }

    private func enterScores() {
        guard let round = detail?.round, let nomination = selectedRow?.nomination else { return }
        SelectionScoresDialog(parent: parent, database: database, session: session, round: round, nomination: nomination) {
            [weak self] in self?.reload()
        }.present()
    }

    private func promote() {
        guard let round = detail?.round, let nomination = selectedRow?.nomination else { return }
        let current = try? database.worker(code: nomination.workerCode)
        SelectionPromotionDialog(parent: parent, database: database, session: session, round: round,
                                 nomination: nomination, current: current) { [weak self] check in
            self?.reload()
            let warnings = check.warnings.map { $0.localized(tr) }
            self?.say(([trf("%@ is promoted to %@.", nomination.workerName, tr(round.target.title))] + warnings)
                .joined(separator: "\n"))
        }.present()
    }

    /// Rule ARC-10: the results or the selected candidate's score sheet as PDF in the export folder; logged.
    private func exportPDF(scoreSheet: Bool) {
        guard let roundID = detail?.round.id else { return }
        do {
            let detail = try database.selectionRound(id: roundID, as: session, for: .export)
            let documents = SelectionDocuments(detail: detail, translate: tr)
            let document: PrintableDocument
            let name: String
            if scoreSheet {
                guard let id = selectedRow?.nomination.id, let sheet = detail.sheet(for: id) else { return }
                document = documents.scoreSheet(sheet)
                name = sheet.workerName
            } else {
                document = documents.resultTable()
                name = detail.round.title
            }
            let fileName = try DocumentFileName(name: name, month: CalendarDate.today(), nature: document.title)
            let path = try exportPath(fileName.text)
            let policy = try database.policy()
            try DocumentPrinter(fontSizePoints: policy[.documentFontSizePoints], lineSpacing: policy[.documentLineSpacing])
                .exportPDF(document, to: path)
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    /// The ranked table and every score sheet as .xlsx in the export folder; logged.
    private func exportSpreadsheet() {
        guard let roundID = detail?.round.id else { return }
        do {
            let detail = try database.selectionRound(id: roundID, as: session, for: .export)
            let fileName = try DocumentFileName(name: detail.round.title, month: CalendarDate.today(),
                                                nature: tr("Supervisor Selection Results"), fileExtension: "xlsx")
            let path = try exportPath(fileName.text)
            try SelectionWorkbook(detail: detail, translate: tr).write(to: path)
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    private func exportPath(_ fileName: String) throws -> String {
        let folder = ExportFolder.path()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder as NSString).appendingPathComponent(fileName)
    }
}
