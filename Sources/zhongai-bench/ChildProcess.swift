import Foundation

/// A child process started with Foundation's Process, killed with SIGKILL when asked.
final class ChildProcess {
    let process = Process()
    let output = Pipe()

    static func start(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                      captureOutput: Bool = false) throws -> ChildProcess {
        let child = ChildProcess()
        child.process.executableURL = URL(fileURLWithPath: path)
        child.process.arguments = arguments
        if let environment { child.process.environment = environment }
        child.process.standardOutput = captureOutput ? child.output : FileHandle.nullDevice
        child.process.standardError = FileHandle.nullDevice
        try child.process.run()
        return child
    }

    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    func kill() {
        if process.isRunning {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
