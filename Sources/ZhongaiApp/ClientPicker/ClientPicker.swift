import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Finds a client on file (by name, phone or its last four digits, or ID number) among those the worker may see,
/// masked as lists are; choosing one opens their record in full, which is a logged view (CONF-02).
final class ClientPicker {
    private let dialog: EditorDialog
    private let search: Entry

    init(parent: Window, database: AppDatabase, session: Session, onChosen: @escaping (Client) -> Void) {
        dialog = EditorDialog(resource: "client-picker.ui", windowID: "client_picker", parent: parent,
                              title: tr("Choose a Client"))
        search = dialog.builder.get(Entry.self, "client_search")
        let categories = Dictionary(((try? database.clientCategories()) ?? []).map { ($0.code, $0.name) },
                                    uniquingKeysWith: { a, _ in a })
        let list = TableView<ClientSummary>(columnView: dialog.builder.get(Widget.self, "client_list"), columns: [
            (tr("Full name"), { $0.name }),
            (tr("Phone"), { $0.phone ?? "" }),
            (tr("Birth year"), { $0.birthYear.map(String.init) ?? "" }),
            (tr("Category"), { categories[$0.categoryCode] ?? $0.categoryCode }),
            (tr("Holder"), { $0.holderCode }),
        ])
        let search = self.search
        search.onSearchChanged {
            let text = search.text.trimmingCharacters(in: .whitespaces)
            list.show(text.isEmpty ? [] : ((try? database.findClients(text, as: session)) ?? []))
        }
        dialog.onSave({
            guard let chosen = list.selectedValue else {
                throw ValidationError(field: N_("Client"), N_("choose one in the list"))
            }
            return try database.client(id: chosen.id, as: session)
        }, onSaved: onChosen)
        list.onRowActivated { [dialog] in dialog.builder.get(Button.self, "save_button").activate() }
    }

    func present() { dialog.present(focus: search) }
}
