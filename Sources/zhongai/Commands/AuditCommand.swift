import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai audit verify|list`: the append-only, hash-chained audit log (CONF-02).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit log: check its chain and read it.", subcommands: [Verify.self, List.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain of the whole audit log (no sign-in: it shows no content).",
            discussion: """
                Prints “ok”, the number of rows and the hash of the last row, and exits 0 when every row is intact \
                and in sequence; names the first broken row and exits 1 otherwise. Write the head hash down \
                elsewhere now and then: it also catches a log rewritten from some row on with every hash redone.
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let result = try CommandFailure.reporting {
                try store.openExisting(loadingReferenceData: false).verifyAuditLog()
            }
            let problem = result.firstBreak.map { brokenRow in MainActor.assumeIsolated { brokenRow.localized(tr) } }
            if json {
                try JSONOutput.print(AuditVerificationAnswer(
                    ok: result.isIntact, count: result.checkedCount, headHash: result.headHash,
                    firstBreak: result.firstBreak.map { .init($0, message: problem ?? "") }))
            } else if let problem {
                FileHandle.standardError.write(Data((problem + "\n").utf8))
            } else {
                print("ok\t\(result.checkedCount)\t\(result.headHash)")
            }
            if !result.isIntact { throw ExitCode(1) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the audit log, newest first (roles that may read it: 服务部, 理事长, 副理事长).",
            discussion: "Dates are China Standard Time days; times are printed in UTC as stored. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only rows by this worker (or code typed at a failed sign-in).", valueName: "CODE"))
        var person: String?
        @Option(help: ArgumentHelp("Only rows about this record, e.g. worker:WM or policy:account.lock_minutes.",
                                   valueName: "KIND:ID"))
        var record: String?
        @Option(help: ArgumentHelp("Only rows of this action: \(AuditAction.allCases.map(\.rawValue).joined(separator: ", ")).",
                                   valueName: "A"))
        var action: String?
        @Option(help: ArgumentHelp("From this day on, YYYY-MM-DD.", valueName: "DATE")) var from: String?
        @Option(help: ArgumentHelp("Up to and including this day, YYYY-MM-DD.", valueName: "DATE")) var to: String?
        @Option(help: "At most this many rows.") var limit: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let filter = try self.filter()
                let entries = try signIn.run { database, session, _ in try database.auditEntries(filter: filter, as: session) }
                if json { try JSONOutput.print(entries.map(AuditRow.init)); return }
                for e in entries {
                    print([String(e.sequence), e.at, e.actorCode, e.actionText, e.record.map { "\($0.kind.rawValue):\($0.id)" } ?? "-",
                           e.host, e.detail].joined(separator: "\t"))
                }
            }
        }

        private func filter() throws -> AuditFilter {
            var filter = AuditFilter(limit: limit)
            if let person { filter.actorCode = person.trimmingCharacters(in: .whitespaces).uppercased() }
            if let record {
                let parts = record.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw ValidationError(field: N_("Record"), N_("“%@” is not KIND:ID, e.g. worker:WM"), record)
                }
                filter.recordKind = ProtectedRecordKind(parts[0])
                filter.recordID = parts[1]
            }
            if let action {
                guard let parsed = AuditAction(rawValue: action.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(field: N_("Action"), N_("“%@” is not an action of the audit log"), action)
                }
                filter.action = parsed
            }
            let fromDay = try from.map { try CalendarDate(parsing: $0, field: N_("From")) }
            let toDay = try to.map { try CalendarDate(parsing: $0, field: N_("To")) }
            if let fromDay, let toDay, toDay < fromDay {
                throw ValidationError(field: N_("To"), N_("%@ is before %@"), toDay.description, fromDay.description)
            }
            filter.from = fromDay.map(Self.startInChina)
            filter.until = toDay.map { Self.startInChina(of: $0.adding(days: 1)) }
            return filter
        }

        /// Midnight at the start of `day` in China Standard Time (UTC+8 all year), where the centre works.
        static func startInChina(of day: CalendarDate) -> Date {
            Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400 - 8 * 3_600)
        }
    }
}
