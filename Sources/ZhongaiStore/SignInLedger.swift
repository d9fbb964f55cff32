import Foundation
import ZhongaiDomain

/// The sign-in list of one programme session, as the venue kiosk uses it (issue 5 item 2): the office database
/// under a signed-in worker (`AppDatabase.signInLedger(sessionID:as:)`), or a station database on an offline
/// laptop (`StationDatabase`). Every write is one durable transaction (synchronous=FULL) and returns only after
/// it is committed, so the kiosk confirms what is on disk.
public protocol SignInLedger: Sendable {
    /// The session served, for the kiosk's header.
    var sessionInfo: SignInSessionInfo { get }

    /// Everyone registered for the programme (walk-ins included), with their sign-in to this session if any.
    func roster() throws -> [RosterEntry]

    /// Signs a registered person in at `at`, with their drawn signature if any. Someone already signed in to the
    /// session is told so (`.alreadySignedIn`) and nothing is written. Rule GRP-04.
    func signIn(registrationID: String, signature: SignatureStrokes?, at: Date) throws -> SignInOutcome

    /// Registers someone who came without registering (flagged as a walk-in, awaiting matching to a client) and
    /// signs them in, in one transaction. Returns their roster entry, signed in.
    func addWalkIn(name: String, phone: String, gender: ParticipantGender, ageGroup: AgeGroup,
                   signature: SignatureStrokes?, at: Date) throws -> RosterEntry

    /// The session's sign-ins, in the order they were made.
    func signIns() throws -> [SessionSignIn]

    /// Checks the password that lets the worker leave the kiosk: the worker's account password in the office,
    /// the bundle's passphrase at a station. Throws (a message for the kiosk) when it is wrong.
    func verifyLeave(password: String) throws
}
