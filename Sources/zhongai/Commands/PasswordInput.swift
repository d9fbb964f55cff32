import Foundation
import ZhongaiDomain

/// Where a password comes from: an environment variable (for scripts), else the terminal with echo off.
enum PasswordInput {
    /// The password of the worker who signs in (`--user`), and of the first administrator for `zhongai init`.
    static let variable = "ZHONGAI_PASSWORD"
    /// The new password of `account set-password` and `account reset`.
    static let newVariable = "ZHONGAI_NEW_PASSWORD"

    /// The value of `variable` when set and not empty; else the line typed after `prompt` on the terminal, typed
    /// twice when `repeatPrompt` is given. Refused when there is neither, and for two entries that differ.
    static func read(_ variable: String, prompt: @autoclosure () -> String, repeatPrompt: (() -> String)? = nil,
                     field: String = N_("Password")) throws -> String {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        guard let first = Terminal.readSecret(prompt: prompt()) else {
            throw ValidationError(field: field, N_("there is no terminal to ask on: set the environment variable %@"),
                                  variable)
        }
        guard !first.isEmpty else { throw ValidationError(field: field, N_("none was given")) }
        if let repeatPrompt {
            guard Terminal.readSecret(prompt: repeatPrompt()) == first else {
                throw ValidationError(field: field, N_("the two entries differ"))
            }
        }
        return first
    }
}
