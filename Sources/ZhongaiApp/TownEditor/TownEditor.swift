import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Adds or edits a town or subdistrict. Left empty, the archive code comes from the place-name
/// initials, told apart from other towns' codes (ARC-02).
final class TownEditor {
    private let dialog: EditorDialog
    private let name, code: Entry

    init(parent: Window, database: AppDatabase, session: Session, editing original: Town?,
         onSaved: @escaping (Town) -> Void) {
        dialog = EditorDialog(resource: "town-editor.ui", windowID: "town_editor", parent: parent,
                              title: original == nil ? tr("Add Town") : tr("Edit Town"))
        name = dialog.builder.get(Entry.self, "name_entry")
        code = dialog.builder.get(Entry.self, "code_entry")
        name.text = original?.name ?? ""
        code.text = original?.code ?? ""
        code.tooltip = tr("Leave empty to use the initials of the place name")
        dialog.onSave({ [self] in try save(to: database, as: session, original: original) }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }

    private func save(to database: AppDatabase, as session: Session, original: Town?) throws -> Town {
        let typedCode = code.text.trimmingCharacters(in: .whitespaces)
        if let original {
            return try database.updateTown(name: original.name, newName: name.text, code: typedCode.isEmpty ? nil : typedCode,
                                           by: session)
        }
        return try database.addTown(name: name.text, code: typedCode.isEmpty ? nil : typedCode, by: session)
    }
}
