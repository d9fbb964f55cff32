import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 志愿者培训 and 志愿者提供服务: one training (one 次 for its trainer) or one day of volunteers' service (one 人次
/// per volunteer for its organiser; IND-01). Volunteers are named by number, typed or added from the list of the
/// active volunteers the worker reaches.
final class VolunteerActivityEditor {
    enum Kind { case training, service }

    private let dialog: EditorDialog
    private let date: Entry
    private let picker: TableView<VolunteerSummary>

    init(parent: Window, database: AppDatabase, session: Session, kind: Kind, volunteers: [VolunteerSummary],
         onSaved: @escaping (String) -> Void) {
        dialog = EditorDialog(resource: "volunteer-activity-editor.ui", windowID: "volunteer_activity_editor",
                              parent: parent,
                              title: kind == .training ? tr("New Volunteer Training") : tr("Record Volunteer Service"))
        let b = dialog.builder
        date = b.get(Entry.self, "date_entry")
        let title = b.get(Entry.self, "title_entry")
        let minutes = b.get(Entry.self, "minutes_entry")
        let hours = b.get(Entry.self, "hours_entry")
        let activity = b.get(Entry.self, "activity_entry")
        let programme = b.get(Entry.self, "programme_entry")
        let worker = b.get(Entry.self, "worker_entry")
        let numbers = b.get(Entry.self, "volunteers_entry")
        picker = TableView(columnView: b.get(Widget.self, "volunteer_pick_list"), columns: [
            (tr("Number"), { String($0.number) }),
            (tr("Volunteer name"), { $0.name }),
            (tr("Skills"), { $0.skills }),
        ])
        let training = ["title_entry", "minutes_entry"]
        let service = ["hours_entry", "activity_entry", "programme_entry"]
        for id in kind == .training ? service : training {
            b.get(Widget.self, id).isVisible = false
            b.get(Widget.self, id + "_label").isVisible = false
        }
        date.text = CalendarDate.today().description
        worker.text = session.workerCode
        picker.show(volunteers)
        let picker = self.picker
        b.get(Button.self, "volunteer_pick_list_add_button").onClicked {
            guard let chosen = picker.selectedValue else { return }
            let current = VolunteerActivityEditor.keys(numbers.text)
            if !current.contains(String(chosen.number)) {
                numbers.text = (current + [String(chosen.number)]).joined(separator: " ")
            }
        }

        dialog.onSave({ [date] in
            let keys = VolunteerActivityEditor.keys(numbers.text)
            switch kind {
            case .training:
                guard let length = Int(minutes.text.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(field: N_("Minutes"), N_("“%@” is not a number of minutes"), minutes.text)
                }
                let saved = try database.recordVolunteerTraining(
                    VolunteerTrainingDraft(heldOn: try CalendarDate(parsing: date.text, field: N_("Training date")),
                                           title: title.text, minutes: length, attendeeIDs: keys,
                                           trainerCode: worker.text),
                    as: session)
                return trf("The training “%@” is recorded: one training for %@.", saved.title, saved.trainerCode)
            case .service:
                guard let served = Double(hours.text.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(field: N_("Hours"), N_("“%@” is not a number of hours"), hours.text,
                                          rule: "IND-01")
                }
                let saved = try database.recordVolunteerService(
                    VolunteerServiceDraft(servedOn: try CalendarDate(parsing: date.text, field: N_("Service date")),
                                          hours: served, volunteerIDs: keys, activity: activity.text,
                                          programmeCode: programme.text, organiserCode: worker.text),
                    as: session)
                return trf("The service is recorded: %@ person-times for %@.", String(saved.personTimes),
                           saved.organiserCode)
            }
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: date) }

    /// "1, 3 5" → ["1", "3", "5"].
    static func keys(_ text: String) -> [String] {
        text.split(whereSeparator: { " ,，、;；".contains($0) }).map(String.init)
    }
}
