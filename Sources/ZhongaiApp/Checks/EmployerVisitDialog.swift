import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A visit to a target (CHK-05): the day, whom the visitor met, what was reported and heard, and what follows.
final class EmployerVisitDialog {
    private let dialog: EditorDialog
    private let people: Entry

    init(parent: Window, database: AppDatabase, session: Session, target: VisitTarget,
         onSaved: @escaping (EmployerVisit) -> Void) {
        dialog = EditorDialog(resource: "employer-visit-dialog.ui", windowID: "employer_visit_dialog", parent: parent,
                              title: tr("Record a Visit"))
        let b = dialog.builder
        b.get(Label.self, "target_label").text = "\(target.name) · \(tr(target.kind.title))"
        let date = b.get(Entry.self, "date_entry")
        people = b.get(Entry.self, "people_entry")
        let content = b.get(TextView.self, "content_text")
        let followUp = b.get(Entry.self, "follow_up_entry")
        date.text = CalendarDate.today().description
        dialog.onSave({ [people] in
            try database.recordEmployerVisit(
                EmployerVisitDraft(targetID: target.id,
                                   visitedOn: try CalendarDate(parsing: date.text, field: N_("Date of the visit")),
                                   peopleMet: people.text, content: content.text, followUp: followUp.text),
                as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: people) }
}
