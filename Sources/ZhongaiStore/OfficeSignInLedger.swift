import Foundation
import ZhongaiDomain

/// The office database's sign-in list of one session, under the signed-in worker who opened the kiosk. Each call
/// checks the worker's access again (a role changed meanwhile takes effect) and is logged.
struct OfficeSignInLedger: SignInLedger {
    let database: AppDatabase
    let session: Session
    let sessionInfo: SignInSessionInfo

    func roster() throws -> [RosterEntry] {
        try database.signInRoster(sessionID: sessionInfo.sessionID, as: session)
    }

    func signIn(registrationID: String, signature: SignatureStrokes?, at: Date) throws -> SignInOutcome {
        try database.recordSignIn(sessionID: sessionInfo.sessionID, registrationID: registrationID,
                                  signature: signature, as: session, at: at)
    }

    func addWalkIn(name: String, phone: String, gender: ParticipantGender, ageGroup: AgeGroup,
                   signature: SignatureStrokes?, at: Date) throws -> RosterEntry {
        try database.recordWalkIn(sessionID: sessionInfo.sessionID, name: name, phone: phone, gender: gender,
                                  ageGroup: ageGroup, signature: signature, as: session, at: at)
    }

    func signIns() throws -> [SessionSignIn] {
        try database.sessionSignIns(sessionID: sessionInfo.sessionID, as: session)
    }

    /// The worker's own account password, checked as the lock screen checks it (a wrong one counts toward the
    /// account's lock; `AuthenticationFailure` says how many tries are left).
    func verifyLeave(password: String) throws {
        _ = try database.authenticate(workerCode: session.workerCode, password: password)
    }
}
