import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The roll call of a programme (《小组点名表》, GRP-04) made from its sign-ins, with members who missed
    /// `group.roll_call_absence_flag` sessions in a row flagged. Needs `view` on the programme; logged.
    public func rollCall(programmeID: String, as session: Session, at now: Date = Date()) throws -> RollCall {
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            _ = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: .view)
            let rollCall = try AppDatabase.fetchRollCall(db, programmeID: programmeID, today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "roll call: \(rollCall.members.count) members, "
                                            + "\(rollCall.sessions.count) sessions")
            return rollCall
        }
    }

    /// Registrations, sign-ins and roll call of a programme for an export or a print (issue 5 item 7): personal
    /// data written out, so `export` (or `print`) on the programme is needed and logged, naming `detail` (the
    /// file or the document).
    public func signInRecords(programmeID: String, for action: AccessAction = .export, detail: String = "",
                              as session: Session, at now: Date = Date()) throws -> ProgrammeSignInRecords {
        guard [.export, .print].contains(action), let logged = AuditAction(recordAction: action) else {
            throw ValidationError(field: N_("Action"), N_("sign-in records are read to export or print them, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: action)
            let registrations = try Row.fetchAll(db, sql: """
                SELECT * FROM registration WHERE programmeID = ? ORDER BY recordedAt, rowid
                """, arguments: [programmeID]).map(AppDatabase.registration)
            var lines: [ProgrammeSignInRecords.SignInLine] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT id, number, heldOn FROM programmeSession WHERE programmeID = ? ORDER BY number
                """, arguments: [programmeID]) {
                let heldOn = try CalendarDate(parsing: row["heldOn"])
                lines += try AppDatabase.fetchSessionSignIns(db, sessionID: row["id"]).map {
                    ProgrammeSignInRecords.SignInLine(sessionNumber: row["number"], heldOn: heldOn, signIn: $0)
                }
            }
            let records = ProgrammeSignInRecords(
                programmeCode: programme.code, programmeTitle: programme.title, registrations: registrations,
                signIns: lines,
                rollCall: try AppDatabase.fetchRollCall(db, programmeID: programmeID, today: CalendarDate.today(now: now)))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref,
                                        detail: "sign-in records: \(registrations.count) registrations, "
                                            + "\(lines.count) sign-ins" + (detail.isEmpty ? "" : " to \(detail)"))
            return records
        }
    }

    /// The registrations as CSV for Excel (UTF-8 BOM, formula guard). Exported personal data: logged.
    public func registrationsCSV(programmeID: String, as session: Session, translate: (String) -> String = { $0 },
                                 detail: String = "", at now: Date = Date()) throws -> CSVDocument {
        try signInRecords(programmeID: programmeID, detail: detail, as: session, at: now)
            .registrationsTable(translate: translate).csv(translate: translate)
    }

    /// Every session's sign-ins as CSV for Excel. Exported personal data: logged.
    public func signInsCSV(programmeID: String, as session: Session, translate: (String) -> String = { $0 },
                           detail: String = "", at now: Date = Date()) throws -> CSVDocument {
        try signInRecords(programmeID: programmeID, detail: detail, as: session, at: now)
            .signInsTable(translate: translate).csv(translate: translate)
    }

    /// The roll call as CSV for Excel. Exported personal data: logged.
    public func rollCallCSV(programmeID: String, as session: Session, translate: (String) -> String = { $0 },
                            detail: String = "", at now: Date = Date()) throws -> CSVDocument {
        try signInRecords(programmeID: programmeID, detail: detail, as: session, at: now)
            .rollCallTable(translate: translate).csv(translate: translate)
    }

    /// Rule GRP-04, with the policy's number of absences in a row that flags a member.
    static func fetchRollCall(_ db: Database, programmeID: String, today: CalendarDate) throws -> RollCall {
        let sessions = try Row.fetchAll(db, sql: """
            SELECT id, number, heldOn FROM programmeSession WHERE programmeID = ? ORDER BY number
            """, arguments: [programmeID]).map { row in
            RollCallFacts.Session(id: row["id"], number: row["number"], heldOn: try CalendarDate(parsing: row["heldOn"]))
        }
        let members = try Row.fetchAll(db, sql: """
            SELECT id, name, phone, isWalkIn, registeredOn FROM registration WHERE programmeID = ?
            ORDER BY recordedAt, rowid
            """, arguments: [programmeID]).map { row in
            RollCallFacts.Member(registrationID: row["id"], name: row["name"], phone: row["phone"],
                                 isWalkIn: row["isWalkIn"], registeredOn: try CalendarDate(parsing: row["registeredOn"]))
        }
        let signIns = try Row.fetchAll(db, sql: """
            SELECT s.sessionID, s.registrationID FROM signIn s
            JOIN programmeSession ps ON ps.id = s.sessionID WHERE ps.programmeID = ?
            """, arguments: [programmeID]).map { (sessionID: $0["sessionID"] as String,
                                                 registrationID: $0["registrationID"] as String) }
        let flag = try Double.fetchOne(db, sql: "SELECT value FROM policy WHERE key = ?",
                                       arguments: [PolicyKey.rollCallAbsenceFlag.rawValue]) ?? 0
        return RollCall(programmeID: programmeID, facts: RollCallFacts(sessions: sessions, members: members,
                                                                      signIns: signIns),
                        today: today, absenceFlag: Int(flag))
    }
}
