import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 新建小组/活动: the kind, title, whether it is an outing (GRP-10), its days and the registration window of GRP-03.
/// The store gives it its archive code (G or P, ARC-01) in the same transaction that creates it.
final class ProgrammeEditor {
    private let dialog: EditorDialog
    private let title: Entry

    init(parent: Window, database: AppDatabase, session: Session, onSaved: @escaping (Programme) -> Void) {
        dialog = EditorDialog(resource: "programme-editor.ui", windowID: "programme_editor", parent: parent,
                              title: tr("New Group or Activity"))
        let b = dialog.builder
        let kind = b.get(DropDown.self, "kind_dropdown")
        title = b.get(Entry.self, "title_entry")
        let outing = b.get(CheckButton.self, "outing_check")
        let fixedMembers = b.get(CheckButton.self, "fixed_members_check")
        let starts = b.get(Entry.self, "starts_entry")
        let ends = b.get(Entry.self, "ends_entry")
        let opens = b.get(Entry.self, "opens_entry")
        let closes = b.get(Entry.self, "closes_entry")
        let kinds = ProgrammeKind.allCases
        kind.setItems(kinds.map { tr($0.title) })
        b.get(Label.self, "hint_label").text = tr("Registration opens between a month and two weeks before the start (GRP-03); leave both registration dates empty for an activity without fixed members.")
        // A group always has fixed members (GRP-03); the choice is an activity's.
        let updateFixed = { fixedMembers.isSensitive = !kinds[kind.selectedIndex ?? 0].isGroup }
        kind.onSelectionChanged(updateFixed)
        updateFixed()
        dialog.onSave({
            func date(_ entry: Entry, _ field: String) throws -> CalendarDate? {
                let text = entry.text.trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : try CalendarDate(parsing: text, field: field)
            }
            guard let startsOn = try date(starts, N_("Starts on")) else {
                throw ValidationError(field: N_("Starts on"), N_("enter a date written YYYY-MM-DD"))
            }
            let endsOn = try date(ends, N_("Ends on")) ?? startsOn
            let opensOn = try date(opens, N_("Registration opens"))
            let closesOn = try date(closes, N_("Registration closes"))
            var window: RegistrationWindow?
            switch (opensOn, closesOn) {
            case (nil, nil): window = nil
            case (let o?, let c?): window = RegistrationWindow(opensOn: o, closesOn: c)
            case (nil, _): throw ValidationError(field: N_("Registration opens"), N_("enter both registration dates or neither"), rule: "GRP-03")
            case (_, nil): throw ValidationError(field: N_("Registration closes"), N_("enter both registration dates or neither"), rule: "GRP-03")
            }
            let chosen = kinds[kind.selectedIndex ?? 0]
            let draft = ProgrammeDraft(kind: chosen, title: self.title.text, isOuting: outing.isActive,
                                       hasFixedMembers: chosen.isGroup || fixedMembers.isActive,
                                       startsOn: startsOn, endsOn: endsOn, registrationWindow: window)
            return try database.createProgramme(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: title) }
}
