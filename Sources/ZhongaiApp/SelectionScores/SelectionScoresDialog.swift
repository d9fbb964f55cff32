import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Enters one candidate's scores: the written test, each interviewer's score, the bonus items of 附表2 with their
/// evidence (SEL-02, SEL-03). Each button is one store transaction; the score sheet below shows how the total now
/// stands, every figure explained. The window stays open for the next entry; its buttons' handlers hold the dialog
/// for as long as it lives.
final class SelectionScoresDialog {
    private let builder = Builder(resource: "selection-scores-dialog.ui")
    private let window: Window
    private let database: AppDatabase
    private let session: Session
    private let round: SelectionRound
    private let nominationID: Int64
    private let status: Label
    private let sheetLabel: Label
    private let kinds = BonusItemKind.allCases
    private var contributions: [BonusContribution] = [.principal]
    private let onChanged: () -> Void

    init(parent: Window, database: AppDatabase, session: Session, round: SelectionRound, nomination: Nomination,
         onChanged: @escaping () -> Void) {
        self.database = database
        self.session = session
        self.round = round
        nominationID = nomination.id
        self.onChanged = onChanged
        window = builder.get(Window.self, "selection_scores_dialog")
        window.title = tr("Enter Scores")
        window.setTransient(for: parent)
        window.destroyOnEscape()
        status = builder.get(Label.self, "status_label")
        sheetLabel = builder.get(Label.self, "sheet_label")
        builder.get(Label.self, "candidate_label").text = trf("%@ (%@), %@", nomination.workerName, nomination.workerCode,
                                                              round.title)
        let window = self.window
        builder.get(Button.self, "close_button").onClicked { window.destroy() }
        wireWrittenTest()
        wireInterview()
        wireBonus()
        showSheet()
    }

    func present() {
        window.present()
        window.focus(builder.get(Entry.self, "written_entry"))
    }

    private func wireWrittenTest() {
        let entry = builder.get(Entry.self, "written_entry")
        builder.get(Button.self, "written_button").onClicked { [self] in
            run(tr("The written test score is saved.")) {
                try database.recordWrittenScore(
                    nominationID: nominationID, score: try SelectionPoints(parsing: entry.text, field: N_("Written test")),
                    as: session)
            }
        }
    }

    private func wireInterview() {
        let interviewer = builder.get(DropDown.self, "interviewer_dropdown")
        let panel = round.panel
        interviewer.setItems(panel.map { "\($0.name)（\($0.workerCode)）" })
        let entry = builder.get(Entry.self, "interview_entry")
        builder.get(Button.self, "interview_button").onClicked { [self] in
            run(tr("The interviewer's score is saved.")) {
                guard let index = interviewer.selectedIndex, panel.indices.contains(index) else {
                    throw ValidationError(field: N_("Interviewer"), N_("choose the interviewer"), rule: "SEL-02")
                }
                try database.recordInterviewScore(
                    nominationID: nominationID, interviewerCode: panel[index].workerCode,
                    score: try SelectionPoints(parsing: entry.text, field: N_("Interview score")), as: session)
                entry.text = ""
            }
        }
    }

    private func wireBonus() {
        let kind = builder.get(DropDown.self, "kind_dropdown")
        kind.setItems(kinds.map { "\($0.subItem.clause) \(tr($0.title))（\($0.points)）" })
        let contribution = builder.get(DropDown.self, "contribution_dropdown")
        let showContributions = { [self] in
            let item = kinds[kind.selectedIndex ?? 0]
            contributions = [.principal] + [item.subItem.reducedContribution?.contribution].compactMap { $0 }
            contribution.setItems(contributions.map { tr($0.title) })
        }
        kind.onSelectionChanged(showContributions)
        showContributions()
        let subject = builder.get(Entry.self, "subject_entry")
        let evidence = builder.get(Entry.self, "evidence_entry")
        builder.get(Button.self, "bonus_button").onClicked { [self] in
            run(tr("The bonus item is added.")) {
                let item = BonusItem(kind: kinds[kind.selectedIndex ?? 0],
                                     contribution: contributions[contribution.selectedIndex ?? 0],
                                     subject: subject.text, evidence: evidence.text)
                try database.addBonusItem(item, nominationID: nominationID, as: session)
                subject.text = ""
                evidence.text = ""
            }
        }
    }

    /// Runs one entry; a refusal is shown and nothing was written.
    private func run(_ done: String, _ change: () throws -> Void) {
        do {
            try change()
            status.text = done
            status.removeCSSClass("error")
            showSheet()
            onChanged()
        } catch {
            status.text = errorText(error)
            status.addCSSClass("error")
        }
    }

    private func showSheet() {
        do {
            let detail = try database.selectionRound(id: round.id, as: session)
            guard let sheet = detail.sheet(for: nominationID) else { sheetLabel.text = ""; return }
            sheetLabel.text = ([trf("Total: %@", sheet.total?.description ?? "—")]
                + sheet.explanation.map { $0.localized(tr) }).joined(separator: "\n")
        } catch {
            sheetLabel.text = errorText(error)
        }
    }
}
