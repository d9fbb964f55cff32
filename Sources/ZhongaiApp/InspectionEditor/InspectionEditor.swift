import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// One workplace safety inspection (CHK-04): the nine items in the source's order, each recorded in one click as in
/// order or with what was found, and the follow-up actions with their due dates. Every click is one store
/// transaction, so closing the window loses nothing.
final class InspectionEditor {
    private let builder = Builder(resource: "inspection-editor.ui")
    private let window: Window
    private let database: AppDatabase
    private let session: Session
    private let inspectionID: String
    private let heading: Label
    private let message: Label
    private let followUps: Label
    private let followUpItem: DropDown
    private let followUpAction: Entry
    private let followUpDue: Entry
    private let onChanged: () -> Void
    private let items = InspectionItem.allCases

    init(parent: Window, database: AppDatabase, session: Session, inspectionID: String,
         onChanged: @escaping () -> Void) {
        self.database = database
        self.session = session
        self.inspectionID = inspectionID
        self.onChanged = onChanged
        window = builder.get(Window.self, "inspection_editor")
        window.setTransient(for: parent)
        window.destroyOnEscape()
        heading = builder.get(Label.self, "heading_label")
        message = builder.get(Label.self, "error_label")
        followUps = builder.get(Label.self, "follow_ups_label")
        followUpItem = builder.get(DropDown.self, "follow_up_item_dropdown")
        followUpAction = builder.get(Entry.self, "follow_up_action_entry")
        followUpDue = builder.get(Entry.self, "follow_up_due_entry")
        followUpItem.setItems([tr("The inspection as a whole")] + items.map { tr($0.title) })
        followUpDue.text = CalendarDate.today().adding(days: 14).description
        let window = self.window
        builder.get(Button.self, "close_button").onClicked { window.destroy() }
        for (index, item) in items.enumerated() {
            let name = tr(item.title)
            builder.get(Label.self, "item_label_\(index)").text = name
            builder.get(Label.self, "item_state_\(index)").setAccessibleLabel(trf("State of %@", name))
            let finding = builder.get(Entry.self, "item_finding_\(index)")
            finding.setAccessibleLabel(trf("Finding on %@", name))
            let ok = builder.get(Button.self, "item_ok_\(index)")
            ok.setAccessibleLabel(trf("%@ in order", name))
            ok.onClicked { [unowned self] in record(item, .ok, finding: "") }
            let problem = builder.get(Button.self, "item_problem_\(index)")
            problem.setAccessibleLabel(trf("Record the finding on %@", name))
            problem.onClicked { [unowned self] in record(item, .finding, finding: finding.text) }
        }
        builder.get(Button.self, "follow_up_button").onClicked { [unowned self] in addFollowUp() }
        reload()
    }

    /// The editors open now, by inspection: kept until their window goes away.
    private static var open: [String: InspectionEditor] = [:]

    func present() {
        Self.open[inspectionID] = self
        let id = inspectionID
        window.connect("destroy") { Self.open[id] = nil }
        window.present()
    }

    private func reload() {
        do {
            show(try database.safetyInspection(id: inspectionID, as: session))
        } catch {
            message.text = errorText(error)
        }
    }

    private func show(_ inspection: SafetyInspection) {
        window.title = trf("Safety inspection of %@", inspection.servicePointName)
        heading.text = trf("%@ · %@ · inspected by %@", inspection.servicePointName, inspection.inspectedOn.description,
                           inspection.inspectorName)
        for (index, item) in items.enumerated() {
            let state = builder.get(Label.self, "item_state_\(index)")
            let result = inspection.result(item)
            // CHK-04: an item is recorded once; the record is never edited.
            for id in ["item_ok_\(index)", "item_problem_\(index)", "item_finding_\(index)"] {
                builder.get(Widget.self, id).isSensitive = result == nil
            }
            guard let result else {
                state.text = tr("Not checked yet")
                continue
            }
            state.text = result.outcome == .ok ? "✓ " + tr(result.outcome.title)
                : "⚠ " + tr(result.outcome.title) + "：" + result.finding
        }
        followUps.text = inspection.followUps.isEmpty ? tr("No follow-up actions.")
            : inspection.followUps.map { f in
                let item = f.item.map { tr($0.title) + " · " } ?? ""
                let done = f.doneOn.map { " · " + trf("done %@", $0.description) } ?? ""
                return "• \(item)\(f.action) · " + trf("due %@", f.dueOn.description) + done
            }.joined(separator: "\n")
        if inspection.isComplete, message.text.isEmpty {
            message.text = tr("Every item is recorded.")
        }
    }

    private func record(_ item: InspectionItem, _ outcome: InspectionOutcome, finding: String) {
        do {
            try database.recordInspectionItem(inspectionID: inspectionID, item: item, outcome: outcome,
                                              finding: finding, as: session)
            message.text = ""
            reload()
            onChanged()
        } catch {
            message.text = errorText(error)
        }
    }

    private func addFollowUp() {
        let item = followUpItem.selectedIndex.flatMap { $0 > 0 ? items[$0 - 1] : nil }
        do {
            let due = try CalendarDate(parsing: followUpDue.text, field: N_("Due date"))
            try database.addInspectionFollowUp(inspectionID: inspectionID, item: item, action: followUpAction.text,
                                               dueOn: due, as: session)
            followUpAction.text = ""
            message.text = ""
            reload()
            onChanged()
        } catch {
            message.text = errorText(error)
        }
    }
}
