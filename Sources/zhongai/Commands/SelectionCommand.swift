import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// `zhongai selection …`: supervisor selection rounds (督导人才选拔; SEL-01…04, ROLE-02) as a signed-in worker.
/// Rounds are run by whoever may manage the directory (行政人事部, 系统管理员); 理事长, 副理事长 and 服务部 read
/// them; a promotion changes a role, which needs manageAccounts.
struct SelectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selection", abstract: "Supervisor selection rounds: open, nominate, publish, score, rank, promote.",
        subcommands: [Round.self, Rounds.self, Nominate.self, Publish.self, Object.self, Review.self, Score.self,
                      Rank.self, Promote.self, Export.self])

    // MARK: Rounds

    struct Round: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a selection round and print its id.")
        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The round's title, e.g. 2026年督导助理选拔.", valueName: "TEXT")) var title: String
        @Option(help: ArgumentHelp("assistantSupervisor/督导助理 or traineeSupervisor/见习督导.", valueName: "POST"))
        var target: String
        @Option(name: .customLong("opened-on"), help: ArgumentHelp("YYYY-MM-DD (default: today).", valueName: "DATE"))
        var openedOn: String?
        @Option(name: .customLong("written-test-on"), help: ArgumentHelp("YYYY-MM-DD.", valueName: "DATE"))
        var writtenTestOn: String?
        @Option(name: .customLong("interview-on"), help: ArgumentHelp("YYYY-MM-DD.", valueName: "DATE"))
        var interviewOn: String?
        @Option(help: ArgumentHelp("An interviewer's staff code (repeat for each).", valueName: "CODE"))
        var panel: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let post = SelectionTarget(text: target) else {
                    throw ValidationError(field: N_("Post"), N_("“%@” is not a post a round fills"), target)
                }
                let draft = SelectionRoundDraft(
                    title: title, target: post,
                    openedOn: try openedOn.map { try CalendarDate(parsing: $0) } ?? CalendarDate.today(),
                    writtenTestOn: try writtenTestOn.map { try CalendarDate(parsing: $0, field: N_("Written test")) },
                    interviewOn: try interviewOn.map { try CalendarDate(parsing: $0, field: N_("Interview date")) },
                    panelCodes: panel)
                let round = try signIn.run { database, session, _ in try database.openSelectionRound(draft, as: session) }
                if json { try JSONOutput.print(RoundRow(round, stage: .nominating)) } else { print(round.id) }
            }
        }
    }

    struct Rounds: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the selection rounds you may read.")
        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let rounds = try signIn.run { database, session, _ in try database.selectionRounds(as: session) }
                if json { try JSONOutput.print(rounds.map { RoundRow($0.round, stage: $0.stage) }); return }
                for summary in rounds {
                    print([summary.round.id, summary.round.title, summary.round.target.rawValue, summary.stage.rawValue,
                           "\(summary.nominationCount)"].joined(separator: "\t"))
                }
            }
        }
    }

    // MARK: Nominations and publicity

    struct Nominate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nominate a worker with the registration form (附表1); prints the nomination id.",
            discussion: """
                Each --year is YEAR:DAYS[:EXCUSED][:APPRAISAL], e.g. 2025:250:0:competent (appraisal excellent, \
                good, competent or unsatisfactory). A nominee who is not eligible (SEL-01) is refused with the \
                failed condition and its clause.
                """)
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The round's id.", valueName: "ROUND")) var round: String
        @Option(help: ArgumentHelp("The candidate's staff code.", valueName: "CODE")) var worker: String
        @Option(help: ArgumentHelp("selfNomination, supervisor, agency or colleagues.", valueName: "SOURCE"))
        var source: String = NominationSource.selfNomination.rawValue
        @Option(name: .customLong("by"), help: ArgumentHelp("Who recommends (a code or a name).", valueName: "WHO"))
        var nominatedBy: String = ""
        @Option(help: ArgumentHelp("belowJuniorCollege, juniorCollege, bachelor, master or doctorate.", valueName: "LEVEL"))
        var education: String
        @Option(help: ArgumentHelp("socialWork, related or other.", valueName: "FIELD")) var field: String
        @Option(help: ArgumentHelp("none, assistantSocialWorker, socialWorker or seniorSocialWorker.", valueName: "Q"))
        var qualification: String
        @Flag(name: .customLong("continuing-education"), help: "The continuing-education hours are met.")
        var continuingEducation = false
        @Option(name: .customLong("registered-until"), help: ArgumentHelp("Last day of the registration.", valueName: "DATE"))
        var registeredUntil: String?
        @Option(help: ArgumentHelp("A year of service, YEAR:DAYS[:EXCUSED][:APPRAISAL] (repeat).", valueName: "YEAR"))
        var year: [String] = []
        @Option(name: .customLong("supervisor-elsewhere-years"), help: ArgumentHelp(
            "Years as a certified supervisor in another city.", valueName: "N"))
        var supervisorElsewhereYears: Int?
        @Option(help: ArgumentHelp("Papers of 2000 characters or more published.", valueName: "N")) var papers = 0
        @Flag(help: "A monograph is published.") var monograph = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = NominationDraft(workerCode: worker, source: try selectionValue(NominationSource.self, source, N_("Source")),
                                            nominatedBy: nominatedBy, form: try form())
                let nomination = try signIn.run { database, session, _ in
                    try database.nominate(draft, roundID: round, as: session)
                }
                if json { try JSONOutput.print(NominationRow(nomination)) } else { print(nomination.id) }
            }
        }

        private func form() throws -> RegistrationForm {
            RegistrationForm(
                education: try selectionValue(EducationLevel.self, education, N_("Education")),
                studyField: try selectionValue(StudyField.self, field, N_("Field of study")),
                qualification: try selectionValue(SocialWorkQualification.self, qualification, N_("Qualification")),
                continuingEducationMet: continuingEducation,
                registrationValidUntil: try registeredUntil.map { try CalendarDate(parsing: $0, field: N_("Registration")) },
                serviceYears: try year.map(Self.serviceYear), supervisorElsewhereYears: supervisorElsewhereYears,
                papersPublished: papers, monographPublished: monograph)
        }

        private static func serviceYear(_ text: String) throws -> ServiceYear {
            let parts = text.split(separator: ":").map(String.init)
            guard (2...4).contains(parts.count), let year = Int(parts[0]), let days = Int(parts[1]) else {
                throw ValidationError(field: N_("Service year"), N_("“%@” is not YEAR:DAYS[:EXCUSED][:APPRAISAL]"), text)
            }
            var excused = 0
            var appraisal: AnnualAssessment?
            for part in parts.dropFirst(2) {
                if let number = Int(part) { excused = number; continue }
                appraisal = try selectionValue(AnnualAssessment.self, part, N_("Appraisal"))
            }
            return ServiceYear(year: year, daysWorked: days, daysExcused: excused, assessment: appraisal)
        }
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish the candidate list (a week of notice) or the results (two weeks) (SEL-04).")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The round's id.", valueName: "ROUND")) var round: String
        @Flag(help: "Publish the candidate list.") var candidates = false
        @Flag(help: "Publish the results.") var results = false
        @Option(help: ArgumentHelp("The day of publication (default: today).", valueName: "DATE")) var on: String?

        func run() throws {
            try CommandFailure.reporting {
                guard candidates != results else {
                    throw ValidationError(field: N_("Publish"), N_("give --candidates or --results"))
                }
                let date = try on.map { try CalendarDate(parsing: $0) } ?? CalendarDate.today()
                try signIn.run { database, session, _ in
                    if candidates {
                        try database.publishCandidateList(roundID: round, on: date, as: session)
                    } else {
                        try database.publishResults(roundID: round, on: date, as: session)
                    }
                }
            }
        }
    }

    struct Object: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an objection to a candidate during the list's notice; prints its id (SEL-04).")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The nomination's id.", valueName: "NOMINATION")) var nomination: Int64
        @Option(help: ArgumentHelp("What the objection says.", valueName: "TEXT")) var text: String
        @Option(help: ArgumentHelp("The day it was raised (default: today).", valueName: "DATE")) var on: String?

        func run() throws {
            try CommandFailure.reporting {
                let date = try on.map { try CalendarDate(parsing: $0) } ?? CalendarDate.today()
                print(try signIn.run { database, session, _ in
                    try database.recordObjection(nominationID: nomination, text: text, on: date, as: session)
                })
            }
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decide an objection on second review (SEL-04).")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The objection's id.", valueName: "OBJECTION")) var objection: Int64
        @Flag(help: "The objection stands: the candidate is disqualified.") var uphold = false
        @Flag(help: "The candidate goes on.") var dismiss = false
        @Option(help: ArgumentHelp("The review's reasons.", valueName: "TEXT")) var note: String

        func run() throws {
            try CommandFailure.reporting {
                guard uphold != dismiss else {
                    throw ValidationError(field: N_("Review"), N_("give --uphold or --dismiss"))
                }
                try signIn.run { database, session, _ in
                    try database.decideObjection(id: objection, decision: uphold ? .upheld : .dismissed, note: note,
                                                 as: session)
                }
            }
        }
    }

    // MARK: Scores, ranking, promotion

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter a written test score, an interviewer's score or a bonus item (SEL-02, SEL-03).",
            discussion: "Bonus kinds: " + BonusItemKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The nomination's id.", valueName: "NOMINATION")) var nomination: Int64
        @Option(help: ArgumentHelp("The written test score, out of 100.", valueName: "SCORE")) var written: String?
        @Option(help: ArgumentHelp("The interviewer's staff code.", valueName: "CODE")) var interviewer: String?
        @Option(help: ArgumentHelp("The interviewer's score, out of 100.", valueName: "SCORE")) var interview: String?
        @Option(help: ArgumentHelp("A bonus item's kind (附表2).", valueName: "KIND")) var bonus: String?
        @Option(help: ArgumentHelp("principal, secondAuthor, groupMember, participant or teamMember.", valueName: "PART"))
        var contribution: String = BonusContribution.principal.rawValue
        @Option(help: ArgumentHelp("What the bonus item is (title, project and year).", valueName: "TEXT"))
        var subject: String = ""
        @Option(help: ArgumentHelp("The bonus item's evidence.", valueName: "TEXT")) var evidence: String = ""

        func run() throws {
            try CommandFailure.reporting {
                try signIn.run { database, session, _ in
                    if let written {
                        try database.recordWrittenScore(nominationID: nomination,
                                                        score: SelectionPoints(parsing: written, field: N_("Written test")),
                                                        as: session)
                    } else if let interview {
                        try database.recordInterviewScore(
                            nominationID: nomination, interviewerCode: interviewer ?? "",
                            score: SelectionPoints(parsing: interview, field: N_("Interview score")), as: session)
                    } else if let bonus {
                        let item = BonusItem(kind: try selectionValue(BonusItemKind.self, bonus, N_("Bonus item")),
                                             contribution: try selectionValue(BonusContribution.self, contribution, N_("Contribution")),
                                             subject: subject, evidence: evidence)
                        print(try database.addBonusItem(item, nominationID: nomination, as: session))
                    } else {
                        throw ValidationError(field: N_("Score"), N_("give --written, --interview or --bonus"))
                    }
                }
            }
        }
    }

    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a round's ranked table, each total explained (SEL-02, SEL-03).")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The round's id.", valueName: "ROUND")) var round: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let detail = try signIn.run { database, session, _ in try database.selectionRound(id: round, as: session) }
                let rows = MainActor.assumeIsolated { detail.ranking.map { RankRow($0, detail: detail, translate: tr) } }
                if json { try JSONOutput.print(rows); return }
                for row in rows {
                    print([row.place, row.code, row.name, row.written ?? "—", row.interview ?? "—", row.bonus,
                           row.total ?? "—", row.status].joined(separator: "\t"))
                    for line in row.explanation { print("\t" + line) }
                }
            }
        }
    }

    struct Promote: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Promote a candidate once the results' notice is over; prints ROLE-02 warnings.")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The nomination's id.", valueName: "NOMINATION")) var nomination: Int64
        @Option(help: ArgumentHelp("The promoted worker's new supervisor.", valueName: "CODE")) var supervisor: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let check = try signIn.run { database, session, _ in
                    try database.confirmPromotion(nominationID: nomination, supervisorCode: supervisor, as: session)
                }
                let warnings = MainActor.assumeIsolated { check.warnings.map { $0.localized(tr) } }
                if json { try JSONOutput.print(["warnings": warnings]); return }
                for warning in warnings { print(warning) }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the ranked table and every score sheet to an .xlsx file (logged as an export).")
        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The round's id.", valueName: "ROUND")) var round: String
        @Option(help: ArgumentHelp("The .xlsx file to write.", valueName: "PATH")) var xlsx: String

        func run() throws {
            try CommandFailure.reporting {
                let detail = try signIn.run { database, session, _ in
                    try database.selectionRound(id: round, as: session, for: .export)
                }
                try MainActor.assumeIsolated { try SelectionWorkbook(detail: detail, translate: tr).write(to: xlsx) }
                print(xlsx)
            }
        }
    }

    // MARK: Output rows

    struct RoundRow: Encodable {
        let id: String, title: String, target: String, stage: String, openedOn: String
        let panel: [String]
        let candidatesPublishedOn: String?, resultsPublishedOn: String?

        init(_ round: SelectionRound, stage: SelectionRoundStage) {
            id = round.id
            title = round.title
            target = round.target.rawValue
            self.stage = stage.rawValue
            openedOn = round.openedOn.description
            panel = round.panel.map(\.workerCode)
            candidatesPublishedOn = round.candidatesPublishedOn?.description
            resultsPublishedOn = round.resultsPublishedOn?.description
        }
    }

    struct NominationRow: Encodable {
        let id: Int64, worker: String, route: String
        /// Each condition: title, clause, passed.
        let conditions: [[String: String]]

        init(_ nomination: Nomination) {
            id = nomination.id
            worker = nomination.workerCode
            route = nomination.eligibility.route.rawValue
            conditions = (nomination.eligibility.conditions + nomination.eligibility.exceptionalConditions).map {
                ["condition": $0.title, "clause": $0.clause, "passed": $0.passed ? "yes" : "no",
                 "detail": $0.detail.description]
            }
        }
    }

    struct RankRow: Encodable {
        let nomination: Int64, place: String, rank: Int?, tied: Bool, code: String, name: String
        let written: String?, interview: String?, bonus: String, total: String?, status: String
        let explanation: [String]

        init(_ candidate: RankedCandidate, detail: SelectionRoundDetail, translate: (String) -> String) {
            let sheet = candidate.sheet
            nomination = sheet.nominationID
            place = candidate.placeText.localized(translate)
            rank = candidate.rank
            tied = candidate.isTied
            code = sheet.workerCode
            name = sheet.workerName
            written = sheet.written?.description
            interview = sheet.interviewMean?.description
            bonus = sheet.bonus.total.description
            total = sheet.total?.description
            status = sheet.status.rawValue
            explanation = sheet.explanation.map { $0.localized(translate) }
        }
    }
}

/// A raw value of `T` from the command line, or a refusal naming `field`.
private func selectionValue<T: RawRepresentable>(_ type: T.Type, _ text: String, _ field: String) throws -> T
    where T.RawValue == String {
    guard let value = T(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError(field: field, N_("“%@” is not known"), text)
    }
    return value
}
