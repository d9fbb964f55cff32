import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Records that a volunteer left, with the day and the reason. A volunteer is never deleted (CONF-05): they stay on
/// file, counted as recruited in the month they joined (IND-01), and serve no more after that day.
final class VolunteerLeaveDialog {
    private let dialog: EditorDialog
    private let reason: Entry

    init(parent: Window, database: AppDatabase, session: Session, volunteer: VolunteerSummary,
         onSaved: @escaping (Volunteer) -> Void) {
        dialog = EditorDialog(resource: "volunteer-leave-dialog.ui", windowID: "volunteer_leave_dialog", parent: parent,
                              title: tr("Volunteer Left"))
        let b = dialog.builder
        let who = b.get(Entry.self, "volunteer_entry")
        let day = b.get(Entry.self, "left_entry")
        reason = b.get(Entry.self, "reason_entry")
        who.text = "\(volunteer.number) \(volunteer.name)"
        who.isEditable = false
        day.text = CalendarDate.today().description
        dialog.onSave({ [reason] in
            try database.volunteerLeft(id: volunteer.id, on: try CalendarDate(parsing: day.text, field: N_("Left on")),
                                       reason: reason.text, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: reason) }
}
