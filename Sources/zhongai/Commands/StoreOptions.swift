import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiStore

/// `--db PATH`, shared by every command that touches the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite file (default: $XDG_DATA_HOME/zhongai/workbench.sqlite).")
    var path: String?

    var resolvedPath: String { path ?? AppDatabase.defaultPath() }

    /// Opens (creating and migrating if needed) and loads the reference data on first use.
    func openInitialized(layout: InstallLayout = .locate()) throws -> AppDatabase {
        let database = try AppDatabase.open(path: resolvedPath)
        try database.loadReferenceData(from: layout.dataDirectory)
        return database
    }
}
