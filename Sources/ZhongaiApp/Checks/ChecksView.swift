import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 自我检查与拜访用人单位 (CHK-02, CHK-05): the quarterly checks of workers by their supervisors and of the employer
/// relationship at each service point, what is due of them, the list of whom the centre visits with the next visit
/// due, and the visits recorded.
final class ChecksView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "checks-view.ui")
    private let stack: Stack
    private let status: Label
    private let checks: TableView<WorkCheck>
    private let due: TableView<DueItem>
    private let targets: TableView<VisitTarget>
    private let visits: TableView<EmployerVisit>
    private var points: [ServicePoint] = []
    private var supervisees: [Worker] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "checks_view")
        stack = builder.get(Stack.self, "checks_stack")
        status = builder.get(Label.self, "checks_status")
        checks = TableView(columnView: builder.get(Widget.self, "check_list"), columns: [
            (tr("Date"), { $0.checkedOn.description }),
            (tr("Kind"), { tr($0.kind.title) }),
            (tr("Checked"), { $0.kind == .supervisor ? "\($0.subjectName)（\($0.subject)）" : $0.subjectName }),
            (tr("Checker"), { "\($0.checkerName)（\($0.checkerCode)）" }),
            (tr("Check findings"), { $0.findings }),
            (tr("Problems"), { $0.problems }),
            (tr("Measures"), { $0.measures }),
        ])
        due = TableView(columnView: builder.get(Widget.self, "check_due_list"), columns: [
            (tr("Due"), { $0.dueOn?.description ?? "" }),
            (tr("Status"), { tr($0.status.title) }),
            (tr("What is due"), { tr($0.title) }),
            (tr("Detail"), { $0.detail }),
            (tr("Owed by"), { $0.ownerCode }),
            (tr("Rule"), { $0.rule }),
        ])
        targets = TableView(columnView: builder.get(Widget.self, "target_list"), columns: [
            (tr("Kind"), { tr($0.kind.title) }),
            (tr("Unit and person"), { $0.name }),
            (tr("Town"), { $0.townName ?? "" }),
            (tr("Service point"), { $0.servicePointName ?? "" }),
            (tr("Last visit"), { $0.lastVisitedOn?.description ?? tr("never") }),
            (tr("Next visit due"), { $0.nextVisitDue?.description ?? "" }),
        ])
        visits = TableView(columnView: builder.get(Widget.self, "visit_record_list"), columns: [
            (tr("Date of the visit"), { $0.visitedOn.description }),
            (tr("Visit target"), { $0.targetName }),
            (tr("Visitor"), { "\($0.visitorName)（\($0.visitorCode)）" }),
            (tr("People met"), { $0.peopleMet }),
            (tr("Content"), { $0.content }),
            (tr("Follow-up"), { $0.followUp }),
        ])
        checks.onSelectionChanged { [unowned self] in onSelectionChanged() }
        due.onSelectionChanged { [unowned self] in onSelectionChanged() }
        visits.onSelectionChanged { [unowned self] in onSelectionChanged() }
        targets.onSelectionChanged { [unowned self] in
            showVisits()
            onSelectionChanged()
        }
        stack.onVisibleChildChanged { [unowned self] in onSelectionChanged() }
    }

    /// Shows the record a due item is about (`DueSubject.id`): a worker's or a service point's check due ("worker:CODE",
    /// "servicePoint:ID") on the checks page, a visit target ("target:ID") on the visits page.
    func reveal(_ id: String) {
        reload()
        if id.hasPrefix("target:") {
            stack.visibleChildName = "visits"
            if let index = targets.model.values.firstIndex(where: { "target:\($0.id)" == id }) {
                targets.selectedIndex = index
            }
        } else {
            stack.visibleChildName = "checks"
            if let index = due.model.values.firstIndex(where: { $0.subject.id == id }) { due.selectedIndex = index }
        }
        onSelectionChanged()
    }

    func reload() {
        do {
            points = try database.servicePoints().filter { $0.id != nil }
            let workers = try database.workers()
            var supervisorOf: [String: String] = [:]
            for worker in workers { supervisorOf[worker.code] = worker.supervisorCode }
            let chain = SupervisionChain(supervisorOf: supervisorOf)
            supervisees = workers.filter { chain.isSupervised($0.code, by: session.workerCode) }
            checks.show(try database.checks(as: session), keepingSelection: { $0.id == $1.id })
            due.show(try database.checkDeadlines(as: session), keepingSelection: { $0.subject == $1.subject })
            targets.show(try database.visitTargets(as: session), keepingSelection: { $0.id == $1.id })
            showVisits()
            let overdue = due.model.values.filter { $0.status == .overdue }.count
            status.text = trf("%@ checks recorded; %@ items due, %@ overdue", String(checks.model.count),
                              String(due.model.count), String(overdue))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("check-worker") { [unowned self] in recordCheck(.supervisor) },
            ActionTable.Entry("check-employer") { [unowned self] in recordCheck(.employer) },
            ActionTable.Entry("visit-target-add") { [unowned self] in addTarget() },
            ActionTable.Entry("visit-target-remove") { [unowned self] in removeTarget() },
            ActionTable.Entry("visit-record") { [unowned self] in recordVisit() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let role = session.role
        actions.setEnabled("check-worker", visible && CheckKind.supervisor.checkerRoles.contains(role) && !supervisees.isEmpty)
        actions.setEnabled("check-employer", visible && CheckKind.employer.checkerRoles.contains(role) && !points.isEmpty)
        actions.setEnabled("visit-target-add", visible && VisitTarget.managingRoles.contains(role))
        actions.setEnabled("visit-target-remove", visible && VisitTarget.managingRoles.contains(role)
                               && targets.selectedValue != nil)
        actions.setEnabled("visit-record", visible && targets.selectedValue.map { $0.kind.visitorRoles.contains(role) } == true)
    }

    // MARK: Commands

    private func recordCheck(_ kind: CheckKind) {
        let subjects: [(value: String, label: String)] = kind == .supervisor
            ? supervisees.map { ($0.code, "\($0.name)（\($0.code)）") }
            : points.compactMap { point in point.id.map { (String($0), point.name) } }
        // A due row of this kind preselects its subject.
        let selected = due.selectedValue.flatMap { item -> String? in
            let parts = item.subject.id.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == (kind == .supervisor ? "worker" : "servicePoint") else { return nil }
            return parts[1]
        }
        CheckDialog(parent: parent, database: database, session: session, kind: kind, subjects: subjects,
                    selected: selected) { [weak self] check in
            self?.reload()
            self?.status.text = trf("The check of %@ is recorded.", check.subjectName)
        }.present()
    }

    private func addTarget() {
        VisitTargetDialog(parent: parent, database: database, session: session, points: points) { [weak self] target in
            self?.reload()
            self?.status.text = trf("%@ is on the list; its first visit is due now (CHK-05).", target.name)
        }.present()
    }

    private func removeTarget() {
        guard let target = targets.selectedValue else { return }
        do {
            try database.setVisitTargetActive(id: target.id, false, as: session)
            reload()
            status.text = trf("%@ is off the list; its visits are kept.", target.name)
        } catch {
            status.text = errorText(error)
        }
    }

    private func recordVisit() {
        guard let target = targets.selectedValue else { return }
        EmployerVisitDialog(parent: parent, database: database, session: session, target: target) { [weak self] visit in
            self?.reload()
            self?.status.text = trf("The visit to %@ is recorded.", visit.targetName)
        }.present()
    }

    private func showVisits() {
        do {
            visits.show(try database.employerVisits(targetID: targets.selectedValue?.id, as: session),
                        keepingSelection: { $0.id == $1.id })
        } catch {
            status.text = errorText(error)
        }
    }
}
