/// The monthly report (工作月报, CHK-01) and the half-year and annual summaries (CHK-03) as printable documents:
/// the statistics table (个案、小组活动及指标完成量, 服务检查制度 第七条), the worker's text and work log, the review,
/// and signature lines. Labels are msgids, given to `translate`.
public struct MonthlyReportDocument {
    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    /// Rule ARC-10: 姓名-年月-月报 (or 半年总结, 年度总结), the month being the one the period ends in.
    public static func fileName(_ report: WorkReport, fileExtension: String = "pdf") throws -> DocumentFileName {
        try DocumentFileName(name: report.workerName, month: report.period.fileMonth, nature: report.kind.fileNature,
                             fileExtension: fileExtension)
    }

    public func document(_ report: WorkReport, reviewerName: String? = nil) -> PrintableDocument {
        var header = [DocumentField(t(N_("Social worker")), "\(report.workerName)（\(report.workerCode)）"),
                      DocumentField(t(N_("Period")), report.period.chineseText),
                      DocumentField(t(N_("State")), t(report.state.title))]
        if let submitted = report.submittedOn {
            header.append(DocumentField(t(N_("Submitted on")), submitted.description))
        }
        if let reviewer = report.reviewerCode {
            header.append(DocumentField(t(N_("Supervisor")), reviewerName.map { "\($0)（\(reviewer)）" } ?? reviewer))
        }
        let planHeading = switch report.kind {
        case .monthly: t(N_("Next month's plan"))
        case .halfYear: t(N_("Plan for the second half of the year"))
        case .annual: t(N_("Plan for next year"))
        }
        var sections = [statisticsSection(report.statistics)]
        sections += [
            (t(N_("Work summary")), report.text.summary), (t(N_("Reflections")), report.text.reflections),
            (t(N_("Problems met")), report.text.problems), (planHeading, report.text.plan),
        ].map { DocumentSection(heading: $0.0, blocks: [.paragraph($0.1.isEmpty ? "—" : $0.1)]) }
        sections.append(DocumentSection(heading: t(N_("Work log")), blocks: report.text.workLog.isEmpty
            ? [.paragraph("—")]
            : [.table(DocumentTable(columns: [t(N_("Date")), t(N_("Work done"))],
                                    rows: report.text.workLog.map { [$0.day.description, $0.text] }))]))
        var review: [DocumentBlock] = report.reviews.map { event in
            let words = [event.on.description, t(event.event.title), event.byCode, event.comment]
                .filter { !$0.isEmpty }.joined(separator: "　")
            return .paragraph(words)
        }
        review += [.signature(signer: t(N_("Social worker"))), .signature(signer: t(N_("Supervisor")))]
        sections.append(DocumentSection(heading: t(N_("Review")), blocks: review))
        return PrintableDocument(title: t(report.kind == .monthly ? N_("Monthly Work Report") : report.kind == .halfYear
                                          ? N_("Half-year Summary and Plan") : N_("Annual Summary and Plan")),
                                 subtitle: "\(report.workerName) \(report.period.chineseText)",
                                 headerFields: header, sections: sections)
    }

    /// The statistics as tables: cases, groups and activities held, indicators in the period and the year to date.
    public func statisticsSection(_ statistics: WorkReportStatistics) -> DocumentSection {
        var blocks: [DocumentBlock] = [.table(DocumentTable(
            columns: [t(N_("Cases")), t(N_("Count"))],
            rows: [[t(N_("Cases opened")), String(statistics.casesOpened)],
                   [t(N_("Cases closed")), String(statistics.casesClosed)],
                   [t(N_("Cases referred")), String(statistics.casesReferred)],
                   [t(N_("Open at the end of the period")), String(statistics.casesOpenAtEnd)],
                   [t(N_("Service records")), String(statistics.serviceRecords)]]))]
        blocks.append(statistics.programmes.isEmpty
            ? .paragraph(t(N_("No group or activity was held in the period.")))
            : .table(DocumentTable(
                columns: [t(N_("Code")), t(N_("Title")), t(N_("Kind")), t(N_("Counts as")), t(N_("Participants")),
                          t(N_("Sessions"))],
                rows: statistics.programmes.map {
                    [$0.code, $0.title, t($0.kind.title), $0.countsAs.map { t($0.title) } ?? t(N_("Not counted")),
                     String($0.participants), String($0.sessionsInPeriod)]
                })))
        blocks.append(statistics.indicators.isEmpty
            ? .paragraph(t(N_("No indicator was counted yet.")))
            : .table(DocumentTable(
                columns: [t(N_("Indicator")), t(N_("In the period")), t(N_("Year to date")), t(N_("Annual target"))],
                rows: statistics.indicators.map {
                    [$0.indicator.chineseName, String($0.inPeriod), String($0.yearToDate), $0.target.map(String.init) ?? "—"]
                })))
        return DocumentSection(heading: t(N_("Service statistics")), blocks: blocks)
    }
}
