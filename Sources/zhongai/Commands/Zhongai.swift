import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiStore

/// `zhongai` opens the workbench; its subcommands script the same store for administrators and tests.
struct Zhongai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhongai",
        abstract: "众爱社工工作台 Zhongai Workbench: run without a subcommand to open the window.",
        subcommands: [Init.self, Initials.self, WorkerCommand.self, TownCommand.self, CalendarCommand.self, CodeCommand.self,
                      PolicyCommand.self, HolidaysCommand.self, AccountCommand.self, AuditCommand.self,
                      ConsentCommand.self, ClientCommand.self, CaseCommand.self, ConsultationCommand.self, VisitCommand.self,
                      SupervisionCommand.self, SelectionCommand.self, BackupCommand.self,
                      ProgrammeCommand.self, StationSignInCommand.self, StationCommand.self, EmergencyCommand.self,
                      InspectionCommand.self, DueCommand.self, IndicatorsCommand.self, ReportCommand.self,
                      ComplaintCommand.self, CheckCommand.self, ArchiveCommand.self, VolunteerCommand.self,
                      PublicityCommand.self]
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Open on this section: cases, consultations, consents, groups, supervision, emergency, due, indicators, reports, complaints, checks, archive, volunteers, directory, reference or audit.")
    var section: String?

    func run() throws {
        let layout = InstallLayout.locate()
        let database = try CommandFailure.reporting { try store.openInitialized(layout: layout) }
        let status = MainActor.assumeIsolated {
            WorkbenchApplication(database: database, layout: layout, section: section).run()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
