import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 报名表 (GRP-03): one participant's registration — name, phone, gender, age group, and the client on file they
/// are, when known (chosen with `ClientPicker`, which fills the name and phone from the record).
final class RegistrationEditor {
    private let dialog: EditorDialog
    private let name: Entry
    private var clientID: String?

    init(parent: Window, database: AppDatabase, session: Session, programme: Programme,
         onSaved: @escaping (Registration) -> Void) {
        dialog = EditorDialog(resource: "registration-editor.ui", windowID: "registration_editor", parent: parent,
                              title: trf("Registration for %@", programme.title))
        let b = dialog.builder
        name = b.get(Entry.self, "name_entry")
        let phone = b.get(Entry.self, "phone_entry")
        let gender = b.get(DropDown.self, "gender_dropdown")
        let age = b.get(DropDown.self, "age_dropdown")
        let date = b.get(Entry.self, "date_entry")
        let clientLabel = b.get(Label.self, "client_button_label")
        let genders = ParticipantGender.allCases, ages = AgeGroup.allCases
        gender.setItems(genders.map { tr($0.title) }, selected: genders.firstIndex(of: .unstated) ?? 0)
        age.setItems(ages.map { tr($0.title) }, selected: ages.firstIndex(of: .unstated) ?? 0)
        date.text = CalendarDate.today().description
        if let window = programme.registrationWindow {
            b.get(Label.self, "hint_label").text = trf("Registration is open from %@ to %@ (GRP-03).",
                                                       window.opensOn.description, window.closesOn.description)
        }
        let dialogWindow = dialog.window
        b.get(Button.self, "client_button").onClicked { [unowned self] in
            ClientPicker(parent: dialogWindow, database: database, session: session) { [weak self] client in
                guard let self else { return }
                clientID = client.id
                name.text = client.name
                phone.text = client.phone ?? ""
                clientLabel.text = trf("Client on file: %@", client.name)
            }.present()
        }
        dialog.onSave({
            let draft = RegistrationDraft(name: self.name.text, phone: phone.text,
                                          gender: genders[gender.selectedIndex ?? 0], ageGroup: ages[age.selectedIndex ?? 0],
                                          clientID: self.clientID,
                                          registeredOn: try CalendarDate(parsing: date.text, field: N_("Registered on")))
            return try database.register(draft, in: programme.id, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }
}
