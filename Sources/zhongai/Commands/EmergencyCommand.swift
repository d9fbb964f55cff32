import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai emergency plans|start|step|annotate|end|report|list|group`: the six plans (EMG-02), events and drills
/// run on them and their reports (EMG-03), the safety group of a service point (EMG-01), as a signed-in worker.
struct EmergencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emergency", abstract: "Emergency plans, events and drills, their reports.",
        subcommands: [Plans.self, Start.self, Step.self, Annotate.self, End.self, Report.self, List.self, Group.self])

    static func kind(_ text: String) throws -> EmergencyPlanKind {
        guard let kind = EmergencyPlanKind(text: text) else {
            throw ValidationError(field: N_("Emergency plan"), N_("“%@” is not a plan kind"), text, rule: "EMG-02")
        }
        return kind
    }

    struct Plans: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the plans in force with their steps: who does each and the numbers to call.",
            discussion: "Kinds: fire, foodPoisoning, outingSafety, suddenIllness, psychiatricCrisis, trafficAccident.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this plan, with all its versions.", valueName: "KIND")) var kind: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let only = try kind.map(EmergencyCommand.kind)
                let plans = try signIn.run { database, _, _ in
                    try only.map { try database.emergencyPlanVersions(kind: $0) } ?? database.emergencyPlans()
                }
                if json { try JSONOutput.print(plans.map(EmergencyPlanRow.init)); return }
                for plan in plans {
                    print("\(plan.kind.rawValue)\tv\(plan.version)\t\(plan.title)")
                    for step in plan.steps {
                        print(["", String(step.position), step.role?.chineseName ?? "",
                               step.callNumbers.joined(separator: ","), "∥\(step.parallelGroup)", step.text]
                            .joined(separator: "\t"))
                    }
                }
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start an event, or a drill, on a plan at a service point and print its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The plan: fire, foodPoisoning… or its Chinese name.", valueName: "KIND"))
        var kind: String
        @Flag(help: "A drill, not a real event.") var drill = false
        @Option(name: .customLong("service-point"),
                help: ArgumentHelp("The service point's number (default: yours).", valueName: "ID"))
        var servicePoint: Int64?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let planKind = try EmergencyCommand.kind(kind)
                let event = try signIn.run { database, session, _ in
                    try database.startEmergency(kind: planKind, isDrill: drill, servicePointID: servicePoint,
                                                as: session)
                }
                if json { try JSONOutput.print(EmergencyEventRow(event)) } else { print(event.id) }
            }
        }
    }

    struct Step: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tick a step of an event as done now, by you or by someone of the safety group (EMG-03).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The event's id.") var event: String
        @Option(help: ArgumentHelp("The step's number in the plan.", valueName: "N")) var step: Int
        @Option(help: ArgumentHelp("Who did it (default: you).", valueName: "CODE")) var by: String?
        @Option(help: ArgumentHelp("A note on the step.", valueName: "TEXT")) var note = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let updated = try signIn.run { database, session, _ in
                    try database.tickEmergencyStep(eventID: event.trimmingCharacters(in: .whitespaces), position: step,
                                                   doneBy: by?.uppercased(), note: note, as: session)
                }
                if json { try JSONOutput.print(EmergencyEventRow(updated)) } else {
                    print("\(updated.log.count)/\(updated.plan.steps.count)")
                }
            }
        }
    }

    struct Annotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a note to an event's log, on a step or the whole event; the only change after the report.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The event's id.") var event: String
        @Option(help: ArgumentHelp("The step annotated (default: the whole event).", valueName: "N")) var step: Int?
        @Option(help: ArgumentHelp("The note.", valueName: "TEXT")) var text: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let updated = try signIn.run { database, session, _ in
                    try database.annotateEmergency(eventID: event.trimmingCharacters(in: .whitespaces), position: step,
                                                   text: text, as: session)
                }
                if json { try JSONOutput.print(EmergencyEventRow(updated)) } else { print(updated.annotations.count) }
            }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End an event and print the time it took.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The event's id.") var event: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let ended = try signIn.run { database, session, _ in
                    try database.endEmergency(eventID: event.trimmingCharacters(in: .whitespaces), as: session)
                }
                if json { try JSONOutput.print(EmergencyEventRow(ended)) } else {
                    print(EmergencyTimeFormat().elapsed(ended.duration()))
                }
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an event's report (drafted from the log until saved), save it, or submit it (EMG-03).",
            discussion: """
                With --account, --people or --follow-up the report is saved (the group leader or deputy only); \
                with --submit it is submitted and from then on only annotations are added.
                """)

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The event's id.") var event: String
        @Option(help: ArgumentHelp("The course of events (default: the draft from the log).", valueName: "TEXT"))
        var account: String?
        @Option(help: ArgumentHelp("The people affected.", valueName: "TEXT")) var people: String?
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("The follow-up.", valueName: "TEXT"))
        var followUp: String?
        @Flag(help: "Submit the report.") var submit = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let id = event.trimmingCharacters(in: .whitespaces)
                let translate: (String) -> String = { msgid in MainActor.assumeIsolated { tr(msgid) } }
                let (found, report) = try signIn.run { database, session, _ -> (EmergencyEvent, EmergencyReport) in
                    var report = try database.emergencyReportDraft(eventID: id, translate: translate, as: session)
                    let edited = account != nil || people != nil || followUp != nil
                    if let account { report.account = account }
                    if let people { report.peopleAffected = people }
                    if let followUp { report.followUp = followUp }
                    if submit {
                        let done = try database.submitEmergencyReport(eventID: id, report: report, as: session)
                        return (done, done.report ?? report)
                    }
                    if edited {
                        let saved = try database.saveEmergencyReport(eventID: id, report: report, as: session)
                        return (saved, saved.report ?? report)
                    }
                    return (try database.emergencyEvent(id: id, as: session), report)
                }
                if json {
                    var row = EmergencyEventRow(found)
                    if found.report == nil { row = row.withDraft(report) }
                    try JSONOutput.print(row)
                    return
                }
                print(report.isSubmitted ? "submitted" : "draft")
                print(report.account)
                if !report.peopleAffected.isEmpty { print("people\t\(report.peopleAffected)") }
                if !report.followUp.isEmpty { print("follow-up\t\(report.followUp)") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List events and drills, newest first, with the time each took.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("service-point"), help: ArgumentHelp("Only this service point.", valueName: "ID"))
        var servicePoint: Int64?
        @Option(help: ArgumentHelp("Only this plan kind.", valueName: "KIND")) var kind: String?
        @Flag(help: "Only the events not ended.") var running = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let only = try kind.map(EmergencyCommand.kind)
                let events = try signIn.run { database, session, _ in
                    try database.emergencyEvents(servicePointID: servicePoint, kind: only, running: running, as: session)
                }
                if json { try JSONOutput.print(events.map(EmergencyEventSummaryRow.init)); return }
                let format = EmergencyTimeFormat()
                for e in events {
                    print([e.id, e.kind.rawValue, e.isDrill ? "drill" : "event", e.servicePointName,
                           format.clock(e.startedAt), e.durationSeconds.map(format.elapsed) ?? "running",
                           "\(e.stepsDone)/\(e.stepCount)", e.reportSubmitted ? "reported" : ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Group: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a service point's safety group (EMG-01), or assign one post with --post.",
            discussion: """
                Posts: leader (组长), deputyLeader (副组长), member (组员), logistics (后勤人员). --holder and --deputy \
                replace the post's people (needs the directory permission); neither returns it to its default.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("service-point"), help: ArgumentHelp("The service point's number.", valueName: "ID"))
        var servicePoint: Int64
        @Option(help: ArgumentHelp("The post to assign.", valueName: "POST")) var post: String?
        @Option(help: ArgumentHelp("A holder of the post (repeat).", valueName: "CODE")) var holder: [String] = []
        @Option(help: ArgumentHelp("A deputy of the post (repeat).", valueName: "CODE")) var deputy: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let role = try post.map { text -> SafetyRole in
                    guard let role = SafetyRole(text: text), role.isGroupPost else {
                        throw ValidationError(field: N_("Post"), N_("“%@” is not a post of the safety group"), text,
                                              rule: "EMG-01")
                    }
                    return role
                }
                let group = try signIn.run { database, session, _ in
                    guard let role else { return try database.safetyGroup(servicePointID: servicePoint, as: session) }
                    return try database.setSafetyGroupPost(servicePointID: servicePoint, role: role,
                                                           holders: holder.map { $0.uppercased() },
                                                           deputies: deputy.map { $0.uppercased() }, as: session)
                }
                if json { try JSONOutput.print(EmergencySafetyGroupRow(group)); return }
                for m in group.members {
                    print([m.role.chineseName, m.isDeputy ? "deputy" : "holder", m.workerCode, m.workerName,
                           m.phone ?? ""].joined(separator: "\t"))
                }
                for post in group.unfilledPosts { print("\(post.chineseName)\tunassigned") }
            }
        }
    }
}
