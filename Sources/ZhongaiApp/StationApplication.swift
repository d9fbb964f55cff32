import Foundation
import Glibc
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The sign-in station on an offline laptop (issue 5 item 3): the kiosk alone, over a station file made from a
/// bundle, with no workbench behind it. Leaving asks for the bundle's passphrase and then offers to write the
/// sign-in batch for the office before the program ends.
public final class StationApplication {
    private let application = Application(id: WorkbenchApplication.id + ".Station")
    private let bundle: URL
    private let stationPath: String?
    private let layout: InstallLayout
    private var station: StationDatabase?
    private var passphraseWindow: StationPassphraseWindow?
    private var kiosk: SignInKioskWindow?
    private var status: Int32 = 0

    /// `station` is the station file already opened (the passphrase came from a file); nil asks for the passphrase
    /// in a small window first.
    public init(bundle: URL, stationPath: String?, station: StationDatabase?, layout: InstallLayout) {
        self.bundle = bundle
        self.stationPath = stationPath
        self.station = station
        self.layout = layout
    }

    /// Runs until the station is closed; returns the process exit code.
    public func run() -> Int32 {
        // As the workbench: GTK 4.8's GL renderer clips CJK glyphs on the software GL of venue laptops.
        setenv("GSK_RENDERER", "cairo", 0)
        if let problem = ResourceBundle.register(path: layout.resourceBundle.path) {
            print(trf("Cannot load the interface files (%@). Build them with `make`.", problem))
            return 1
        }
        application.onActivate { [unowned self] in
            guard kiosk == nil, passphraseWindow == nil else { return }
            StyleSheet.load(resource: "style.css")
            if let station {
                showKiosk(station)
            } else {
                let window = StationPassphraseWindow(application: application, bundle: bundle, stationPath: stationPath) {
                    [unowned self] station in
                    self.station = station
                    showKiosk(station)
                    passphraseWindow?.window.destroy()
                    passphraseWindow = nil
                }
                passphraseWindow = window
                window.present()
            }
        }
        let exit = application.run()
        return exit != 0 ? exit : status
    }

    private func showKiosk(_ station: StationDatabase) {
        let info = station.sessionInfo
        do {
            let kiosk = try SignInKioskWindow(application: application, ledger: station, exits: .init(
                leavePrompt: tr("Enter the station's passphrase (the one the bundle was opened with) to leave the sign-in station."),
                emergency: nil,
                exportBatch: { folder, passphrase in
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    let name = trf("%@-session %@-sign-ins-%@", info.programmeCode, String(info.sessionNumber),
                                   StationApplication.stamp(Date())) + ".zhongai-batch"
                    let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                    try station.exportSignInBatch(to: url, passphrase: passphrase)
                    return url.path
                },
                feedback: nil,
                closed: { [unowned self] in application.quit() }))
            self.kiosk = kiosk
            kiosk.present(hiding: [])
        } catch {
            print(errorText(error))
            status = 1
            application.quit()
        }
    }

    /// "20261129-0931", so that batches written one after another sort in order.
    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }
}
