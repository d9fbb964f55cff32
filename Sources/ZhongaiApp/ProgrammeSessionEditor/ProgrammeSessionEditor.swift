import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 一节活动: a session of a group or a sitting of an activity — its date within the programme's days, start time,
/// length and venue. The store numbers it after the sessions already scheduled.
final class ProgrammeSessionEditor {
    private let dialog: EditorDialog
    private let date: Entry

    init(parent: Window, database: AppDatabase, session: Session, programme: ProgrammeDetail,
         onSaved: @escaping (ProgrammeSession) -> Void) {
        dialog = EditorDialog(resource: "programme-session-editor.ui", windowID: "programme_session_editor",
                              parent: parent, title: trf("New Session of %@", programme.programme.code))
        let b = dialog.builder
        date = b.get(Entry.self, "date_entry")
        let time = b.get(Entry.self, "time_entry")
        let duration = b.get(Entry.self, "duration_entry")
        let venue = b.get(Entry.self, "venue_entry")
        let last = programme.sessions.last
        date.text = (last.map { $0.heldOn.adding(days: 7) } ?? programme.programme.startsOn).description
        time.text = last?.startTime ?? ""
        duration.text = last.map { String($0.durationMinutes) } ?? "90"
        venue.text = last?.venue ?? ""
        b.get(Label.self, "hint_label").text = trf("Within the programme's days, %@ to %@.",
                                                   programme.programme.startsOn.description,
                                                   programme.programme.endsOn.description)
        let programmeID = programme.programme.id
        dialog.onSave({
            guard let minutes = Int(duration.text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(field: N_("Duration"), N_("“%@” is not a number of minutes"), duration.text)
            }
            let draft = SessionDraft(heldOn: try CalendarDate(parsing: self.date.text, field: N_("Session date")),
                                     startTime: time.text, durationMinutes: minutes, venue: venue.text)
            return try database.addSession(draft, to: programmeID, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: date) }
}
