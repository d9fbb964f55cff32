import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Mutation fuzzing of the reference-data parsers (issue 9): the shipped files of data/ (holidays, policy, towns,
/// sectors, client categories, post types, emergency plans) and the typed work log, mutated thousands of times
/// from a fixed seed (so a failure can be replayed), never crash a parser, are either accepted or refused with a
/// ValidationError, and a refused holiday import through the store leaves the database as it was.
///
/// The station files (sign-in batches and bundles) are fuzzed in FuzzStationFileTests.
final class FuzzImportTests: StoreTestCase {
    private func shipped(_ name: String) throws -> String {
        try String(contentsOf: Self.dataDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `parse` on `iterations` mutations of `seed`; only ValidationError may be thrown. Returns how many were
    /// refused, so the test can see that the mutations do reach the checks.
    private func fuzz(_ seed: String, iterations: Int, seed number: UInt64,
                      _ parse: (String) throws -> Void) -> Int {
        var mutator = FuzzMutator(state: number)
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

    func testMutatedEmergencyPlanFilesAreAcceptedOrRefused() throws {
        let refused = fuzz(try shipped(EmergencyPlanFile.fileName), iterations: 800, seed: 17) {
            _ = try EmergencyPlanFile.parse($0)
        }
        XCTAssertGreaterThan(refused, 50)
    }

    /// The work log typed into a monthly report (CHK-01): a refusal names its line.
    func testCHK01_mutatedWorkLogsAreAcceptedOrRefusedNamingTheLine() throws {
        let log = """
            2026-04-01 家访王小明，了解居家安全
            2026-04-02\t小组第三节：情绪管理

            2026-04-30 整理个案档案 🙂
            """
        var mutator = FuzzMutator(state: 18)
        var refused = 0
        for iteration in 0..<2000 {
            do {
                _ = try WorkLogLine.parse(mutator.mutate(log))
            } catch let error as ValidationError {
                refused += 1
                XCTAssertNotNil(error.line, "iteration \(iteration): \(error)")
            } catch {
                XCTFail("iteration \(iteration): \(type(of: error)) \(error)")
            }
        }
        XCTAssertGreaterThan(refused, 200)
    }

    /// Through the store: a refused import changes nothing, an accepted one keeps the audit chain whole.
    func testMutatedHolidayImportsLeaveTheDatabaseUnchangedWhenRefused() throws {
        let database = try loadedDatabase()
        var mutator = FuzzMutator(state: 21)
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
