import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 人员与服务点: staff, service points and towns, kept current by observing the store.
final class DirectoryView {
    enum Page: String { case workers, servicePoints = "service-points", towns }

    let root: Box
    var onSelectionChanged: () -> Void = {}
    private(set) var snapshot = DirectorySnapshot(workers: [], towns: [], townKinds: [:], servicePoints: [],
                                                  sectors: [], postTypes: [])

    var session: Session
    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "directory-view.ui")
    private let stack: Stack
    private let status: Label
    private let workerTable: TableView<Worker>
    private let servicePointTable: TableView<ServicePoint>
    private let townTable: TableView<Town>
    private let workerSearch, servicePointSearch, townSearch: Entry
    private let workerShowInactive, servicePointShowInactive, townShowInactive: CheckButton
    private let names = SnapshotNames()
    private var observation: DirectoryObservation?

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.session = session
        self.parent = parent
        root = builder.get(Box.self, "directory_view")
        stack = builder.get(Stack.self, "directory_stack")
        status = builder.get(Label.self, "status_label")
        workerSearch = builder.get(Entry.self, "worker_search")
        servicePointSearch = builder.get(Entry.self, "service_point_search")
        townSearch = builder.get(Entry.self, "town_search")
        workerShowInactive = builder.get(CheckButton.self, "worker_show_inactive")
        servicePointShowInactive = builder.get(CheckButton.self, "service_point_show_inactive")
        townShowInactive = builder.get(CheckButton.self, "town_show_inactive")

        // Columns look names up in the latest snapshot, so rows name supervisors and towns as they are now.
        let names = self.names
        workerTable = TableView(columnView: builder.get(Widget.self, "worker_list"), columns: [
            (tr("Code"), { $0.code }),
            (tr("Full name"), { $0.name }),
            (tr("Role"), { tr($0.role.title) }),
            (tr("Supervisor"), { names.workerName($0.supervisorCode) }),
            (tr("Service point"), { names.servicePointName($0.servicePointID) }),
            (tr("Post type"), { names.postTypeName($0.postType) }),
            // Phone numbers are sensitive: masked in lists, in full only in the editor (issue 3).
            (tr("Phone"), { $0.phone.map(SensitiveField.maskPhone) ?? "" }),
            (tr("Status"), { $0.isActive ? tr("Active") : tr("Inactive") }),
        ])
        servicePointTable = TableView(columnView: builder.get(Widget.self, "service_point_list"), columns: [
            (tr("Name"), { $0.name }),
            (tr("Town"), { names.townName($0.townID) }),
            (tr("Sector"), { names.sectorName($0.sectorCode) }),
            (tr("Employer unit"), { $0.employerUnit }),
            (tr("Status"), { $0.isActive ? tr("Active") : tr("Inactive") }),
        ])
        townTable = TableView(columnView: builder.get(Widget.self, "town_list"), columns: [
            (tr("Name"), { $0.name }),
            (tr("Archive code"), { $0.code }),
            (tr("Status"), { $0.isActive ? tr("Active") : tr("Inactive") }),
        ])

        for entry in [workerSearch, servicePointSearch, townSearch] {
            entry.onChanged { [unowned self] in showSnapshot() }
        }
        for check in [workerShowInactive, servicePointShowInactive, townShowInactive] {
            check.onToggled { [unowned self] in showSnapshot() }
        }
        workerTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        servicePointTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        townTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        workerTable.onRowActivated { [unowned self] in editSelectedWorker() }
        servicePointTable.onRowActivated { [unowned self] in editSelectedServicePoint() }
        townTable.onRowActivated { [unowned self] in editSelectedTown() }
        stack.onVisibleChildChanged { [unowned self] in onSelectionChanged() }

        do {
            snapshot = try database.directorySnapshot()
            showSnapshot()
            // The store delivers on the main queue, which the GLib loop drains (MainLoopBridge).
            observation = database.observeDirectory { [weak self] snapshot in
                MainActor.assumeIsolated {
                    self?.snapshot = snapshot
                    self?.showSnapshot()
                }
            }
        } catch {
            say(errorText(error))
        }
    }

    var isEmpty: Bool { snapshot.workers.isEmpty }
    var visiblePage: Page? { stack.visibleChildName.flatMap(Page.init(rawValue:)) }
    var selectedWorker: Worker? { workerTable.selectedValue }
    var selectedServicePoint: ServicePoint? { servicePointTable.selectedValue }
    var selectedTown: Town? { townTable.selectedValue }

    func focusSearch() {
        switch visiblePage {
        case .workers, nil: parent.focus(workerSearch)
        case .servicePoints: parent.focus(servicePointSearch)
        case .towns: parent.focus(townSearch)
        }
    }

    // MARK: Commands

    func newWorker() {
        stack.visibleChildName = Page.workers.rawValue
        WorkerEditor(parent: parent, database: database, session: session, snapshot: snapshot, editing: nil) { [weak self] worker in
            self?.say(trf("Added %@ with staff code %@.", worker.name, worker.code))
        }.present()
    }

    func editSelectedWorker() {
        guard let worker = selectedWorker else { return }
        WorkerEditor(parent: parent, database: database, session: session, snapshot: snapshot, editing: worker) { [weak self] worker in
            self?.say(trf("Saved %@.", worker.name))
        }.present()
    }

    func deactivateSelectedWorker() {
        guard let worker = selectedWorker, worker.isActive else { return }
        // Rule CONF-03: what the worker holds goes to 服务部, never straight to a colleague.
        let archive = snapshot.workers.first { $0.isActive && $0.role == .serviceDepartment && $0.code != worker.code }
        let message = archive.map {
            trf("Deactivate %@ (%@)? Every file they hold goes to %@ of the service department. The staff code stays reserved and is never issued again.",
                worker.name, worker.code, $0.name)
        } ?? trf("Deactivate %@ (%@)? The staff code stays reserved and is never issued again.", worker.name, worker.code)
        let session = session
        ConfirmDialog(parent: parent, title: tr("Deactivate Staff Member"), message: message,
                      confirmLabel: tr("_Deactivate")) { [weak self] in
            self?.perform(trf("%@ is deactivated.", worker.name)) {
                try $0.deactivateWorker(code: worker.code, handover: archive.map { .toServiceDepartment(workerCode: $0.code) },
                                        by: session)
            }
        }.present()
    }

    func newServicePoint() {
        stack.visibleChildName = Page.servicePoints.rawValue
        ServicePointEditor(parent: parent, database: database, session: session, snapshot: snapshot, editing: nil) { [weak self] point in
            self?.say(trf("Added service point %@.", point.name))
        }.present()
    }

    func editSelectedServicePoint() {
        guard let point = selectedServicePoint else { return }
        ServicePointEditor(parent: parent, database: database, session: session, snapshot: snapshot, editing: point) { [weak self] point in
            self?.say(trf("Saved %@.", point.name))
        }.present()
    }

    func deactivateSelectedServicePoint() {
        guard let point = selectedServicePoint, point.isActive, let id = point.id else { return }
        let session = session
        ConfirmDialog(parent: parent, title: tr("Deactivate Service Point"),
                      message: trf("Deactivate the service point %@?", point.name),
                      confirmLabel: tr("_Deactivate")) { [weak self] in
            self?.perform(trf("%@ is deactivated.", point.name)) {
                try $0.setServicePointActive(id: id, isActive: false, by: session)
            }
        }.present()
    }

    func newTown() {
        stack.visibleChildName = Page.towns.rawValue
        TownEditor(parent: parent, database: database, session: session, editing: nil) { [weak self] town in
            self?.say(trf("Added %@ with archive code %@.", town.name, town.code))
        }.present()
    }

    func editSelectedTown() {
        guard let town = selectedTown else { return }
        TownEditor(parent: parent, database: database, session: session, editing: town) { [weak self] town in
            self?.say(trf("Saved %@.", town.name))
        }.present()
    }

    func deactivateSelectedTown() {
        guard let town = selectedTown, town.isActive else { return }
        let session = session
        ConfirmDialog(parent: parent, title: tr("Deactivate Town"),
                      message: trf("Deactivate %@? Its archive code %@ stays reserved.", town.name, town.code),
                      confirmLabel: tr("_Deactivate")) { [weak self] in
            self?.perform(trf("%@ is deactivated.", town.name)) {
                try $0.setTownActive(name: town.name, isActive: false, by: session)
            }
        }.present()
    }

    // MARK: Display

    private func perform(_ success: String, _ change: (AppDatabase) throws -> Void) {
        do {
            try change(database)
            say(success)
        } catch {
            say(errorText(error))
        }
    }

    func say(_ text: String) { status.text = text }

    private func showSnapshot() {
        names.update(snapshot)
        workerTable.show(filtered(snapshot.workers, search: workerSearch.text, showInactive: workerShowInactive.isActive,
                                  isActive: \.isActive, text: { [$0.name, $0.code] }),
                         keepingSelection: { $0.code == $1.code })
        servicePointTable.show(filtered(snapshot.servicePoints, search: servicePointSearch.text,
                                        showInactive: servicePointShowInactive.isActive, isActive: \.isActive,
                                        text: { [$0.name, $0.employerUnit, names.townName($0.townID)] }),
                               keepingSelection: { $0.id == $1.id })
        townTable.show(filtered(snapshot.towns, search: townSearch.text, showInactive: townShowInactive.isActive,
                                isActive: \.isActive, text: { [$0.name, $0.code] }),
                       keepingSelection: { $0.id == $1.id })
        onSelectionChanged()
    }

    private func filtered<T>(_ items: [T], search: String, showInactive: Bool, isActive: KeyPath<T, Bool>,
                             text: (T) -> [String]) -> [T] {
        let needle = search.trimmingCharacters(in: .whitespaces).lowercased()
        return items.filter { item in
            (showInactive || item[keyPath: isActive])
                && (needle.isEmpty || text(item).contains { $0.lowercased().contains(needle) })
        }
    }
}
