import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai init [--admin-name NAME] [--demo [--if-empty]]`: creates the database with its reference data and,
/// when it has none, the first system administrator; optionally the example centre, every worker of which gets
/// an account with the administrator's password.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database, the first system administrator and, if asked, the example centre.",
        discussion: """
            When the database has no system administrator, one is created: the password comes from \
            $ZHONGAI_PASSWORD, else it is asked twice on the terminal; the issued staff code is printed. When \
            there is an administrator already, nothing is asked, unless --demo is given, which then needs \
            --user of an administrator. Every worker of the example centre gets an account opened by that same \
            administrator password.
            """)

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("admin-name"), help: ArgumentHelp(
        "Full name of the first system administrator (default 系统管理员); used only when there is none yet.",
        valueName: "NAME"))
    var adminName: String?
    @Option(name: .customLong("user"), help: ArgumentHelp(
        "With --demo, when the database has an administrator already: that administrator's staff code.",
        valueName: "CODE"))
    var user: String?
    @Flag(help: "Also create the example centre (service points and about 30 staff, each with an account).")
    var demo = false
    @Flag(help: "With --demo: do nothing when the database already has staff besides administrators.")
    var ifEmpty = false
    @Flag(help: "Print JSON.") var json = false

    static let defaultAdministratorName = "系统管理员"

    func run() throws {
        try CommandFailure.reporting {
            let name = adminName ?? Self.defaultAdministratorName
            // A new file: the password is asked (and checked) first, so that a refusal leaves no file behind.
            var administratorPassword = FileManager.default.fileExists(atPath: store.resolvedPath)
                ? nil : try askAdministratorPassword(name: name)
            let database = try store.openInitialized()
            var administrator: Worker?
            if try !database.hasAdministrator() {
                let password = try administratorPassword ?? askAdministratorPassword(name: name)
                administrator = try database.createAdministrator(name: name, password: password)
                administratorPassword = password
            }
            // Said at once, so that the code is known even if the example centre is refused below.
            if !json { reportDatabase(administrator: administrator) }
            let hasStaff = try database.workers(includeInactive: true).contains { $0.role != .administrator }
            var demoWorkers: [Worker]?
            if demo, !(ifEmpty && hasStaff) {
                guard !hasStaff else {
                    throw ValidationError(field: N_("Demo data"),
                                          N_("the database already has workers: demo data goes into an empty centre only"))
                }
                if let administrator, let administratorPassword {
                    let session = try database.authenticate(workerCode: administrator.code, password: administratorPassword)
                    defer { try? database.endSession(session, .signedOut) }
                    demoWorkers = try database.populateDemoCentre(password: administratorPassword, by: session)
                } else {
                    demoWorkers = try SignInOptions.run(database, user: user) { database, session, password in
                        try database.populateDemoCentre(password: password, by: session)
                    }
                }
            }
            try report(administrator: administrator, demoWorkers: demoWorkers)
        }
    }

    private func askAdministratorPassword(name: String) throws -> String {
        let password = try PasswordInput.read(
            PasswordInput.variable,
            prompt: MainActor.assumeIsolated { tr("Password of the new system administrator: ") },
            repeatPrompt: { MainActor.assumeIsolated { tr("The same password again: ") } })
        try PasswordRules.validate(password, workerCode: "", workerName: name, field: N_("Password"))
        return password
    }

    private func reportDatabase(administrator: Worker?) {
        MainActor.assumeIsolated {
            print(trf("Database ready: %@", store.resolvedPath))
            if let administrator {
                print(trf("System administrator %@ created with the staff code %@: sign in with --user %@.",
                          administrator.name, administrator.code, administrator.code))
            }
        }
    }

    private func report(administrator: Worker?, demoWorkers: [Worker]?) throws {
        if json {
            try JSONOutput.print(InitAnswer(database: store.resolvedPath, demo: demoWorkers == nil ? "none" : "created",
                                             administrator: administrator.map { .init(code: $0.code, name: $0.name) },
                                             demoAccounts: demoWorkers?.count ?? 0))
            return
        }
        MainActor.assumeIsolated {
            if let demoWorkers {
                print(tr("The example centre was created."))
                print(trf("Its %@ workers each have an account opened by the administrator's password; “zhongai worker list” shows their codes.",
                          demoWorkers.count))
            }
        }
    }
}
