import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 外展宣传 and 服务简报: one outreach event or one newsletter issue, each counted once for its worker (IND-01;
/// 服务手册 五.4(4)).
final class PublicityEditor {
    enum Kind { case outreach, newsletter }

    private let dialog: EditorDialog
    private let first: Entry

    init(parent: Window, database: AppDatabase, session: Session, kind: Kind, onSaved: @escaping (String) -> Void) {
        dialog = EditorDialog(resource: "publicity-editor.ui", windowID: "publicity_editor", parent: parent,
                              title: kind == .outreach ? tr("New Outreach") : tr("New Newsletter"))
        let b = dialog.builder
        let date = b.get(Entry.self, "date_entry")
        let place = b.get(Entry.self, "place_entry")
        let theme = b.get(Entry.self, "theme_entry")
        let people = b.get(Entry.self, "people_entry")
        let issue = b.get(Entry.self, "issue_entry")
        let title = b.get(Entry.self, "title_entry")
        let worker = b.get(Entry.self, "worker_entry")
        let note = b.get(TextView.self, "note_text")
        let outreachOnly = ["place_entry", "theme_entry", "people_entry", "note_text"]
        let newsletterOnly = ["issue_entry", "title_entry"]
        for id in kind == .outreach ? newsletterOnly : outreachOnly {
            b.get(Widget.self, id + "_label").isVisible = false
            // The note's text view sits in a scrolled window: hide that.
            b.get(Widget.self, id == "note_text" ? "note_text_scroll" : id).isVisible = false
        }
        first = kind == .outreach ? place : issue
        date.text = CalendarDate.today().description
        worker.text = session.workerCode

        dialog.onSave({
            switch kind {
            case .outreach:
                guard let reached = Int(people.text.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(field: N_("People reached"), N_("“%@” is not a number of people"),
                                          people.text, rule: "IND-01")
                }
                let saved = try database.recordOutreach(
                    OutreachDraft(heldOn: try CalendarDate(parsing: date.text, field: N_("Outreach date")),
                                  place: place.text, theme: theme.text, peopleReached: reached, note: note.text,
                                  workerCode: worker.text),
                    as: session)
                return trf("The outreach “%@” is recorded for %@.", saved.theme, saved.workerCode)
            case .newsletter:
                let saved = try database.recordNewsletter(
                    NewsletterDraft(issue: issue.text, title: title.text,
                                    publishedOn: try CalendarDate(parsing: date.text, field: N_("Published on")),
                                    workerCode: worker.text),
                    as: session)
                return trf("The newsletter %@ is recorded for %@.", saved.issue, saved.workerCode)
            }
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: first) }
}
