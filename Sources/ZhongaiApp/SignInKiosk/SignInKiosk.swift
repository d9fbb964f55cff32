import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Opens the venue sign-in kiosk for one session of a programme, under the signed-in worker's session.
enum SignInKiosk {
    /// The kiosks running now: each lives until its worker leaves it with the password.
    private static var running: [SignInKioskWindow] = []

    static func open(application: Application, parent: Window, database: AppDatabase, session: Session,
                     programmeSessionID: String) {
        let kiosk: SignInKioskWindow
        do {
            let ledger = try database.signInLedger(sessionID: programmeSessionID, as: session)
            let info = ledger.sessionInfo
            // GRP-05: the feedback form is handed out at the last session, on its day (the store refuses it before).
            let sessions = try database.programme(id: info.programmeID, as: session).sessions
            let isLast = sessions.map(\.number).max() == info.sessionNumber && info.heldOn <= CalendarDate.today()
            var opened: SignInKioskWindow?
            kiosk = try SignInKioskWindow(application: application, ledger: ledger, exits: .init(
                leavePrompt: trf("Enter the password of %@ to leave the sign-in station.", session.workerCode),
                emergency: { window in EmergencyLauncher.present(parent: window, database: database, session: session) },
                exportBatch: nil,
                feedback: isLast ? { registrationID, scores, comments in
                    try database.recordFeedback(FeedbackDraft(registrationID: registrationID, scores: scores,
                                                              comments: comments, filledOn: CalendarDate.today()),
                                                in: info.programmeID, as: session)
                } : nil,
                closed: { running.removeAll { $0 === opened } }))
            opened = kiosk
        } catch {
            ConfirmDialog(parent: parent, title: tr("Cannot Open the Sign-in Station"), message: errorText(error),
                          confirmLabel: tr("_Close"), onConfirm: {}).present()
            return
        }
        running.append(kiosk)
        kiosk.present(hiding: application.windows)
    }
}
