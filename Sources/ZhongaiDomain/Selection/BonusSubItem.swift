/// A numbered item of 附表2 inside its category, which decides how its entries combine: some count only their
/// highest entry, two have caps of their own. Rule SEL-03.
public enum BonusSubItem: String, CaseIterable, Codable, Sendable {
    case politicalReport            // 一
    case degree                     // 二
    case excellentAppraisals        // 三(1): 5 each, up to its own cap
    case dongguanService            // 三(2)
    case supervisionElsewhere       // 三(3)
    case serviceAwards              // 三(4): up to its own cap; the same project in the same year counts once
    case researchProjects           // 四(1): the same research counts once, at its highest level
    case publications               // 四(2)
    case newsReports                // 四(3)
    case competitions               // 四(4)

    public var category: BonusCategory {
        switch self {
        case .politicalReport: .political
        case .degree: .education
        case .excellentAppraisals, .dongguanService, .supervisionElsewhere, .serviceAwards: .socialWork
        case .researchProjects, .publications, .newsReports, .competitions: .research
        }
    }

    public var title: String {
        switch self {
        case .politicalReport: N_("Reported in the mainstream media")
        case .degree: N_("Certificate or degree")
        case .excellentAppraisals: N_("Excellent annual appraisals")
        case .dongguanService: N_("Years of service in Dongguan")
        case .supervisionElsewhere: N_("Supervisor certified elsewhere")
        case .serviceAwards: N_("Service awards")
        case .researchProjects: N_("Research projects")
        case .publications: N_("Papers and books")
        case .newsReports: N_("News reports")
        case .competitions: N_("Competition prizes")
        }
    }

    public var clause: String {
        switch self {
        case .politicalReport: "附表2 一"
        case .degree: "附表2 二"
        case .excellentAppraisals: "附表2 三(1)"
        case .dongguanService: "附表2 三(2)"
        case .supervisionElsewhere: "附表2 三(3)"
        case .serviceAwards: "附表2 三(4)"
        case .researchProjects: "附表2 四(1)"
        case .publications: "附表2 四(2)"
        case .newsReports: "附表2 四(3)"
        case .competitions: "附表2 四(4)"
        }
    }

    /// 按最高级别的一项计分，不重复计分: only the item's highest entry counts, whatever its subject.
    public var countsHighestOnly: Bool {
        switch self {
        case .politicalReport, .degree, .dongguanService, .supervisionElsewhere: true
        default: false
        }
    }

    /// The item's own cap, where 附表2 gives one.
    public var capKey: PolicyKey? {
        switch self {
        case .excellentAppraisals: .selectionBonusSubcapExcellentAppraisals
        case .serviceAwards: .selectionBonusSubcapServiceAwards
        default: nil
        }
    }

    /// The lesser contribution the item knows, with the share of the full points it earns (policy key).
    public var reducedContribution: (contribution: BonusContribution, percentKey: PolicyKey)? {
        switch self {
        case .serviceAwards: (.participant, .selectionProjectParticipantPercent)
        case .researchProjects: (.groupMember, .selectionSecondAuthorPercent)
        case .publications: (.secondAuthor, .selectionSecondAuthorPercent)
        case .competitions: (.teamMember, .selectionTeamAwardPercent)
        default: nil
        }
    }
}
