import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Starts an emergency event or drill from anywhere: the main window's header button and the sign-in kiosk.
enum EmergencyLauncher {
    static func present(parent: Window, database: AppDatabase, session: Session) {
    }
}
