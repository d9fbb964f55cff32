import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai case intake|open|show|list|request|pending|approve|reject|record|close`: case files (个案; CASE-01…CASE-14) as
/// a signed-in worker. The store applies the access policy and logs every read; stages move only on a supervisor's
/// approval (CASE-02, CASE-03).
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Case files: open, show, list, request approvals, decide, record service, close.",
        subcommands: [Intake.self, Open.self, Show.self, List.self, Request.self, Pending.self, Approve.self, Reject.self,
                      Record.self, Close.self])

    struct Intake: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a client's intake (INTAKE-03); accepting the client opens the case and prints its code.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID")) var clientID: String
        @Option(name: .customLong("case"), help: ArgumentHelp("A case opened before its intake, to complete.", valueName: "ID"))
        var caseID: String?
        @Option(name: .customLong("contact-date"), help: ArgumentHelp("YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var contactDate: String?
        @Option(help: ArgumentHelp("selfReferred, foundByWorker or referredByOthers.", valueName: "SOURCE"))
        var source = IntakeSource.selfReferred.rawValue
        @Option(help: ArgumentHelp("servicePhone, centreMailbox, application, referralByPerson, referralByAgency or outreach.",
                                   valueName: "ROUTE"))
        var route = AccessRoute.application.rawValue
        @Option(help: ArgumentHelp("Reason for seeking help.", valueName: "TEXT")) var reason: String
        @Option(help: ArgumentHelp("Initial problem definition.", valueName: "TEXT")) var problem: String
        @Option(help: ArgumentHelp("urgent, high, normal or low.", valueName: "PRIORITY"))
        var priority = IntakePriority.normal.rawValue
        @Option(help: ArgumentHelp("accept, refer or end.", valueName: "DECISION")) var decision = IntakeDecision.accept.rawValue
        @Option(help: ArgumentHelp("The preliminary agreement: written or oral.", valueName: "FORM"))
        var agreement = AgreementForm.oral.rawValue
        @Option(help: ArgumentHelp("Role expectations of the agreement.", valueName: "TEXT")) var roles: String?
        @Option(help: ArgumentHelp("Expected duration of the agreement.", valueName: "TEXT")) var duration: String?
        @Option(name: .customLong("refer-to"), help: ArgumentHelp("The agency, when referring.", valueName: "AGENCY"))
        var referTo: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let chosen = try CaseCommand.choice(IntakeDecision.self, decision, field: N_("Decision"))
                let draft = IntakeDraft(
                    clientID: clientID, caseID: caseID,
                    contactDate: try contactDate.map { try CalendarDate(parsing: $0, field: N_("Contact date")) }
                        ?? CalendarDate.today(),
                    source: try CaseCommand.choice(IntakeSource.self, source, field: N_("Source")),
                    route: try CaseCommand.choice(AccessRoute.self, route, field: N_("Access route")),
                    reasonForHelp: reason, problemDefinition: problem,
                    priority: try CaseCommand.choice(IntakePriority.self, priority, field: N_("Priority")),
                    decision: chosen,
                    agreement: chosen == .accept
                        ? PreliminaryAgreement(form: try CaseCommand.choice(AgreementForm.self, agreement,
                                                                            field: N_("Preliminary agreement")),
                                               roleExpectations: roles ?? "", expectedDuration: duration ?? "")
                        : nil,
                    referralAgency: referTo)
                let outcome = try signIn.run { database, session, _ in
                    draft.caseID == nil ? try database.admitClient(draft, as: session)
                        : IntakeOutcome(intake: try database.recordIntake(draft, as: session), caseFile: nil)
                }
                if json {
                    try JSONOutput.print(["intake": outcome.intake.id, "case": outcome.caseFile?.id ?? "",
                                          "code": outcome.caseFile?.code ?? ""])
                } else {
                    print(outcome.caseFile?.code ?? outcome.intake.id)
                }
            }
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a case for a client, held by you; prints its archive code (ARC-01).")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID")) var clientID: String
        @Option(name: .customLong("intake-id"), help: ArgumentHelp("The intake that accepted the client.", valueName: "ID"))
        var intakeID: String?
        @Option(name: .customLong("opened-on"), help: ArgumentHelp("YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var openedOn: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try openedOn.map { try CalendarDate(parsing: $0, field: N_("Opening date")) } ?? CalendarDate.today()
                let caseFile = try signIn.run { database, session, _ in
                    try database.openCase(clientID: clientID.trimmingCharacters(in: .whitespaces),
                                          intakeID: intakeID?.trimmingCharacters(in: .whitespaces), openedOn: day,
                                          as: session)
                }
                if json {
                    try JSONOutput.print(["id": caseFile.id, "code": caseFile.code, "stage": caseFile.stage.rawValue])
                } else {
                    print(caseFile.code)
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one case in full. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The case's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let detail = try signIn.run { database, session, _ in
                    try database.caseFile(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                if json { try JSONOutput.print(CaseRow(detail)); return }
                let row = CaseRow(detail)
                print([row.code, row.clientName, row.holderCode, row.stage, row.state, row.openedOn].joined(separator: "\t"))
                for approval in row.approvals {
                    print(["request", approval.id, approval.kind, approval.targetStage ?? approval.reason ?? "",
                           approval.outcome ?? "pending"].joined(separator: "\t"))
                }
                for deadline in row.deadlines {
                    print(["deadline", deadline.rule, deadline.dueOn ?? "?", deadline.status].joined(separator: "\t"))
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the cases your role reaches, newest first, clients' names masked. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this stage (intake, assessment, planning, intervention, evaluation, closing).",
                                   valueName: "STAGE"))
        var stage: String?
        @Option(help: ArgumentHelp("Only this state (open, closed, referred).", valueName: "STATE")) var state: String?
        @Flag(help: "Only cases with a deadline overdue.") var overdue = false
        @Option(help: ArgumentHelp("Case code, client name or phone, or words of the service records.", valueName: "TEXT"))
        var search: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let filter = CaseFilter(stage: try stage.map(CaseCommand.stage), state: try state.map(CaseCommand.state),
                                        overdueOnly: overdue, text: search)
                let cases = try signIn.run { database, session, _ in try database.cases(matching: filter, as: session) }
                if json { try JSONOutput.print(cases.map(CaseSummaryRow.init)); return }
                for c in cases {
                    print([c.id, c.code, c.clientName, c.holderCode, c.stage.rawValue, c.state.rawValue,
                           c.openedOn.description, c.nextDeadline.map { "\($0.rule) \($0.dueOn?.description ?? "?")" } ?? ""]
                        .joined(separator: "\t"))
                }
            }
        }
    }

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask your supervisor to approve moving the case to its next stage (CASE-02); prints the request id.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The case's id.") var id: String
        @Option(help: ArgumentHelp("The next stage.", valueName: "STAGE")) var to: String
        @Option(help: ArgumentHelp("A note for the supervisor.", valueName: "TEXT")) var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let target = try CaseCommand.stage(to)
                let request = try signIn.run { database, session, _ in
                    try database.requestApproval(caseID: id.trimmingCharacters(in: .whitespaces),
                                                 kind: .advance(to: target), note: note ?? "", as: session)
                }
                if json { try JSONOutput.print(CaseApprovalRow(request)) } else { print(request.id) }
            }
        }
    }

    struct Pending: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The requests waiting for your decision, oldest first, clients' names masked.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let waiting = try signIn.run { database, session, _ in try database.pendingApprovals(as: session) }
                if json {
                    try JSONOutput.print(waiting.map {
                        ["request": CaseApprovalRow($0.request).id, "caseCode": $0.caseCode, "clientName": $0.clientName,
                         "requestedBy": $0.requesterCode, "caseID": $0.request.caseID]
                    })
                    return
                }
                for w in waiting {
                    print([w.request.id, w.caseCode, w.clientName, w.requesterCode, String(w.waitingDays)]
                        .joined(separator: "\t"))
                }
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve a request of a worker you supervise (never your own case: CASE-02).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The request's id.") var request: String
        @Option(help: ArgumentHelp("A comment.", valueName: "TEXT")) var comment: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CaseCommand.decide(signIn, request: request, outcome: .approved, comment: comment ?? "", json: json)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject a request, or ask for a revision (--revise); the comment says why (CASE-02).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The request's id.") var request: String
        @Option(help: ArgumentHelp("Why.", valueName: "TEXT")) var comment: String?
        @Flag(help: "Ask for a revision rather than reject.") var revise = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CaseCommand.decide(signIn, request: request, outcome: revise ? .revisionRequested : .rejected,
                                   comment: comment ?? "", json: json)
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a service record; refused without the client's consent on that day (CASE-04).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The case's id.") var id: String
        @Option(help: ArgumentHelp("The day of the contact, YYYY-MM-DD (default: today).", valueName: "DATE")) var on: String?
        @Option(help: ArgumentHelp("How long it lasted.", valueName: "MINUTES")) var minutes: Int
        @Option(help: ArgumentHelp("Where.", valueName: "TEXT")) var place: String
        @Option(help: ArgumentHelp("interview, homeVisit, phone, online, accompaniment or liaison.", valueName: "METHOD"))
        var method: String
        @Option(help: ArgumentHelp("What was done.", valueName: "TEXT")) var content: String
        @Option(help: ArgumentHelp("Notes.", valueName: "TEXT")) var notes: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let serviceMethod = ServiceMethod(rawValue: method.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(field: N_("Method"), N_("“%@” is not a service method"), method)
                }
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Service date")) } ?? CalendarDate.today()
                let draft = ServiceRecordDraft(caseID: id.trimmingCharacters(in: .whitespaces), servedOn: day,
                                               durationMinutes: minutes, place: place, method: serviceMethod,
                                               content: content, notes: notes ?? "")
                let record = try signIn.run { database, session, _ in try database.addServiceRecord(draft, as: session) }
                if json { try JSONOutput.print(["id": record.id, "servedOn": day.description]) } else { print(record.id) }
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask your supervisor to approve closing the case, or referring it with --refer-to (CASE-03).",
            discussion: """
                A case ends only with one of the reasons of CASE-12 (--reason): \
                \(ClosingReason.allCases.map(\.rawValue).joined(separator: ", ")). A referral needs the client's \
                consent to share with that agency (CONF-01).
                """)

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The case's id.") var id: String
        @Option(help: ArgumentHelp("The CASE-12 reason.", valueName: "REASON")) var reason: String?
        @Option(name: .customLong("refer-to"), help: ArgumentHelp("Refer to this agency instead of closing.",
                                                                  valueName: "AGENCY"))
        var referTo: String?
        @Option(help: ArgumentHelp("A note for the supervisor.", valueName: "TEXT")) var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let why = try ClosingReason(parsing: reason)
                let kind: ApprovalRequestKind = referTo.map { .refer(agency: $0, reason: why) } ?? .close(why)
                let request = try signIn.run { database, session, _ in
                    try database.requestApproval(caseID: id.trimmingCharacters(in: .whitespaces), kind: kind,
                                                 note: note ?? "", as: session)
                }
                if json { try JSONOutput.print(CaseApprovalRow(request)) } else { print(request.id) }
            }
        }
    }

    // MARK: Shared

    static func decide(_ signIn: SignInOptions, request: String, outcome: ApprovalOutcome, comment: String,
                       json: Bool) throws {
        try CommandFailure.reporting {
            let decided = try signIn.run { database, session, _ in
                try database.decide(requestID: request.trimmingCharacters(in: .whitespaces), outcome: outcome,
                                    comment: comment, as: session)
            }
            if json { try JSONOutput.print(CaseApprovalRow(decided)) } else { print(outcome.rawValue) }
        }
    }

    /// The value of `type` whose key is `text`, or a refusal naming the field and the keys it takes.
    static func choice<T: CaseIterable & RawRepresentable>(_ type: T.Type, _ text: String, field: String) throws -> T
        where T.RawValue == String {
        let key = text.trimmingCharacters(in: .whitespaces)
        guard let value = T(rawValue: key) else {
            throw ValidationError(field: field, N_("“%@” is not one of %@"), text,
                                  T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    static func stage(_ text: String) throws -> CaseStage {
        guard let stage = CaseStage(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw ValidationError(field: N_("Stage"), N_("“%@” is not a stage"), text, rule: "CASE-01")
        }
        return stage
    }

    static func state(_ text: String) throws -> CaseState {
        guard let state = CaseState(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw ValidationError(field: N_("State"), N_("“%@” is not one of open, closed, referred"), text)
        }
        return state
    }
}
