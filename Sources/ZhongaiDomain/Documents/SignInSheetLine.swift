/// One line of a filled sign-in sheet (签到表, GRP-04): who signed in at a session, when, whether a signature was
/// drawn at the station, and whether they came without registering (a walk-in awaiting matching to a client).
public struct SignInSheetLine: Equatable, Sendable {
    public var name: String
    /// The local time of the sign-in, "14:32".
    public var time: String
    public var hasSignature: Bool
    public var isWalkIn: Bool

    public init(name: String, time: String, hasSignature: Bool = false, isWalkIn: Bool = false) {
        self.name = name
        self.time = time
        self.hasSignature = hasSignature
        self.isWalkIn = isWalkIn
    }
}
