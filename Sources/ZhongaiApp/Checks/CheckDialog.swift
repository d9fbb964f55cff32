import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A quarterly check (CHK-02; 自我检查制度 五: findings, strengths, problems, measures) of a worker the signed-in
/// supervisor supervises, or of the employer relationship at a service point. `subjects` are the choices: the
/// subject's value (a staff code or a service point id) and its label.
final class CheckDialog {
    private let dialog: EditorDialog
    private let subject: DropDown

    init(parent: Window, database: AppDatabase, session: Session, kind: CheckKind,
         subjects: [(value: String, label: String)], selected: String? = nil, onSaved: @escaping (WorkCheck) -> Void) {
        dialog = EditorDialog(resource: "check-dialog.ui", windowID: "check_dialog", parent: parent,
                              title: tr(kind.title))
        let b = dialog.builder
        subject = b.get(DropDown.self, "subject_dropdown")
        let date = b.get(Entry.self, "date_entry")
        let findings = b.get(TextView.self, "findings_text")
        let strengths = b.get(Entry.self, "strengths_entry")
        let problems = b.get(Entry.self, "problems_entry")
        let measures = b.get(Entry.self, "measures_entry")
        subject.setItems(subjects.map(\.label), selected: subjects.firstIndex { $0.value == selected } ?? 0)
        date.text = CalendarDate.today().description
        dialog.onSave({ [subject] in
            let value = subject.selectedIndex.flatMap { subjects.indices.contains($0) ? subjects[$0].value : nil } ?? ""
            return try database.recordCheck(
                CheckDraft(kind: kind, subject: value, checkedOn: try CalendarDate(parsing: date.text, field: N_("Check date")),
                           findings: findings.text, strengths: strengths.text, problems: problems.text,
                           measures: measures.text), as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: subject) }
}
