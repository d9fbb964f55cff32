import ArgumentParser
import Foundation
import GRDB
import ZhongaiStore

/// `zhongai-bench soak --db FILE --iterations 200`: starts the writer, SIGKILLs it at a random moment, reopens
/// the database and checks `integrity_check`, the audit chain, and that every write the writer acknowledged is
/// there. Exits 1 at the first loss or damage.
struct SoakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "soak",
                                                    abstract: "Kill a writer at random moments; nothing acknowledged may be lost.")

    @Option(help: "A generated database (it grows by the records written).") var db: String
    @Option var iterations = 200
    @Option(help: "Longest time before the kill, in milliseconds.") var maxDelay = 1500
    @Option var seed: UInt64 = 1

    func run() throws {
        var random = SeededGenerator(seed: seed)
        var acknowledged = 0
        for iteration in 1...iterations {
            let acks = try killWriter(after: random.int(50...maxDelay))
            acknowledged += acks.count
            try check(acks, iteration: iteration)
        }
        print("soak ok: \(iterations) kills, \(acknowledged) acknowledged writes, none lost, integrity ok, audit chain intact")
    }

    /// The ids the writer acknowledged before it was killed: complete lines only.
    private func killWriter(after milliseconds: Int) throws -> [String] {
        let writer = try ChildProcess.start(CommandLine.arguments[0], ["write-loop", "--db", db], captureOutput: true)
        usleep(UInt32(milliseconds) * 1000)
        writer.kill()
        let text = String(decoding: writer.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .filter { $0.hasPrefix("ack ") }.map { String($0.dropFirst(4)) }
    }

    private func check(_ acks: [String], iteration: Int) throws {
        let queue = try DatabaseQueue(path: db)
        let (integrity, missing) = try queue.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             try acks.filter { try Bool.fetchOne(db, sql: "SELECT 1 FROM serviceRecord WHERE id = ?", arguments: [$0]) != true })
        }
        try queue.close()
        guard integrity == ["ok"] else { throw BenchFailure("iteration \(iteration): integrity_check: \(integrity)") }
        guard missing.isEmpty else { throw BenchFailure("iteration \(iteration): lost \(missing.count) acknowledged writes") }
        let audit = try AppDatabase.open(path: db).verifyAuditLog()
        guard audit.isIntact else { throw BenchFailure("iteration \(iteration): audit chain broken") }
        print("kill \(iteration): \(acks.count) acknowledged, all present")
    }
}
