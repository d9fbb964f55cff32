import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai archive`: Quarterly archive handover, borrowing, checks and destruction (ARC-07..09, CONF-04..05).
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Quarterly archive handover, borrowing, checks and destruction (ARC-07..09, CONF-04..05).",
        subcommands: [MakeList.self, Lists.self, HandOver.self, Receive.self, ReturnList.self, Borrow.self,
                      Return.self, Lost.self, Check.self, DestructionList.self, Destroy.self])

    static func printList(_ list: HandoverList, json: Bool) throws {
        if json { try JSONOutput.print(ArchiveListRow(list)); return }
        print([list.id, list.workerCode, list.quarter.description, list.state.rawValue, String(list.lines.count),
               String(list.documentCount)].joined(separator: "\t"))
        for line in list.lines {
            print(["", line.code, line.kind.rawValue, line.closedOn?.description ?? "",
                   "\(line.documentsReady)/\(line.documentsTotal)"].joined(separator: "\t"))
        }
    }

    static func printLoan(_ loan: ArchiveLoan, json: Bool) throws {
        if json { try JSONOutput.print(ArchiveLoanRow(loan)); return }
        print([String(loan.id), loan.code, loan.borrowerCode, loan.borrowedOn.description, loan.dueOn.description,
               loan.returnedOn?.description ?? "", loan.lostOn?.description ?? ""].joined(separator: "\t"))
    }

    struct MakeList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handover-list",
            abstract: "Make the 移交清单 of a quarter's closed records (ARC-08), or show them with --candidates.",
            discussion: """
                Without --record the list holds every closed case, archived group or activity and visit of the \
                quarter not yet handed over. A record that is not closed refuses the whole list.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The quarter, YYYY-Qn.", valueName: "QUARTER")) var quarter: String
        @Option(help: ArgumentHelp("Whose records (default: yours).", valueName: "CODE")) var worker: String?
        @Option(name: .customLong("record"), help: ArgumentHelp("A record's archive code or id (repeat for more).",
                                                                 valueName: "CODE"))
        var records: [String] = []
        @Flag(help: "Only show the records a list would hold; write nothing.") var candidates = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let period = try ArchiveQuarter(parsing: quarter)
                if candidates {
                    let lines = try signIn.run { database, session, _ in
                        try database.handoverCandidates(workerCode: worker, quarter: period, as: session)
                    }
                    if json { try JSONOutput.print(lines.map(ArchiveListRow.Line.init)); return }
                    for l in lines {
                        print([l.code, l.kind.rawValue, l.closedOn?.description ?? "", "\(l.documentsReady)/\(l.documentsTotal)"]
                            .joined(separator: "\t"))
                    }
                    return
                }
                let list = try signIn.run { database, session, _ in
                    try database.createHandoverList(workerCode: worker, quarter: period,
                                                    records: records.isEmpty ? nil : records, as: session)
                }
                try ArchiveCommand.printList(list, json: json)
            }
        }
    }

    struct Lists: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the handover lists you reach, newest first.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only lists in this state: draft, handedOver, received, returned.", valueName: "STATE"))
        var state: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let wanted = try state.map { text -> HandoverListState in
                    guard let s = HandoverListState(rawValue: text) else {
                        throw ValidationError(field: N_("State"), N_("“%@” is not a state of a handover list"), text)
                    }
                    return s
                }
                let lists = try signIn.run { database, session, _ in try database.handoverLists(state: wanted, as: session) }
                if json { try JSONOutput.print(lists.map(ArchiveListRow.init)); return }
                for list in lists { try ArchiveCommand.printList(list, json: false) }
            }
        }
    }

    struct HandOver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hand-over", abstract: "Confirm handing your list over to the service department (ARC-08).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The list's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let list = try signIn.run { database, session, _ in try database.handOver(listID: id, as: session) }
                try ArchiveCommand.printList(list, json: json)
            }
        }
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm receipt of a handed-over list, as the service department (ARC-08).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The list's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let list = try signIn.run { database, session, _ in try database.receiveHandoverList(listID: id, as: session) }
                try ArchiveCommand.printList(list, json: json)
            }
        }
    }

    struct ReturnList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return-list",
            abstract: "Give a handed-over list back to the worker, saying which documents are missing (ARC-08).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The list's id.") var id: String
        @Option(help: ArgumentHelp("Why it is returned.", valueName: "TEXT")) var reason: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let list = try signIn.run { database, session, _ in
                    try database.returnHandoverList(listID: id, reason: reason, as: session)
                }
                try ArchiveCommand.printList(list, json: json)
            }
        }
    }

    struct Borrow: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lend an archived record to a worker, as the service department (CONF-04); prints the loan number.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The record's archive code or id.") var record: String
        @Option(help: ArgumentHelp("The borrower's staff code.", valueName: "CODE")) var to: String
        @Option(help: ArgumentHelp("What it is borrowed for.", valueName: "TEXT")) var purpose: String
        @Option(help: ArgumentHelp("The day it is lent, YYYY-MM-DD (default: today).", valueName: "DATE")) var on: String?
        @Option(help: ArgumentHelp("The day it is due back, YYYY-MM-DD.", valueName: "DATE")) var due: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let lent = try on.map { try CalendarDate(parsing: $0, field: N_("Borrowed on")) } ?? CalendarDate.today()
                let dueOn = try CalendarDate(parsing: due, field: N_("Due back"))
                let loan = try signIn.run { database, session, _ in
                    try database.lendArchivedRecord(record, to: to, purpose: purpose, borrowedOn: lent, dueOn: dueOn,
                                                    as: session)
                }
                try ArchiveCommand.printLoan(loan, json: json)
            }
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the return of a loan (CONF-04).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The loan number.") var loan: Int64
        @Option(help: ArgumentHelp("The day it came back, YYYY-MM-DD (default: today).", valueName: "DATE")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Returned on")) } ?? CalendarDate.today()
                let result = try signIn.run { database, session, _ in try database.returnArchiveLoan(loan, returnedOn: day, as: session) }
                try ArchiveCommand.printLoan(result, json: json)
            }
        }
    }

    struct Lost: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report a borrowed file lost at once (CONF-04), or record the remedy taken with --remedy.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The loan number.") var loan: Int64
        @Option(help: ArgumentHelp("The day it was lost, YYYY-MM-DD (default: today).", valueName: "DATE")) var on: String?
        @Option(help: ArgumentHelp("What was lost and how.", valueName: "TEXT")) var description: String?
        @Option(help: ArgumentHelp("The remedy taken, as the service department.", valueName: "TEXT")) var remedy: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Lost on")) } ?? CalendarDate.today()
                let result = try signIn.run { database, session, _ in
                    if let remedy { return try database.recordLossRemedy(loan, remedy: remedy, as: session) }
                    return try database.reportArchiveLoss(loan, lostOn: day, description: description ?? "", as: session)
                }
                try ArchiveCommand.printLoan(result, json: json)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the quarterly archive check or the yearly inventory (CONF-05), or list them with --list.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("quarterly or inventory.", valueName: "KIND")) var kind = "quarterly"
        @Option(help: ArgumentHelp("The day of the check, YYYY-MM-DD (default: today).", valueName: "DATE")) var on: String?
        @Option(help: ArgumentHelp("What the check found.", valueName: "TEXT")) var findings: String?
        @Flag(help: "List the checks recorded instead.") var list = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                if list {
                    let checks = try signIn.run { database, session, _ in try database.archiveChecks(as: session) }
                    if json { try JSONOutput.print(checks); return }
                    for c in checks { print([String(c.id), c.kind.rawValue, c.checkedOn.description, c.checkedBy, c.findings].joined(separator: "\t")) }
                    return
                }
                let which: ArchiveCheckKind
                switch kind {
                case "quarterly", ArchiveCheckKind.quarterlyCheck.rawValue, "季度检查": which = .quarterlyCheck
                case "inventory", ArchiveCheckKind.yearlyInventory.rawValue, "年度清查": which = .yearlyInventory
                default: throw ValidationError(field: N_("Kind"), N_("“%@” is not a kind of archive check"), kind, rule: "CONF-05")
                }
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Checked on")) } ?? CalendarDate.today()
                let check = try signIn.run { database, session, _ in
                    try database.recordArchiveCheck(which, checkedOn: day, findings: findings ?? "", as: session)
                }
                if json { try JSONOutput.print(check) } else { print(check.id) }
            }
        }
    }

    struct DestructionList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "destruction-list",
            abstract: "List the archived material due for the bulk destruction (CONF-05); --propose makes the batch for the chair.",
            discussion: "Only the paper material is destroyed; the electronic records stay in the database.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Propose the batch, as the service department.") var propose = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                if propose {
                    let batch = try signIn.run { database, session, _ in try database.proposeDestruction(as: session) }
                    if json { try JSONOutput.print(ArchiveBatchRow(batch)) } else { print(batch.id) }
                    return
                }
                let records = try signIn.run { database, session, _ in try database.destructionCandidates(as: session) }
                if json { try JSONOutput.print(records.map(ArchiveRecordRow.init)); return }
                for r in records { print([r.line.code, r.workerCode, r.receivedOn.description].joined(separator: "\t")) }
            }
        }
    }

    struct Destroy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm a destruction batch, as the chair (CONF-05): every record is logged; the electronic records are kept.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The batch number.") var batch: Int64
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let confirmed = try signIn.run { database, session, _ in try database.confirmDestruction(batch, as: session) }
                if json { try JSONOutput.print(ArchiveBatchRow(confirmed)); return }
                print("\(confirmed.id)\t\(confirmed.records.count)")
            }
        }
    }
}
