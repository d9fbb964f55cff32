import ArgumentParser
import ZhongaiApp
import ZhongaiGtk

/// `zhongai init [--demo]`: creates the database with its reference data, optionally the example centre.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create the database and load the reference data.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Also create the example centre (service points and about 30 staff).") var demo = false
    @Flag(help: "With --demo: do nothing when the database already has staff.") var ifEmpty = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try CommandFailure.reporting {
            let database = try store.openInitialized()
            var createdDemo = false
            let hasStaff = try !database.workers(includeInactive: true).isEmpty
            if demo, !(ifEmpty && hasStaff) {
                try database.populateDemoCentre()
                createdDemo = true
            }
            if json {
                try JSONOutput.print(["database": store.resolvedPath, "demo": createdDemo ? "created" : "none"])
            } else {
                print(MainActor.assumeIsolated { trf("Database ready: %@", store.resolvedPath) })
                if createdDemo { print(MainActor.assumeIsolated { tr("The example centre was created.") }) }
            }
        }
    }
}
