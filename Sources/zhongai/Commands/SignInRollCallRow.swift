import ZhongaiDomain

/// `signin rollcall --json`: the roll call (GRP-04) with dates as text.
struct SignInRollCallRow: Encodable {
    struct SessionRow: Encodable {
        let id: String
        let number: Int
        let heldOn: String
        let isHeld: Bool
        let attendance: Int
    }

    struct MemberRow: Encodable {
        let registrationID: String
        let name: String
        let isWalkIn: Bool
        let marks: [String]
        let attended: Int
        let counted: Int
        let attendanceRate: Double?
        let longestAbsenceRun: Int
        let flagged: Bool
    }

    let programmeID: String
    let absenceFlag: Int
    let sessions: [SessionRow]
    let members: [MemberRow]

    init(_ rollCall: RollCall) {
        programmeID = rollCall.programmeID
        absenceFlag = rollCall.absenceFlag
        sessions = rollCall.sessions.map {
            SessionRow(id: $0.id, number: $0.number, heldOn: $0.heldOn.description, isHeld: $0.isHeld,
                       attendance: $0.attendance)
        }
        members = rollCall.members.map {
            MemberRow(registrationID: $0.registrationID, name: $0.name, isWalkIn: $0.isWalkIn,
                      marks: $0.marks.map(\.rawValue), attended: $0.sessionsAttended, counted: $0.sessionsCounted,
                      attendanceRate: $0.attendanceRate, longestAbsenceRun: $0.longestAbsenceRun,
                      flagged: $0.isFlagged)
        }
    }
}
