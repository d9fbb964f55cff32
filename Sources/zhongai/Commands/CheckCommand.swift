import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai check supervisor|employer|list|target|visit|visits`: the quarterly checks of 自我检查制度 (CHK-02) and
/// the employer visits of 拜访用人单位制度 (CHK-05), as a signed-in worker.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Quarterly checks and employer visits (CHK-02, CHK-05).",
        subcommands: [Supervisor.self, Employer.self, List.self, Target.self, Visit.self, Visits.self])

    /// What a check found (自我检查制度 五), shared by both kinds.
    struct FindingOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The day of the check, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var on: String?
        @Option(help: ArgumentHelp("What was checked and found.", valueName: "TEXT")) var findings: String
        @Option(help: ArgumentHelp("Strengths.", valueName: "TEXT")) var strengths = ""
        @Option(help: ArgumentHelp("Problems and their causes.", valueName: "TEXT")) var problems = ""
        @Option(help: ArgumentHelp("Measures agreed.", valueName: "TEXT")) var measures = ""

        func draft(_ kind: CheckKind, subject: String) throws -> CheckDraft {
            CheckDraft(kind: kind, subject: subject,
                       checkedOn: try on.map { try CalendarDate(parsing: $0, field: N_("Check date")) } ?? CalendarDate.today(),
                       findings: findings, strengths: strengths, problems: problems, measures: measures)
        }
    }

    struct Supervisor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record your quarterly check of a worker you supervise (CHK-02) and print its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @OptionGroup var finding: FindingOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try finding.draft(.supervisor, subject: worker)
                let check = try signIn.run { database, session, _ in try database.recordCheck(draft, as: session) }
                if json { try JSONOutput.print(CheckRow(check)) } else { print(check.id) }
            }
        }
    }

    struct Employer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the quarterly check of the relationship between a service point's employer unit and "
                + "the staff (CHK-02) and print its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("service-point"), help: ArgumentHelp("The service point's id.", valueName: "ID"))
        var servicePoint: Int64
        @OptionGroup var finding: FindingOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try finding.draft(.employer, subject: String(servicePoint))
                let check = try signIn.run { database, session, _ in try database.recordCheck(draft, as: session) }
                if json { try JSONOutput.print(CheckRow(check)) } else { print(check.id) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the checks you reach, newest first.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("supervisor or employer (default: both).", valueName: "KIND")) var kind: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let wanted = try kind.map { try CaseCommand.choice(CheckKind.self, $0, field: N_("Kind")) }
                let found = try signIn.run { database, session, _ in try database.checks(kind: wanted, as: session) }
                if json { try JSONOutput.print(found.map(CheckRow.init)); return }
                for c in found {
                    print([c.id, c.checkedOn.description, c.kind.rawValue, c.subject, c.subjectName, c.checkerCode,
                           c.findings].joined(separator: "\t"))
                }
            }
        }
    }

    struct Target: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The list of whom the centre visits (CHK-05).", subcommands: [Add.self, List.self, Deactivate.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a visit target and print its id.",
                discussion: "Kinds: \(VisitTargetKind.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).")

            @OptionGroup var signIn: SignInOptions
            @Option(help: ArgumentHelp("The unit, and the person if known.", valueName: "NAME")) var name: String
            @Option(help: ArgumentHelp("The kind of target.", valueName: "KIND")) var kind: String
            @Option(help: ArgumentHelp("The town's name (optional).", valueName: "TOWN")) var town: String?
            @Option(name: .customLong("service-point"), help: ArgumentHelp("A service point's id (optional).",
                                                                             valueName: "ID"))
            var servicePoint: Int64?
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                try CommandFailure.reporting {
                    guard let kindValue = VisitTargetKind(text: kind) else {
                        throw ValidationError(field: N_("Kind"), N_("“%@” is not one of %@"), kind,
                                              VisitTargetKind.allCases.map(\.rawValue).joined(separator: ", "),
                                              rule: "CHK-05")
                    }
                    let draft = VisitTargetDraft(name: name, kind: kindValue, townName: town, servicePointID: servicePoint)
                    let target = try signIn.run { database, session, _ in try database.addVisitTarget(draft, as: session) }
                    if json { try JSONOutput.print(VisitTargetRow(target)) } else { print(target.id) }
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the visit targets with their last visit and the next one due.")

            @OptionGroup var signIn: SignInOptions
            @Flag(help: "Include the targets taken off the list.") var all = false
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                try CommandFailure.reporting {
                    let found = try signIn.run { database, session, _ in
                        try database.visitTargets(includingInactive: all, as: session)
                    }
                    if json { try JSONOutput.print(found.map(VisitTargetRow.init)); return }
                    for t in found {
                        print([String(t.id), t.kind.rawValue, t.name, t.lastVisitedOn?.description ?? "",
                               t.nextVisitDue?.description ?? "", t.isActive ? "" : "inactive"].joined(separator: "\t"))
                    }
                }
            }
        }

        struct Deactivate: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Take a target off the list; its visits are kept.")

            @OptionGroup var signIn: SignInOptions
            @Argument(help: "The target's id.") var id: Int64
            @Flag(help: "Put it back on the list instead.") var reactivate = false
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                try CommandFailure.reporting {
                    let target = try signIn.run { database, session, _ in
                        try database.setVisitTargetActive(id: id, reactivate, as: session)
                    }
                    if json { try JSONOutput.print(VisitTargetRow(target)) } else { print(target.isActive ? "active" : "inactive") }
                }
            }
        }
    }

    struct Visit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a visit to a target (CHK-05) and print its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The target's id.", valueName: "ID")) var target: Int64
        @Option(help: ArgumentHelp("The day of the visit, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var on: String?
        @Option(help: ArgumentHelp("Whom you met.", valueName: "TEXT")) var met: String
        @Option(help: ArgumentHelp("What was reported and heard.", valueName: "TEXT")) var content: String
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("What is to follow.", valueName: "TEXT"))
        var followUp = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = EmployerVisitDraft(
                    targetID: target,
                    visitedOn: try on.map { try CalendarDate(parsing: $0, field: N_("Date of the visit")) } ?? CalendarDate.today(),
                    peopleMet: met, content: content, followUp: followUp)
                let visit = try signIn.run { database, session, _ in try database.recordEmployerVisit(draft, as: session) }
                if json { try JSONOutput.print(EmployerVisitRow(visit)) } else { print(visit.id) }
            }
        }
    }

    struct Visits: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the visits of one target or all, newest first.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this target's.", valueName: "ID")) var target: Int64?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in try database.employerVisits(targetID: target, as: session) }
                if json { try JSONOutput.print(found.map(EmployerVisitRow.init)); return }
                for v in found {
                    print([v.id, v.visitedOn.description, String(v.targetID), v.targetName, v.visitorCode, v.peopleMet]
                        .joined(separator: "\t"))
                }
            }
        }
    }
}
