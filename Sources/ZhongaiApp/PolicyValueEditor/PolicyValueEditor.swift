import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Changes one number of the policy table; the store refuses values the rule cannot take.
final class PolicyValueEditor {
    private let dialog: EditorDialog
    private let value: Entry

    init(parent: Window, database: AppDatabase, session: Session, entry: PolicyEntry,
         onSaved: @escaping (PolicyEntry) -> Void) {
        dialog = EditorDialog(resource: "policy-value-editor.ui", windowID: "policy_value_editor", parent: parent,
                              title: tr("Change Policy Value"))
        dialog.builder.get(Label.self, "key_label").text = entry.key.rawValue
        dialog.builder.get(Label.self, "clause_label").text = entry.clause
        dialog.builder.get(Label.self, "unit_label").text = tr(entry.unit.title)
        value = dialog.builder.get(Entry.self, "value_entry")
        value.text = entry.valueText
        let value = self.value
        dialog.onSave({ try database.setPolicyValue(key: entry.key.rawValue, value: value.text, by: session) },
                      onSaved: onSaved)
    }

    func present() { dialog.present(focus: value) }
}
