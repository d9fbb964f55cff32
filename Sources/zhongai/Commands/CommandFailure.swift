import ArgumentParser
import ZhongaiApp

/// Turns a refusal into the one-line message the CLI prints before exiting non-zero.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: Error) {
        description = MainActor.assumeIsolated { InterfaceLanguage.describe(error) }
    }

    /// Runs `body`, reporting any refusal as a CommandFailure.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ExitCode { throw error } catch { throw CommandFailure(error) }
    }
}
