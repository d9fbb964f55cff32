import ArgumentParser

/// `zhongai calendar …`: working days by the published holiday calendar with 调休 (CASE-06).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Working-day arithmetic over the holiday calendar.",
        subcommands: [AddWorkdays.self, WorkdaysBetween.self])
}
