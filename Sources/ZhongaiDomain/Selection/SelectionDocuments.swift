/// The selection's documents as data for `DocumentPrinter` (ARC-10): the ranked result table and each candidate's
/// score sheet, every figure with its explanation, in the language `translate` gives.
public struct SelectionDocuments {
    public let detail: SelectionRoundDetail
    public let translate: (String) -> String

    public init(detail: SelectionRoundDetail, translate: @escaping (String) -> String) {
        self.detail = detail
        self.translate = translate
    }

    private var header: [DocumentField] {
        let round = detail.round
        return [DocumentField(translate(N_("Round")), round.title),
                DocumentField(translate(N_("Post")), translate(round.target.title)),
                DocumentField(translate(N_("Round opened on")), round.openedOn.description),
                DocumentField(translate(N_("Stage")), translate(detail.stage.title))]
    }

    /// 选拔结果: the ranked table, then how each total was reached.
    public func resultTable() -> PrintableDocument {
        let columns = SelectionDocuments.rankingColumns.map(translate)
        let rows = rankingRows()
        var sections = [DocumentSection(heading: translate(N_("Ranked results")), blocks: rows.isEmpty
            ? [.paragraph(translate(N_("No candidate yet.")))]
            : [.table(DocumentTable(columns: columns, rows: rows))])]
        for candidate in detail.ranking {
            sections.append(DocumentSection(heading: "\(candidate.sheet.workerName)（\(candidate.sheet.workerCode)）",
                                            blocks: candidate.sheet.explanation.map { .paragraph($0.localized(translate)) }))
        }
        return PrintableDocument(title: translate(N_("Supervisor Selection Results")), subtitle: detail.round.title,
                                 headerFields: header, sections: sections)
    }

    /// 成绩单: one candidate's score sheet.
    public func scoreSheet(_ sheet: ScoreSheet) -> PrintableDocument {
        var fields = [DocumentField(translate(N_("Candidate")), "\(sheet.workerName)（\(sheet.workerCode)）"),
                      DocumentField(translate(N_("Status")), translate(sheet.status.title))]
        if let place = detail.ranking.first(where: { $0.sheet.nominationID == sheet.nominationID }) {
            fields.append(DocumentField(translate(N_("Rank")), place.placeText.localized(translate)))
        }
        fields.append(DocumentField(translate(N_("Total")), sheet.total?.description ?? "—"))
        let bonusRows = sheet.bonus.categories.flatMap { category in
            category.lines.map { line in
                [translate(category.category.title), translate(line.item.kind.title), line.item.subject,
                 line.item.evidence, line.earned.description, line.counted.description]
            }
        }
        var sections = [DocumentSection(heading: translate(N_("Scores")), blocks: [.fields(fields)])]
        if !sheet.interviews.isEmpty {
            sections.append(DocumentSection(heading: translate(N_("Interview scores")), blocks: [.table(DocumentTable(
                columns: [translate(N_("Interviewer")), translate(N_("Score"))],
                rows: sheet.interviews.map { [$0.interviewerName, $0.score.description] }))]))
        }
        if !bonusRows.isEmpty {
            sections.append(DocumentSection(heading: translate(N_("Bonus items")), blocks: [.table(DocumentTable(
                columns: [N_("Category"), N_("Item"), N_("Subject"), N_("Evidence"), N_("Earned"), N_("Counted")]
                    .map(translate), rows: bonusRows))]))
        }
        sections.append(DocumentSection(heading: translate(N_("How the total was reached")),
                                        blocks: sheet.explanation.map { .paragraph($0.localized(translate)) }))
        return PrintableDocument(title: translate(N_("Supervisor Selection Score Sheet")), subtitle: detail.round.title,
                                 headerFields: header, sections: sections)
    }

    /// The ranked table's column msgids, shared by the PDF and the .xlsx.
    public static let rankingColumns = [N_("Rank"), N_("Staff code"), N_("Full name"), N_("Written test"), N_("Interview score"),
                                        N_("Bonus"), N_("Total"), N_("Status")]

    /// The ranked table's rows as text.
    public func rankingRows() -> [[String]] {
        detail.ranking.map { candidate in
            let sheet = candidate.sheet
            return [candidate.placeText.localized(translate), sheet.workerCode, sheet.workerName,
                    sheet.written?.description ?? "—", sheet.interviewMean?.description ?? "—",
                    sheet.bonus.total.description, sheet.total?.description ?? "—", translate(sheet.status.title)]
        }
    }
}
