import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 个案服务记录: one intervention contact — date, duration, place, method, content and progress toward each goal of
/// the plan (CASE-13). The store refuses it before the client's consent (CASE-04) or before the case opened.
final class ServiceRecordEditor {
    private let dialog: EditorDialog
    private let content: TextView

    init(parent: Window, database: AppDatabase, session: Session, caseFile: CaseFile, goals: [String],
         onSaved: @escaping (ServiceRecord) -> Void) {
        dialog = EditorDialog(resource: "service-record-editor.ui", windowID: "service_record_editor", parent: parent,
                              title: trf("Service Record of %@", caseFile.code))
        let b = dialog.builder
        let date = b.get(Entry.self, "date_entry")
        let duration = b.get(Entry.self, "duration_entry")
        let place = b.get(Entry.self, "place_entry")
        let method = b.get(DropDown.self, "method_dropdown")
        content = b.get(TextView.self, "content_text")
        let progress = b.get(TextView.self, "progress_text")
        let notes = b.get(TextView.self, "notes_text")
        let methods = ServiceMethod.allCases
        method.setItems(methods.map { tr($0.title) })
        date.text = CalendarDate.today().description
        progress.text = goals.map { "\($0): " }.joined(separator: "\n")
        progress.tooltip = tr("One goal per line: the goal, a colon, the progress made")
        dialog.onSave({
            guard let minutes = Int(duration.text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(field: N_("Duration"), N_("“%@” is not a number of minutes"), duration.text)
            }
            let draft = ServiceRecordDraft(
                caseID: caseFile.id, servedOn: try CalendarDate(parsing: date.text, field: N_("Service date")),
                durationMinutes: minutes, place: place.text, method: methods[method.selectedIndex ?? 0],
                content: self.content.text, goalProgress: ServiceRecordEditor.progress(progress.text), notes: notes.text)
            return try database.addServiceRecord(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: content) }

    /// "goal: progress" lines; a goal left without progress is left out.
    private static func progress(_ text: String) -> [GoalProgress] {
        text.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let goal = line[..<colon].trimmingCharacters(in: .whitespaces)
            let progress = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return goal.isEmpty || progress.isEmpty ? nil : GoalProgress(goal: goal, progress: progress)
        }
    }
}
