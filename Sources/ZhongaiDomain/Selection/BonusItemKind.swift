/// The entries of 附表2 (东莞市社会工作督导助理选拔加分材料) with the points each earns at full contribution. Rule SEL-03.
///
/// The points are the schedule itself, item by item (some 45 of them); the caps, sub-caps and shares that combine
/// them are policy values (`selection.bonus_cap.*`, `selection.bonus_subcap.*`, `selection.*_percent`).
public enum BonusItemKind: String, CaseIterable, Codable, Sendable {
    // 一、思想政治: 先进事迹在主流媒体专题宣传报道.
    case politicalReportNational, politicalReportProvincial, politicalReportCity
    // 二、学历、学位.
    case socialWorkerCertificateOrMaster, doctorate
    // 三、社会工作服务.
    case excellentAppraisal
    case dongguanServiceOverThreeYears, dongguanServiceOverTwoYears, dongguanServiceOverOneYear
    case supervisionElsewhereOverThreeYears, supervisionElsewhereOneToThreeYears, supervisionElsewhereUnderOneYear
    case serviceAwardNationalFirst, serviceAwardNationalSecond, serviceAwardNationalThird
    case serviceAwardProvincialFirst, serviceAwardProvincialSecond, serviceAwardProvincialThird
    case serviceAwardCityFirst, serviceAwardCitySecond, serviceAwardCityThird
    // 四、研究及宣传成果.
    case researchNational, researchProvincial, researchCity
    case paperCoreJournal
    case paperNationalJournalSmall, paperNationalJournalLarge, paperOtherJournalSmall, paperOtherJournalLarge
    case articleNational, articleProvincial, articleCity
    case monographFirstAuthor, monographOther
    case textbookNationalEditor, textbookNationalContributor, textbookProvincialEditor, textbookProvincialContributor
    case translationFirst, translationOther
    case newsLongNational, newsLongProvincial, newsLongCity, newsShortNational, newsShortProvincial, newsShortCity
    case competitionNationalFirst, competitionNationalSecond, competitionNationalThird
    case competitionProvincialFirst, competitionProvincialSecond, competitionProvincialThird
    case competitionCityFirst, competitionCitySecond, competitionCityThird

    public var subItem: BonusSubItem {
        switch self {
        case .politicalReportNational, .politicalReportProvincial, .politicalReportCity: .politicalReport
        case .socialWorkerCertificateOrMaster, .doctorate: .degree
        case .excellentAppraisal: .excellentAppraisals
        case .dongguanServiceOverThreeYears, .dongguanServiceOverTwoYears, .dongguanServiceOverOneYear: .dongguanService
        case .supervisionElsewhereOverThreeYears, .supervisionElsewhereOneToThreeYears, .supervisionElsewhereUnderOneYear:
            .supervisionElsewhere
        case .serviceAwardNationalFirst, .serviceAwardNationalSecond, .serviceAwardNationalThird,
             .serviceAwardProvincialFirst, .serviceAwardProvincialSecond, .serviceAwardProvincialThird,
             .serviceAwardCityFirst, .serviceAwardCitySecond, .serviceAwardCityThird: .serviceAwards
        case .researchNational, .researchProvincial, .researchCity: .researchProjects
        case .paperCoreJournal, .paperNationalJournalSmall, .paperNationalJournalLarge, .paperOtherJournalSmall,
             .paperOtherJournalLarge, .articleNational, .articleProvincial, .articleCity, .monographFirstAuthor,
             .monographOther, .textbookNationalEditor, .textbookNationalContributor, .textbookProvincialEditor,
             .textbookProvincialContributor, .translationFirst, .translationOther: .publications
        case .newsLongNational, .newsLongProvincial, .newsLongCity, .newsShortNational, .newsShortProvincial,
             .newsShortCity: .newsReports
        case .competitionNationalFirst, .competitionNationalSecond, .competitionNationalThird,
             .competitionProvincialFirst, .competitionProvincialSecond, .competitionProvincialThird,
             .competitionCityFirst, .competitionCitySecond, .competitionCityThird: .competitions
        }
    }

    public var category: BonusCategory { subItem.category }

    /// The full points of 附表2.
    public var points: SelectionPoints {
        switch self {
        case .politicalReportNational: SelectionPoints(15)
        case .politicalReportProvincial: SelectionPoints(8)
        case .politicalReportCity: SelectionPoints(5)
        case .socialWorkerCertificateOrMaster: SelectionPoints(3)
        case .doctorate: SelectionPoints(5)
        case .excellentAppraisal: SelectionPoints(5)
        case .dongguanServiceOverThreeYears: SelectionPoints(5)
        case .dongguanServiceOverTwoYears: SelectionPoints(3)
        case .dongguanServiceOverOneYear: SelectionPoints(1)
        case .supervisionElsewhereOverThreeYears: SelectionPoints(10)
        case .supervisionElsewhereOneToThreeYears: SelectionPoints(6)
        case .supervisionElsewhereUnderOneYear: SelectionPoints(3)
        case .serviceAwardNationalFirst: SelectionPoints(9)
        case .serviceAwardNationalSecond: SelectionPoints(6)
        case .serviceAwardNationalThird: SelectionPoints(4)
        case .serviceAwardProvincialFirst: SelectionPoints(5)
        case .serviceAwardProvincialSecond: SelectionPoints(3)
        case .serviceAwardProvincialThird: SelectionPoints(2)
        case .serviceAwardCityFirst: SelectionPoints(3)
        case .serviceAwardCitySecond: SelectionPoints(2)
        case .serviceAwardCityThird: SelectionPoints(1)
        case .researchNational: SelectionPoints(15)
        case .researchProvincial: SelectionPoints(10)
        case .researchCity: SelectionPoints(5)
        case .paperCoreJournal: SelectionPoints(8)
        case .paperNationalJournalSmall: SelectionPoints(5)
        case .paperNationalJournalLarge: SelectionPoints(3)
        case .paperOtherJournalSmall: SelectionPoints(4)
        case .paperOtherJournalLarge: SelectionPoints(2)
        case .articleNational: SelectionPoints(5)
        case .articleProvincial: SelectionPoints(4)
        case .articleCity: SelectionPoints(3)
        case .monographFirstAuthor: SelectionPoints(8)
        case .monographOther: SelectionPoints(4)
        case .textbookNationalEditor: SelectionPoints(5)
        case .textbookNationalContributor: SelectionPoints(2)
        case .textbookProvincialEditor: SelectionPoints(3)
        case .textbookProvincialContributor: SelectionPoints(1)
        case .translationFirst: SelectionPoints(3)
        case .translationOther: SelectionPoints(1)
        case .newsLongNational: SelectionPoints(5)
        case .newsLongProvincial: SelectionPoints(3)
        case .newsLongCity: SelectionPoints(2)
        case .newsShortNational: SelectionPoints(3)
        case .newsShortProvincial: SelectionPoints(2)
        case .newsShortCity: SelectionPoints(1)
        case .competitionNationalFirst: SelectionPoints(8)
        case .competitionNationalSecond: SelectionPoints(4)
        case .competitionNationalThird: SelectionPoints(2)
        case .competitionProvincialFirst: SelectionPoints(4)
        case .competitionProvincialSecond: SelectionPoints(2)
        case .competitionProvincialThird: SelectionPoints(1)
        case .competitionCityFirst: SelectionPoints(2)
        case .competitionCitySecond: SelectionPoints(1)
        case .competitionCityThird: SelectionPoints(hundredths: 50)
        }
    }

    public var title: String {
        switch self {
        case .politicalReportNational: N_("Deeds reported by national media")
        case .politicalReportProvincial: N_("Deeds reported by provincial media")
        case .politicalReportCity: N_("Deeds reported by city media")
        case .socialWorkerCertificateOrMaster: N_("Social worker certificate or master's degree")
        case .doctorate: N_("Doctorate")
        case .excellentAppraisal: N_("Excellent annual appraisal")
        case .dongguanServiceOverThreeYears: N_("Over three years of service in Dongguan")
        case .dongguanServiceOverTwoYears: N_("Over two years of service in Dongguan")
        case .dongguanServiceOverOneYear: N_("Over one year of service in Dongguan")
        case .supervisionElsewhereOverThreeYears: N_("Certified supervisor elsewhere, three years or more")
        case .supervisionElsewhereOneToThreeYears: N_("Certified supervisor elsewhere, one to three years")
        case .supervisionElsewhereUnderOneYear: N_("Certified supervisor elsewhere, under one year")
        case .serviceAwardNationalFirst: N_("National service award, first prize")
        case .serviceAwardNationalSecond: N_("National service award, second prize")
        case .serviceAwardNationalThird: N_("National service award, third prize")
        case .serviceAwardProvincialFirst: N_("Provincial service award, first prize")
        case .serviceAwardProvincialSecond: N_("Provincial service award, second prize")
        case .serviceAwardProvincialThird: N_("Provincial service award, third prize")
        case .serviceAwardCityFirst: N_("City service award, first prize")
        case .serviceAwardCitySecond: N_("City service award, second prize")
        case .serviceAwardCityThird: N_("City service award, third prize")
        case .researchNational: N_("National research project")
        case .researchProvincial: N_("Provincial research project")
        case .researchCity: N_("City research project")
        case .paperCoreJournal: N_("Paper in a core journal")
        case .paperNationalJournalSmall: N_("Paper in a small national journal")
        case .paperNationalJournalLarge: N_("Paper in a large national journal")
        case .paperOtherJournalSmall: N_("Paper in another small journal")
        case .paperOtherJournalLarge: N_("Paper in another large journal")
        case .articleNational: N_("Research article in national newspapers or media")
        case .articleProvincial: N_("Research article in provincial newspapers or media")
        case .articleCity: N_("Research article in city newspapers or media")
        case .monographFirstAuthor: N_("Book, sole or first author")
        case .monographOther: N_("Book, other author")
        case .textbookNationalEditor: N_("National textbook, chief editor")
        case .textbookNationalContributor: N_("National textbook, contributor")
        case .textbookProvincialEditor: N_("Provincial textbook, chief editor")
        case .textbookProvincialContributor: N_("Provincial textbook, contributor")
        case .translationFirst: N_("Translation, sole or first translator")
        case .translationOther: N_("Translation, other translator")
        case .newsLongNational: N_("National news report of 500 characters or more")
        case .newsLongProvincial: N_("Provincial news report of 500 characters or more")
        case .newsLongCity: N_("City news report of 500 characters or more")
        case .newsShortNational: N_("National news report under 500 characters")
        case .newsShortProvincial: N_("Provincial news report under 500 characters")
        case .newsShortCity: N_("City news report under 500 characters")
        case .competitionNationalFirst: N_("National competition, first prize")
        case .competitionNationalSecond: N_("National competition, second prize")
        case .competitionNationalThird: N_("National competition, third prize")
        case .competitionProvincialFirst: N_("Provincial competition, first prize")
        case .competitionProvincialSecond: N_("Provincial competition, second prize")
        case .competitionProvincialThird: N_("Provincial competition, third prize")
        case .competitionCityFirst: N_("City competition, first prize")
        case .competitionCitySecond: N_("City competition, second prize")
        case .competitionCityThird: N_("City competition, third prize")
        }
    }
}
