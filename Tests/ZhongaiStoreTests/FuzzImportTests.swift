import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Mutation fuzzing of the reference-data parsers (issue 9): the shipped files of data/, mutated thousands of times
/// from a fixed seed (so a failure can be replayed), never crash a parser, are either accepted or refused with a
/// ValidationError, and a refused holiday import through the store leaves the database as it was.
///
/// Sign-in batches and CSV imports do not exist yet (issue 5); the line-based files below are the importers there are.
final class FuzzImportTests: StoreTestCase {
    private struct Mutator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

        /// Characters that matter to the parsers: separators, digits, signs, dates, CJK, controls, an emoji.
        static let alphabet = Array("|#-:0123456789 \t\n\r.,+eE年月日休班" + "\u{0}\u{FEFF}\u{202E}🙂") + ["\r\n"]

        mutating func mutate(_ text: String) -> String {
            var characters = Array(text)
            for _ in 0...below(4) {
                let at = below(characters.count + 1)
                switch below(7) {
                case 0: if at < characters.count { characters.remove(at: at) }
                case 1: characters.insert(Self.alphabet[below(Self.alphabet.count)], at: at)
                case 2: if at < characters.count { characters[at] = Self.alphabet[below(Self.alphabet.count)] }
                case 3: characters = Array(characters.prefix(at))
                case 4:
                    let lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
                    let line = lines.isEmpty ? "" : lines[below(lines.count)]
                    characters.insert(contentsOf: Array(line) + ["\n"], at: at)
                case 5:
                    let end = min(characters.count, at + below(40))
                    if at < end { characters.removeSubrange(at..<end) }
                default:
                    let digits = characters.indices.filter { characters[$0].isNumber }
                    if !digits.isEmpty { characters[digits[below(digits.count)]] = Character(String(below(10))) }
                }
            }
            return String(characters)
        }
    }

    private func shipped(_ name: String) throws -> String {
        try String(contentsOf: Self.dataDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `parse` on `iterations` mutations of `seed`; only ValidationError may be thrown. Returns how many were
    /// refused, so the test can see that the mutations do reach the checks.
    private func fuzz(_ seed: String, iterations: Int, seed number: UInt64,
                      _ parse: (String) throws -> Void) -> Int {
        var mutator = Mutator(state: number)
        var refused = 0
        for iteration in 0..<iterations {
            let text = mutator.mutate(seed)
            do {
                try parse(text)
            } catch is ValidationError {
                refused += 1
            } catch {
                XCTFail("iteration \(iteration): \(type(of: error)) \(error)")
            }
        }
        return refused
    }

    func testMutatedHolidayFilesAreAcceptedOrRefused() throws {
        let refused = fuzz(try shipped(HolidayFile.fileName), iterations: 1500, seed: 11) { _ = try HolidayFile.parse($0) }
        XCTAssertGreaterThan(refused, 100)
    }

    func testMutatedPolicyFilesAreAcceptedOrRefused() throws {
        let refused = fuzz(try shipped(PolicyFile.fileName), iterations: 1000, seed: 12) { _ = try PolicyFile.parse($0) }
        XCTAssertGreaterThan(refused, 100)
    }

    func testMutatedTownSectorAndCategoryFilesAreAcceptedOrRefused() throws {
        XCTAssertGreaterThan(fuzz(try shipped(TownFile.fileName), iterations: 800, seed: 13) {
            _ = try TownFile.parse($0)
        }, 50)
        XCTAssertGreaterThan(fuzz(try shipped(SectorFile.fileName), iterations: 800, seed: 14) {
            _ = try SectorFile.parse($0)
        }, 50)
        XCTAssertGreaterThan(fuzz(try shipped(ClientCategoryFile.fileName), iterations: 800, seed: 15) {
            _ = try ClientCategoryFile.parse($0)
        }, 50)
        let targets = try shipped(PostTypeFile.targetsFileName)
        XCTAssertGreaterThan(fuzz(try shipped(PostTypeFile.typesFileName), iterations: 800, seed: 16) {
            _ = try PostTypeFile.parse(types: $0, targets: targets)
        }, 50)
    }

    /// Through the store: a refused import changes nothing, an accepted one keeps the audit chain whole.
    func testMutatedHolidayImportsLeaveTheDatabaseUnchangedWhenRefused() throws {
        let database = try loadedDatabase()
        var mutator = Mutator(state: 21)
        let seed = try shipped(HolidayFile.fileName)
        var refused = 0
        for iteration in 0..<250 {
            let text = mutator.mutate(seed)
            let before = try dump(database)
            do {
                try database.importHolidays(text: text, replacingExisting: true)
            } catch is ValidationError {
                refused += 1
                XCTAssertEqual(try dump(database), before, "iteration \(iteration)")
            } catch {
                XCTFail("iteration \(iteration): \(type(of: error)) \(error)")
            }
        }
        XCTAssertGreaterThan(refused, 25)
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }
}
