import Foundation
import GRDB
import ZhongaiDomain

/// The workbench's database: one SQLite file, the only place with SQL.
///
/// Every write method is one domain transaction (GRDB's demo `AppDatabase`): it validates its input, refuses bad
/// input with a `ValidationError` naming the field, and then changes the database in ONE write transaction, so a
/// refusal or a failure changes nothing.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    /// The decoded access policy of every database this process opened, keyed by each one's access generation:
    /// process-wide because the access context is built from a connection alone (issue 9).
    static let accessPolicyCache = AccessPolicyCache()

    /// Migrates `writer` to the latest schema. Tests pass a `DatabaseQueue`; the program uses `open(path:)`.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try AppDatabase.migrateRetryingRaces(writer)
    }

    /// Opens (creating it and its folder if missing) the database file at `path` with a `DatabasePool`: WAL,
    /// so the GUI reads while the CLI writes; `synchronous=FULL`, so a committed transaction survives a power cut.
    public static func open(path: String) throws -> AppDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pool = try openPoolRetryingBusy(path: path)
        // DatabasePool lowers the writer to synchronous=NORMAL after `prepareDatabase` has run, when it switches
        // to WAL: raise it again. The writer connection lives as long as the pool, so this holds; readers get FULL
        // from `prepareDatabase`.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        return try AppDatabase(pool)
    }

    /// Switching a new file to WAL needs an exclusive lock, and SQLite answers SQLITE_BUSY at once, without the
    /// busy timeout, when another process is opening the same new file at that moment (the GUI and the CLI
    /// started together): wait a little and try again.
    private static func openPoolRetryingBusy(path: String) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration())
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 50 {
                attempt += 1
                usleep(100_000)
            }
        }
    }

    /// An empty, migrated database in memory, for tests and previews.
    public static func empty() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()))
    }

    /// `$XDG_DATA_HOME/zhongai/workbench.sqlite`, falling back to `~/.local/share` when XDG_DATA_HOME is unset
    /// or not absolute, as the XDG Base Directory specification says.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
        }
        return URL(fileURLWithPath: dataHome).appendingPathComponent("zhongai/workbench.sqlite").path
    }

    /// Settings of every connection, the writer's and each reader's.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second process (the CLI beside the GUI) waits for the write lock instead of failing at once; the
        // pool's readers have their own 10 s timeout for the rare busy cases of WAL.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Two processes opening a fresh file at the same moment may both see a migration as not yet applied; the
    /// one that loses fails inside its own transaction, which changes nothing, and then finds the migration done.
    private static func migrateRetryingRaces(_ writer: any DatabaseWriter) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch is DatabaseError where attempt < 3 {
                attempt += 1
            }
        }
    }
}
