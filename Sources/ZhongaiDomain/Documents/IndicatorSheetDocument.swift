/// 年度服务指标完成情况 as a printable document, and the wording every view of a sheet shares (the screen, the
/// .xlsx, the PDF): each indicator's target, raw and converted count with their achievement, the standing said in
/// words (a shortfall is never shown by colour alone), satisfaction per item (IND-02), and the conversions agreed
/// and proposed with their rate clause (IND-04). Labels are msgids, given to `translate`.
public struct IndicatorSheetDocument {
    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    /// The column titles of the indicator table, msgids.
    public static let lineColumns = [N_("Indicator"), N_("Annual target"), N_("Counted by records"), N_("Counted %"),
                                     N_("After conversions"), N_("Converted %"), N_("Against the target")]
    /// The column titles of the satisfaction table, msgids.
    public static let satisfactionColumns = [N_("Feedback item"), N_("Forms"), N_("Satisfied"), N_("Satisfaction"),
                                             N_("Against the target")]

    // MARK: Shared wording

    /// Achievement in whole percent, rounded down so that 99.5 % never reads as met; nil without a target (or
    /// with a target of 0, which any count meets).
    public static func percent(_ count: Int, of target: Int?) -> Int? {
        guard let target, target > 0 else { return nil }
        return count * 100 / target
    }

    /// The target, or the words for a number the table leaves to the post's reality (not a target of 0).
    public func targetText(_ line: IndicatorLine) -> String {
        line.target.map(String.init) ?? t(N_("Set by the post's reality"))
    }

    public func percentText(_ count: Int, of target: Int?) -> String {
        Self.percent(count, of: target).map { "\($0)%" } ?? "—"
    }

    /// Rule IND-01: met, short by how many, or no target; in words.
    public func standingText(_ line: IndicatorLine) -> String {
        guard line.target != nil else { return t(N_("No target")) }
        return line.meetsTarget ? t(N_("Target met")) : fill(t(N_("Short by %@")), [String(line.deficit)])
    }

    /// Rule IND-02: below the threshold, met, or no form yet.
    public func satisfactionStanding(_ item: ItemSatisfaction) -> String {
        if item.responses == 0 { return t(N_("No form yet")) }
        return item.isBelowThreshold ? fill(t(N_("Below %@ percent")), [String(item.thresholdPercent)]) : t(N_("Target met"))
    }

    /// "2 咨询、即时辅导 → 1 专业个案（折算标准 A）". Rule IND-04.
    public func conversionText(_ conversion: IndicatorConversion) -> String {
        fill(t(N_("%@ %@ counted as %@ %@ (rate %@)")), [String(conversion.fromUnits), conversion.from.chineseName,
                                                          String(conversion.toUnits), conversion.to.chineseName,
                                                          conversion.clause])
    }

    /// Whose sheet: "王明（WM）", or the team's service point.
    public func subjectText(_ subject: IndicatorSubject) -> String {
        switch subject {
        case .worker(let code, let name): "\(name)（\(code)）"
        case .team(_, let name): fill(t(N_("Team of %@")), [name])
        }
    }

    /// The name an exported file carries (ARC-10): the worker's, or the service point's.
    public static func fileOwnerName(_ subject: IndicatorSubject) -> String {
        switch subject {
        case .worker(_, let name): name
        case .team(_, let name): name
        }
    }

    /// The post type and, for a team, the number of posts its targets count (IND-03).
    public func postText(_ sheet: IndicatorSheet) -> String {
        guard case .team = sheet.subject else { return sheet.postTypeName ?? t(N_("No post with targets")) }
        let posts = fill(t(N_("%@ posts (targets × posts)")), [String(sheet.posts)])
        return sheet.postTypeName.map { "\($0)，\(posts)" } ?? posts
    }

    /// Rule IND-01: every indicator short of its target with how many it lacks, or that all are met.
    public func shortfallSummary(_ sheet: IndicatorSheet) -> String {
        let short = sheet.lines.filter { !$0.meetsTarget }
        guard !short.isEmpty else { return t(N_("Every indicator with a target is met.")) }
        return fill(t(N_("Short of the target: %@.")),
                    [short.map { "\($0.indicator.chineseName) \($0.deficit)" }.joined(separator: "、")])
    }

    public func conversionsAllowedText(_ sheet: IndicatorSheet) -> String {
        sheet.conversionsAllowed
            ? fill(t(N_("The contract allows conversions by clauses %@ (IND-04)")),
                   [sheet.allowedClauses.joined(separator: "、")])
            : t(N_("The contract allows no conversion (IND-04)"))
    }

    /// One row of the indicator table, as text.
    public func lineRow(_ line: IndicatorLine) -> [String] {
        [line.indicator.chineseName, targetText(line), String(line.raw), percentText(line.raw, of: line.target),
         String(line.converted), percentText(line.converted, of: line.target), standingText(line)]
    }

    public func satisfactionRow(_ item: ItemSatisfaction) -> [String] {
        [t(item.item.title), String(item.responses), String(item.satisfied), item.percent.map { "\($0)%" } ?? "—",
         satisfactionStanding(item)]
    }

    // MARK: The document

    /// The sheet as 年度服务指标完成情况, with a line for the worker and the supervisor to sign.
    public func document(_ sheet: IndicatorSheet) -> PrintableDocument {
        var sections = [DocumentSection(heading: t(N_("Indicators against targets")), blocks: [
            .table(DocumentTable(columns: Self.lineColumns.map(t), rows: sheet.lines.map(lineRow))),
            .paragraph(shortfallSummary(sheet)),
            .paragraph(t(N_("Achievement is counted after the agreed conversions (IND-04); a team is judged on its totals (IND-03)."))),
        ])]
        sections.append(DocumentSection(heading: t(N_("Satisfaction per item")), blocks: sheet.satisfaction.isEmpty
            ? [.paragraph(t(N_("No feedback form this year.")))]
            : [.table(DocumentTable(columns: Self.satisfactionColumns.map(t),
                                    rows: sheet.satisfaction.map(satisfactionRow)))]))
        sections.append(DocumentSection(heading: t(N_("Agreed conversions")), blocks: [
            .paragraph(conversionsAllowedText(sheet)),
        ] + conversionBlocks(sheet.agreedConversions, none: t(N_("No conversion agreed.")))))
        sections.append(DocumentSection(heading: t(N_("Conversions that would meet the targets")),
                                        blocks: conversionBlocks(sheet.proposedConversions,
                                                                 none: t(N_("No conversion would help.")))))
        sections.append(DocumentSection(heading: t(N_("Signatures")), blocks: [
            .signature(signer: t(N_("Social worker"))), .signature(signer: t(N_("Supervisor"))),
        ]))
        return PrintableDocument(
            title: t(N_("Annual Service Indicators")), subtitle: subjectText(sheet.subject),
            headerFields: [DocumentField(t(N_("Year")), String(sheet.year)),
                           DocumentField(t(N_("Post type")), postText(sheet)),
                           DocumentField(t(N_("Conversions")), conversionsAllowedText(sheet))],
            sections: sections)
    }

    private func conversionBlocks(_ conversions: [IndicatorConversion], none: String) -> [DocumentBlock] {
        guard !conversions.isEmpty else { return [.paragraph(none)] }
        return [.table(DocumentTable(columns: [t(N_("Conversion")), t(N_("Rate clause"))],
                                     rows: conversions.map { [conversionText($0), $0.clause] }))]
    }

    private func fill(_ format: String, _ arguments: [String]) -> String {
        var result = format
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }
}
