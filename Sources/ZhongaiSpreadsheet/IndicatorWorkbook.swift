import ZhongaiDomain

/// A year's indicator sheet as .xlsx (IND-01..04): the indicators against their targets with the achievement before
/// and after the agreed conversions, then the month-by-month counts, then satisfaction per item (IND-02), in the
/// language `translate` gives. Counts and percentages are numbers, so that the spreadsheet can add them up.
public struct IndicatorWorkbook {
    public let sheet: IndicatorSheet
    public let translate: (String) -> String

    public init(sheet: IndicatorSheet, translate: @escaping (String) -> String) {
        self.sheet = sheet
        self.translate = translate
    }

    private var wording: IndicatorSheetDocument { IndicatorSheetDocument(translate: translate) }

    public var workbook: Workbook {
        Workbook(sheets: [indicatorSheet, monthlySheet, satisfactionSheet])
    }

    public func write(to path: String) throws {
        try workbook.write(to: path)
    }

    private var title: String {
        "\(translate(N_("Annual Service Indicators")))：\(wording.subjectText(sheet.subject)) \(sheet.year)"
    }

    private var indicatorSheet: Sheet {
        let widths: [Double] = [20, 14, 10, 10, 12, 10, 14]
        let columns = zip(IndicatorSheetDocument.lineColumns, widths).map { SheetColumn(translate($0), width: $1) }
        let rows: [[SheetCell]] = sheet.lines.map { line in
            [.text(line.indicator.chineseName), line.target.map { .number(Double($0)) } ?? .text(wording.targetText(line)),
             .number(Double(line.raw)), percent(line.raw, of: line.target),
             .number(Double(line.converted)), percent(line.converted, of: line.target),
             .text(wording.standingText(line))]
        }
        var notes = ["\(translate(N_("Post type")))：\(wording.postText(sheet))", wording.conversionsAllowedText(sheet)]
        notes += sheet.agreedConversions.map { "\(translate(N_("Agreed conversions")))：\(wording.conversionText($0))" }
        notes += sheet.proposedConversions.map {
            "\(translate(N_("Conversions that would meet the targets")))：\(wording.conversionText($0))"
        }
        return Sheet(name: translate(N_("Indicators")), title: title, columns: columns, rows: rows, notes: notes)
    }

    private var monthlySheet: Sheet {
        let columns = [SheetColumn(translate(N_("Indicator")), width: 20)]
            + (1...12).map { SheetColumn(String($0), width: 6) }
            + [SheetColumn(translate(N_("Counted by records")), width: 10)]
        let rows: [[SheetCell]] = sheet.lines.map { line in
            [.text(line.indicator.chineseName)] + line.monthly.prefix(12).map { .number(Double($0)) }
                + [.number(Double(line.raw))]
        }
        return Sheet(name: translate(N_("By month")), title: title, columns: columns, rows: rows)
    }

    private var satisfactionSheet: Sheet {
        let widths: [Double] = [20, 8, 8, 10, 14]
        let columns = zip(IndicatorSheetDocument.satisfactionColumns, widths).map { SheetColumn(translate($0), width: $1) }
        let rows: [[SheetCell]] = sheet.satisfaction.map { item in
            [.text(translate(item.item.title)), .number(Double(item.responses)), .number(Double(item.satisfied)),
             item.percent.map { .number(Double($0)) } ?? .text("—"), .text(wording.satisfactionStanding(item))]
        }
        return Sheet(name: translate(N_("Satisfaction")), title: title, columns: columns, rows: rows,
                     notes: rows.isEmpty ? [translate(N_("No feedback form this year."))] : [])
    }

    /// Achievement in whole percent as a number; a dash without a target.
    private func percent(_ count: Int, of target: Int?) -> SheetCell {
        IndicatorSheetDocument.percent(count, of: target).map { .number(Double($0)) } ?? .text("—")
    }
}
