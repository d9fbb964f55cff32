import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai-bench memory --db FILE`: opens the database as the program does, lists every case as 服务部 and
/// prints the peak resident set (getrusage maxrss, MB) and the resident set at the end (VmRSS, MB). The peak
/// includes the 64 MB Argon2id of the sign-in, whatever the database; the resident set at the end is what the
/// open database and the list hold. Run as a child process per figure, since the peak is per process.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory",
                                                    abstract: "Peak memory after opening the database and listing every case.")

    @Option var db: String
    @Option var password = GenerationOptions().password

    func run() throws {
        let database = try AppDatabase.open(path: db)
        if let code = try database.workers(includeInactive: false).first(where: { $0.role == .serviceDepartment })?.code {
            let session = try database.authenticate(workerCode: code, password: password)
            _ = try database.cases(matching: CaseFilter(), as: session, limit: nil)
        }
        print(String(format: "%.1f %.1f", Self.peakMegabytes(), Self.residentMegabytes()))
    }

    /// VmRSS of /proc/self/status.
    static func residentMegabytes() -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }

    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
