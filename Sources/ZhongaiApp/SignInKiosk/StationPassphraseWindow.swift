import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Asks a station laptop's worker for the bundle's passphrase and opens the station file with it; a wrong
/// passphrase says so and asks again.
final class StationPassphraseWindow {
    let window: Window
    private let builder = Builder(resource: "station-passphrase-window.ui")
    private let entry: Entry
    private let error: Label

    init(application: Application, bundle: URL, stationPath: String?, onOpened: @escaping (StationDatabase) -> Void) {
        window = builder.get(Window.self, "station_passphrase_window")
        entry = builder.get(Entry.self, "passphrase_entry")
        error = builder.get(Label.self, "error_label")
        window.attach(to: application)
        builder.get(Label.self, "bundle_label").text = trf("Station bundle: %@", bundle.lastPathComponent)
        let open = builder.get(Button.self, "open_button")
        window.setDefaultWidget(open)
        let window = self.window
        builder.get(Button.self, "quit_button").onClicked { window.destroy() }
        open.onClicked { [weak self] in
            guard let self else { return }
            do {
                let station = try StationDatabase.open(bundle: bundle, passphrase: entry.text, at: stationPath)
                entry.text = ""
                onOpened(station)
            } catch {
                entry.text = ""
                self.error.text = errorText(error)
                self.error.isVisible = true
                window.focus(entry)
            }
        }
    }

    func present() {
        window.present()
        window.focus(entry)
    }
}
