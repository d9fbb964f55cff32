import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Shared set-up of the store tests: the repository's data/ folder, temporary folders, databases filled with
/// the reference data, and a check that a refused transaction changed nothing.
class StoreTestCase: XCTestCase {
    /// data/ of the repository, found from this file's path.
    static let dataDirectory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.appendingPathComponent("data")
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    private var temporaryDirectories: [URL] = []

    override func tearDown() {
        for url in temporaryDirectories { try? FileManager.default.removeItem(at: url) }
        temporaryDirectories = []
        super.tearDown()
    }

    /// A new empty folder, removed after the test.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhongai-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        temporaryDirectories.append(url)
        return url
    }

    /// A database file path in a new temporary folder (the file does not exist yet).
    func temporaryDatabasePath() throws -> String {
        try temporaryDirectory().appendingPathComponent("workbench.sqlite").path
    }

    /// An in-memory database with the reference data of data/.
    func loadedDatabase() throws -> AppDatabase {
        let database = try AppDatabase.empty()
        try database.loadReferenceData(from: Self.dataDirectory)
        return database
    }

    /// Every row of every table, as text: two dumps are equal when the database has not changed.
    func dump(_ database: AppDatabase) throws -> [String] {
        try database.writer.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var lines: [String] = []
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY 1") {
                    lines.append(table + " " + row.description)
                }
            }
            return lines
        }
    }

    /// Runs `body`, expects a `ValidationError` naming `field` (and `rule`, if given), and checks that the
    /// database is exactly as before.
    @discardableResult
    func assertRefused(_ database: AppDatabase, field: String, rule: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ body: () throws -> Void) throws -> ValidationError? {
        let before = try dump(database)
        var refusal: ValidationError?
        do {
            try body()
            XCTFail("expected a refusal naming \(field)", file: file, line: line)
        } catch let error as ValidationError {
            refusal = error
            XCTAssertEqual(error.field, field, "\(error)", file: file, line: line)
            if let rule { XCTAssertEqual(error.rule, rule, "\(error)", file: file, line: line) }
        }
        XCTAssertEqual(try dump(database), before, "a refusal changed the database", file: file, line: line)
        return refusal
    }

    /// The text of a data file of data/.
    func dataFile(_ name: String) throws -> String {
        try String(contentsOf: Self.dataDirectory.appendingPathComponent(name), encoding: .utf8)
    }
}
