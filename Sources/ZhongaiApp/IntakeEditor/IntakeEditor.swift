import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 接案: the intake record of a client's first contact (INTAKE-02, INTAKE-03), written the same day (INTAKE-04).
/// When the decision is to accept, saving opens the case file with its archive code (CASE-01, ARC-01).
final class IntakeEditor {
    private let dialog: EditorDialog
    private let reason: TextView

    init(parent: Window, database: AppDatabase, session: Session, client: Client,
         onSaved: @escaping (IntakeOutcome) -> Void) {
        dialog = EditorDialog(resource: "intake-editor.ui", windowID: "intake_editor", parent: parent,
                              title: tr("Intake"))
        let b = dialog.builder
        let clientField = b.get(Entry.self, "client_label_entry")
        let contactDate = b.get(Entry.self, "contact_date_entry")
        let source = b.get(DropDown.self, "source_dropdown")
        let route = b.get(DropDown.self, "route_dropdown")
        reason = b.get(TextView.self, "reason_text")
        let priorHelp = b.get(TextView.self, "prior_help_text")
        let priorServices = b.get(TextView.self, "prior_services_text")
        let cautions = b.get(TextView.self, "cautions_text")
        let problem = b.get(TextView.self, "problem_text")
        let priority = b.get(DropDown.self, "priority_dropdown")
        let decision = b.get(DropDown.self, "decision_dropdown")
        let agreement = b.get(DropDown.self, "agreement_dropdown")
        let roles = b.get(Entry.self, "roles_entry")
        let duration = b.get(Entry.self, "duration_entry")
        let agency = b.get(Entry.self, "agency_entry")

        clientField.text = client.name
        clientField.isEditable = false
        contactDate.text = CalendarDate.today().description
        let sources = IntakeSource.allCases, routes = AccessRoute.allCases, priorities = IntakePriority.allCases
        let decisions = IntakeDecision.allCases, forms = AgreementForm.allCases
        source.setItems(sources.map { tr($0.title) })
        route.setItems(routes.map { tr($0.title) })
        priority.setItems(priorities.map { tr($0.title) }, selected: priorities.firstIndex(of: .normal) ?? 0)
        decision.setItems(decisions.map { tr($0.title) })
        agreement.setItems(forms.map { tr($0.title) })
        let showDecisionFields = {
            let chosen = decisions[decision.selectedIndex ?? 0]
            for widget in [agreement, roles, duration] as [Widget] { widget.isSensitive = chosen == .accept }
            agency.isSensitive = chosen == .refer
        }
        decision.onSelectionChanged(showDecisionFields)
        showDecisionFields()

        dialog.onSave({
            let chosen = decisions[decision.selectedIndex ?? 0]
            let draft = IntakeDraft(
                clientID: client.id,
                contactDate: try CalendarDate(parsing: contactDate.text, field: N_("Contact date")),
                source: sources[source.selectedIndex ?? 0], route: routes[route.selectedIndex ?? 0],
                reasonForHelp: self.reason.text, priorHelpSeeking: priorHelp.text, priorServices: priorServices.text,
                specialCautions: cautions.text, problemDefinition: problem.text,
                priority: priorities[priority.selectedIndex ?? 0], decision: chosen,
                agreement: chosen == .accept
                    ? PreliminaryAgreement(form: forms[agreement.selectedIndex ?? 0], roleExpectations: roles.text,
                                           expectedDuration: duration.text) : nil,
                referralAgency: chosen == .refer ? agency.text : nil)
            return try database.admitClient(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: reason) }
}
