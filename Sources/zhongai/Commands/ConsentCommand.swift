import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai consent add|list|show|withdraw|covers`: clients' consents (CASE-04, CONF-01) as protected records, as a
/// signed-in worker. The store applies the access policy and logs every read (CONF-02): lists are masked and show
/// only what the worker's scope reaches; `show` gives the full values.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Clients' consents: record, list, show, withdraw and check them.",
        subcommands: [Add.self, List.self, Show.self, Withdraw.self, Covers.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a consent and print its id.",
            discussion: """
                A minor (under 18 on the date given) or a client without capacity does not sign personally: give \
                the guardian with --guardian and --relationship (CASE-04). A client who signs personally needs \
                --birth-date. The consent covers receiving service (--service), sharing with named agencies \
                (--share, repeated), or both.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID"))
        var clientID: String
        @Option(name: .customLong("client-name"), help: ArgumentHelp("The client's full name.", valueName: "NAME"))
        var clientName: String
        @Option(name: .customLong("birth-date"), help: ArgumentHelp("The client's birth date, YYYY-MM-DD.", valueName: "DATE"))
        var birthDate: String?
        @Flag(name: .customLong("lacks-capacity"), help: "The client cannot consent personally: a guardian signs.")
        var lacksCapacity = false
        @Option(help: ArgumentHelp("The client's phone number.", valueName: "NUMBER")) var phone: String?
        @Option(name: .customLong("id-number"), help: ArgumentHelp("The client's ID number.", valueName: "NUMBER"))
        var idNumber: String?
        @Option(help: ArgumentHelp("The client's address.", valueName: "TEXT")) var address: String?
        @Option(help: ArgumentHelp("The guardian who signs for the client.", valueName: "NAME")) var guardian: String?
        @Option(help: ArgumentHelp("The guardian's relationship to the client, e.g. 母亲.", valueName: "TEXT"))
        var relationship: String?
        @Option(name: .customLong("given-on"), help: ArgumentHelp("The date the consent was given, YYYY-MM-DD.", valueName: "DATE"))
        var givenOn: String
        @Flag(help: "The consent covers receiving the centre's service.") var service = false
        @Option(help: ArgumentHelp("An agency the client's information may be shared with (repeat for more).",
                                   valueName: "AGENCY"))
        var share: [String] = []
        @Option(name: .customLong("recorded-as"), help: ArgumentHelp("How it was recorded: signed-form, written or oral.",
                                                                     valueName: "METHOD"))
        var recordedAs: String
        @Option(help: ArgumentHelp("Where the signed form or statement is kept (file name, archive reference).",
                                   valueName: "REF"))
        var document: String?
        @Option(help: ArgumentHelp("The worker who holds the record (default: you).", valueName: "CODE")) var holder: String?
        @Option(help: ArgumentHelp("A note.", valueName: "TEXT")) var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try self.draft()
                let consent = try signIn.run { database, session, _ in try database.recordConsent(draft, as: session) }
                if json { try JSONOutput.print(ConsentSummaryRow(consent.summary)) } else { print(consent.id) }
            }
        }

        private func draft() throws -> ConsentDraft {
            let method = try ConsentCommand.recordingMethod(recordedAs)
            let given = try CalendarDate(parsing: givenOn, field: N_("Date"))
            let born = try birthDate.map { try CalendarDate(parsing: $0, field: N_("Birth date")) }
            // The draft's validation names an empty guardian or relationship (CASE-04).
            let giver: ConsentGiver = guardian == nil && relationship == nil
                ? .client : .guardian(name: guardian ?? "", relationship: relationship ?? "")
            let holderCode = holder.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            return ConsentDraft(clientID: clientID, clientName: clientName, clientBirthDate: born,
                                clientLacksCapacity: lacksCapacity, clientPhone: phone, clientIDNumber: idNumber,
                                clientAddress: address, giver: giver, givenOn: given,
                                scope: ConsentScope(receivingService: service, sharingAgencies: share),
                                recordedAs: method, documentReference: document, holderCode: holderCode,
                                note: note ?? "")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the consents your role reaches, newest first, names, phones, ID numbers and addresses masked.",
            discussion: "The look is logged. Consents outside your scope are not shown.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("Only this client's consents.", valueName: "ID"))
        var clientID: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let summaries = try signIn.run { database, session, _ in
                    try database.consents(clientID: clientID, as: session)
                }
                if json { try JSONOutput.print(summaries.map(ConsentSummaryRow.init)); return }
                for summary in summaries { print(ConsentCommand.line(summary)) }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one consent in full. The read is logged, as view, export or print (--for).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The consent's id, as `zhongai consent list` shows it.") var id: String
        @OptionGroup var reading: ReadPurposeOption
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let action = try reading.action()
                let recordID = id.trimmingCharacters(in: .whitespaces)
                let consent = try signIn.run { database, session, _ in
                    try database.consent(id: recordID, as: session, for: action)
                }
                if json { try JSONOutput.print(ConsentRow(consent)); return }
                for (label, value) in ConsentCommand.fields(consent) { print("\(label)\t\(value)") }
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a consent was withdrawn: from that date on it covers nothing (CASE-04).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The consent's id.") var id: String
        @Option(help: ArgumentHelp("The date of the withdrawal, YYYY-MM-DD.", valueName: "DATE")) var on: String
        @Option(help: ArgumentHelp("Why, as the client said it.", valueName: "TEXT")) var reason: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let date = try CalendarDate(parsing: on, field: N_("Withdrawal date"))
                let recordID = id.trimmingCharacters(in: .whitespaces)
                let consent = try signIn.run { database, session, _ in
                    try database.withdrawConsent(id: recordID, on: date, reason: reason, as: session)
                }
                if json { try JSONOutput.print(ConsentSummaryRow(consent.summary)) } else { print(ConsentCommand.line(consent.summary)) }
            }
        }
    }

    struct Covers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Whether the client's consents cover a purpose on a day: prints yes or no (exit 0 either way).",
            discussion: """
                No service before consent (CASE-04), no sharing without it (CONF-01). You must be allowed to view \
                every consent of the client; the check is logged.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID")) var clientID: String
        @Option(help: ArgumentHelp("service, or share:AGENCY.", valueName: "PURPOSE")) var purpose: String
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let parsed = try ConsentCommand.purpose(purpose)
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Date")) } ?? CalendarDate.today()
                let covers = try signIn.run { database, session, _ in
                    try database.consentCovers(clientID: clientID.trimmingCharacters(in: .whitespaces), purpose: parsed,
                                               on: day, as: session)
                }
                if json { try JSONOutput.print(["covers": covers]) } else { print(covers ? "yes" : "no") }
            }
        }
    }

    // MARK: Parsing and printing

    /// `signed-form`, `written` or `oral` (or the stored names).
    static func recordingMethod(_ text: String) throws -> ConsentRecordingMethod {
        let key = text.trimmingCharacters(in: .whitespaces)
        if let method = ConsentRecordingMethod.allCases.first(where: { token($0) == key.lowercased() })
            ?? ConsentRecordingMethod(rawValue: key) {
            return method
        }
        throw ValidationError(field: N_("Recorded as"), N_("“%@” is not one of signed-form, written, oral"), text)
    }

    /// The method as the command line spells it.
    static func token(_ method: ConsentRecordingMethod) -> String {
        switch method {
        case .signedFormScanned: "signed-form"
        case .written: "written"
        case .oral: "oral"
        }
    }

    /// `service` or `share:AGENCY`.
    static func purpose(_ text: String) throws -> ConsentPurpose {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "service" { return .receivingService }
        let parts = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "share" {
            let agency = parts[1].trimmingCharacters(in: .whitespaces)
            if !agency.isEmpty { return .sharing(agency: agency) }
        }
        throw ValidationError(field: N_("Purpose"), N_("“%@” is not service or share:AGENCY"), text, rule: "CONF-01")
    }

    /// One line of `consent list`: id, client id, name, phone, date, scope, method, holder, withdrawal.
    static func line(_ s: ConsentSummary) -> String {
        MainActor.assumeIsolated {
            [s.id, s.clientID, s.clientName, s.clientPhone ?? "-", s.givenOn.description, scopeText(s.scope),
             tr(s.recordedAs.title), s.holderCode, s.withdrawnOn.map { trf("withdrawn on %@", $0.description) } ?? ""]
                .joined(separator: "\t")
        }
    }

    /// What a consent covers, in words.
    @MainActor static func scopeText(_ scope: ConsentScope) -> String {
        var parts: [String] = []
        if scope.receivingService { parts.append(tr("service")) }
        parts += scope.sharingAgencies.map { trf("sharing with %@", $0) }
        return parts.joined(separator: ", ")
    }

    /// The labelled values of `consent show`, in full.
    static func fields(_ c: Consent) -> [(String, String)] {
        MainActor.assumeIsolated {
            var giver = [(tr("Given by"), tr("the client"))]
            if case .guardian(let name, let relationship) = c.giver {
                giver = [(tr("Given by"), trf("guardian %@", name)), (tr("Guardian's relationship"), relationship)]
            }
            var rows: [(String, String)] = [
                (tr("Consent"), c.id),
                (tr("Client number"), c.clientID),
                (tr("Client name"), c.clientName),
                (tr("Birth date"), c.clientBirthDate?.description ?? "-"),
                (tr("Lacks capacity"), c.clientLacksCapacity ? tr("yes") : tr("no")),
                (tr("Client phone"), c.clientPhone ?? "-"),
                (tr("Client ID number"), c.clientIDNumber ?? "-"),
                (tr("Client address"), c.clientAddress ?? "-"),
            ] + giver + [
                (tr("Date given"), c.givenOn.description),
                (tr("Scope"), scopeText(c.scope)),
                (tr("Recorded as"), tr(c.recordedAs.title)),
                (tr("Document"), c.documentReference ?? "-"),
                (tr("Holder"), c.holderCode),
                (tr("Recorded by"), c.recordedBy),
                (tr("Note"), c.note.isEmpty ? "-" : c.note),
            ]
            if let withdrawal = c.withdrawal {
                rows += [(tr("Withdrawal date"), withdrawal.on.description), (tr("Reason"), withdrawal.reason),
                         (tr("Withdrawal recorded by"), withdrawal.recordedBy)]
            }
            return rows
        }
    }
}
