import ZhongaiDomain
import ZhongaiGtk

/// One large result row of the kiosk: a button showing a person masked (王*明 ****1234, CONF-02: the next person in
/// the queue sees the screen) and whether they have signed in. The kiosk keeps a few and refills them per keystroke.
final class SignInKioskRow {
    let button: Button
    private let builder = Builder(resource: "sign-in-kiosk-row.ui")
    private let name, phone, state: Label
    private(set) var entry: RosterEntry?

    init(onTap: @escaping (RosterEntry) -> Void) {
        button = builder.get(Button.self, "row_button")
        name = builder.get(Label.self, "row_name_label")
        phone = builder.get(Label.self, "row_phone_label")
        state = builder.get(Label.self, "row_state_label")
        button.onClicked { [weak self] in
            if let entry = self?.entry { onTap(entry) }
        }
    }

    /// Shows `entry`, or hides the row.
    func show(_ entry: RosterEntry?) {
        self.entry = entry
        button.isVisible = entry != nil
        guard let entry else { return }
        name.text = entry.maskedName
        phone.text = entry.maskedPhone
        state.text = entry.signedInAt.map { trf("Signed in %@", SignInKioskClock.time($0)) } ?? ""
        button.setAccessibleLabel(trf("Sign in %@ %@", entry.maskedName, entry.maskedPhone))
    }
}
