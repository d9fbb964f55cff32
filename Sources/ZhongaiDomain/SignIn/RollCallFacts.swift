/// What a roll call is made from: the sessions, the registered members and the sign-ins (GRP-04).
public struct RollCallFacts: Sendable {
    public struct Session: Sendable {
        public var id: String
        public var number: Int
        public var heldOn: CalendarDate

        public init(id: String, number: Int, heldOn: CalendarDate) {
            self.id = id
            self.number = number
            self.heldOn = heldOn
        }
    }

    public struct Member: Sendable {
        public var registrationID: String
        public var name: String
        public var phone: String
        public var isWalkIn: Bool
        public var registeredOn: CalendarDate

        public init(registrationID: String, name: String, phone: String, isWalkIn: Bool,
                    registeredOn: CalendarDate) {
            self.registrationID = registrationID
            self.name = name
            self.phone = phone
            self.isWalkIn = isWalkIn
            self.registeredOn = registeredOn
        }
    }

    public var sessions: [Session]
    public var members: [Member]
    /// (session id, registration id) of every sign-in.
    public var signIns: [(sessionID: String, registrationID: String)]

    public init(sessions: [Session], members: [Member], signIns: [(sessionID: String, registrationID: String)]) {
        self.sessions = sessions
        self.members = members
        self.signIns = signIns
    }
}
