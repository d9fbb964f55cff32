import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai client add|find|show|merge`: clients (服务对象; INTAKE-01) as protected records, as a signed-in worker.
/// The store applies the access policy and logs every read (CONF-02): `find` is masked and shows only what the
/// worker's scope reaches; `show` gives the full values.
struct ClientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client", abstract: "Clients: enter, find, show and merge them.",
        subcommands: [Add.self, Find.self, Show.self, Merge.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter a client and print their id.",
            discussion: """
                A resident ID number is checked by its check digit and gives the birth date. A minor or a client \
                without capacity needs --guardian and --relationship (CASE-04). A client already on file with the \
                same ID number is refused; one with the same name and phone is refused unless --allow-duplicate.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The client's full name.", valueName: "NAME")) var name: String
        @Option(help: ArgumentHelp("The client category's code, e.g. elderly (INTAKE-01).", valueName: "CODE"))
        var category: String
        @Option(help: ArgumentHelp("female or male.", valueName: "GENDER")) var gender: String?
        @Option(name: .customLong("birth-date"), help: ArgumentHelp("YYYY-MM-DD.", valueName: "DATE")) var birthDate: String?
        @Option(help: ArgumentHelp("The client's phone number.", valueName: "NUMBER")) var phone: String?
        @Option(name: .customLong("id-number"), help: ArgumentHelp("The ID document's number.", valueName: "NUMBER"))
        var idNumber: String?
        @Option(name: .customLong("id-kind"), help: ArgumentHelp("resident (居民身份证, the default) or other.",
                                                                 valueName: "KIND"))
        var idKind = "resident"
        @Option(help: ArgumentHelp("The client's address.", valueName: "TEXT")) var address: String?
        @Flag(name: .customLong("lacks-capacity"), help: "The client cannot decide personally: a guardian acts.")
        var lacksCapacity = false
        @Option(help: ArgumentHelp("The guardian's name.", valueName: "NAME")) var guardian: String?
        @Option(help: ArgumentHelp("The guardian's relationship to the client, e.g. 母亲.", valueName: "TEXT"))
        var relationship: String?
        @Option(name: .customLong("guardian-phone"), help: ArgumentHelp("The guardian's phone.", valueName: "NUMBER"))
        var guardianPhone: String?
        @Option(help: ArgumentHelp("A household member, NAME:RELATIONSHIP[:BIRTH-YEAR] (repeat for more).",
                                   valueName: "MEMBER"))
        var member: [String] = []
        @Option(help: ArgumentHelp("A note.", valueName: "TEXT")) var note: String?
        @Option(help: ArgumentHelp("The worker who holds the record (default: you).", valueName: "CODE")) var holder: String?
        @Flag(name: .customLong("allow-duplicate"),
              help: "Enter the client even if a client with the same name and phone is on file.")
        var allowDuplicate = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try self.draft()
                let client = try ClientCommand.explainingDuplicates {
                    try signIn.run { database, session, _ in
                        try database.addClient(draft, as: session, allowingDuplicates: allowDuplicate)
                    }
                }
                if json { try JSONOutput.print(ClientSummaryRow(client.summary)) } else { print(client.id) }
            }
        }

        private func draft() throws -> ClientDraft {
            let genderValue = try gender.map { text -> Gender in
                guard let value = Gender(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw ValidationError(field: N_("Gender"), N_("“%@” is not one of female, male"), text)
                }
                return value
            }
            let kind: ClientIDDocumentKind
            switch idKind.trimmingCharacters(in: .whitespaces).lowercased() {
            case "resident", "residentid": kind = .residentID
            case "other": kind = .other
            default: throw ValidationError(field: N_("ID kind"), N_("“%@” is not one of resident, other"), idKind)
            }
            let guardianValue = guardian == nil && relationship == nil
                ? nil : Guardian(name: guardian ?? "", relationship: relationship ?? "", phone: guardianPhone)
            return ClientDraft(name: name, gender: genderValue,
                               birthDate: try birthDate.map { try CalendarDate(parsing: $0, field: N_("Birth date")) },
                               categoryCode: category, phone: phone,
                               idDocument: idNumber.map { ClientIDDocument(kind: kind, number: $0) }, address: address,
                               lacksCapacity: lacksCapacity, guardian: guardianValue,
                               household: try member.map(ClientCommand.householdMember), note: note ?? "",
                               holderCode: holder.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find clients by part of the name, the phone (or its last 4 digits) or the ID number.",
            discussion: "Names and phones are masked; clients outside your scope are not shown. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "What to look for.") var text: String
        @Option(help: ArgumentHelp("At most this many clients.", valueName: "N")) var limit = 200
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.findClients(text, as: session, limit: limit)
                }
                if json { try JSONOutput.print(found.map(ClientSummaryRow.init)); return }
                for client in found {
                    print([client.id, client.name, client.phone ?? "-", client.categoryCode,
                           client.birthYear.map(String.init) ?? "-", client.holderCode].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one client in full. The read is logged, as view, export or print (--for).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The client's id, as `zhongai client find` shows it.") var id: String
        @OptionGroup var reading: ReadPurposeOption
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let action = try reading.action()
                let recordID = id.trimmingCharacters(in: .whitespaces)
                let client = try signIn.run { database, session, _ in
                    try database.client(id: recordID, as: session, for: action)
                }
                if json { try JSONOutput.print(ClientRow(client)); return }
                for (label, value) in ClientCommand.fields(client) { print("\(label)\t\(value)") }
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge two records of one person: every link moves to the one kept.",
            discussion: "Needs the right to edit both. The absorbed record is kept, marked merged. Logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The client record kept.", valueName: "ID")) var keep: String
        @Option(help: ArgumentHelp("The duplicate merged into it.", valueName: "ID")) var absorb: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let kept = try signIn.run { database, session, _ in
                    try database.mergeClients(keeping: keep.trimmingCharacters(in: .whitespaces),
                                              absorbing: absorb.trimmingCharacters(in: .whitespaces), as: session)
                }
                if json { try JSONOutput.print(ClientSummaryRow(kept.summary)) } else { print(kept.id) }
            }
        }
    }

    // MARK: Parsing and printing

    /// Runs `body`; a refusal for possible duplicates becomes one line naming them, with the command line's advice.
    static func explainingDuplicates<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let duplicates as PossibleDuplicateClients {
            let matches = duplicates.duplicates.map {
                "\($0.client.id) \($0.client.name) \($0.client.phone ?? "-") (\($0.reason.title))"
            }.joined(separator: "; ")
            throw ValidationError(field: N_("Client"),
                                  duplicates.isCertain ? N_("already on file: %@") :
                                      N_("may already be on file: %@; add --allow-duplicate if this is someone else"),
                                  matches)
        }
    }

    /// `NAME:RELATIONSHIP[:BIRTH-YEAR]`.
    static func householdMember(_ text: String) throws -> HouseholdMember {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard (2...3).contains(parts.count) else {
            throw ValidationError(field: N_("Household member"), N_("“%@” is not NAME:RELATIONSHIP[:BIRTH-YEAR]"), text)
        }
        var year: Int?
        if parts.count == 3 {
            guard let value = Int(parts[2]) else {
                throw ValidationError(field: N_("Household member's birth year"), N_("“%@” is not a year"), parts[2])
            }
            year = value
        }
        return HouseholdMember(name: parts[0], relationship: parts[1], birthYear: year)
    }

    /// The labelled values of `client show`, in full.
    static func fields(_ c: Client) -> [(String, String)] {
        MainActor.assumeIsolated {
            var rows: [(String, String)] = [
                (tr("Client"), c.id),
                (tr("Name"), c.name),
                (tr("Gender"), c.gender.map { tr($0.title) } ?? "-"),
                (tr("Birth date"), c.birthDate?.description ?? "-"),
                (tr("Category"), c.categoryCode),
                (tr("Phone"), c.phone ?? "-"),
                (tr("ID number"), c.idDocument.map { "\($0.number) (\(tr($0.kind.title)))" } ?? "-"),
                (tr("Address"), c.address ?? "-"),
                (tr("Lacks capacity"), c.lacksCapacity ? tr("yes") : tr("no")),
                (tr("Guardian"), c.guardian.map { "\($0.name) (\($0.relationship)) \($0.phone ?? "")" } ?? "-"),
            ]
            rows += c.household.map {
                (tr("Household member"), "\($0.name) (\($0.relationship)) \($0.birthYear.map(String.init) ?? "")")
            }
            rows += [
                (tr("Note"), c.note.isEmpty ? "-" : c.note),
                (tr("Holder"), c.holderCode),
                (tr("Entered by"), c.createdBy),
            ]
            if let kept = c.mergedInto { rows.append((tr("Merged into"), kept)) }
            return rows
        }
    }
}
