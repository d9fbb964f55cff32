import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiStore

/// `zhongai` opens the workbench; its subcommands script the same store for administrators and tests.
struct Zhongai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhongai",
        abstract: "众爱社工工作台 Zhongai Workbench: run without a subcommand to open the window.",
        subcommands: [Init.self, Initials.self, WorkerCommand.self, TownCommand.self, CalendarCommand.self, CodeCommand.self]
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let layout = InstallLayout.locate()
        let database = try store.openInitialized(layout: layout)
        let status = MainActor.assumeIsolated {
            WorkbenchApplication(database: database, layout: layout).run()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
