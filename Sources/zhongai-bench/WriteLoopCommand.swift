import ArgumentParser
import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// `zhongai-bench write-loop --db FILE`: the crash soak's writer. Signs in as the holder of an open case and adds
/// service records through the store, one transaction each, printing `ack ID` only after each has committed,
/// until killed.
struct WriteLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "write-loop",
                                                    abstract: "Add service records until killed, acknowledging each commit.")

    @Option var db: String
    @Option var password = GenerationOptions().password
    @Option(help: "Stop after this many (default: never).") var count = Int.max

    func run() throws {
        let people = try DatabaseQueue(path: db).read { try BenchPeople($0) }
        let database = try AppDatabase.open(path: db)
        let session = try database.authenticate(workerCode: people.caseHolder, password: password)
        var written = 0
        while written < count {
            let record = try database.addServiceRecord(
                ServiceRecordDraft(caseID: people.openCaseID, servedOn: CalendarDate.today(now: Date()),
                                   durationMinutes: 30, place: "社工站面谈室", method: .interview,
                                   content: "断电测试：第\(written + 1)次写入。"),
                as: session)
            // Written unbuffered, after the commit: what the soak reads is exactly what was acknowledged.
            FileHandle.standardOutput.write(Data("ack \(record.id)\n".utf8))
            written += 1
        }
    }
}
