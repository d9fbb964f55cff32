import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The small forms of the archive (ARC-08, CONF-04, CONF-05): up to two one-line fields and a text, each named by
/// the caller (a reason for returning a list, a loan's borrower and due day with its purpose, a loss, a remedy, a
/// check's findings). Save runs the caller's one store transaction; a refusal stays under the form.
final class ArchiveEntryDialog {
    /// What the form holds: the labels (msgids, translated here) of the fields shown, nil for a field left out.
    struct Fields {
        var first: (label: String, text: String)?
        var second: (label: String, text: String)?
        var text: String
    }

    /// The values typed, in the order of `Fields`.
    struct Values {
        let first: String
        let second: String
        let text: String
    }

    private let dialog: EditorDialog
    private let firstEntry: Entry
    private let textView: TextView

    init<Value>(parent: Window, title: String, subject: String, fields: Fields,
                save: @escaping (Values) throws -> Value, onSaved: @escaping (Value) -> Void) {
        dialog = EditorDialog(resource: "archive-entry-dialog.ui", windowID: "archive_entry_dialog", parent: parent,
                              title: title)
        let b = dialog.builder
        b.get(Label.self, "subject_label").text = subject
        firstEntry = b.get(Entry.self, "first_entry")
        let secondEntry = b.get(Entry.self, "second_entry")
        textView = b.get(TextView.self, "text_view")
        for (field, label, entry) in [(fields.first, "first_label", firstEntry), (fields.second, "second_label", secondEntry)] {
            let caption = b.get(Label.self, label)
            if let field {
                caption.text = tr(field.label)
                entry.text = field.text
                entry.setAccessibleLabel(tr(field.label))
            } else {
                caption.isVisible = false
                entry.isVisible = false
            }
        }
        b.get(Label.self, "text_label").text = tr(fields.text)
        textView.setAccessibleLabel(tr(fields.text))
        let textView = self.textView
        dialog.onSave({ [firstEntry] in
            try save(Values(first: firstEntry.text, second: secondEntry.text, text: textView.text))
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: firstEntry.isVisible ? firstEntry : textView) }
}
