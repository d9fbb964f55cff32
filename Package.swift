// swift-tools-version: 6.2
import Foundation
import PackageDescription

// Dependencies point one way: C modules → ZhongaiGtk → ZhongaiApp; ZhongaiDomain ← ZhongaiStore ← ZhongaiApp.
// The domain imports Foundation only; only ZhongaiStore holds SQL; only ZhongaiGtk touches GObject pointers.
let uiSettings: [SwiftSetting] = [
    .defaultIsolation(MainActor.self),
    .swiftLanguageMode(.v5),
]

// Each view's .ui file sits beside its Swift file; make compiles them all into the GResource bundle (the manifest
// build/zhongai.gresource.xml is written from the same folders), so SwiftPM leaves them out.
let viewInterfaceFiles: [String] = {
    let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sources/ZhongaiApp")
    let files = FileManager.default.enumerator(atPath: views.path)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".ui") }.sorted()
}()

let package = Package(
    name: "zhongai",
    products: [
        .executable(name: "zhongai", targets: ["zhongai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CGtk", path: "Sources/CGtk", pkgConfig: "gtk4",
                       providers: [.apt(["libgtk-4-dev"])]),
        .systemLibrary(name: "CIntl", path: "Sources/CIntl"),
        .systemLibrary(name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium",
                       providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CXlsxWriter", path: "Sources/CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),

        .target(name: "ZhongaiGtk", dependencies: ["CGtk", "CIntl", "ZhongaiDomain"], swiftSettings: uiSettings),
        .target(name: "ZhongaiDomain"),
        .target(name: "ZhongaiStore", dependencies: [
            "ZhongaiDomain", "CSodium",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // .xlsx workbooks through libxlsxwriter: tables of the domain in, a file out.
        .target(name: "ZhongaiSpreadsheet", dependencies: ["CXlsxWriter", "ZhongaiDomain"]),
        .target(name: "ZhongaiApp", dependencies: ["ZhongaiGtk", "ZhongaiDomain", "ZhongaiStore", "ZhongaiSpreadsheet"],
                exclude: viewInterfaceFiles,
                swiftSettings: uiSettings),
        .executableTarget(name: "zhongai", dependencies: [
            "ZhongaiApp", "ZhongaiGtk", "ZhongaiStore", "ZhongaiDomain", "ZhongaiSpreadsheet",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Issue 9: the large-dataset generator's benchmarks, each beside its bare baseline (BENCHMARKS.md).
        .executableTarget(name: "zhongai-bench", dependencies: [
            "ZhongaiStore", "ZhongaiDomain", "ZhongaiGtk", "CGtk",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "ZhongaiDomainTests", dependencies: ["ZhongaiDomain"]),
        .testTarget(name: "ZhongaiStoreTests", dependencies: ["ZhongaiStore", "ZhongaiDomain"]),
        .testTarget(name: "ZhongaiSpreadsheetTests", dependencies: ["ZhongaiSpreadsheet", "ZhongaiDomain"]),
        .testTarget(name: "ZhongaiGtkTests", dependencies: ["ZhongaiGtk", "ZhongaiDomain", "CGtk"], swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
