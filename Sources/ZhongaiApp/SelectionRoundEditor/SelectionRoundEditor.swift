import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Opens a selection round (督导人才选拔) for 督导助理 or 见习督导 with its dates and interview panel (SEL-02).
final class SelectionRoundEditor {
    private let dialog: EditorDialog
    private let title: Entry

    init(parent: Window, database: AppDatabase, session: Session, onSaved: @escaping (SelectionRound) -> Void) {
        dialog = EditorDialog(resource: "selection-round-editor.ui", windowID: "selection_round_editor", parent: parent,
                              title: tr("Open a Selection Round"))
        let b = dialog.builder
        title = b.get(Entry.self, "title_entry")
        let target = b.get(DropDown.self, "target_dropdown")
        let openedOn = b.get(Entry.self, "opened_on_entry")
        let written = b.get(Entry.self, "written_test_entry")
        let interview = b.get(Entry.self, "interview_entry")
        let panel = b.get(Entry.self, "panel_entry")
        let targets = SelectionTarget.allCases
        target.setItems(targets.map { tr($0.title) })
        openedOn.text = CalendarDate.today().description
        panel.tooltip = tr("Staff codes of the interviewers, separated by commas")
        let title = self.title
        dialog.onSave({
            let draft = SelectionRoundDraft(
                title: title.text, target: targets[target.selectedIndex ?? 0],
                openedOn: try CalendarDate(parsing: openedOn.text, field: N_("Round opened on")),
                writtenTestOn: try SelectionForms.optionalDate(written.text, field: N_("Written test")),
                interviewOn: try SelectionForms.optionalDate(interview.text, field: N_("Interview date")),
                panelCodes: SelectionForms.codes(panel.text))
            return try database.openSelectionRound(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: title) }
}
