import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai account set-password|reset|list`: passwords and accounts (issue 3), every change in the audit log.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Accounts: change your password, reset a worker's, list them.",
        subcommands: [SetPassword.self, Reset.self, List.self])

    /// The new password: $ZHONGAI_NEW_PASSWORD, else asked twice on the terminal.
    static func newPassword(for code: String) throws -> String {
        try PasswordInput.read(PasswordInput.newVariable,
                               prompt: MainActor.assumeIsolated { trf("New password for %@: ", code) },
                               repeatPrompt: { MainActor.assumeIsolated { tr("The same password again: ") } },
                               field: N_("New password"))
    }

    struct SetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-password",
            abstract: "Change your own password: the current one from $ZHONGAI_PASSWORD, the new one from $ZHONGAI_NEW_PASSWORD (else both are asked).")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let code = try signIn.run(allowingDuePasswordChange: true) { database, session, current in
                    let fresh = try database.setPassword(workerCode: session.workerCode,
                                                         newPassword: try AccountCommand.newPassword(for: session.workerCode),
                                                         oldPassword: current, by: session)
                    return fresh.workerCode
                }
                if json { try JSONOutput.print(["worker": code, "password": "changed"]); return }
                print(MainActor.assumeIsolated { trf("%@: the password was changed.", code) })
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a worker's password, creating the account if needed (系统管理员); it must be changed at the next sign-in.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let code = worker.trimmingCharacters(in: .whitespaces).uppercased()
                _ = try signIn.run { database, session, _ in
                    // The store checks the role, and logs a refusal.
                    try database.setPassword(workerCode: code, newPassword: try AccountCommand.newPassword(for: code),
                                             by: session)
                }
                if json { try JSONOutput.print(["worker": code, "password": "reset"]); return }
                print(MainActor.assumeIsolated {
                    trf("%@: the password was set; it must be changed at the next sign-in (“zhongai account set-password”).", code)
                })
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every worker with the state of their account (系统管理员). Never a password or a hash.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let accounts = try signIn.run { database, session, _ in try database.accounts(as: session) }
                if json { try JSONOutput.print(accounts.map(AccountRow.init)); return }
                MainActor.assumeIsolated {
                    for a in accounts {
                        var state: [String] = []
                        if !a.hasAccount { state.append(tr("no account")) }
                        if let until = a.lockedUntil { state.append(trf("locked until %@", AuditTimestamp.format(until))) }
                        if a.mustChangePassword { state.append(tr("must change the password")) }
                        if let last = a.lastLoginAt { state.append(trf("last sign-in %@", AuditTimestamp.format(last))) }
                        print([a.workerCode, a.workerName, a.role.chineseName, a.isActive ? "" : "(停用)",
                               state.joined(separator: ", ")].joined(separator: "\t"))
                    }
                }
            }
        }
    }
}
