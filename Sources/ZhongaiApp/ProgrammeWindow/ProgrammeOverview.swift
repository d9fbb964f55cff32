import ZhongaiDomain
import ZhongaiGtk

/// The overview page of a programme window: what it is, its days, its registration window and where it stands in
/// the flow of GRP-01 (the group flow or the activity flow), the step it is at marked.
enum ProgrammeOverview {
    static func text(_ d: ProgrammeDetail, names: [String: String]) -> String {
        let p = d.programme
        var lines = [
            trf("Archive code: %@", p.code),
            trf("Kind: %@", tr(p.kind.title)) + (p.isOuting ? tr("（outing, GRP-10）") : ""),
            trf("Title: %@", p.title),
            trf("Days: %@ to %@", p.startsOn.description, p.endsOn.description),
            trf("Led by: %@", names[p.holderCode].map { "\($0)（\(p.holderCode)）" } ?? p.holderCode),
        ]
        if let window = p.registrationWindow {
            lines.append(trf("Registration (GRP-03): %@ to %@", window.opensOn.description, window.closesOn.description))
        } else if !p.hasFixedMembers {
            lines.append(tr("Registration: open activity without fixed members"))
        }
        lines.append(trf("%@ sessions, %@ registered, %@ walk-ins awaiting matching", String(d.sessions.count),
                         String(d.registrations.count), String(d.registrations.filter(\.awaitsMatching).count)))
        lines.append("")
        lines.append(tr("Flow (GRP-01):"))
        let current = step(of: p, today: CalendarDate.today())
        for (index, title) in flow(p).enumerated() {
            lines.append((index == current ? "▶ " : "　 ") + "\(index + 1). " + tr(title))
        }
        return lines.joined(separator: "\n")
    }

    /// Rule GRP-01: the steps of the group flow or of the activity flow, as msgids.
    static func flow(_ p: Programme) -> [String] {
        p.isGroup
            ? [N_("Needs assessment and aims"), N_("Selecting members"), N_("Designing the programme"),
               N_("Running the sessions"), N_("Ending and evaluation"), N_("Writing the report"),
               N_("Supervisor review"), N_("Archiving"), N_("Follow-up of individual members")]
            : [N_("Work plan, needs assessment and aims"), N_("Running the activity"), N_("Evaluating the results"),
               N_("Writing the report"), N_("Supervisor review"), N_("Archiving")]
    }

    /// The index in `flow(p)` of the step the programme is at, from its stage and its days.
    static func step(of p: Programme, today: CalendarDate) -> Int {
        let over = p.isOver(today: today)
        if p.isGroup {
            switch p.stage {
            case .planning, .planSubmitted: return 2
            case .planApproved: return over ? 5 : (today < p.startsOn ? 1 : 3)
            case .reportSubmitted: return 6
            case .reportApproved: return 7
            case .archived: return 8
            }
        }
        switch p.stage {
        case .planning, .planSubmitted: return 0
        case .planApproved: return over ? 3 : 1
        case .reportSubmitted: return 4
        case .reportApproved: return 5
        case .archived: return 5
        }
    }
}
