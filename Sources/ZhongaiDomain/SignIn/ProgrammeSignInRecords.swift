import Foundation

/// Everything a programme's sign-in exports show (issue 5 item 7): its registrations (《报名表》), the sign-ins of
/// every session (《签到表》) and the roll call (《点名表》, GRP-04), as tables for CSV and .xlsx.
public struct ProgrammeSignInRecords: Sendable {
    public struct SignInLine: Sendable {
        public var sessionNumber: Int
        public var heldOn: CalendarDate
        public var signIn: SessionSignIn

        public init(sessionNumber: Int, heldOn: CalendarDate, signIn: SessionSignIn) {
            self.sessionNumber = sessionNumber
            self.heldOn = heldOn
            self.signIn = signIn
        }
    }

    public var programmeCode: String
    public var programmeTitle: String
    public var registrations: [Registration]
    public var signIns: [SignInLine]
    public var rollCall: RollCall

    public init(programmeCode: String, programmeTitle: String, registrations: [Registration], signIns: [SignInLine],
                rollCall: RollCall) {
        self.programmeCode = programmeCode
        self.programmeTitle = programmeTitle
        self.registrations = registrations
        self.signIns = signIns
        self.rollCall = rollCall
    }

    /// Yes/no cells, as msgids translated by the writer.
    private func yes(_ flag: Bool, _ translate: (String) -> String) -> String {
        flag ? translate(N_("Yes")) : ""
    }

    public func registrationsTable(translate: (String) -> String = { $0 }) -> SignInTable {
        SignInTable(name: N_("Registrations"), title: "\(programmeCode) \(programmeTitle)",
                    columns: [N_("Name"), N_("Phone"), N_("Gender"), N_("Age group"), N_("Registered on"),
                              N_("Walk-in"), N_("Matched to a client")],
                    rows: registrations.map { r in
                        [r.name, r.phone, translate(r.gender.title), translate(r.ageGroup.title),
                         r.registeredOn.description, yes(r.isWalkIn, translate), yes(r.clientID != nil, translate)]
                    })
    }

    public func signInsTable(translate: (String) -> String = { $0 }) -> SignInTable {
        SignInTable(name: N_("Sign-ins"), title: "\(programmeCode) \(programmeTitle)",
                    columns: [N_("Session"), N_("Date"), N_("Name"), N_("Phone"), N_("Signed in at"), N_("Walk-in"),
                              N_("Signature"), N_("Station")],
                    rows: signIns.map { line in
                        let s = line.signIn
                        return [String(line.sessionNumber), line.heldOn.description, s.name, s.phone,
                                ChinaClock.dateTime(s.signedAt), yes(s.isWalkIn, translate),
                                yes(s.signature != nil, translate), s.stationID]
                    })
    }

    /// Rule GRP-04: one row per member, a column per session (✓ present, ✗ absent), attendance and the flag.
    public func rollCallTable(translate: (String) -> String = { $0 }) -> SignInTable {
        let sessionColumns = rollCall.sessions.map { "\($0.number) \($0.heldOn)" }
        var rows = rollCall.members.map { member -> [String] in
            let rate = member.attendanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? ""
            return [member.name, yes(member.isWalkIn, translate)] + member.marks.map(\.sign)
                + ["\(member.sessionsAttended)/\(member.sessionsCounted)", rate,
                   member.isFlagged ? String(member.longestAbsenceRun) : ""]
        }
        rows.append([translate(N_("Present")), ""] + rollCall.sessions.map { String($0.attendance) } + ["", "", ""])
        return SignInTable(name: N_("Roll call"), title: "\(programmeCode) \(programmeTitle)",
                           columns: [N_("Name"), N_("Walk-in")] + sessionColumns
                               + [N_("Attended"), N_("Attendance rate"), N_("Absences in a row")],
                           rows: rows)
    }
}
