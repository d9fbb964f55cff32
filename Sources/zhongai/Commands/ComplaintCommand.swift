import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai complaint add|list|show|reply|follow-up|close`: the opinions and complaints register (CMP-01..03,
/// FB-01) as a signed-in worker. Each record is a protected record held by its handler; reading one in full is
/// logged.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "The opinions and complaints register (CMP-01..03).",
        subcommands: [Add.self, List.self, Show.self, Reply.self, FollowUp.self, Close.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an opinion or complaint and print its id; the reply is due within the policy's days (CMP-02).",
            discussion: """
                Sources (CMP-01): \(ComplaintSource.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).
                Channels (FB-01): \(ComplaintChannel.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).
                --charge records a charge made to a client, which is always a complaint (CMP-03).
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("opinion (意见) or complaint (投诉).", valueName: "KIND")) var kind = "complaint"
        @Option(help: ArgumentHelp("Who it comes from (CMP-01).", valueName: "SOURCE")) var source: String?
        @Option(help: ArgumentHelp("How it reached the centre (FB-01).", valueName: "CHANNEL")) var channel: String?
        @Option(help: ArgumentHelp("The day it was received, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var received: String?
        @Option(help: ArgumentHelp("The complainant's name (optional).", valueName: "NAME")) var name: String?
        @Option(help: ArgumentHelp("The complainant's phone or address (optional).", valueName: "TEXT")) var contact: String?
        @Option(help: ArgumentHelp("What was said.", valueName: "TEXT")) var content: String
        @Option(help: ArgumentHelp("What it is about: a worker, a case or programme code (optional).", valueName: "TEXT"))
        var about: String?
        @Flag(help: "A charge made to a client (CMP-03).") var charge = false
        @Option(help: ArgumentHelp("The worker who handles it (default: you).", valueName: "CODE")) var handler: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = try self.draft()
                let recorded = try signIn.run { database, session, _ in try database.recordComplaint(draft, as: session) }
                if json { try JSONOutput.print(ComplaintRow(recorded, today: CalendarDate.today())) } else { print(recorded.id) }
            }
        }

        private func draft() throws -> ComplaintDraft {
            guard let kindValue = ComplaintKind(text: kind) else {
                throw ValidationError(field: N_("Kind"), N_("“%@” is not one of %@"), kind,
                                      ComplaintKind.allCases.map(\.rawValue).joined(separator: ", "), rule: "CMP-01")
            }
            let sourceValue = try source.map { text -> ComplaintSource in
                guard let value = ComplaintSource(text: text) else {
                    throw ValidationError(field: N_("Source"), N_("“%@” is not one of %@"), text,
                                          ComplaintSource.allCases.map(\.rawValue).joined(separator: ", "), rule: "CMP-01")
                }
                return value
            }
            let channelValue = try channel.map { text -> ComplaintChannel in
                guard let value = ComplaintChannel(text: text) else {
                    throw ValidationError(field: N_("Channel"), N_("“%@” is not one of %@"), text,
                                          ComplaintChannel.allCases.map(\.rawValue).joined(separator: ", "), rule: "CMP-01")
                }
                return value
            }
            return ComplaintDraft(kind: kindValue, source: sourceValue, channel: channelValue,
                                  receivedOn: try received.map { try CalendarDate(parsing: $0, field: N_("Received on")) }
                                      ?? CalendarDate.today(),
                                  complainantName: name, complainantContact: contact, content: content, about: about,
                                  isCharge: charge, handlerCode: handler)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the opinions and complaints you reach, newest first, without names or content. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Leave out the closed ones.") var open = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in try database.complaints(openOnly: open, as: session) }
                if json { try JSONOutput.print(found.map(ComplaintSummaryRow.init)); return }
                for s in found {
                    print([s.id, s.receivedOn.description, s.kind.rawValue, s.source.rawValue, s.channel.rawValue,
                           s.handlerCode, s.replyDueOn.description, s.state.rawValue, s.isLate ? "late" : "",
                           s.isCharge ? "charge" : ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one opinion or complaint in full. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The record's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.complaint(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                try ComplaintCommand.show(found, json: json)
            }
        }
    }

    struct Reply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the result returned to the complainant, once (CMP-02); --close closes the record too.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The record's id.") var id: String
        @Option(help: ArgumentHelp("The result returned.", valueName: "TEXT")) var result: String
        @Option(help: ArgumentHelp("The day it was returned, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var on: String?
        @Flag(help: "Close the record with the reply.") var close = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Replied on")) }
                let found = try signIn.run { database, session, _ in
                    try database.replyToComplaint(id: id.trimmingCharacters(in: .whitespaces), result: result, on: day,
                                                  close: close, as: session)
                }
                try ComplaintCommand.show(found, json: json)
            }
        }
    }

    struct FollowUp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "follow-up", abstract: "Add a dated follow-up note; --close closes the record (after its reply).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The record's id.") var id: String
        @Option(help: ArgumentHelp("What was done or learnt.", valueName: "TEXT")) var note: String
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var on: String?
        @Flag(help: "Close the record with this note.") var close = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Follow-up date")) }
                let found = try signIn.run { database, session, _ in
                    try database.addComplaintFollowUp(id: id.trimmingCharacters(in: .whitespaces), note: note, on: day,
                                                      close: close, as: session)
                }
                try ComplaintCommand.show(found, json: json)
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a record whose result was returned (CMP-02).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The record's id.") var id: String
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Close")) }
                let found = try signIn.run { database, session, _ in
                    try database.closeComplaint(id: id.trimmingCharacters(in: .whitespaces), on: day, as: session)
                }
                try ComplaintCommand.show(found, json: json)
            }
        }
    }

    /// A record in full: JSON, or a line of its state followed by its fields.
    static func show(_ c: Complaint, json: Bool) throws {
        let row = ComplaintRow(c, today: CalendarDate.today())
        if json {
            try JSONOutput.print(row)
            return
        }
        Swift.print([row.id, row.state, row.replyDueOn, row.late ? "late" : "", row.isCharge ? "charge" : ""]
            .joined(separator: "\t"))
        Swift.print([row.receivedOn, row.kind, row.source, row.channel, row.handlerCode].joined(separator: "\t"))
        if let name = row.complainantName { Swift.print("complainant\t\(name)\t\(row.complainantContact ?? "")") }
        if let about = row.about { Swift.print("about\t\(about)") }
        Swift.print("content\t\(row.content)")
        if let result = row.replyResult { Swift.print("reply\t\(row.repliedOn ?? "")\t\(row.repliedBy ?? "")\t\(result)") }
        for f in row.followUps { Swift.print("follow-up\t\(f.number)\t\(f.notedOn)\t\(f.notedBy)\t\(f.note)") }
        if let closed = row.closedOn { Swift.print("closed\t\(closed)") }
    }
}
