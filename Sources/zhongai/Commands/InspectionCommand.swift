import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai inspection start|record|done|list`: workplace safety inspections (CHK-04) — the nine items, findings,
/// photos, follow-ups with due dates — and the safety due dates, as a signed-in worker.
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection", abstract: "Workplace safety inspections (CHK-04).",
        subcommands: [Start.self, Record.self, Done.self, List.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start an inspection of a service point and print its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("service-point"),
                help: ArgumentHelp("The service point's number (default: yours).", valueName: "ID"))
        var servicePoint: Int64?
        @Option(help: ArgumentHelp("The day of the inspection, YYYY-MM-DD (default: today).", valueName: "DATE"))
        var on: String?
        @Option(help: ArgumentHelp("A remark.", valueName: "TEXT")) var note = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0) }
                let inspection = try signIn.run { database, session, _ in
                    try database.startInspection(servicePointID: servicePoint, on: day, note: note, as: session)
                }
                if json { try JSONOutput.print(InspectionRow(inspection)) } else { print(inspection.id) }
            }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record one item of an inspection: --ok, or --finding TEXT; with photos and follow-ups.",
            discussion: """
                Items: 电路, 水路, 灭火器, 房屋牢固程度, 防盗设备, 门窗玻璃, 资料室防潮防火, 档案资料保密程度, 文件材料整理 \
                (or wiring, plumbing, extinguishers, buildingSoundness, antiTheft, doorsWindows, recordsRoom, \
                filesConfidential, papersOrdered). A follow-up is TEXT@YYYY-MM-DD.
                """)

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The inspection's id.") var inspection: String
        @Option(help: ArgumentHelp("The item.", valueName: "ITEM")) var item: String
        @Flag(help: "The item is in order.") var ok = false
        @Option(help: ArgumentHelp("What was found.", valueName: "TEXT")) var finding: String?
        @Option(help: ArgumentHelp("A photo of the item (repeat).", valueName: "FILE")) var photo: [String] = []
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("A follow-up action, TEXT@YYYY-MM-DD (repeat).",
                                                                     valueName: "ACTION"))
        var followUps: [String] = []
        @Option(help: ArgumentHelp("Who sees to the follow-ups.", valueName: "CODE")) var owner: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let which = InspectionItem(text: item) else {
                    throw ValidationError(field: N_("Item"), N_("“%@” is not an item of the inspection"), item,
                                          rule: "CHK-04")
                }
                guard ok != (finding != nil) else {
                    throw ValidationError(field: N_("Finding"), N_("give either --ok or --finding"), rule: "CHK-04")
                }
                let photos = try photo.map { path -> (String, Data) in
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw ValidationError(field: N_("Photo"), N_("the file %@ cannot be read"), path)
                    }
                    return (URL(fileURLWithPath: path).lastPathComponent, data)
                }
                let actions = try followUps.map { text -> (String, CalendarDate) in
                    guard let at = text.lastIndex(of: "@") else {
                        throw ValidationError(field: N_("Follow-up"), N_("“%@” has no due date: write TEXT@YYYY-MM-DD"),
                                              text)
                    }
                    return (String(text[..<at]), try CalendarDate(parsing: String(text[text.index(after: at)...]),
                                                                  field: N_("Follow-up")))
                }
                let id = inspection.trimmingCharacters(in: .whitespaces)
                let updated = try signIn.run { database, session, _ in
                    var result = try database.recordInspectionItem(inspectionID: id, item: which,
                                                                   outcome: ok ? .ok : .finding,
                                                                   finding: finding ?? "", as: session)
                    for (name, data) in photos {
                        result = try database.addInspectionPhoto(inspectionID: id, item: which, fileName: name,
                                                                 data: data, as: session)
                    }
                    for (action, due) in actions {
                        result = try database.addInspectionFollowUp(inspectionID: id, item: which, action: action,
                                                                    dueOn: due, ownerCode: owner?.uppercased(),
                                                                    as: session)
                    }
                    return result
                }
                if json { try JSONOutput.print(InspectionRow(updated)) } else {
                    print("\(updated.items.count)/\(InspectionItem.allCases.count)")
                }
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a follow-up action done today.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The follow-up's number.") var followUp: Int64
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let updated = try signIn.run { database, session, _ in
                    try database.completeInspectionFollowUp(id: followUp, as: session)
                }
                if json { try JSONOutput.print(InspectionRow(updated)) } else { print("done") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List inspections, newest first, or with --due the inspections and follow-ups due.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("service-point"), help: ArgumentHelp("Only this service point.", valueName: "ID"))
        var servicePoint: Int64?
        @Flag(help: "The safety due dates instead: next inspections and open follow-ups.") var due = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                if due {
                    let deadlines = try signIn.run { database, session, _ in try database.safetyDeadlines(as: session) }
                        .filter { servicePoint == nil || $0.servicePointID == servicePoint }
                    if json { try JSONOutput.print(deadlines.map(InspectionDeadlineRow.init)); return }
                    for d in deadlines {
                        print([d.kind.rawValue, d.servicePointName, d.dueOn.description, d.status.rawValue, d.detail,
                               d.rule].joined(separator: "\t"))
                    }
                    return
                }
                let inspections = try signIn.run { database, session, _ in
                    try database.safetyInspections(servicePointID: servicePoint, as: session)
                }
                if json { try JSONOutput.print(inspections.map(InspectionRow.init)); return }
                for i in inspections {
                    print([i.id, i.servicePointName, i.inspectedOn.description, i.inspectorCode,
                           "\(i.items.count)/\(InspectionItem.allCases.count)", "\(i.findings.count) findings"]
                        .joined(separator: "\t"))
                }
            }
        }
    }
}
