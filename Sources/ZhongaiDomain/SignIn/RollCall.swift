/// The roll call of a group or activity (《小组点名表》, GRP-04), made from the sign-ins: per member a mark for
/// each session, the attendance rate, and a flag on whoever missed `absenceFlag` held sessions in a row (policy
/// `group.roll_call_absence_flag`).
///
/// A session counts once its day has come (`today`). A member is not marked absent from a session held before
/// they registered (a walk-in who joined at the third session). A sign-in attends, whichever station took it.
public struct RollCall: Hashable, Sendable, Codable {
    public var programmeID: String
    public var sessions: [RollCallSession]
    public var members: [RollCallMember]
    public var absenceFlag: Int

    public init(programmeID: String, sessions: [RollCallSession], members: [RollCallMember], absenceFlag: Int) {
        self.programmeID = programmeID
        self.sessions = sessions
        self.members = members
        self.absenceFlag = absenceFlag
    }

    /// Rule GRP-04.
    public init(programmeID: String, facts: RollCallFacts, today: CalendarDate, absenceFlag: Int) {
        let ordered = facts.sessions.sorted { $0.number < $1.number }
        var attended: Set<String> = []
        var attendance: [String: Int] = [:]
        for signIn in facts.signIns where attended.insert(signIn.sessionID + "|" + signIn.registrationID).inserted {
            attendance[signIn.sessionID, default: 0] += 1
        }
        self.programmeID = programmeID
        self.absenceFlag = absenceFlag
        sessions = ordered.map {
            RollCallSession(id: $0.id, number: $0.number, heldOn: $0.heldOn, isHeld: $0.heldOn <= today,
                            attendance: attendance[$0.id] ?? 0)
        }
        members = facts.members.map { member in
            let marks: [RollCallMark] = ordered.map { session in
                if attended.contains(session.id + "|" + member.registrationID) { return .present }
                if session.heldOn > today || session.heldOn < member.registeredOn { return .notCounted }
                return .absent
            }
            var longest = 0, run = 0
            for mark in marks where mark != .notCounted {
                run = mark == .absent ? run + 1 : 0
                longest = max(longest, run)
            }
            return RollCallMember(registrationID: member.registrationID, name: member.name, phone: member.phone,
                                  isWalkIn: member.isWalkIn, marks: marks, longestAbsenceRun: longest,
                                  currentAbsenceRun: run, isFlagged: absenceFlag > 0 && longest >= absenceFlag)
        }
    }

    public var flaggedMembers: [RollCallMember] { members.filter(\.isFlagged) }
}
