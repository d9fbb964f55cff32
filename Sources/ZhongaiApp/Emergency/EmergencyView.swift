import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 突发事件应急方案: the six plans in their current version with their steps, roles and numbers (EMG-02), the safety
/// group of a service point (EMG-01, the worker's own first), the history of events and drills per site and kind
/// with the time each took (EMG-03), and the workplace safety inspections with their follow-ups and next due dates
/// (CHK-04). Events start from the header button anywhere in the program (`win.emergency-start`, Ctrl+Shift+E).
final class EmergencyView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "emergency-view.ui")
    private let stack: Stack
    private let status: Label
    private let plans: TableView<EmergencyPlan>
    private let planSteps: TableView<EmergencyPlanStep>
    private let safetyPoint: DropDown
    private let safetyGroup: TableView<SafetyGroupMember>
    private let historyPoint: DropDown
    private let historyKind: DropDown
    private let events: TableView<EmergencyEventSummary>
    private let summary: TableView<EmergencyHistoryLine>
    private let inspectionPoint: DropDown
    private let inspections: TableView<SafetyInspection>
    private let deadlines: TableView<SafetyDeadline>
    private var points: [ServicePoint] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "emergency_view")
        stack = builder.get(Stack.self, "emergency_stack")
        status = builder.get(Label.self, "emergency_status")
        plans = TableView(columnView: builder.get(Widget.self, "plan_list"), columns: [
            (tr("Emergency plan"), { tr($0.kind.title) }),
            (tr("Plan title"), { $0.title }),
            (tr("Version"), { String($0.version) }),
            (tr("Steps"), { String($0.steps.count) }),
            (tr("Changed by"), { $0.createdBy ?? tr("as shipped") }),
        ])
        planSteps = TableView(columnView: builder.get(Widget.self, "plan_step_list"), columns: [
            (tr("Step"), { String($0.position) }),
            (tr("What to do"), { $0.text }),
            (tr("Who"), { $0.role.map { tr($0.title) } ?? "" }),
            (tr("Call"), { $0.callNumbers.joined(separator: "、") }),
            (tr("Parallel group"), { String($0.parallelGroup) }),
        ])
        safetyPoint = builder.get(DropDown.self, "safety_point_dropdown")
        safetyGroup = TableView(columnView: builder.get(Widget.self, "safety_list"), columns: [
            (tr("Post"), { tr($0.role.title) }),
            (tr("Person"), { "\($0.workerName)（\($0.workerCode)）" }),
            (tr("Phone"), { $0.phone ?? "" }),
            (tr("Holder or deputy"), { $0.isDeputy ? tr("Deputy") : tr("Holder") }),
            (tr("Source"), { $0.isDefault ? tr("from the directory (EMG-01)") : tr("assigned") }),
        ])
        historyPoint = builder.get(DropDown.self, "history_point_dropdown")
        historyKind = builder.get(DropDown.self, "history_kind_dropdown")
        events = TableView(columnView: builder.get(Widget.self, "event_list"), columns: [
            (tr("Started"), { EmergencyClock.dateTime($0.startedAt) }),
            (tr("Emergency plan"), { tr($0.kind.title) }),
            (tr("Drill or real"), { $0.isDrill ? tr("Drill") : tr("Real event") }),
            (tr("Service point"), { $0.servicePointName }),
            (tr("Time taken"), { $0.durationSeconds.map(EmergencyClock.elapsed) ?? tr("running") }),
            (tr("Steps done"), { "\($0.stepsDone)/\($0.stepCount)" }),
            (tr("Report"), { $0.reportSubmitted ? tr("Submitted") : ($0.endedAt == nil ? "" : tr("Not submitted")) }),
        ])
        summary = TableView(columnView: builder.get(Widget.self, "summary_list"), columns: [
            (tr("Service point"), { $0.servicePointName }),
            (tr("Emergency plan"), { tr($0.kind.title) }),
            (tr("Drills"), { String($0.drills) }),
            (tr("Real events"), { String($0.realEvents) }),
            (tr("Average time"), { $0.averageSeconds.map(EmergencyClock.elapsed) ?? "" }),
            (tr("Last"), { EmergencyClock.dateTime($0.last) }),
        ])
        inspectionPoint = builder.get(DropDown.self, "inspection_point_dropdown")
        inspections = TableView(columnView: builder.get(Widget.self, "inspection_list"), columns: [
            (tr("Date"), { $0.inspectedOn.description }),
            (tr("Service point"), { $0.servicePointName }),
            (tr("Inspector"), { "\($0.inspectorName)（\($0.inspectorCode)）" }),
            (tr("Items recorded"), { "\($0.items.count)/\(InspectionItem.allCases.count)" }),
            (tr("Findings"), { $0.findings.map { tr($0.item.title) }.joined(separator: "、") }),
            (tr("Open follow-ups"), { String($0.followUps.filter { !$0.isDone }.count) }),
        ])
        deadlines = TableView(columnView: builder.get(Widget.self, "follow_up_list"), columns: [
            (tr("Due"), { $0.dueOn.description }),
            (tr("Status"), { tr($0.status.title) }),
            (tr("What is due"), { tr($0.title) }),
            (tr("Service point"), { $0.servicePointName }),
            (tr("Action"), { $0.detail }),
            (tr("Rule"), { $0.rule }),
        ])
        historyKind.setItems([tr("All plans")] + EmergencyPlanKind.allCases.map { tr($0.title) })
        plans.onSelectionChanged { [unowned self] in
            planSteps.show(plans.selectedValue?.steps ?? [])
            onSelectionChanged()
        }
        safetyPoint.onSelectionChanged { [unowned self] in
            showSafetyGroup()
            onSelectionChanged()
        }
        historyPoint.onSelectionChanged { [unowned self] in showHistory() }
        historyKind.onSelectionChanged { [unowned self] in showHistory() }
        events.onSelectionChanged { [unowned self] in onSelectionChanged() }
        events.onRowActivated { [unowned self] in openSelectedEvent() }
        inspections.onSelectionChanged { [unowned self] in onSelectionChanged() }
        inspections.onRowActivated { [unowned self] in openSelectedInspection() }
        deadlines.onSelectionChanged { [unowned self] in onSelectionChanged() }
        stack.onVisibleChildChanged { [unowned self] in onSelectionChanged() }
        EmergencyReportWindow.onChanged = { [weak self] in self?.showHistory() }
    }

    func reload() {
        do {
            let points = try database.servicePoints().filter { $0.id != nil }
            if points != self.points {
                self.points = points
                let mine = points.firstIndex { $0.id == session.servicePointID } ?? 0
                safetyPoint.setItems(points.map(\.name), selected: mine)
                inspectionPoint.setItems(points.map(\.name), selected: mine)
                historyPoint.setItems([tr("All service points")] + points.map(\.name))
            }
            plans.show(try database.emergencyPlans(), keepingSelection: { $0.kind == $1.kind })
            if plans.selectedIndex == nil, plans.model.count > 0 { plans.selectedIndex = 0 }
            planSteps.show(plans.selectedValue?.steps ?? [])
            showSafetyGroup()
            showHistory()
            showInspections()
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("emergency-start", accelerators: ["<Control><Shift>e"]) { [unowned self] in
                EmergencyLauncher.present(parent: parent, database: database, session: session)
            },
            ActionTable.Entry("emergency-edit-plan") { [unowned self] in editSelectedPlan() },
            ActionTable.Entry("emergency-safety-post") { [unowned self] in editSafetyPost() },
            ActionTable.Entry("emergency-open") { [unowned self] in openSelectedEvent() },
            ActionTable.Entry("inspection-new") { [unowned self] in newInspection() },
            ActionTable.Entry("inspection-open") { [unowned self] in openSelectedInspection() },
            ActionTable.Entry("inspection-follow-up-done") { [unowned self] in completeSelectedFollowUp() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        // EMG-03: in a fire nobody checks roles; any signed-in worker starts an event from anywhere.
        actions.setEnabled("emergency-start", true)
        actions.setEnabled("emergency-edit-plan", visible && plans.selectedValue != nil && may(.manageDirectory))
        actions.setEnabled("emergency-safety-post", visible && selectedSafetyPoint != nil && may(.manageDirectory))
        actions.setEnabled("emergency-open", visible && events.selectedValue != nil)
        actions.setEnabled("inspection-new", visible && !points.isEmpty)
        actions.setEnabled("inspection-open", visible && inspections.selectedValue != nil)
        actions.setEnabled("inspection-follow-up-done", visible && deadlines.selectedValue?.followUpID != nil)
    }

    // MARK: Reading

    private var selectedSafetyPoint: ServicePoint? {
        safetyPoint.selectedIndex.flatMap { points.indices.contains($0) ? points[$0] : nil }
    }

    private func showSafetyGroup() {
        guard let id = selectedSafetyPoint?.id else { return safetyGroup.show([]) }
        do {
            let group = try database.safetyGroup(servicePointID: id, as: session)
            safetyGroup.show(group.members)
            let unfilled = group.unfilledPosts.map { tr($0.title) }
            if !unfilled.isEmpty {
                status.text = "EMG-01: " + trf("nobody holds %@ at this service point.", unfilled.joined(separator: "、"))
            }
        } catch {
            status.text = errorText(error)
        }
    }

    private func showHistory() {
        let point = historyPoint.selectedIndex.flatMap { $0 > 0 && $0 <= points.count ? points[$0 - 1].id : nil }
        let kind = historyKind.selectedIndex.flatMap { $0 > 0 ? EmergencyPlanKind.allCases[$0 - 1] : nil }
        do {
            let list = try database.emergencyEvents(servicePointID: point, kind: kind, as: session)
            events.show(list, keepingSelection: { $0.id == $1.id })
            summary.show(EmergencyHistoryLine.lines(list))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    private func showInspections() {
        do {
            inspections.show(try database.safetyInspections(as: session), keepingSelection: { $0.id == $1.id })
            deadlines.show(try database.safetyDeadlines(as: session))
        } catch {
            status.text = errorText(error)
        }
    }

    // MARK: Commands

    /// EMG-02: 行政人事部 edits the selected plan; the edit is its next version.
    private func editSelectedPlan() {
        guard let plan = plans.selectedValue else { return }
        EmergencyPlanDialog(parent: parent, database: database, session: session, plan: plan,
                            allPlans: plans.model.values) { [weak self] saved in
            self?.reload()
            self?.status.text = trf("Version %@ of the plan is saved; events already run keep theirs.",
                                    String(saved.version))
        }.present()
    }

    /// EMG-01: 行政人事部 names who holds a post of the selected service point's safety group (and the deputies).
    private func editSafetyPost() {
        guard let id = selectedSafetyPoint?.id else { return }
        do {
            let group = try database.safetyGroup(servicePointID: id, as: session)
            SafetyPostDialog(parent: parent, database: database, session: session, group: group) { [weak self] _ in
                self?.showSafetyGroup()
                self?.status.text = tr("The safety group is saved.")
            }.present()
        } catch {
            status.text = errorText(error)
        }
    }

    /// A running event opens its checklist; an ended one its report, log and annotations.
    private func openSelectedEvent() {
        guard let event = events.selectedValue else { return }
        if event.endedAt == nil {
            EmergencyRunnerWindow.show(eventID: event.id, database: database, session: session)
        } else {
            EmergencyReportWindow.show(eventID: event.id, database: database, session: session)
        }
    }

    private func newInspection() {
        guard let index = inspectionPoint.selectedIndex, points.indices.contains(index), let point = points[index].id
        else { return }
        do {
            let inspection = try database.startInspection(servicePointID: point, as: session)
            showInspections()
            openInspection(inspection.id)
        } catch {
            status.text = errorText(error)
        }
    }

    /// CHK-04: a follow-up action is done (once); it leaves the list of what is due.
    private func completeSelectedFollowUp() {
        guard let id = deadlines.selectedValue?.followUpID else { return }
        do {
            try database.completeInspectionFollowUp(id: id, as: session)
            showInspections()
            status.text = tr("The follow-up is marked done.")
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    private func openSelectedInspection() {
        guard let inspection = inspections.selectedValue else { return }
        openInspection(inspection.id)
    }

    private func openInspection(_ id: String) {
        InspectionEditor(parent: parent, database: database, session: session, inspectionID: id) { [weak self] in
            self?.showInspections()
        }.present()
    }
}
