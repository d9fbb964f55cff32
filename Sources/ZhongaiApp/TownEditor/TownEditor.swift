import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Adds or edits a town or subdistrict. Left empty, the archive code comes from the place-name
/// initials, told apart from other towns' codes (ARC-02).
final class TownEditor {
    private let builder = Builder(resource: "town-editor.ui")
    private let window: Window
    private let name, code: Entry
    private let error: Label

    init(parent: Window, database: AppDatabase, editing original: Town?, onSaved: @escaping (Town) -> Void) {
        window = builder.get(Window.self, "town_editor")
        name = builder.get(Entry.self, "name_entry")
        code = builder.get(Entry.self, "code_entry")
        error = builder.get(Label.self, "error_label")
        window.title = original == nil ? tr("Add Town") : tr("Edit Town")
        window.setTransient(for: parent)
        name.text = original?.name ?? ""
        code.text = original?.code ?? ""
        code.tooltip = tr("Leave empty to use the initials of the place name")

        let save = builder.get(Button.self, "save_button")
        window.setDefaultWidget(save)
        let window = self.window
        builder.get(Button.self, "cancel_button").onClicked { window.destroy() }
        window.onKeyPressed { keyval, _ in
            guard keyval == 0xff1b else { return false }  // Escape
            window.destroy()
            return true
        }
        save.onClicked { [self] in
            do {
                let typedCode = self.code.text.trimmingCharacters(in: .whitespaces)
                let town: Town
                if let original {
                    town = try database.updateTown(name: original.name, newName: self.name.text,
                                                   code: typedCode.isEmpty ? nil : typedCode)
                } else {
                    town = try database.addTown(name: self.name.text, code: typedCode.isEmpty ? nil : typedCode)
                }
                onSaved(town)
                window.destroy()
            } catch {
                self.error.text = errorText(error)
                self.error.isVisible = true
            }
        }
    }

    func present() {
        window.present()
        window.focus(name)
    }
}
