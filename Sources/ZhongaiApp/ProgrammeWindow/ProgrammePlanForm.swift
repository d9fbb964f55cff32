import ZhongaiDomain
import ZhongaiGtk

/// The plan page of a programme window: the 计划书 of GRP-02 (aims, target members, the programme of sessions or
/// items, the budget) and, for an outing, its safety record (GRP-10), each filled from the record and read back
/// into its domain value for one save. Lines are "heading | content" and "item | amount".
final class ProgrammePlanForm {
    private let aims: TextView
    private let target: TextView
    private let items: TextView
    private let budget: TextView
    let comment: Entry
    let status: Label
    let outingBox: Box
    private let surveyedOn: Entry
    private let surveyor: Entry
    private let findings: Entry
    private let route: Entry
    private let usesVehicles: CheckButton
    private let vehicles: Entry
    private let roadworthy: CheckButton
    private let guardians: CheckButton
    private let notice: Entry

    init(builder b: Builder) {
        aims = b.get(TextView.self, "aims_text")
        target = b.get(TextView.self, "target_text")
        items = b.get(TextView.self, "programme_text")
        budget = b.get(TextView.self, "budget_text")
        comment = b.get(Entry.self, "plan_comment_entry")
        status = b.get(Label.self, "plan_status")
        outingBox = b.get(Box.self, "outing_box")
        surveyedOn = b.get(Entry.self, "survey_date_entry")
        surveyor = b.get(Entry.self, "surveyor_entry")
        findings = b.get(Entry.self, "findings_entry")
        route = b.get(Entry.self, "route_entry")
        usesVehicles = b.get(CheckButton.self, "vehicles_check")
        vehicles = b.get(Entry.self, "vehicles_entry")
        roadworthy = b.get(CheckButton.self, "roadworthy_check")
        guardians = b.get(CheckButton.self, "guardians_check")
        notice = b.get(Entry.self, "notice_entry")
    }

    func fill(_ d: ProgrammeDetail) {
        let plan = d.plan
        aims.text = plan?.aims ?? ""
        target.text = plan?.targetMembers ?? ""
        items.text = plan?.items.map { "\($0.title) | \($0.content)" }.joined(separator: "\n") ?? ""
        budget.text = plan?.budget.map { "\($0.item) | \($0.amount)" }.joined(separator: "\n") ?? ""
        outingBox.isVisible = d.programme.isOuting
        guard let o = d.outing else { return }
        surveyedOn.text = o.surveyedOn.description
        surveyor.text = o.surveyor
        findings.text = o.findings
        route.text = o.route
        usesVehicles.isActive = o.usesVehicles
        vehicles.text = o.vehicles.map { "\($0.plate) | \($0.licence)" }.joined(separator: "; ")
        roadworthy.isActive = !o.vehicles.isEmpty && o.vehicles.allSatisfy(\.roadworthyConfirmed)
        guardians.isActive = o.guardiansTakeParticipants
        notice.text = o.guardianNotice
    }

    /// Rule GRP-02: the plan as written; the store checks what it needs.
    func plan() throws -> ProgrammePlan {
        let planItems = try pairs(items.text, field: N_("Programme"), what: N_("write the heading, a vertical bar “|”, then its content"))
            .map { ProgrammePlanItem(title: $0.0, content: $0.1) }
        let lines = try pairs(budget.text, field: N_("Budget"), what: N_("write the item, a vertical bar “|”, then the amount in yuan"))
            .map { BudgetLine(item: $0.0, amount: try MoneyAmount(yuan: $0.1, field: N_("Budget"))) }
        return ProgrammePlan(aims: aims.text, targetMembers: target.text, items: planItems, budget: lines)
    }

    /// Rule GRP-10: the outing's safety record as entered.
    func outing() throws -> OutingSafety {
        let vehicleList = try vehicles.text.split(separator: ";").compactMap { part -> OutingVehicle? in
            let fields = part.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !fields.allSatisfy(\.isEmpty) else { return nil }
            guard fields.count == 2 else {
                throw ValidationError(field: N_("Vehicles"), N_("write the plate, a vertical bar “|”, then the licence"),
                                      rule: "GRP-10")
            }
            return OutingVehicle(plate: fields[0], licence: fields[1], roadworthyConfirmed: roadworthy.isActive)
        }
        return OutingSafety(surveyedOn: try CalendarDate(parsing: surveyedOn.text.trimmingCharacters(in: .whitespaces),
                                                         field: N_("Site survey")),
                            surveyor: surveyor.text, findings: findings.text, route: route.text,
                            usesVehicles: usesVehicles.isActive, vehicles: vehicleList,
                            guardiansTakeParticipants: guardians.isActive, guardianNotice: notice.text)
    }

    /// Non-empty lines as (before, after) the first vertical bar; a line without one is refused, naming its number.
    private func pairs(_ text: String, field: String, what: String) throws -> [(String, String)] {
        var result: [(String, String)] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.allSatisfy(\.isEmpty) else { continue }
            guard parts.count == 2 else {
                throw ValidationError(field: field, what, rule: "GRP-02", line: index + 1)
            }
            result.append((parts[0], parts[1]))
        }
        return result
    }
}
