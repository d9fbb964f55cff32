import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 志愿者: enters a volunteer, or edits one. The recruiter is credited in the month of joining (IND-01); when a
/// volunteer with the same name and phone is on file, nothing is saved until the worker says it is someone else.
final class VolunteerEditor {
    private let dialog: EditorDialog
    private let name: Entry

    init(parent: Window, database: AppDatabase, session: Session, editing volunteer: Volunteer? = nil,
         onSaved: @escaping (Volunteer) -> Void) {
        dialog = EditorDialog(resource: "volunteer-editor.ui", windowID: "volunteer_editor", parent: parent,
                              title: volunteer == nil ? tr("New Volunteer") : tr("Edit Volunteer"))
        let b = dialog.builder
        name = b.get(Entry.self, "name_entry")
        let gender = b.get(DropDown.self, "gender_dropdown")
        let phone = b.get(Entry.self, "phone_entry")
        let birthYear = b.get(Entry.self, "birth_year_entry")
        let joined = b.get(Entry.self, "joined_entry")
        let recruiter = b.get(Entry.self, "recruiter_entry")
        let skills = b.get(Entry.self, "skills_entry")
        let note = b.get(TextView.self, "note_text")
        let differentPerson = b.get(CheckButton.self, "different_person_check")

        let genders: [Gender?] = [nil] + Gender.allCases
        gender.setItems(genders.map { $0.map { tr($0.title) } ?? tr("Not recorded") })
        joined.text = CalendarDate.today().description
        recruiter.text = session.workerCode
        if let v = volunteer {
            name.text = v.name
            gender.selectedIndex = genders.firstIndex(of: v.gender) ?? 0
            phone.text = v.phone ?? ""
            birthYear.text = v.birthYear.map(String.init) ?? ""
            joined.text = v.joinedOn.description
            recruiter.text = v.recruitedBy
            recruiter.isEditable = false
            skills.text = v.skills
            note.text = v.note
        }

        dialog.onSave({
            let yearText = birthYear.text.trimmingCharacters(in: .whitespaces)
            var year: Int?
            if !yearText.isEmpty {
                guard let parsed = Int(yearText) else {
                    throw ValidationError(field: N_("Birth year"), N_("“%@” is not a year"), yearText)
                }
                year = parsed
            }
            let draft = VolunteerDraft(
                name: self.name.text, gender: genders[gender.selectedIndex ?? 0], phone: phone.text, birthYear: year,
                skills: skills.text, note: note.text,
                joinedOn: try CalendarDate(parsing: joined.text, field: N_("Joined on")), recruitedBy: recruiter.text)
            if let v = volunteer { return try database.updateVolunteer(id: v.id, draft, as: session) }
            do {
                return try database.addVolunteer(draft, as: session, allowingDuplicates: differentPerson.isActive)
            } catch let duplicates as PossibleDuplicateVolunteers {
                differentPerson.isVisible = true
                var matches = duplicates.duplicates.map { "\($0.number) \($0.name) \($0.phone ?? "—")" }
                if duplicates.heldElsewhere > 0 {
                    matches.append(trf("%@ held by a colleague", String(duplicates.heldElsewhere)))
                }
                throw ValidationError(field: N_("Volunteer"),
                                      N_("may already be on file: %@. If this is someone else, tick the box below and save again"),
                                      matches.joined(separator: "; "), rule: "IND-01")
            }
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }
}
