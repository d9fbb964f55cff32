import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `--user CODE`: the signed-in worker of a command that reads or writes the directory, the reference data or
/// protected records. Every such command signs in once through `AppDatabase.authenticate` (every attempt is in the
/// audit log), passes the session to the store and signs out when done.
struct SignInOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("user"), help: ArgumentHelp(
        "Your staff code. The password is read from $ZHONGAI_PASSWORD, else asked on the terminal.", valueName: "CODE"))
    var user: String?

    /// Opens the existing database, signs `--user` in, runs `body` with the session and the password that
    /// opened it, and signs out, whatever `body` did. A worker whose password an administrator reset must choose a
    /// new one first (`account set-password`, which passes `allowingDuePasswordChange`).
    func run<T>(allowingDuePasswordChange: Bool = false,
                _ body: (AppDatabase, Session, _ password: String) throws -> T) throws -> T {
        let code = try Self.requireUser(user)
        return try Self.run(store.openExisting(), user: code, allowingDuePasswordChange: allowingDuePasswordChange, body)
    }

    /// As above, on a database already open, for a command whose `--user` is optional (`init --demo`).
    static func run<T>(_ database: AppDatabase, user: String?, allowingDuePasswordChange: Bool = false,
                       _ body: (AppDatabase, Session, _ password: String) throws -> T) throws -> T {
        let code = try requireUser(user)
        let password = try PasswordInput.read(PasswordInput.variable, prompt: MainActor.assumeIsolated {
            trf("Password for %@: ", code.uppercased())
        })
        let session = try database.authenticate(workerCode: code, password: password)
        defer { try? database.endSession(session, .signedOut) }
        if session.mustChangePassword, !allowingDuePasswordChange {
            throw ValidationError(field: N_("Password"),
                                  N_("an administrator reset your password: choose a new one first with “zhongai account set-password”"))
        }
        return try body(database, session, password)
    }

    private static func requireUser(_ user: String?) throws -> String {
        guard let code = user?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            throw ValidationError(field: N_("User"), N_("this command needs a signed-in worker: give your staff code with --user"))
        }
        return code
    }
}
