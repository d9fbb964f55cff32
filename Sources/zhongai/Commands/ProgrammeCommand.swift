import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai programme …`: groups and activities (小组/活动) from creation to archive (GRP-01..10, C1–C3, IND-02,
/// IND-05), as a signed-in worker.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "Groups and activities (小组/活动): plans, registrations, sessions, reports.",
        subcommands: [Create.self, List.self, Show.self, Session.self, Register.self, Plan.self, Outing.self,
                      SubmitPlan.self, ApprovePlan.self, ReturnPlan.self, Feedback.self, Report.self,
                      ReviewReport.self, ArchiveItem.self, Archive.self, Deadlines.self, Classify.self])

    static func day(_ text: String?, field: String) throws -> CalendarDate {
        try text.map { try CalendarDate(parsing: $0, field: field) } ?? CalendarDate.today()
    }

    /// "ITEM=AMOUNT" (amount in yuan, two decimals at most).
    static func moneyLine(_ text: String, field: String) throws -> BudgetLine {
        guard let equals = text.lastIndex(of: "=") else {
            throw ValidationError(field: field, N_("“%@” is not ITEM=AMOUNT"), text)
        }
        return BudgetLine(item: String(text[..<equals]),
                          amount: try MoneyAmount(yuan: String(text[text.index(after: equals)...]), field: field))
    }

    static func review(_ review: ProgrammeReview, id: String, json: Bool) throws {
        if json { try JSONOutput.print(ProgrammeReviewRow(review, programmeID: id)); return }
        print(review.event.rawValue + (review.warning.isEmpty ? "" : "\t" + review.warning))
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a group or activity held by you, with its archive code (ARC-01); print its id and code.",
            discussion: """
                Kinds: therapeuticGroup, preventiveGroup, largeActivity, smallActivity, lecture, workshop, outreach. \
                A registration window (GRP-03) opens between a month and two weeks before the start.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The kind of group or activity.", valueName: "KIND")) var kind: String
        @Option(help: ArgumentHelp("Its title.", valueName: "TEXT")) var title: String
        @Flag(help: "An outing (外出活动; GRP-10).") var outing = false
        @Flag(name: .customLong("fixed-members"), help: "An activity with fixed members who register (GRP-03).")
        var fixedMembers = false
        @Option(help: ArgumentHelp("First day, YYYY-MM-DD.", valueName: "DATE")) var starts: String
        @Option(help: ArgumentHelp("Last day, YYYY-MM-DD.", valueName: "DATE")) var ends: String
        @Option(name: .customLong("registration-opens"), help: ArgumentHelp("Registration opens, YYYY-MM-DD.",
                                                                             valueName: "DATE"))
        var opens: String?
        @Option(name: .customLong("registration-closes"), help: ArgumentHelp("Registration closes, YYYY-MM-DD.",
                                                                              valueName: "DATE"))
        var closes: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let programmeKind = ProgrammeKind(rawValue: kind) else {
                    throw ValidationError(field: N_("Kind"), N_("“%@” is not a kind of group or activity"), kind)
                }
                var window: RegistrationWindow?
                if opens != nil || closes != nil {
                    window = RegistrationWindow(opensOn: try CalendarDate(parsing: opens ?? "", field: N_("Registration opens")),
                                                closesOn: try CalendarDate(parsing: closes ?? "",
                                                                           field: N_("Registration closes")))
                }
                let draft = ProgrammeDraft(kind: programmeKind, title: title, isOuting: outing,
                                           hasFixedMembers: fixedMembers,
                                           startsOn: try CalendarDate(parsing: starts, field: N_("Starts on")),
                                           endsOn: try CalendarDate(parsing: ends, field: N_("Ends on")),
                                           registrationWindow: window)
                let created = try signIn.run { database, session, _ in try database.createProgramme(draft, as: session) }
                if json { try JSONOutput.print(ProgrammeRow(created)) } else { print("\(created.id)\t\(created.code)") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the groups and activities you may see.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Words of the code or title.", valueName: "TEXT")) var text = ""
        @Option(help: ArgumentHelp("Only this stage.", valueName: "STAGE")) var stage: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let stages = try stage.map { text -> Set<ProgrammeStage> in
                    guard let value = ProgrammeStage(rawValue: text) else {
                        throw ValidationError(field: N_("Stage"), N_("“%@” is not a stage"), text)
                    }
                    return [value]
                } ?? []
                let found = try signIn.run { database, session, _ in
                    try database.programmes(matching: ProgrammeFilter(text: text, stages: stages), as: session)
                }
                if json { try JSONOutput.print(found.map(ProgrammeRow.init)); return }
                for p in found {
                    print([p.id, p.code, p.kind.rawValue, p.title, p.startsOn.description, p.endsOn.description,
                           p.stage.rawValue, p.holderCode, String(p.registrationCount)].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a group or activity in full, with its people. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let detail = try signIn.run { database, session, _ in
                    try database.programme(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                if json { try JSONOutput.print(ProgrammeDetailRow(detail)); return }
                let p = detail.programme
                print("\(p.code)\t\(p.title)\t\(p.kind.rawValue)\t\(p.stage.rawValue)\t\(p.startsOn)..\(p.endsOn)")
                for s in detail.sessions { print("session\t\(s.number)\t\(s.heldOn)\t\(s.startTime)\t\(s.venue)") }
                for r in detail.registrations { print("registration\t\(r.id)\t\(r.name)\t\(r.phone)") }
                for d in detail.deadlines { print("due\t\(d.rule)\t\(d.dueOn)\t\(d.overdueAfter)\t\(d.status.rawValue)") }
            }
        }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schedule a session; print its id.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "DATE")) var on: String
        @Option(help: ArgumentHelp("Start time, HH:MM.", valueName: "TIME")) var start: String
        @Option(help: ArgumentHelp("Duration in minutes.", valueName: "N")) var minutes: Int
        @Option(help: ArgumentHelp("Where it is held.", valueName: "TEXT")) var venue: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = SessionDraft(heldOn: try CalendarDate(parsing: on, field: N_("Session date")),
                                         startTime: start, durationMinutes: minutes, venue: venue)
                let added = try signIn.run { database, session, _ in try database.addSession(draft, to: id, as: session) }
                if json { try JSONOutput.print(added) } else { print("\(added.id)\t\(added.number)") }
            }
        }
    }

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a participant (《报名表》, GRP-03) or add a walk-in; print the registration's id.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("The participant's name.", valueName: "TEXT")) var name: String
        @Option(help: ArgumentHelp("Phone, digits.", valueName: "DIGITS")) var phone = ""
        @Option(help: ArgumentHelp("female, male or unstated.", valueName: "GENDER")) var gender = "unstated"
        @Option(name: .customLong("age-group"), help: ArgumentHelp("child, youth, adult, senior or unstated.",
                                                                    valueName: "GROUP"))
        var ageGroup = "unstated"
        @Option(help: ArgumentHelp("The client on file this participant is.", valueName: "ID")) var client: String?
        @Flag(name: .customLong("walk-in"), help: "Added at a session, not registered beforehand.") var walkIn = false
        @Option(help: ArgumentHelp("The day of registration (default today).", valueName: "DATE")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let participantGender = ParticipantGender(rawValue: gender) else {
                    throw ValidationError(field: N_("Gender"), N_("“%@” is not female, male or unstated"), gender)
                }
                guard let group = AgeGroup(rawValue: ageGroup) else {
                    throw ValidationError(field: N_("Age group"), N_("“%@” is not an age group"), ageGroup)
                }
                let draft = RegistrationDraft(name: name, phone: phone, gender: participantGender, ageGroup: group,
                                              clientID: client, isWalkIn: walkIn,
                                              registeredOn: try ProgrammeCommand.day(on, field: N_("Registered on")))
                let registered = try signIn.run { database, session, _ in
                    try database.register(draft, in: id, as: session)
                }
                if json { try JSONOutput.print(registered) } else { print(registered.id) }
            }
        }
    }

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write (or rewrite) the plan (《计划书》, GRP-02): aims, target members, programme and budget.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("Its aims.", valueName: "TEXT")) var aims: String
        @Option(help: ArgumentHelp("Whom it is for.", valueName: "TEXT")) var target: String
        @Option(help: ArgumentHelp("A session or item, HEADING: CONTENT (repeat).", valueName: "ITEM")) var item: [String] = []
        @Option(help: ArgumentHelp("A budget line, ITEM=YUAN (repeat).", valueName: "LINE")) var budget: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let items = item.map { text -> ProgrammePlanItem in
                    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
                    return ProgrammePlanItem(title: parts[0], content: parts.count > 1 ? parts[1] : "")
                }
                let lines = try budget.map { try ProgrammeCommand.moneyLine($0, field: N_("Budget")) }
                let plan = ProgrammePlan(aims: aims, targetMembers: target, items: items, budget: lines)
                let saved = try signIn.run { database, session, _ in try database.savePlan(plan, for: id, as: session) }
                if json { try JSONOutput.print(saved) } else { print("saved\t\(saved.budget.total)") }
            }
        }
    }

    struct Outing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an outing's safety record (GRP-10): site survey, vehicles, guardians' notice.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(name: .customLong("surveyed-on"), help: ArgumentHelp("The site survey's day.", valueName: "DATE"))
        var surveyedOn: String
        @Option(help: ArgumentHelp("Who surveyed the site.", valueName: "TEXT")) var surveyor: String
        @Option(help: ArgumentHelp("What the survey found.", valueName: "TEXT")) var findings: String
        @Option(help: ArgumentHelp("The route.", valueName: "TEXT")) var route: String
        @Option(help: ArgumentHelp("A vehicle, PLATE=LICENCE, confirmed roadworthy (repeat).", valueName: "VEHICLE"))
        var vehicle: [String] = []
        @Option(name: .customLong("guardian-notice"), help: ArgumentHelp("The written notice to guardians who take participants.",
                                                                          valueName: "TEXT"))
        var guardianNotice: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let vehicles = vehicle.map { text -> OutingVehicle in
                    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                    return OutingVehicle(plate: parts[0], licence: parts.count > 1 ? parts[1] : "",
                                         roadworthyConfirmed: true)
                }
                let safety = OutingSafety(surveyedOn: try CalendarDate(parsing: surveyedOn, field: N_("Site survey")),
                                          surveyor: surveyor, findings: findings, route: route,
                                          usesVehicles: !vehicles.isEmpty, vehicles: vehicles,
                                          guardiansTakeParticipants: guardianNotice != nil,
                                          guardianNotice: guardianNotice ?? "")
                let saved = try signIn.run { database, session, _ in
                    try database.recordOutingSafety(safety, for: id, as: session)
                }
                if json { try JSONOutput.print(saved) } else { print("recorded") }
            }
        }
    }

    struct SubmitPlan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "submit-plan",
                                                        abstract: "Submit your plan to your supervisor (GRP-02, C1).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let review = try signIn.run { database, session, _ in try database.submitPlan(programmeID: id, as: session) }
                try ProgrammeCommand.review(review, id: id, json: json)
            }
        }
    }

    struct ApprovePlan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve-plan",
            abstract: "Approve a supervisee's submitted plan (GRP-02; C1 lead time; GRP-10 for an outing).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("A remark.", valueName: "TEXT")) var comment = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let review = try signIn.run { database, session, _ in
                    try database.approvePlan(programmeID: id, comment: comment, as: session)
                }
                try ProgrammeCommand.review(review, id: id, json: json)
            }
        }
    }

    struct ReturnPlan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "return-plan",
                                                        abstract: "Return a submitted plan with a comment (GRP-02).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("What to revise.", valueName: "TEXT")) var comment: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let review = try signIn.run { database, session, _ in
                    try database.returnPlan(programmeID: id, comment: comment, as: session)
                }
                try ProgrammeCommand.review(review, id: id, json: json)
            }
        }
    }

    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a participant's 参加者意见表 (GRP-05), or with --summary print the satisfaction per item (IND-02).",
            discussion: "Scores are 1 to 5; 4 and 5 count as satisfied.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(help: ArgumentHelp("The participant's registration id.", valueName: "ID")) var registration: String?
        @Option(help: ArgumentHelp("Content, 1–5.", valueName: "N")) var content: Int?
        @Option(help: ArgumentHelp("Activity arrangement, 1–5.", valueName: "N")) var arrangement: Int?
        @Option(help: ArgumentHelp("Worker's performance, 1–5.", valueName: "N")) var worker: Int?
        @Option(help: ArgumentHelp("Overall, 1–5.", valueName: "N")) var overall: Int?
        @Option(help: ArgumentHelp("The participant's comments.", valueName: "TEXT")) var comments = ""
        @Option(help: ArgumentHelp("The day it was filled (default today).", valueName: "DATE")) var on: String?
        @Flag(help: "Print the satisfaction per item instead.") var summary = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                if summary {
                    let result = try signIn.run { database, session, _ in
                        try database.programmeSatisfaction(id: id, as: session)
                    }
                    if json { try JSONOutput.print(result.items.map(ProgrammeDetailRow.SatisfactionRow.init)); return }
                    for item in result.items {
                        print([item.item.rawValue, "\(item.satisfied)/\(item.responses)",
                               item.percent.map { "\($0)%" } ?? "-", item.isBelowThreshold ? "IND-02" : ""]
                            .joined(separator: "\t"))
                    }
                    return
                }
                guard let registration else {
                    throw ValidationError(field: N_("Participant"), N_("name the participant's registration"),
                                          rule: "GRP-05")
                }
                var scores: [FeedbackItem: Int] = [:]
                for (item, score) in [(FeedbackItem.content, content), (.arrangement, arrangement),
                                      (.workerPerformance, worker), (.overall, overall)] {
                    if let score { scores[item] = score }
                }
                let draft = FeedbackDraft(registrationID: registration, scores: scores, comments: comments,
                                          filledOn: try ProgrammeCommand.day(on, field: N_("Filled on")))
                let recorded = try signIn.run { database, session, _ in
                    try database.recordFeedback(draft, in: id, as: session)
                }
                if json {
                    try JSONOutput.print(["id": recorded.id, "registrationID": recorded.registrationID])
                } else {
                    print(recorded.id)
                }
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the report and finance report (GRP-06); with --submit, hand them to your supervisor.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(name: .customLong("aims-achieved"), help: ArgumentHelp("How far the aims were achieved.", valueName: "TEXT"))
        var aimsAchieved: String
        @Option(help: ArgumentHelp("The process.", valueName: "TEXT")) var process: String
        @Option(help: ArgumentHelp("The evaluation.", valueName: "TEXT")) var evaluation: String
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("A group's follow-up of individual members.",
                                                                    valueName: "TEXT"))
        var followUp = ""
        @Option(help: ArgumentHelp("Money spent, ITEM=YUAN (repeat).", valueName: "LINE")) var expense: [String] = []
        @Flag(help: "Submit the report once saved.") var submit = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let lines = try expense.map { try ProgrammeCommand.moneyLine($0, field: N_("Finance report")) }
                let report = ProgrammeReport(aimsAchieved: aimsAchieved, process: process, evaluation: evaluation,
                                             memberFollowUp: followUp, expenses: lines)
                let review = try signIn.run { database, session, _ -> ProgrammeReview? in
                    try database.saveReport(report, for: id, as: session)
                    return submit ? try database.submitReport(programmeID: id, as: session) : nil
                }
                if let review { try ProgrammeCommand.review(review, id: id, json: json) } else { print("saved") }
            }
        }
    }

    struct ReviewReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review-report",
            abstract: "Approve a supervisee's submitted report, or return it with --return COMMENT (GRP-06).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Option(name: .customLong("return"), help: ArgumentHelp("Return it, saying what to revise.", valueName: "TEXT"))
        var returnComment: String?
        @Option(help: ArgumentHelp("A remark with the approval.", valueName: "TEXT")) var comment = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let review = try signIn.run { database, session, _ in
                    if let returnComment {
                        return try database.returnReport(programmeID: id, comment: returnComment, as: session)
                    }
                    return try database.approveReport(programmeID: id, comment: comment, as: session)
                }
                try ProgrammeCommand.review(review, id: id, json: json)
            }
        }
    }

    struct ArchiveItem: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive-item", abstract: "Tick a document of the archive checklist as filed (GRP-08).",
            discussion: """
                Documents: plan, registrationForm, rollCall, signInSheet, groupRecord, feedbackForms, report, \
                pressRelease, attachmentList (a group's or an activity's list, in the source's order).
                """)

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Argument(help: "The document.") var document: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let item = ProgrammeArchiveDocument(rawValue: document) else {
                    throw ValidationError(field: N_("Archive"), N_("“%@” is not a document of the archive checklist"),
                                          document, rule: "GRP-08")
                }
                let checklist = try signIn.run { database, session, _ in
                    try database.tickArchiveItem(item, for: id, as: session)
                }
                let rows = checklist.map { ProgrammeDetailRow.ArchiveRow(document: $0.document.rawValue,
                                                                         tickedBy: $0.tickedBy) }
                if json { try JSONOutput.print(rows); return }
                for row in rows { print("\(row.document)\t\(row.tickedBy ?? "")") }
            }
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Archive the programme once every checklist document is ticked (GRP-07).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let archived = try signIn.run { database, session, _ in
                    try database.archiveProgramme(programmeID: id, as: session)
                }
                if json { try JSONOutput.print(ProgrammeRow(archived)) } else { print(archived.stage.rawValue) }
            }
        }
    }

    struct Deadlines: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The open deadlines of your groups and activities (C1 plan, C2 report, C3 archive).")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let due = try signIn.run { database, session, _ in try database.programmeDeadlines(as: session) }
                if json { try JSONOutput.print(due.map(ProgrammeDeadlineRow.init)); return }
                for d in due {
                    print([d.code, d.kind.rawValue, d.rule, d.dueOn.description, d.overdueAfter.description,
                           d.status.rawValue].joined(separator: "\t"))
                }
            }
        }
    }

    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How the activity counts (IND-05), from the people signed in and the session length.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The programme's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let result = try signIn.run { database, session, _ in
                    try database.programmeClassification(id: id, as: session)
                }
                if json { try JSONOutput.print(ProgrammeClassificationRow(result)); return }
                print("\(result.countsAs?.rawValue ?? "-")\t\(result.participants)\t\(result.reason)")
            }
        }
    }
}
