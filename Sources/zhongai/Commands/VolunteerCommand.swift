import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai volunteer`: Volunteers, their trainings and service times (IND-01).
struct VolunteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteer", abstract: "Volunteers, their trainings and service times (IND-01).",
        subcommands: [Add.self, List.self, Show.self, Leave.self, Training.self, Service.self, Trainings.self,
                      Services.self, Count.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Enter a volunteer you recruited (发展志愿者, counted for the recruiter in the month of joining); prints \
            their number. The same name and phone as a volunteer on file is refused unless --allow-duplicate.
            """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The volunteer's name.", valueName: "NAME")) var name: String
        @Option(help: ArgumentHelp("female or male.", valueName: "GENDER")) var gender: String?
        @Option(help: ArgumentHelp("Their phone number.", valueName: "N")) var phone: String?
        @Option(name: .customLong("birth-year"), help: ArgumentHelp("Year of birth.", valueName: "YYYY"))
        var birthYear: Int?
        @Option(help: ArgumentHelp("Skills (特长).", valueName: "TEXT")) var skills = ""
        @Option(help: ArgumentHelp("A note.", valueName: "TEXT")) var note = ""
        @Option(help: ArgumentHelp("The day they joined, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var joined: String?
        @Option(name: .customLong("recruited-by"), help: ArgumentHelp("The worker who recruited them (default: you).",
                                                                      valueName: "CODE"))
        var recruitedBy: String?
        @Option(name: .customLong("service-point"), help: ArgumentHelp("Their service point's id (default: the recruiter's).",
                                                                        valueName: "ID"))
        var servicePoint: Int64?
        @Flag(name: .customLong("allow-duplicate"), help: "Enter them even if a volunteer with this name and phone is on file.")
        var allowDuplicate = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = VolunteerDraft(
                    name: name, gender: try gender.map(VolunteerCommand.gender), phone: phone, birthYear: birthYear,
                    skills: skills, note: note,
                    joinedOn: try joined.map { try CalendarDate(parsing: $0, field: N_("Joined on")) } ?? CalendarDate.today(),
                    recruitedBy: recruitedBy, servicePointID: servicePoint)
                let volunteer = try signIn.run { database, session, _ in
                    try VolunteerCommand.explainingDuplicates {
                        try database.addVolunteer(draft, as: session, allowingDuplicates: allowDuplicate)
                    }
                }
                if json { try JSONOutput.print(VolunteerRow(volunteer.summary)) } else { print(volunteer.number) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the volunteers your role reaches, names and phones masked. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("A name or part of it, a number, a phone's last four digits or a skill.",
                                   valueName: "TEXT"))
        var search = ""
        @Flag(name: .customLong("with-left"), help: "Include volunteers who left.") var withLeft = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.volunteers(matching: search, includingLeft: withLeft, as: session)
                }
                if json { try JSONOutput.print(found.map(VolunteerRow.init)); return }
                for v in found {
                    print([String(v.number), v.name, v.phone ?? "", v.skills, v.recruitedBy, v.joinedOn.description,
                           v.leftOn.map { "left \($0)" } ?? ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one volunteer in full. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The volunteer's number or id.") var volunteer: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in
                    try database.volunteer(id: VolunteerCommand.id(of: volunteer, in: database, as: session),
                                           as: session)
                }
                let row = VolunteerDetailRow(found)
                if json { try JSONOutput.print(row); return }
                print([String(row.number), row.name, row.gender ?? "", row.phone ?? "",
                       row.birthYear.map(String.init) ?? "", row.skills, row.recruitedBy, row.joinedOn,
                       row.leftOn ?? "", row.note].joined(separator: "\t"))
            }
        }
    }

    struct Leave: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a volunteer left (once; a volunteer is never deleted).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The volunteer's number or id.") var volunteer: String
        @Option(help: ArgumentHelp("The day they left, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var on: String?
        @Option(help: ArgumentHelp("Why.", valueName: "TEXT")) var reason: String

        func run() throws {
            try CommandFailure.reporting {
                let day = try on.map { try CalendarDate(parsing: $0, field: N_("Left on")) } ?? CalendarDate.today()
                let left = try signIn.run { database, session, _ in
                    try database.volunteerLeft(id: VolunteerCommand.id(of: volunteer, in: database, as: session),
                                               on: day, reason: reason, as: session)
                }
                print(left.number)
            }
        }
    }

    struct Training: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a volunteer training (志愿者培训, one 次 for the trainer, IND-01); prints its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var date: String?
        @Option(help: ArgumentHelp("What it was about.", valueName: "TEXT")) var title: String
        @Option(help: ArgumentHelp("How long it lasted.", valueName: "MINUTES")) var minutes: Int
        @Option(name: .customLong("attendee"), help: ArgumentHelp("A volunteer who attended (number or id); repeat.",
                                                                  valueName: "VOLUNTEER"))
        var attendees: [String] = []
        @Option(help: ArgumentHelp("The worker who ran it (default: you).", valueName: "CODE")) var trainer: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = VolunteerTrainingDraft(
                    heldOn: try date.map { try CalendarDate(parsing: $0, field: N_("Training date")) } ?? CalendarDate.today(),
                    title: title, minutes: minutes, attendeeIDs: attendees, trainerCode: trainer)
                let training = try signIn.run { database, session, _ in
                    try database.recordVolunteerTraining(draft, as: session)
                }
                if json { try JSONOutput.print(VolunteerTrainingRow(training)) } else { print(training.id) }
            }
        }
    }

    struct Service: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Record volunteers' service (志愿者提供服务: one 人次 per volunteer for the organiser, IND-01); prints its id.
            """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var date: String?
        @Option(help: ArgumentHelp("Hours each volunteer served (above 0, at most 24).", valueName: "HOURS"))
        var hours: Double
        @Option(name: .customLong("volunteer"), help: ArgumentHelp("A volunteer who served (number or id); repeat.",
                                                                   valueName: "VOLUNTEER"))
        var volunteers: [String] = []
        @Option(help: ArgumentHelp("What they did.", valueName: "TEXT")) var activity: String
        @Option(help: ArgumentHelp("The group or activity served, by its archive code.", valueName: "CODE"))
        var programme: String?
        @Option(help: ArgumentHelp("The worker who organised it (default: you).", valueName: "CODE")) var organiser: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = VolunteerServiceDraft(
                    servedOn: try date.map { try CalendarDate(parsing: $0, field: N_("Service date")) } ?? CalendarDate.today(),
                    hours: hours, volunteerIDs: volunteers, activity: activity, programmeCode: programme,
                    organiserCode: organiser)
                let service = try signIn.run { database, session, _ in
                    try database.recordVolunteerService(draft, as: session)
                }
                if json { try JSONOutput.print(VolunteerServiceRow(service)) } else { print(service.id) }
            }
        }
    }

    struct Trainings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the volunteer trainings your role reaches, latest first. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this year's.", valueName: "YYYY")) var year: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in try database.volunteerTrainings(year: year, as: session) }
                if json { try JSONOutput.print(found.map(VolunteerTrainingRow.init)); return }
                for t in found {
                    print([t.id, t.heldOn.description, t.title, String(t.minutes), t.trainerCode,
                           t.attendees.map { "\($0.number) \($0.name)" }.joined(separator: "、")].joined(separator: "\t"))
                }
            }
        }
    }

    struct Services: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the volunteer service times your role reaches, latest first. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this year's.", valueName: "YYYY")) var year: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in try database.volunteerServices(year: year, as: session) }
                if json { try JSONOutput.print(found.map(VolunteerServiceRow.init)); return }
                for s in found {
                    print([s.id, s.servedOn.description, VolunteerServiceDraft.hoursText(s.hours), s.activity,
                           s.programmeCode ?? "", s.organiserCode,
                           s.volunteers.map { "\($0.number) \($0.name)" }.joined(separator: "、")].joined(separator: "\t"))
                }
            }
        }
    }

    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            A worker's counts of the year for the volunteer and publicity indicators (IND-01), month by month.
            """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The year (default: this year in China).", valueName: "YYYY")) var year: Int?
        @Option(help: ArgumentHelp("The worker (default: you).", valueName: "CODE")) var worker: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let counts = try signIn.run { database, session, _ in
                    try database.volunteerYearCounts(year: year ?? CalendarDate.today().year,
                                                     workerCode: worker?.uppercased(), as: session)
                }
                if json { try JSONOutput.print(VolunteerCountsRow(counts)); return }
                for indicator in VolunteerYearCounts.indicators {
                    print([indicator.rawValue, indicator.chineseName, String(counts.total(indicator)),
                           (counts.monthly[indicator] ?? []).map(String.init).joined(separator: " ")]
                        .joined(separator: "\t"))
                }
            }
        }
    }

    // MARK: Parsing

    static func gender(_ text: String) throws -> Gender {
        guard let gender = Gender(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw ValidationError(field: N_("Gender"), N_("“%@” is not female or male"), text)
        }
        return gender
    }

    /// The id of the volunteer `key` names: an id as it is, a number looked up among those the session may see.
    static func id(of key: String, in database: AppDatabase, as session: Session) throws -> String {
        let key = key.trimmingCharacters(in: .whitespaces)
        guard let number = Int(key) else { return key }
        guard let found = try database.volunteers(matching: key, includingLeft: true, as: session)
            .first(where: { $0.number == number }) else {
            throw ValidationError(field: N_("Volunteer"), N_("there is no volunteer number %@"), key)
        }
        return found.id
    }

    /// Runs `body`; a refusal for possible duplicates becomes one line naming them, with the command line's advice.
    static func explainingDuplicates<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let duplicates as PossibleDuplicateVolunteers {
            var matches = duplicates.duplicates.map { "\($0.number) \($0.name) \($0.phone ?? "-")" }
            if duplicates.heldElsewhere > 0 { matches.append("\(duplicates.heldElsewhere) held by a colleague") }
            throw ValidationError(field: N_("Volunteer"),
                                  N_("may already be on file: %@; add --allow-duplicate if this is someone else"),
                                  matches.joined(separator: "; "), rule: "IND-01")
        }
    }
}
