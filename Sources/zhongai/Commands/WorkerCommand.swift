import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiStore

/// `zhongai worker add|list`: the staff directory, as a signed-in worker.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Staff: add and list.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff member and print the issued staff code (系统管理员, 行政人事部).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: "Full name.") var name: String
        @Option(help: "Role: \(Role.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).")
        var role: String
        @Option(help: "The supervisor's staff code.") var supervisor: String?
        @Option(name: .customLong("service-point"), help: "Service point id (see the window or the database).")
        var servicePoint: Int64?
        @Option(name: .customLong("post-type"), help: "Post type code: specialised, community or coordination.")
        var postType: String?
        @Option(help: "Phone number.") var phone: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let parsedRole = Role(text: role) else {
                    throw ValidationError(field: N_("Role"), N_("“%@” is not a role"), role, rule: "ROLE-01")
                }
                let worker = try signIn.run { database, session, _ in
                    try database.addWorker(name: name, role: parsedRole, supervisorCode: supervisor,
                                           servicePointID: servicePoint, postType: postType, phone: phone, by: session)
                }
                if json { try JSONOutput.print(worker) } else { print(worker.code) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Include deactivated staff.") var all = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let workers = try signIn.run { database, _, _ in try database.workers(includeInactive: all) }
                if json { try JSONOutput.print(workers); return }
                for w in workers {
                    print([w.code, w.name, w.role.chineseName, w.supervisorCode ?? "-", w.isActive ? "" : "(停用)"]
                        .joined(separator: "\t"))
                }
            }
        }
    }
}
