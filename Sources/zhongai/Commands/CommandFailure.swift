import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk

/// Turns a refusal into the one-line message the CLI prints before exiting non-zero.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: Error) {
        let text = MainActor.assumeIsolated { () -> String in
            switch error {
            case let failure as AuthenticationFailure: failure.localized(tr)
            case let denied as AccessDenied: denied.localized(tr)
            default: InterfaceLanguage.describe(error)
            }
        }
        // One line, whatever the message holds.
        description = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Runs `body`, reporting any refusal as a CommandFailure.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ExitCode { throw error } catch { throw CommandFailure(error) }
    }
}
