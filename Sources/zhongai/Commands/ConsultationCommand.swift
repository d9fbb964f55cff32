import ArgumentParser
import ZhongaiDomain
import ZhongaiStore

/// `zhongai consultation open|contact|list|show`: consultations (咨询/即时辅导; CONS-01) as protected records with
/// archive codes of nature I, as a signed-in worker. A contact beyond the policy's maximum makes the consultation a
/// case candidate; a contact written after its day is kept and flagged (INTAKE-04).
struct ConsultationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consultation", abstract: "Consultations: open one, record its contacts, list and show them.",
        subcommands: [Open.self, Contact.self, List.self, Show.self])

    /// The options of one contact, shared by `open` (the first contact) and `contact` (the next ones).
    struct ContactOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The day of the contact, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var date: String?
        @Option(help: ArgumentHelp("How long it lasted.", valueName: "MINUTES")) var minutes: Int
        @Option(help: ArgumentHelp("interview, phone, online or homeVisit.", valueName: "METHOD"))
        var method = ConsultationMethod.interview.rawValue
        @Option(help: ArgumentHelp("What was asked and answered.", valueName: "TEXT")) var content: String

        func draft() throws -> ConsultationContactDraft {
            ConsultationContactDraft(
                date: try date.map { try CalendarDate(parsing: $0, field: N_("Contact date")) } ?? CalendarDate.today(),
                durationMinutes: minutes,
                method: try CaseCommand.choice(ConsultationMethod.self, method, field: N_("Method")),
                content: content)
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a consultation with its first contact; prints its archive code (ARC-01).")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID")) var clientID: String
        @Option(help: ArgumentHelp("What the client asked about, in a line.", valueName: "TEXT")) var topic: String
        @OptionGroup var contact: ContactOptions
        @Option(help: ArgumentHelp("The worker who holds the record (default: you).", valueName: "CODE")) var holder: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = ConsultationDraft(clientID: clientID, topic: topic, firstContact: try contact.draft(),
                                              holderCode: holder)
                let opened = try signIn.run { database, session, _ in try database.openConsultation(draft, as: session) }
                if json { try JSONOutput.print(ConsultationRow(opened)) } else { print(opened.code) }
            }
        }
    }

    struct Contact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the next contact of a consultation; prints its number, and “caseCandidate” once the "
                + "contacts exceed the policy's maximum (CONS-01).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The consultation's id.") var id: String
        @OptionGroup var contact: ContactOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try contact.draft()
                let consultation = try signIn.run { database, session, _ in
                    try database.addConsultationContact(consultationID: id.trimmingCharacters(in: .whitespaces), draft,
                                                        as: session)
                }
                if json { try JSONOutput.print(ConsultationRow(consultation)); return }
                print(([String(consultation.contacts.count)] + (consultation.isCaseCandidate ? ["caseCandidate"] : []))
                    .joined(separator: "\t"))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the consultations your role reaches, newest first, clients' names masked. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("Only this client's.", valueName: "ID")) var clientID: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.consultationList(clientID: clientID, as: session)
                }
                if json { try JSONOutput.print(found.map(ConsultationSummaryRow.init)); return }
                for entry in found {
                    let s = entry.summary
                    print([s.id, s.code, entry.clientName, String(s.contactCount), s.isCaseCandidate ? "caseCandidate" : "",
                           s.holderCode, s.openedOn.description, s.lastContactOn.description].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one consultation in full, with its contacts. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The consultation's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let consultation = try signIn.run { database, session, _ in
                    try database.consultation(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                let row = ConsultationRow(consultation)
                if json { try JSONOutput.print(row); return }
                print([row.code, row.clientID, row.holderCode, row.openedOn, row.topic,
                       row.caseCandidateOn.map { "caseCandidate \($0)" } ?? ""].joined(separator: "\t"))
                for c in row.contacts {
                    print([String(c.number), c.date, String(c.durationMinutes), c.method, c.content,
                           c.recordedLate ? "late" : ""].joined(separator: "\t"))
                }
            }
        }
    }
}
