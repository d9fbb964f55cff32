import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 报名: nominates a worker with the registration form (附表1). The eligibility of SEL-01 is shown as the form is
/// filled, each condition passed or failed with its clause; a nominee on neither route is refused on Save.
final class SelectionNominationEditor {
    private let dialog: EditorDialog
    private let candidate: DropDown
    private let eligibility: Label
    private let round: SelectionRound
    private let policy: Policy?
    private let workers: [Worker]
    private let read: () throws -> NominationDraft

    init(parent: Window, database: AppDatabase, session: Session, round: SelectionRound,
         onSaved: @escaping (Nomination) -> Void) {
        dialog = EditorDialog(resource: "selection-nomination-editor.ui", windowID: "selection_nomination_editor",
                              parent: parent, title: tr("Nominate a Candidate"))
        self.round = round
        policy = try? database.policy()
        let b = dialog.builder
        candidate = b.get(DropDown.self, "candidate_dropdown")
        eligibility = b.get(Label.self, "eligibility_label")
        // Rule SEL-01: 督导助理 come from the social workers; 见习督导 from the 督导助理, or a social worker on the
        // exceptional route.
        let roles: [Role] = round.target == .assistantSupervisor ? [.frontline] : [.assistantSupervisor, .frontline]
        workers = ((try? database.workers()) ?? []).filter { roles.contains($0.role) }
        candidate.setItems(workers.map { "\($0.name)（\($0.code)）" })
        let source = b.get(DropDown.self, "source_dropdown")
        let sources = NominationSource.allCases
        source.setItems(sources.map { tr($0.title) })
        let recommender = b.get(Entry.self, "recommender_entry")
        recommender.tooltip = tr("Who recommends; for colleagues, their staff codes separated by commas")
        let education = b.get(DropDown.self, "education_dropdown")
        let levels = EducationLevel.allCases
        education.setItems(levels.map { tr($0.title) }, selected: levels.firstIndex(of: .bachelor)!)
        let field = b.get(DropDown.self, "field_dropdown")
        let fields = StudyField.allCases
        field.setItems(fields.map { tr($0.title) })
        let qualification = b.get(DropDown.self, "qualification_dropdown")
        let qualifications = SocialWorkQualification.allCases
        qualification.setItems(qualifications.map { tr($0.title) }, selected: 1)
        let continuing = b.get(CheckButton.self, "continuing_check")
        continuing.isActive = true
        let registered = b.get(Entry.self, "registered_entry")
        registered.tooltip = tr("YYYY-MM-DD; empty when not registered")
        let firstYear = round.openedOn.year - 1
        b.get(Label.self, "years_caption").text = trf("Service years %@–%@: days worked, days excused, appraisal",
                                                      firstYear - 2, firstYear)
        let appraisals = AnnualAssessment.allCases
        let yearRows = (0..<3).map { index in
            (days: b.get(Entry.self, "days_entry_\(index)"), excused: b.get(Entry.self, "excused_entry_\(index)"),
             appraisal: b.get(DropDown.self, "appraisal_dropdown_\(index)"))
        }
        for row in yearRows {
            row.appraisal.setItems([tr("Not assessed")] + appraisals.map { tr($0.title) },
                                   selected: appraisals.firstIndex(of: .competent)! + 1)
        }
        let elsewhere = b.get(Entry.self, "elsewhere_entry")
        let papers = b.get(Entry.self, "papers_entry")
        let monograph = b.get(CheckButton.self, "monograph_check")
        let workers = self.workers
        let candidate = self.candidate
        read = {
            guard let index = candidate.selectedIndex, workers.indices.contains(index) else {
                throw ValidationError(field: N_("Candidate"), N_("choose the candidate"))
            }
            var years: [ServiceYear] = []
            for (offset, row) in yearRows.enumerated() {
                guard let days = try SelectionForms.count(row.days.text, field: N_("Days worked")) else { continue }
                let appraisal = (row.appraisal.selectedIndex ?? 0) == 0 ? nil : appraisals[row.appraisal.selectedIndex! - 1]
                years.append(ServiceYear(year: firstYear - offset, daysWorked: days,
                                         daysExcused: try SelectionForms.count(row.excused.text, field: N_("Days excused")) ?? 0,
                                         assessment: appraisal))
            }
            let form = RegistrationForm(
                education: levels[education.selectedIndex ?? 0], studyField: fields[field.selectedIndex ?? 0],
                qualification: qualifications[qualification.selectedIndex ?? 0],
                continuingEducationMet: continuing.isActive,
                registrationValidUntil: try SelectionForms.optionalDate(registered.text, field: N_("Registration")),
                serviceYears: years,
                supervisorElsewhereYears: try SelectionForms.count(elsewhere.text, field: N_("Supervisor elsewhere")),
                papersPublished: try SelectionForms.count(papers.text, field: N_("Papers published")) ?? 0,
                monographPublished: monograph.isActive)
            return NominationDraft(workerCode: workers[index].code, source: sources[source.selectedIndex ?? 0],
                                   nominatedBy: recommender.text, form: form)
        }
        // The handlers hold the editor for as long as the window lives, like its Save button.
        let refresh: () -> Void = { self.showEligibility() }
        for entry in [registered, elsewhere, papers] + yearRows.flatMap({ [$0.days, $0.excused] }) { entry.onChanged(refresh) }
        for list in [candidate, education, field, qualification] + yearRows.map(\.appraisal) {
            list.onSelectionChanged(refresh)
        }
        for check in [continuing, monograph] { check.onToggled(refresh) }
        let read = self.read
        dialog.onSave({ try database.nominate(read(), roundID: round.id, as: session) }, onSaved: onSaved)
        showEligibility()
    }

    /// Rule SEL-01: every condition with its clause, as the form stands now.
    private func showEligibility() {
        guard let policy, let draft = try? read(),
              let worker = workers.first(where: { $0.code == draft.workerCode }) else {
            eligibility.text = tr("Fill in the form to see the eligibility.")
            return
        }
        let result = Eligibility(target: round.target, form: draft.form, currentRole: worker.role, on: round.openedOn,
                                 policy: policy)
        var lines = [tr(result.route.title)] + result.conditions.map(SelectionForms.conditionLine)
        if !result.exceptionalConditions.isEmpty {
            lines.append(trf("Exceptional route: any %@ of these", policy.int(.selectionExceptionalConditionsRequired)))
            lines += result.exceptionalConditions.map(SelectionForms.conditionLine)
        }
        eligibility.text = lines.joined(separator: "\n")
    }

    func present() { dialog.present(focus: candidate) }
}
