import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai supervision add|list|show|confirm|compliance|indicators|ratios`: supervision sessions (SUP-01, SUP-05),
/// the month grid (SUP-02..04), the annual counts (SUP-06) and the staffing ratios (ROLE-02), as a signed-in worker.
struct SupervisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervision", abstract: "Supervision sessions, their confirmation, monthly compliance and counts.",
        subcommands: [Add.self, List.self, Show.self, Confirm.self, Compliance.self, Indicators.self, Ratios.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a session you led and print its id; each supervisee then confirms it.",
            discussion: """
                Types: induction, knowledgeEducation, continuingEducation, practiceCompetence, emergency, training \
                (or their Chinese names). A supervisee outside your chain on the day needs --cross-reason. A \
                follow-up is TEXT@YYYY-MM-DD; a topic about a case is TEXT@CASE-CODE.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The type of supervision (SUP-01).", valueName: "TYPE")) var type: String
        @Flag(help: "A group session (default: individual).") var group = false
        @Option(help: ArgumentHelp("The day it was held, YYYY-MM-DD.", valueName: "DATE")) var on: String
        @Option(help: ArgumentHelp("Start time, HH:MM.", valueName: "TIME")) var start: String
        @Option(help: ArgumentHelp("Duration in minutes.", valueName: "N")) var minutes: Int
        @Option(name: .customLong("supervisee"), help: ArgumentHelp("A supervisee's staff code (repeat for more).",
                                                                      valueName: "CODE"))
        var supervisees: [String] = []
        @Option(help: ArgumentHelp("A topic discussed, TEXT or TEXT@CASE-CODE (repeat for more).", valueName: "TOPIC"))
        var topic: [String] = []
        @Option(help: ArgumentHelp("The advice given.", valueName: "TEXT")) var advice = ""
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("An agreed follow-up, TEXT@YYYY-MM-DD (repeat).",
                                                                     valueName: "ITEM"))
        var followUps: [String] = []
        @Option(name: .customLong("cross-reason"), help: ArgumentHelp("Why a supervisee outside your chain attended.",
                                                                        valueName: "TEXT"))
        var crossReason: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try self.draft()
                let recorded = try signIn.run { database, session, _ in try database.recordSupervision(draft, as: session) }
                if json { try JSONOutput.print(recorded) } else { print(recorded.id) }
            }
        }

        private func draft() throws -> SupervisionDraft {
            guard let kind = SupervisionType(text: type) else {
                throw ValidationError(field: N_("Type"), N_("“%@” is not a type of supervision"), type, rule: "SUP-01")
            }
            let topics = topic.map { text -> SupervisionTopic in
                let (words, code) = SupervisionCommand.split(text)
                return SupervisionTopic(text: words, caseCode: code)
            }
            let items = try followUps.map { text -> SupervisionFollowUp in
                let (words, due) = SupervisionCommand.split(text)
                guard let due else {
                    throw ValidationError(field: N_("Follow-ups"), N_("“%@” has no due date: write TEXT@YYYY-MM-DD"), text)
                }
                return SupervisionFollowUp(text: words, dueOn: try CalendarDate(parsing: due, field: N_("Follow-ups")))
            }
            return SupervisionDraft(type: kind, format: group ? .group : .individual,
                                    heldOn: try CalendarDate(parsing: on), startTime: start, durationMinutes: minutes,
                                    superviseeCodes: supervisees.map { $0.uppercased() }, topics: topics,
                                    advice: advice, followUps: items, crossSupervisionReason: crossReason)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sessions you led, attended or reach, newest first (or those waiting for you).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this month, YYYY-MM.", valueName: "MONTH")) var month: String?
        @Flag(help: "Only the sessions whose record waits for your confirmation.") var waiting = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let period = try month.map { try SupervisionMonth(parsing: $0) }
                let sessions = try signIn.run { database, session, _ in
                    waiting ? try database.supervisionsAwaitingConfirmation(as: session)
                        : try database.supervisionSessions(month: period, as: session)
                }
                if json { try JSONOutput.print(sessions); return }
                for s in sessions {
                    let people = s.participants.map { "\($0.workerCode):\($0.response.rawValue)" }.joined(separator: ",")
                    print([s.id, s.heldOn.description, s.startTime, String(s.durationMinutes), s.type.rawValue,
                           s.format.rawValue, s.supervisorCode, people].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one session in full. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The session's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.supervisionSession(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                if json { try JSONOutput.print(found); return }
                print("\(found.heldOn) \(found.startTime) \(found.durationMinutes)min \(found.type.rawValue) "
                      + "\(found.format.rawValue) \(found.supervisorCode)")
                for p in found.participants { print("supervisee\t\(p.workerCode)\t\(p.response.rawValue)\t\(p.comment)") }
                for t in found.topics { print("topic\t\(t.text)\t\(t.caseCode ?? "")") }
                if !found.advice.isEmpty { print("advice\t\(found.advice)") }
                for f in found.followUps { print("follow-up\t\(f.id)\t\(f.text)\t\(f.dueOn)\t\(f.action)") }
            }
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm the record of a session you attended, or dispute it with --dispute REASON (SUP-05).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The session's id.") var id: String
        @Option(help: ArgumentHelp("Dispute the record, saying what is wrong.", valueName: "TEXT")) var dispute: String?
        @Option(help: ArgumentHelp("A remark with the confirmation.", valueName: "TEXT")) var comment = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let answered = try signIn.run { database, session, _ in
                    try database.respondToSupervision(sessionID: id.trimmingCharacters(in: .whitespaces),
                                                      response: dispute == nil ? .confirmed : .disputed,
                                                      comment: dispute ?? comment, as: session)
                }
                if json { try JSONOutput.print(answered) } else { print(dispute == nil ? "confirmed" : "disputed") }
            }
        }
    }

    struct Compliance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The month grid: meetings held against the minimum, per supervisor and supervisee (SUP-02..04).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The month, YYYY-MM.", valueName: "MONTH")) var month: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let period = try SupervisionMonth(parsing: month)
                let entries = try signIn.run { database, session, _ in
                    try database.supervisionCompliance(month: period, as: session)
                }
                if json { try JSONOutput.print(entries); return }
                for e in entries {
                    print([e.supervisorCode, e.superviseeCode, String(e.held), String(e.required), e.standing.rawValue,
                           e.rule ?? ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Indicators: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supervision and training sessions per worker in a year, against the targets (SUP-06).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The year.", valueName: "YEAR")) var year: Int
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let counts = try signIn.run { database, session, _ in
                    try database.supervisionIndicatorCounts(year: year, as: session)
                }
                if json { try JSONOutput.print(counts); return }
                for c in counts {
                    print("\(c.workerCode)\t\(c.supervisionCount)/\(c.supervisionTarget)\t\(c.trainingCount)/\(c.trainingTarget)")
                }
            }
        }
    }

    struct Ratios: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Staffing-ratio warnings of the chain today (ROLE-02).")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let warnings = try signIn.run { database, session, _ in try database.staffingRatioWarnings(as: session) }
                if json { try JSONOutput.print(warnings); return }
                for w in warnings { print("[ROLE-02] " + w.text { $0 }) }
            }
        }
    }

    /// "TEXT@TAIL" as its two parts; no "@" gives no tail.
    static func split(_ text: String) -> (String, String?) {
        guard let at = text.lastIndex(of: "@") else { return (text, nil) }
        return (String(text[..<at]), String(text[text.index(after: at)...]).trimmingCharacters(in: .whitespaces))
    }
}
