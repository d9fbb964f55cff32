import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
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

    /// Opens a database that exists (migrating it, and loading reference data a newer program ships); refuses,
    /// creating nothing, when there is no file: a signed-in command needs the accounts `zhongai init` made.
    func openExisting(layout: InstallLayout = .locate(), loadingReferenceData: Bool = true) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: resolvedPath) else {
            throw ValidationError(field: N_("Database"), N_("there is no database at %@: create it with “zhongai init”"),
                                  resolvedPath)
        }
        let database = try AppDatabase.open(path: resolvedPath)
        if loadingReferenceData { try database.loadReferenceData(from: layout.dataDirectory) }
        return database
    }
}
