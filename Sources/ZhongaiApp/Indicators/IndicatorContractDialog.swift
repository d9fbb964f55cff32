import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// IND-04: which conversion clauses (A–F) a worker's contract allows in a year, as the service unit, the project
/// supervisor and the centre agreed (三方协商确认). None ticked: the contract allows no conversion.
final class IndicatorContractDialog {
    private let dialog: EditorDialog
    private let note: Entry

    init(parent: Window, database: AppDatabase, session: Session, year: Int, workerCode: String, workerName: String,
         allowed: Set<String>, onSaved: @escaping () -> Void) {
        let dialog = EditorDialog(resource: "indicator-contract-dialog.ui", windowID: "indicator_contract_dialog",
                                  parent: parent, title: tr("Conversions the Contract Allows"))
        dialog.builder.get(Label.self, "message_label").text =
            trf("The contract of %@ (%@) for %@: tick the conversion rates it allows (IND-04).",
                workerName, workerCode, String(year))
        let boxes = IndicatorConversionRate.clauses.map { clause in
            (clause, dialog.builder.get(CheckButton.self, "clause_" + clause.lowercased()))
        }
        for (clause, box) in boxes { box.isActive = allowed.contains(clause) }
        let note = dialog.builder.get(Entry.self, "note_entry")
        self.dialog = dialog
        self.note = note
        dialog.onSave({
            try database.setPostContract(year: year, workerCode: workerCode,
                                         allowedClauses: Set(boxes.filter { $0.1.isActive }.map(\.0)),
                                         note: note.text, as: session)
        }, onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: note) }
}
