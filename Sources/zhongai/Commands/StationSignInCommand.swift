import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// `zhongai signin`: Sign-ins at the venue station, station bundles and batches, roll calls.
///
/// In the office (a signed-in worker): `record`, `walk-in`, `export-bundle`, `import-batch`, `rollcall`, `export`.
/// On the offline laptop (no office database, no account): `open-bundle`, `station-record`, `export-batch`. The
/// bundle's passphrase comes from $ZHONGAI_STATION_PASSPHRASE, else it is asked on the terminal.
struct StationSignInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin", abstract: "Sign-ins at the venue station, station bundles and batches, roll calls.",
        subcommands: [Record.self, WalkIn.self, ExportBundle.self, OpenBundle.self, StationRecord.self,
                      ExportBatch.self, ImportBatch.self, RollCallCommand.self, Export.self])

    static let passphraseVariable = "ZHONGAI_STATION_PASSPHRASE"

    static func passphrase(repeating: Bool = false) throws -> String {
        try PasswordInput.read(passphraseVariable, prompt: MainActor.assumeIsolated { tr("Station passphrase: ") },
                               repeatPrompt: repeating ? { MainActor.assumeIsolated { tr("The same passphrase again: ") } } : nil,
                               field: N_("Passphrase"))
    }

    /// Prints one line and flushes it at once: a line printed is a sign-in committed, even if the process is
    /// killed right after.
    static func emit(_ line: String) {
        print(line)
        fflush(nil)
    }

    static func emit(_ outcome: SignInOutcomeRow, json: Bool) throws {
        if json {
            try JSONOutput.print(outcome)
            fflush(nil)
        } else {
            emit(outcome.line)
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign registered people in to a session of the office database, one transaction each (GRP-04).",
            discussion: "Each line is printed after its sign-in is committed; someone already signed in is told so.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The programme session's id.", valueName: "ID")) var session: String
        @Option(name: .customLong("registration"), help: ArgumentHelp("A registration's id (repeat for more).",
                                                                        valueName: "ID"))
        var registrations: [String]
        @Flag(help: "Print JSON, one line per sign-in.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                try signIn.run { database, worker, _ in
                    for id in registrations {
                        let outcome = try database.recordSignIn(sessionID: session, registrationID: id, as: worker)
                        try StationSignInCommand.emit(SignInOutcomeRow(registrationID: id, outcome), json: json)
                    }
                }
            }
        }
    }

    struct WalkIn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "walk-in",
            abstract: "Register a walk-in at a session and sign them in; they wait for matching to a client.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The programme session's id.", valueName: "ID")) var session: String
        @Option(help: ArgumentHelp("Their name.", valueName: "NAME")) var name: String
        @Option(help: ArgumentHelp("Their phone, if given.", valueName: "PHONE")) var phone = ""
        @Option(help: ArgumentHelp("female, male or unstated.", valueName: "GENDER")) var gender = "unstated"
        @Option(name: .customLong("age-group"), help: ArgumentHelp("child, youth, adult, senior or unstated.",
                                                                     valueName: "GROUP"))
        var ageGroup = "unstated"
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let (gender, ageGroup) = try StationSignInCommand.walkInAnswers(gender: gender, ageGroup: ageGroup)
                let entry = try signIn.run { database, worker, _ in
                    try database.recordWalkIn(sessionID: session, name: name, phone: phone, gender: gender,
                                              ageGroup: ageGroup, as: worker)
                }
                if json { try JSONOutput.print(entry) } else { print(entry.id) }
            }
        }
    }

    static func walkInAnswers(gender: String, ageGroup: String) throws -> (ParticipantGender, AgeGroup) {
        guard let g = ParticipantGender(rawValue: gender) else {
            throw ValidationError(field: N_("Gender"), N_("“%@” is not female, male or unstated"), gender)
        }
        guard let a = AgeGroup(rawValue: ageGroup) else {
            throw ValidationError(field: N_("Age group"), N_("“%@” is not child, youth, adult, senior or unstated"),
                                  ageGroup)
        }
        return (g, a)
    }

    struct ExportBundle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-bundle",
            abstract: "Write a session's station bundle for an offline laptop, encrypted with a passphrase (logged).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The programme session's id.", valueName: "ID")) var session: String
        @Option(help: ArgumentHelp("The bundle file to write.", valueName: "FILE")) var out: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let passphrase = try StationSignInCommand.passphrase(repeating: true)
                let bundle = try signIn.run { database, worker, _ in
                    try database.exportStationBundle(sessionID: session, passphrase: passphrase,
                                                     to: URL(fileURLWithPath: out), as: worker)
                }
                try StationSignInCommand.report(bundleID: bundle.bundleID, stationID: bundle.stationID,
                                                info: bundle.session, rosterSize: bundle.roster.count,
                                                stationDB: nil, json: json)
            }
        }
    }

    static func report(bundleID: String, stationID: String, info: SignInSessionInfo, rosterSize: Int,
                       stationDB: String?, json: Bool) throws {
        let row = SignInStationRow(bundleID: bundleID, stationID: stationID, sessionID: info.sessionID,
                                   sessionNumber: info.sessionNumber, heldOn: info.heldOn.description,
                                   programmeCode: info.programmeCode, programmeTitle: info.programmeTitle,
                                   rosterSize: rosterSize, stationDB: stationDB)
        if json {
            try JSONOutput.print(row)
        } else {
            print("\(info.programmeCode) \(info.programmeTitle) #\(info.sessionNumber) \(info.heldOn) "
                  + "\(rosterSize) \(stationDB ?? bundleID)")
        }
    }

    struct OpenBundle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-bundle",
            abstract: "On the offline laptop: open a station bundle and make (or reopen) its station file.")

        @Option(help: ArgumentHelp("The station bundle.", valueName: "FILE")) var bundle: String
        @Option(name: .customLong("station-db"), help: ArgumentHelp("The station file (default: beside the bundle).",
                                                                      valueName: "PATH"))
        var stationDB: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let url = URL(fileURLWithPath: bundle)
                let station = try StationDatabase.open(bundle: url, passphrase: StationSignInCommand.passphrase(),
                                                       at: stationDB)
                try StationSignInCommand.report(bundleID: station.bundleID, stationID: station.stationID,
                                                info: station.sessionInfo, rosterSize: try station.roster().count,
                                                stationDB: stationDB ?? StationDatabase.defaultPath(forBundle: url),
                                                json: json)
            }
        }
    }

    struct StationRecord: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "station-record",
            abstract: "On the offline laptop: sign people in (and walk-ins) in the station file, one transaction each.",
            discussion: "Each line is printed after its sign-in is committed. A walk-in is NAME or NAME@PHONE.")

        @Option(name: .customLong("station-db"), help: ArgumentHelp("The station file.", valueName: "PATH"))
        var stationDB: String
        @Option(name: .customLong("registration"), help: ArgumentHelp("A registration's id (repeat for more).",
                                                                        valueName: "ID"))
        var registrations: [String] = []
        @Option(name: .customLong("walk-in"), help: ArgumentHelp("A walk-in, NAME or NAME@PHONE (repeat).",
                                                                   valueName: "WHO"))
        var walkIns: [String] = []
        @Flag(help: "Print JSON, one line per sign-in.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let station = try StationDatabase.open(path: stationDB)
                for id in registrations {
                    let outcome = try station.signIn(registrationID: id, signature: nil, at: Date())
                    try StationSignInCommand.emit(SignInOutcomeRow(registrationID: id, outcome), json: json)
                }
                for who in walkIns {
                    let parts = who.split(separator: "@", maxSplits: 1).map(String.init)
                    let entry = try station.addWalkIn(name: parts.first ?? "", phone: parts.count > 1 ? parts[1] : "",
                                                      gender: .unstated, ageGroup: .unstated, signature: nil, at: Date())
                    let at = entry.signedInAt ?? Date()
                    try StationSignInCommand.emit(SignInOutcomeRow(registrationID: entry.id,
                                                                   .recorded(signInID: entry.id, at: at)), json: json)
                }
            }
        }
    }

    struct ExportBatch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-batch",
            abstract: "On the offline laptop: write the sign-ins collected as a batch for the office, encrypted.")

        @Option(name: .customLong("station-db"), help: ArgumentHelp("The station file.", valueName: "PATH"))
        var stationDB: String
        @Option(help: ArgumentHelp("The batch file to write.", valueName: "FILE")) var out: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let station = try StationDatabase.open(path: stationDB)
                let batch = try station.exportSignInBatch(to: URL(fileURLWithPath: out),
                                                          passphrase: StationSignInCommand.passphrase())
                if json {
                    try JSONOutput.print(["batchID": batch.batchID, "sessionID": batch.sessionID,
                                          "signIns": String(batch.signIns.count), "walkIns": String(batch.walkIns.count)])
                } else {
                    print("\(batch.batchID) \(batch.signIns.count) \(batch.walkIns.count)")
                }
            }
        }
    }

    struct ImportBatch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-batch",
            abstract: "Import a station's sign-in batch into the office database; importing it again adds nothing.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The batch file.", valueName: "FILE")) var file: String
        @Option(help: ArgumentHelp("Refuse the batch unless it is of this session.", valueName: "ID"))
        var session: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let passphrase = try StationSignInCommand.passphrase()
                let summary = try signIn.run { database, worker, _ in
                    try database.importSignInBatch(from: URL(fileURLWithPath: file), passphrase: passphrase,
                                                   expectedSessionID: session, as: worker)
                }
                if json {
                    try JSONOutput.print(summary)
                } else if summary.wasImportedBefore {
                    print(MainActor.assumeIsolated { tr("This batch was imported before: nothing was added.") })
                } else {
                    print(MainActor.assumeIsolated {
                        trf("%@ sign-ins and %@ walk-ins added; %@ sign-ins were already there.",
                            String(summary.signInsAdded), String(summary.walkInsAdded),
                            String(summary.signInsAlreadyPresent))
                    })
                }
            }
        }
    }

    struct RollCallCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rollcall", abstract: "The roll call of a group or activity, made from its sign-ins (GRP-04).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The programme's id.", valueName: "ID")) var programme: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let rollCall = try signIn.run { database, worker, _ in
                    try database.rollCall(programmeID: programme, as: worker)
                }
                if json { return try JSONOutput.print(SignInRollCallRow(rollCall)) }
                for member in rollCall.members {
                    let rate = member.attendanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
                    print([member.name, member.marks.map { $0.sign.isEmpty ? "·" : $0.sign }.joined(), rate,
                           member.isFlagged ? "!" : ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export registrations, sign-ins and roll call as CSV for Excel and/or one .xlsx (logged).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The programme's id.", valueName: "ID")) var programme: String
        @Option(help: ArgumentHelp("Write the registrations CSV here.", valueName: "FILE")) var registrations: String?
        @Option(name: .customLong("sign-ins"), help: ArgumentHelp("Write the sign-ins CSV here.", valueName: "FILE"))
        var signIns: String?
        @Option(name: .customLong("roll-call"), help: ArgumentHelp("Write the roll call CSV here.", valueName: "FILE"))
        var rollCall: String?
        @Option(help: ArgumentHelp("Write the three as sheets of one workbook here.", valueName: "FILE"))
        var xlsx: String?

        func run() throws {
            try CommandFailure.reporting {
                let files = [registrations, signIns, rollCall, xlsx].compactMap { $0 }
                guard !files.isEmpty else {
                    throw ValidationError(field: N_("Export"),
                                          N_("name at least one file: --registrations, --sign-ins, --roll-call or --xlsx"))
                }
                let records = try signIn.run { database, worker, _ in
                    try database.signInRecords(programmeID: programme,
                                               detail: files.map { URL(fileURLWithPath: $0).lastPathComponent }
                                                   .joined(separator: ", "), as: worker)
                }
                try MainActor.assumeIsolated {
                    let tables: [(String?, SignInTable)] = [
                        (registrations, records.registrationsTable(translate: tr)),
                        (signIns, records.signInsTable(translate: tr)), (rollCall, records.rollCallTable(translate: tr)),
                    ]
                    for case let (path?, table) in tables {
                        try table.csv(translate: tr).data.write(to: URL(fileURLWithPath: path), options: .atomic)
                    }
                    if let xlsx { try ProgrammeWorkbook(records: records, translate: tr).write(to: xlsx) }
                }
            }
        }
    }
}
