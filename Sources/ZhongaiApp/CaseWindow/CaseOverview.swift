import ZhongaiDomain
import ZhongaiGtk

/// The overview page of a case: who the client is, how they came, where the case stands.
enum CaseOverview {
    static func text(_ d: CaseFileDetail, names: [String: String]) -> String {
        let c = d.caseFile, client = d.client
        func name(_ code: String) -> String { names[code].map { "\($0)（\(code)）" } ?? code }
        var lines = [
            trf("Archive code: %@", c.code),
            trf("Stage: %@ (%@ of 6)", tr(c.stage.title), String(c.stage.order)),
            trf("Held by %@; opened on %@", name(c.holderCode), c.openedOn.description),
        ]
        if let ending = c.ending, let closedOn = c.closedOn {
            switch ending {
            case .closed(let reason): lines.append(trf("Closed on %@: %@", closedOn.description, tr(reason.title)))
            case .referred(let agency, let reason):
                lines.append(trf("Referred to %@ on %@: %@", agency, closedOn.description, tr(reason.title)))
            }
        }
        lines.append("")
        lines.append(trf("Client: %@", client.name))
        var facts: [String] = []
        if let gender = client.gender { facts.append(tr(gender.title)) }
        if let born = client.birthDate { facts.append(trf("born %@", born.description)) }
        if let phone = client.phone { facts.append(phone) }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        if let document = client.idDocument { lines.append(tr(document.kind.title) + " " + document.number) }
        if let address = client.address { lines.append(address) }
        if let g = client.guardian {
            lines.append(trf("Guardian: %@ (%@) %@", g.name, g.relationship, g.phone ?? ""))
        }
        if !client.household.isEmpty {
            lines.append(tr("Household:") + " " + client.household.map { "\($0.name)（\($0.relationship)）" }
                .joined(separator: "、"))
        }
        if let intake = d.intake?.content {
            lines.append("")
            lines.append(trf("Intake on %@: %@, %@", intake.contactDate.description, tr(intake.source.title),
                             tr(intake.route.title)))
            lines.append(trf("Reason for seeking help: %@", intake.reasonForHelp))
            lines.append(trf("Problem definition: %@ (priority: %@)", intake.problemDefinition,
                             tr(intake.priority.title)))
            if !intake.specialCautions.isEmpty { lines.append(trf("Special cautions: %@", intake.specialCautions)) }
        }
        return lines.joined(separator: "\n")
    }
}
