import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A new visit target (CHK-05): the unit and person, the kind the source names, optionally its town and service
/// point.
final class VisitTargetDialog {
    private let dialog: EditorDialog
    private let name: Entry

    init(parent: Window, database: AppDatabase, session: Session, points: [ServicePoint],
         onSaved: @escaping (VisitTarget) -> Void) {
        dialog = EditorDialog(resource: "visit-target-dialog.ui", windowID: "visit_target_dialog", parent: parent,
                              title: tr("New Visit Target"))
        let b = dialog.builder
        name = b.get(Entry.self, "name_entry")
        let kind = b.get(DropDown.self, "kind_dropdown")
        let town = b.get(Entry.self, "town_entry")
        let point = b.get(DropDown.self, "point_dropdown")
        let kinds = VisitTargetKind.allCases
        kind.setItems(kinds.map { tr($0.title) })
        point.setItems([tr("(none)")] + points.map(\.name))
        dialog.onSave({ [name] in
            let pointID = point.selectedIndex.flatMap { $0 > 0 && $0 <= points.count ? points[$0 - 1].id : nil }
            return try database.addVisitTarget(
                VisitTargetDraft(name: name.text, kind: kinds[kind.selectedIndex ?? 0], townName: town.text,
                                 servicePointID: pointID), as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }
}
