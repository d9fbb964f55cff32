import Foundation

/// Where the program finds its reference data, compiled GResource bundle and message catalogues.
/// `make` builds the latter two into build/; an installed copy keeps all three under one folder.
nonisolated public struct InstallLayout: Sendable {
    public let root: URL

    public var dataDirectory: URL { root.appendingPathComponent("data") }
    public var resourceBundle: URL { root.appendingPathComponent("build/zhongai.gresource") }
    public var localeDirectory: URL { root.appendingPathComponent("build/locale") }

    /// `ZHONGAI_HOME` if set, else the source tree this binary was built from.
    public static func locate() -> InstallLayout {
        if let home = ProcessInfo.processInfo.environment["ZHONGAI_HOME"], !home.isEmpty {
            return InstallLayout(root: URL(fileURLWithPath: home))
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ZhongaiApp
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
        return InstallLayout(root: sourceRoot)
    }
}
