import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Adds a staff member (the staff code is issued on save) or edits one (the code never changes: ARC-06).
final class WorkerEditor {
    private let dialog: EditorDialog
    private let name, phone: Entry
    private let role, supervisor, servicePoint, postType: DropDown
    private let roles = Role.allCases
    private let supervisors: [Worker]
    private let points: [ServicePoint]
    private let postTypes: [PostType]

    init(parent: Window, database: AppDatabase, session: Session, snapshot: DirectorySnapshot, editing original: Worker?,
         onSaved: @escaping (Worker) -> Void) {
        dialog = EditorDialog(resource: "worker-editor.ui", windowID: "worker_editor", parent: parent,
                              title: original == nil ? tr("Add Staff Member") : tr("Edit Staff Member"))
        let builder = dialog.builder
        name = builder.get(Entry.self, "name_entry")
        phone = builder.get(Entry.self, "phone_entry")
        role = builder.get(DropDown.self, "role_dropdown")
        supervisor = builder.get(DropDown.self, "supervisor_dropdown")
        servicePoint = builder.get(DropDown.self, "service_point_dropdown")
        postType = builder.get(DropDown.self, "post_type_dropdown")
        supervisors = snapshot.workers.filter { $0.isActive && $0.code != original?.code }
        points = snapshot.servicePoints.filter { $0.isActive || $0.id == original?.servicePointID }
        postTypes = snapshot.postTypes

        builder.get(Label.self, "code_label").text = original?.code ?? tr("Issued on saving")
        let none = tr("(none)")
        role.setItems(roles.map { tr($0.title) }, selected: roles.firstIndex(of: original?.role ?? .frontline) ?? 0)
        supervisor.setItems([none] + supervisors.map { "\($0.name) (\($0.code)) · \(tr($0.role.title))" },
                            selected: original?.supervisorCode.flatMap { code in supervisors.firstIndex { $0.code == code } }.map { $0 + 1 } ?? 0)
        servicePoint.setItems([none] + points.map(\.name),
                              selected: original?.servicePointID.flatMap { id in points.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0)
        postType.setItems([none] + postTypes.map(\.name),
                          selected: original?.postType.flatMap { code in postTypes.firstIndex { $0.code == code } }.map { $0 + 1 } ?? 0)
        name.text = original?.name ?? ""
        phone.text = original?.phone ?? ""

        dialog.onSave({ [self] in try save(to: database, as: session, original: original) }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }

    private func save(to database: AppDatabase, as session: Session, original: Worker?) throws -> Worker {
        let chosenRole = roles[role.selectedIndex ?? 0]
        let chosenSupervisor = choice(supervisor, in: supervisors)?.code
        let chosenPoint = choice(servicePoint, in: points)?.id
        let chosenPostType = choice(postType, in: postTypes)?.code
        let phoneText = phone.text.trimmingCharacters(in: .whitespaces)
        if var worker = original {
            worker.name = name.text
            worker.role = chosenRole
            worker.supervisorCode = chosenSupervisor
            worker.servicePointID = chosenPoint
            worker.postType = chosenPostType
            worker.phone = phoneText.isEmpty ? nil : phoneText
            return try database.updateWorker(worker, by: session)
        }
        return try database.addWorker(name: name.text, role: chosenRole, supervisorCode: chosenSupervisor,
                                      servicePointID: chosenPoint, postType: chosenPostType,
                                      phone: phoneText.isEmpty ? nil : phoneText, by: session)
    }

    /// The item chosen in a dropdown whose first entry is “(none)”.
    private func choice<T>(_ dropDown: DropDown, in items: [T]) -> T? {
        guard let index = dropDown.selectedIndex, index > 0, index - 1 < items.count else { return nil }
        return items[index - 1]
    }
}
