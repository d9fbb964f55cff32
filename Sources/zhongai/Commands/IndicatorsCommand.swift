import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai indicators [show] | contract | convert`: Annual service indicators of a worker or a team, with
/// conversions (IND-01..06), as a signed-in worker.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Annual service indicators of a worker or a team, with conversions (IND-01..06).",
        subcommands: [Show.self, Contract.self, Convert.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A year's indicators: yours, a worker's, a team's, or every worker you reach.",
            discussion: """
                Each line: indicator, count after agreed conversions / target (- where the post has none), the raw \
                count, and what is short. Then the conversions agreed and those that would make the targets on the \
                clauses the contract allows (IND-04), and satisfaction per item (IND-02).
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The year.", valueName: "YEAR")) var year: Int
        @Option(help: ArgumentHelp("A worker's staff code (default: yours).", valueName: "CODE")) var worker: String?
        @Option(help: ArgumentHelp("A service point's id: the team's totals (IND-03).", valueName: "ID")) var team: Int64?
        @Flag(help: "Every worker you reach.") var all = false
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            if [worker != nil, team != nil, all].filter({ $0 }).count > 1 {
                throw ArgumentParser.ValidationError("Give one of --worker, --team and --all.")
            }
        }

        func run() throws {
            try CommandFailure.reporting {
                let sheets = try signIn.run { database, session, _ -> [IndicatorSheet] in
                    if all { return try database.indicatorSheets(year: year, as: session) }
                    if let team { return [try database.indicatorSheet(year: year, servicePointID: team, as: session)] }
                    return [try database.indicatorSheet(year: year, workerCode: (worker ?? session.workerCode).uppercased(),
                                                        as: session)]
                }
                if json {
                    if all { try JSONOutput.print(sheets.map(IndicatorSheetRow.init)) } else {
                        try JSONOutput.print(IndicatorSheetRow(sheets[0]))
                    }
                    return
                }
                for sheet in sheets { IndicatorsCommand.printText(sheet) }
            }
        }
    }

    struct Contract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record which conversion clauses (A–F) a worker's contract allows in a year (IND-04).",
            discussion: """
                As agreed by the service unit, the project supervisor and the centre. Recorded by the worker's \
                supervisor up the chain, 服务部, the chair or vice-chair, never by the worker. A new contract \
                replaces the one in force. --allow "" allows none.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @Option(help: ArgumentHelp("The year.", valueName: "YEAR")) var year: Int
        @Option(help: ArgumentHelp("The clauses allowed, e.g. A,E,F.", valueName: "CLAUSES")) var allow: String
        @Option(help: ArgumentHelp("A note (who agreed, the contract's reference).", valueName: "TEXT")) var note = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let clauses = Set(allow.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" })
                    .map { String($0).uppercased() })
                let contract = try signIn.run { database, session, _ in
                    try database.setPostContract(year: year, workerCode: worker.uppercased(), allowedClauses: clauses,
                                                 note: note, as: session)
                    return try database.postContract(year: year, workerCode: worker.uppercased())
                }
                if json { try JSONOutput.print(contract); return }
                print("\(worker.uppercased())\t\(year)\t\(contract?.allowedClauses.joined(separator: ",") ?? "")")
            }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an agreed conversion of a worker's year (IND-04).",
            discussion: """
                Indicators: professionalCase, consultation, visit, filing, therapeuticGroup, developmentalGroup, \
                largeActivity, smallActivity, lectureWorkshop, supervision, training. The clause is the one that \
                pairs the two (A–F); --units is what is given up, a whole multiple of the rate. Refused where the \
                contract does not allow the clause or the indicator given up would fall below its target.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @Option(help: ArgumentHelp("The year.", valueName: "YEAR")) var year: Int
        @Option(help: ArgumentHelp("The indicator given up.", valueName: "INDICATOR")) var from: String
        @Option(help: ArgumentHelp("How many of it.", valueName: "N")) var units: Int
        @Option(help: ArgumentHelp("The indicator it counts as.", valueName: "INDICATOR")) var to: String
        @Option(help: ArgumentHelp("A note (who agreed, why).", valueName: "TEXT")) var note = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let source = try IndicatorsCommand.indicator(from, field: N_("Indicator"))
                let target = try IndicatorsCommand.indicator(to, field: N_("Indicator"))
                let sheet = try signIn.run { database, session, _ -> IndicatorSheet in
                    let calculator = IndicatorCalculator(rates: try database.indicatorConversionRates())
                    guard let clause = calculator.clause(from: source, to: target),
                          let rate = calculator.rate(clause: clause, from: source, to: target) else {
                        throw ValidationError(field: N_("Conversion"), N_("no clause converts %@ into %@"),
                                              source.chineseName, target.chineseName, rule: "IND-04")
                    }
                    let conversion = IndicatorConversion(from: source, fromUnits: units, to: target,
                                                         toUnits: units / rate.fromUnits * rate.toUnits,
                                                         clause: clause)
                    try database.agreeIndicatorConversion(year: year, workerCode: worker.uppercased(),
                                                          conversion: conversion, note: note, as: session)
                    return try database.indicatorSheet(year: year, workerCode: worker.uppercased(), as: session)
                }
                if json { try JSONOutput.print(IndicatorSheetRow(sheet)); return }
                IndicatorsCommand.printText(sheet)
            }
        }
    }

    static func indicator(_ text: String, field: String) throws -> Indicator {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let found = Indicator(rawValue: t) ?? Indicator.allCases.first(where: { $0.chineseName == t }) {
            return found
        }
        throw ValidationError(field: field, N_("“%@” is not an indicator"), text, rule: "IND-01")
    }

    /// The sheet as lines of text: a header, one line per indicator, the conversions and satisfaction.
    static func printText(_ sheet: IndicatorSheet) {
        switch sheet.subject {
        case .worker(let code, let name): print("\(code) \(name)\t\(sheet.year)\t\(sheet.postTypeName ?? "-")")
        case .team(let id, let name): print("\(id) \(name)\t\(sheet.year)\t\(sheet.posts)\t\(sheet.postTypeName ?? "-")")
        }
        for line in sheet.lines {
            let target = line.target.map(String.init) ?? "-"
            let short = line.deficit > 0 ? "\t-\(line.deficit)" : ""
            print("  \(line.indicator.chineseName)\t\(line.converted)/\(target)\t(\(line.raw))\(short)")
        }
        for c in sheet.agreedConversions {
            print("  = \(c.clause): \(c.fromUnits) \(c.from.chineseName) → \(c.toUnits) \(c.to.chineseName)")
        }
        for c in sheet.proposedConversions {
            print("  ? \(c.clause): \(c.fromUnits) \(c.from.chineseName) → \(c.toUnits) \(c.to.chineseName)")
        }
        for s in sheet.satisfaction where s.responses > 0 {
            print("  \(s.item.rawValue)\t\(s.percent.map { "\($0)%" } ?? "-")\(s.isBelowThreshold ? "\t[IND-02]" : "")")
        }
    }
}
