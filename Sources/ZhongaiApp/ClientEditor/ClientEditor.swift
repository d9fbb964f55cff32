import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 服务对象: enters a new client, or edits one. A resident ID is checked to its check digit; a minor or a client
/// who cannot decide personally needs a guardian (CASE-04). When the person may already be on file, the matches
/// are named and nothing is saved; a match on name and phone alone can be overridden by saying it is someone else.
final class ClientEditor {
    private let dialog: EditorDialog
    private let name: Entry

    init(parent: Window, database: AppDatabase, session: Session, editing client: Client? = nil,
         onSaved: @escaping (Client) -> Void) {
        dialog = EditorDialog(resource: "client-editor.ui", windowID: "client_editor", parent: parent,
                              title: client == nil ? tr("New Client") : tr("Edit Client"))
        let b = dialog.builder
        name = b.get(Entry.self, "name_entry")
        let gender = b.get(DropDown.self, "gender_dropdown")
        let birth = b.get(Entry.self, "birth_date_entry")
        let category = b.get(DropDown.self, "category_dropdown")
        let phone = b.get(Entry.self, "phone_entry")
        let idKind = b.get(DropDown.self, "id_kind_dropdown")
        let idNumber = b.get(Entry.self, "id_number_entry")
        let address = b.get(Entry.self, "address_entry")
        let lacksCapacity = b.get(CheckButton.self, "lacks_capacity_check")
        let guardian = b.get(Entry.self, "guardian_entry")
        let relationship = b.get(Entry.self, "relationship_entry")
        let guardianPhone = b.get(Entry.self, "guardian_phone_entry")
        let household = b.get(TextView.self, "household_text")
        let note = b.get(TextView.self, "note_text")
        let differentPerson = b.get(CheckButton.self, "different_person_check")

        let genders: [Gender?] = [nil] + Gender.allCases
        gender.setItems(genders.map { $0.map { tr($0.title) } ?? tr("Not recorded") })
        let categories = (try? database.clientCategories()) ?? []
        // No category is chosen for the worker: INTAKE-01 asks for one, and a silent default would be wrong.
        category.setItems([tr("Choose…")] + categories.map(\.name))
        let kinds = ClientIDDocumentKind.allCases
        idKind.setItems(kinds.map { tr($0.title) })
        birth.tooltip = tr("YYYY-MM-DD; taken from a resident ID when left empty")
        household.tooltip = tr("One member per line: name, relationship, birth year if known")

        if let c = client {
            name.text = c.name
            gender.selectedIndex = genders.firstIndex(of: c.gender) ?? 0
            birth.text = c.birthDate?.description ?? ""
            category.selectedIndex = (categories.firstIndex { $0.code == c.categoryCode }).map { $0 + 1 } ?? 0
            phone.text = c.phone ?? ""
            idKind.selectedIndex = c.idDocument.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0
            idNumber.text = c.idDocument?.number ?? ""
            address.text = c.address ?? ""
            lacksCapacity.isActive = c.lacksCapacity
            guardian.text = c.guardian?.name ?? ""
            relationship.text = c.guardian?.relationship ?? ""
            guardianPhone.text = c.guardian?.phone ?? ""
            household.text = HouseholdLines.text(c.household)
            note.text = c.note
        }

        dialog.onSave({
            let birthText = birth.text.trimmingCharacters(in: .whitespaces)
            let guardianName = guardian.text.trimmingCharacters(in: .whitespaces)
            let chosenCategory = category.selectedIndex.flatMap { $0 > 0 ? categories[$0 - 1].code : nil }
            let draft = ClientDraft(
                name: self.name.text, gender: genders[gender.selectedIndex ?? 0],
                birthDate: birthText.isEmpty ? nil : try CalendarDate(parsing: birthText, field: N_("Birth date")),
                categoryCode: chosenCategory ?? "", phone: phone.text,
                idDocument: ClientIDDocument(kind: kinds[idKind.selectedIndex ?? 0], number: idNumber.text),
                address: address.text, lacksCapacity: lacksCapacity.isActive,
                guardian: guardianName.isEmpty && relationship.text.isEmpty ? nil
                    : Guardian(name: guardianName, relationship: relationship.text, phone: guardianPhone.text),
                household: try HouseholdLines.members(household.text), note: note.text,
                holderCode: client?.holderCode)
            if let client { return try database.updateClient(id: client.id, draft, as: session) }
            do {
                return try database.addClient(draft, as: session, allowingDuplicates: differentPerson.isActive)
            } catch let duplicates as PossibleDuplicateClients {
                differentPerson.isVisible = !duplicates.isCertain
                throw duplicates
            }
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }
}
