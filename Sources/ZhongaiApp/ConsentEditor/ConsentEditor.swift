import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Records a client's consent (CASE-04: no service before it; a guardian signs for a minor or a client
/// without capacity; CONF-01: sharing only with the agencies named). The worker signed in holds it.
final class ConsentEditor {
    private let dialog: EditorDialog
    private let clientID: Entry
    private let givenOnEntry: Entry

    /// With `client`, the form is for that client (from their case file): their details are filled in.
    init(parent: Window, database: AppDatabase, session: Session, client: Client? = nil,
         onSaved: @escaping (Consent) -> Void) {
        dialog = EditorDialog(resource: "consent-editor.ui", windowID: "consent_editor", parent: parent,
                              title: tr("Record Consent"))
        let b = dialog.builder
        clientID = b.get(Entry.self, "client_id_entry")
        let name = b.get(Entry.self, "client_name_entry")
        let birth = b.get(Entry.self, "birth_date_entry")
        let lacksCapacity = b.get(CheckButton.self, "lacks_capacity_check")
        let phone = b.get(Entry.self, "phone_entry")
        let guardian = b.get(Entry.self, "guardian_entry")
        let relationship = b.get(Entry.self, "relationship_entry")
        let givenOn = b.get(Entry.self, "given_on_entry")
        givenOnEntry = givenOn
        let service = b.get(CheckButton.self, "service_check")
        let agencies = b.get(Entry.self, "agencies_entry")
        let method = b.get(DropDown.self, "method_dropdown")
        let note = b.get(Entry.self, "note_entry")
        let methods = ConsentRecordingMethod.allCases
        method.setItems(methods.map { tr($0.title) })
        givenOn.text = CalendarDate.today().description
        service.isActive = true
        birth.tooltip = tr("YYYY-MM-DD; needed when the client signs personally")
        agencies.tooltip = tr("Agencies the client allows information to go to, separated by commas")
        if let client {
            clientID.text = client.id
            clientID.isEditable = false
            name.text = client.name
            birth.text = client.birthDate?.description ?? ""
            lacksCapacity.isActive = client.lacksCapacity
            phone.text = client.phone ?? ""
            guardian.text = client.guardian?.name ?? ""
            relationship.text = client.guardian?.relationship ?? ""
        }
        let clientID = self.clientID
        dialog.onSave({
            let birthText = birth.text.trimmingCharacters(in: .whitespaces)
            let guardianName = guardian.text.trimmingCharacters(in: .whitespaces)
            let draft = ConsentDraft(
                clientID: clientID.text, clientName: name.text,
                clientBirthDate: birthText.isEmpty ? nil : try CalendarDate(parsing: birthText, field: N_("Birth date")),
                clientLacksCapacity: lacksCapacity.isActive, clientPhone: phone.text,
                giver: guardianName.isEmpty ? .client : .guardian(name: guardianName, relationship: relationship.text),
                givenOn: try CalendarDate(parsing: givenOn.text, field: N_("Date given")),
                scope: ConsentScope(receivingService: service.isActive,
                                    sharingAgencies: agencies.text.split(whereSeparator: { ",，、".contains($0) })
                                        .map { $0.trimmingCharacters(in: .whitespaces) }),
                recordedAs: methods[method.selectedIndex ?? 0], note: note.text)
            return try database.recordConsent(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: clientID.isEditable ? clientID : givenOnEntry) }
}
