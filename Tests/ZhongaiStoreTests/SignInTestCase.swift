import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Shared set-up of the sign-in tests: frA's approved group (sessions on 04-01 and 04-08) with three registered
/// members.
class SignInTestCase: ProgrammeTestCase {
    var group: Programme!
    var sessions: [ProgrammeSession] = []
    var members: [Registration] = []
    let passphrase = "station passphrase 1"

    override func setUpWithError() throws {
        try super.setUpWithError()
        group = try approvedGroup()
        for (name, phone) in [("王小明", "13800001234"), ("李娜", "13900005678"), ("欧阳娜娜", "13700009012")] {
            members.append(try database.register(registrationDraft(name, phone: phone), in: group.id, as: session(frA),
                                                 at: now))
        }
        sessions = try database.programme(id: group.id, as: session(frA), at: now).sessions
    }

    /// The first session's day, 09:35 China time.
    var sessionTime: Date { later(days: 30).addingTimeInterval(1800) }

    /// The rows of the sign-in tables, for comparing two imports.
    func signInDump() throws -> [String] {
        try database.writer.read { db in
            var lines: [String] = []
            for table in ["signIn", "registration", "importedBatch"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id") {
                    lines.append(table + " " + row.description)
                }
            }
            return lines
        }
    }
}
