import ZhongaiDomain

/// The selection round's workbook (SEL-02, SEL-03): the ranked result table, then one sheet per candidate's score
/// sheet with its interview scores, bonus items and the explanation of the total, in the language `translate` gives.
public struct SelectionWorkbook {
    public let detail: SelectionRoundDetail
    public let translate: (String) -> String

    public init(detail: SelectionRoundDetail, translate: @escaping (String) -> String) {
        self.detail = detail
        self.translate = translate
    }

    public var workbook: Workbook {
        Workbook(sheets: [resultSheet] + detail.ranking.map { scoreSheet($0) })
    }

    public func write(to path: String) throws {
        try workbook.write(to: path)
    }

    private var resultSheet: Sheet {
        let widths: [Double] = [10, 10, 12, 10, 10, 10, 10, 22]
        let columns = zip(SelectionDocuments.rankingColumns, widths).map { SheetColumn(translate($0), width: $1) }
        let rows: [[SheetCell]] = detail.ranking.map { candidate in
            let sheet = candidate.sheet
            return [.text(candidate.placeText.localized(translate)), .text(sheet.workerCode), .text(sheet.workerName),
                    number(sheet.written), number(sheet.interviewMean), .number(sheet.bonus.total.doubleValue),
                    number(sheet.total), .text(translate(sheet.status.title))]
        }
        return Sheet(name: translate(N_("Ranked results")), title: detail.round.title, columns: columns, rows: rows)
    }

    private func scoreSheet(_ candidate: RankedCandidate) -> Sheet {
        let sheet = candidate.sheet
        let columns = [SheetColumn(translate(N_("Item")), width: 30), SheetColumn(translate(N_("Subject")), width: 24),
                       SheetColumn(translate(N_("Evidence")), width: 20), SheetColumn(translate(N_("Earned")), width: 10),
                       SheetColumn(translate(N_("Counted")), width: 10)]
        var rows: [[SheetCell]] = [[.text(translate(N_("Written test"))), .text(""), .text(""), number(sheet.written),
                                    number(sheet.writtenWeighted)]]
        rows += sheet.interviews.map { score in
            [.text(translate(N_("Interview score"))), .text(score.interviewerName), .text(""), .number(score.score.doubleValue),
             .text("")]
        }
        if let mean = sheet.interviewWeighted {
            rows.append([.text(translate(N_("Interview score"))), .text(translate(N_("Mean"))), .text(""),
                         number(sheet.interviewMean), .number(mean.doubleValue)])
        }
        for category in sheet.bonus.categories {
            rows += category.lines.map { line in
                [.text(translate(line.item.kind.title)), .text(line.item.subject), .text(line.item.evidence),
                 .number(line.earned.doubleValue), .number(line.counted.doubleValue)]
            }
        }
        rows.append([.text(translate(N_("Total"))), .text(candidate.placeText.localized(translate)), .text(""), .text(""),
                     number(sheet.total)])
        return Sheet(name: "\(sheet.workerName) \(sheet.workerCode)",
                     title: "\(translate(N_("Supervisor Selection Score Sheet")))：\(sheet.workerName)（\(sheet.workerCode)）",
                     columns: columns, rows: rows, notes: sheet.explanation.map { $0.localized(translate) })
    }

    private func number(_ points: SelectionPoints?) -> SheetCell {
        points.map { .number($0.doubleValue) } ?? .text("—")
    }
}
