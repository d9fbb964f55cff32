import ZhongaiDomain

/// The statistics of a monthly report or summary as a workbook (服务数据统计表, CHK-01; 服务检查制度 第七条: cases,
/// groups and activities, and the indicator totals), one sheet each, in the language `translate` gives.
public struct MonthlyStatisticsWorkbook {
    public let report: WorkReport
    public let translate: (String) -> String

    public init(report: WorkReport, translate: @escaping (String) -> String) {
        self.report = report
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    public var workbook: Workbook {
        let statistics = report.statistics
        let heading = "\(report.workerName)（\(report.workerCode)） \(report.period.chineseText)"
        let cases = Sheet(
            name: t(N_("Cases")), title: "\(t(N_("Cases")))：\(heading)",
            columns: [SheetColumn(t(N_("Item")), width: 28), SheetColumn(t(N_("Count")), width: 10)],
            rows: [(N_("Cases opened"), statistics.casesOpened), (N_("Cases closed"), statistics.casesClosed),
                   (N_("Cases referred"), statistics.casesReferred),
                   (N_("Open at the end of the period"), statistics.casesOpenAtEnd),
                   (N_("Service records"), statistics.serviceRecords)]
                .map { [.text(t($0.0)), .number(Double($0.1))] })
        let programmes = Sheet(
            name: t(N_("Groups and activities")), title: "\(t(N_("Groups and activities")))：\(heading)",
            columns: [SheetColumn(t(N_("Code")), width: 24), SheetColumn(t(N_("Title")), width: 24),
                      SheetColumn(t(N_("Kind")), width: 18), SheetColumn(t(N_("Counts as")), width: 18),
                      SheetColumn(t(N_("Participants")), width: 10), SheetColumn(t(N_("Sessions")), width: 10)],
            rows: statistics.programmes.map {
                [.text($0.code), .text($0.title), .text(t($0.kind.title)),
                 .text($0.countsAs.map { t($0.title) } ?? t(N_("Not counted"))), .number(Double($0.participants)),
                 .number(Double($0.sessionsInPeriod))]
            })
        let indicators = Sheet(
            name: t(N_("Indicators")), title: "\(t(N_("Indicators")))：\(heading)",
            columns: [SheetColumn(t(N_("Indicator")), width: 20), SheetColumn(t(N_("In the period")), width: 12),
                      SheetColumn(t(N_("Year to date")), width: 12), SheetColumn(t(N_("Annual target")), width: 12)],
            rows: statistics.indicators.map {
                [.text($0.indicator.chineseName), .number(Double($0.inPeriod)), .number(Double($0.yearToDate)),
                 $0.target.map { .number(Double($0)) } ?? .text("—")]
            })
        return Workbook(sheets: [cases, programmes, indicators])
    }

    public func write(to path: String) throws {
        try workbook.write(to: path)
    }
}
