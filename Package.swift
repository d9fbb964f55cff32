// swift-tools-version: 6.2
import PackageDescription

// Dependencies point one way: C modules → ZhongaiGtk → ZhongaiApp; ZhongaiDomain ← ZhongaiStore ← ZhongaiApp.
// The domain imports Foundation only; only ZhongaiStore holds SQL; only ZhongaiGtk touches GObject pointers.
let uiSettings: [SwiftSetting] = [
    .defaultIsolation(MainActor.self),
    .swiftLanguageMode(.v5),
]

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

        .target(name: "ZhongaiGtk", dependencies: ["CGtk", "CIntl", "ZhongaiDomain"], swiftSettings: uiSettings),
        .target(name: "ZhongaiDomain"),
        .target(name: "ZhongaiStore", dependencies: [
            "ZhongaiDomain", "CSodium",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ZhongaiApp", dependencies: ["ZhongaiGtk", "ZhongaiDomain", "ZhongaiStore"],
                // Each view's .ui file sits beside its Swift file; make compiles them into the GResource bundle.
                exclude: ["MainWindow/main-window.ui", "Directory/directory-view.ui", "WorkerEditor/worker-editor.ui",
                          "TownEditor/town-editor.ui", "ServicePointEditor/service-point-editor.ui",
                          "ConfirmDialog/confirm-dialog.ui",
                          "ReferenceData/reference-data-view.ui", "PolicyValueEditor/policy-value-editor.ui",
                          "Login/login-window.ui", "AuditLog/audit-log-view.ui",
                          "PasswordDialog/password-dialog.ui", "Consents/consents-view.ui",
                          "ConsentEditor/consent-editor.ui", "ConsentWithdrawal/withdraw-consent-dialog.ui",
                          "ClientEditor/client-editor.ui", "IntakeEditor/intake-editor.ui", "CaseWindow/case-window.ui",
                          "Cases/cases-view.ui", "Due/due-view.ui", "ServiceRecordEditor/service-record-editor.ui",
                          "ApprovalRequestDialog/approval-request-dialog.ui",
                          "ApprovalDecisionDialog/approval-decision-dialog.ui", "TransferDialog/transfer-dialog.ui",
                          "ClientPicker/client-picker.ui", "Consultations/consultations-view.ui",
                          "ConsultationEditor/consultation-editor.ui",
                          "ConsultationContactEditor/consultation-contact-editor.ui", "VisitEditor/visit-editor.ui"],
                swiftSettings: uiSettings),
        .executableTarget(name: "zhongai", dependencies: [
            "ZhongaiApp", "ZhongaiGtk", "ZhongaiStore", "ZhongaiDomain",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "ZhongaiDomainTests", dependencies: ["ZhongaiDomain"]),
        .testTarget(name: "ZhongaiStoreTests", dependencies: ["ZhongaiStore", "ZhongaiDomain"]),
        .testTarget(name: "ZhongaiGtkTests", dependencies: ["ZhongaiGtk", "ZhongaiDomain", "CGtk"], swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
