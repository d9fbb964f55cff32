import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Opens the venue sign-in kiosk for one session of a programme, under the signed-in worker's session.
enum SignInKiosk {
    static func open(application: Application, parent: Window, database: AppDatabase, session: Session,
                     programmeSessionID: String) {
    }
}
