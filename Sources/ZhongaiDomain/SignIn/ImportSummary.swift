/// What importing a station's sign-in batch did: what it added, and what it already held (a batch imported
/// again adds nothing and says so).
public struct ImportSummary: Equatable, Sendable, Codable {
    public var batchID: String
    public var sessionID: String
    public var signInsAdded: Int
    /// Sign-ins already in the office database (the same UUID, or the same person already signed in there).
    public var signInsAlreadyPresent: Int
    public var walkInsAdded: Int
    public var walkInsAlreadyPresent: Int
    /// The whole batch had been imported before: nothing was added.
    public var wasImportedBefore: Bool

    public init(batchID: String, sessionID: String, signInsAdded: Int, signInsAlreadyPresent: Int, walkInsAdded: Int,
                walkInsAlreadyPresent: Int, wasImportedBefore: Bool) {
        self.batchID = batchID
        self.sessionID = sessionID
        self.signInsAdded = signInsAdded
        self.signInsAlreadyPresent = signInsAlreadyPresent
        self.walkInsAdded = walkInsAdded
        self.walkInsAlreadyPresent = walkInsAlreadyPresent
        self.wasImportedBefore = wasImportedBefore
    }
}
