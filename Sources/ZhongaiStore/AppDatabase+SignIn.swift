import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The station id of sign-ins taken by the office database's own kiosk.
    static let officeStationID = "office"

    /// The sign-in list of one session for the kiosk in the office (issue 5 item 2), as `session`'s worker. Needs
    /// `edit` on the session's programme (CONF-02; refused and logged otherwise); the opening is logged.
    public func signInLedger(sessionID: String, as session: Session, at now: Date = Date()) throws -> SignInLedger {
        let info = try accessTransaction(session, action: .edit, at: now) { db, context in
            let info = try AppDatabase.requireSessionInfo(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: info.programmeID)
            try context.authorize(db, .edit, ref)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "sign-in station opened for session \(info.sessionNumber)")
            return info
        }
        return OfficeSignInLedger(database: self, session: session, sessionInfo: info)
    }

    /// Signs a registered person in to a session (GRP-04) in one durable transaction; someone already signed in
    /// is told so and nothing is written. Needs `edit` on the programme; logged.
    public func recordSignIn(sessionID: String, registrationID: String, signature: SignatureStrokes? = nil,
                             as session: Session, at now: Date = Date()) throws -> SignInOutcome {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            let programmeID = try AppDatabase.requireProgrammeOfSession(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
            try context.authorize(db, .edit, ref)
            return try AppDatabase.insertSignIn(db, sessionID: sessionID, programmeID: programmeID,
                                                registrationID: registrationID, signature: signature,
                                                by: context.actor.workerCode, record: ref, at: now)
        }
    }

    /// Registers a walk-in (flagged, awaiting matching to a client) and signs them in to the session, in one
    /// transaction. Needs `edit` on the programme; logged.
    public func recordWalkIn(sessionID: String, name: String, phone: String, gender: ParticipantGender = .unstated,
                             ageGroup: AgeGroup = .unstated, signature: SignatureStrokes? = nil, as session: Session,
                             at now: Date = Date()) throws -> RosterEntry {
        let form = try WalkInForm.validated(name: name, phone: phone)
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            let programmeID = try AppDatabase.requireProgrammeOfSession(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
            try context.authorize(db, .edit, ref)
            let walkIn = StationWalkIn(registrationID: Crypto.newRecordID(), name: form.name, phone: form.phone,
                                       gender: gender, ageGroup: ageGroup, registeredAt: now)
            try AppDatabase.insertWalkIn(db, walkIn, programmeID: programmeID, by: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "walk-in registration \(walkIn.registrationID)")
            _ = try AppDatabase.insertSignIn(db, sessionID: sessionID, programmeID: programmeID,
                                             registrationID: walkIn.registrationID, signature: signature,
                                             by: context.actor.workerCode, record: ref, at: now)
            return RosterEntry(id: walkIn.registrationID, name: form.name, phone: form.phone, isWalkIn: true,
                               signedInAt: AppDatabase.signInTime(now))
        }
    }

    /// The roster of a session: everyone registered for its programme, with their sign-in to this session. Needs
    /// `view` on the programme; logged as one look.
    public func signInRoster(sessionID: String, as session: Session, at now: Date = Date()) throws -> [RosterEntry] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let programmeID = try AppDatabase.requireProgrammeOfSession(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
            try context.authorize(db, .view, ref)
            let roster = try AppDatabase.fetchRoster(db, sessionID: sessionID, programmeID: programmeID)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "sign-in roster of session \(sessionID): \(roster.count) shown")
            return roster
        }
    }

    /// The sign-ins of a session, oldest first. Needs `view` on the programme; logged as one look.
    public func sessionSignIns(sessionID: String, as session: Session, at now: Date = Date()) throws
        -> [SessionSignIn] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let programmeID = try AppDatabase.requireProgrammeOfSession(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
            try context.authorize(db, .view, ref)
            let signIns = try AppDatabase.fetchSessionSignIns(db, sessionID: sessionID)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "sign-ins of session \(sessionID): \(signIns.count) shown")
            return signIns
        }
    }

    // MARK: Shared by the kiosk, the CLI and the batch import

    /// Time as stored (milliseconds): what a reader gets back for `date`.
    static func signInTime(_ date: Date) -> Date {
        AuditTimestamp.parse(AuditTimestamp.format(date)) ?? date
    }

    static func requireProgrammeOfSession(_ db: Database, sessionID: String) throws -> String {
        let statement = try db.cachedStatement(sql: "SELECT programmeID FROM programmeSession WHERE id = ?")
        guard let id = try String.fetchOne(statement, arguments: [sessionID]) else {
            throw ValidationError(field: N_("Programme session"), N_("there is no session “%@”"), sessionID)
        }
        return id
    }

    static func requireSessionInfo(_ db: Database, sessionID: String) throws -> SignInSessionInfo {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT s.id, s.programmeID, s.number, s.heldOn, s.startTime, s.venue, p.code, p.title,
                   pr.holderCode, w.name AS holderName
            FROM programmeSession s
            JOIN programme p ON p.id = s.programmeID
            JOIN protectedRecord pr ON pr.id = p.id
            JOIN worker w ON w.code = pr.holderCode
            WHERE s.id = ?
            """, arguments: [sessionID]) else {
            throw ValidationError(field: N_("Programme session"), N_("there is no session “%@”"), sessionID)
        }
        return SignInSessionInfo(programmeID: row["programmeID"], programmeCode: row["code"],
                                 programmeTitle: row["title"], sessionID: row["id"], sessionNumber: row["number"],
                                 heldOn: try CalendarDate(parsing: row["heldOn"]), startTime: row["startTime"],
                                 venue: row["venue"], workerCode: row["holderCode"], workerName: row["holderName"])
    }

    static func fetchRoster(_ db: Database, sessionID: String, programmeID: String) throws -> [RosterEntry] {
        try Row.fetchAll(db, sql: """
            SELECT r.id, r.name, r.phone, r.isWalkIn, s.signedAt
            FROM registration r
            LEFT JOIN signIn s ON s.registrationID = r.id AND s.sessionID = ?
            WHERE r.programmeID = ?
            ORDER BY r.recordedAt, r.rowid
            """, arguments: [sessionID, programmeID]).map { row in
            RosterEntry(id: row["id"], name: row["name"], phone: row["phone"], isWalkIn: row["isWalkIn"],
                        signedInAt: (row["signedAt"] as String?).flatMap(AuditTimestamp.parse))
        }
    }

    static func fetchSessionSignIns(_ db: Database, sessionID: String) throws -> [SessionSignIn] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.registrationID, s.signedAt, s.signature, s.stationID, r.name, r.phone, r.isWalkIn
            FROM signIn s JOIN registration r ON r.id = s.registrationID
            WHERE s.sessionID = ?
            ORDER BY s.signedAt, s.rowid
            """, arguments: [sessionID]).map { row in
            SessionSignIn(id: row["id"], registrationID: row["registrationID"], name: row["name"],
                          phone: row["phone"], isWalkIn: row["isWalkIn"],
                          signedAt: AuditTimestamp.parse(row["signedAt"]) ?? Date(timeIntervalSince1970: 0),
                          signature: (row["signature"] as String?).flatMap { try? SignatureStrokes(jsonText: $0) },
                          stationID: row["stationID"])
        }
    }

    /// One sign-in, or the earlier one of the same person to the same session. Rule GRP-04.
    static func insertSignIn(_ db: Database, sessionID: String, programmeID: String, registrationID: String,
                             signature: SignatureStrokes?, by workerCode: String, record: ProtectedRecordRef,
                             at now: Date) throws -> SignInOutcome {
        // One statement for both checks: this is the kiosk's hot path.
        let found = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT programmeID FROM registration WHERE id = ?1) AS registered,
                   (SELECT signedAt FROM signIn WHERE sessionID = ?2 AND registrationID = ?1) AS earlier
            """), arguments: [registrationID, sessionID])
        guard let registered = found?["registered"] as String?, registered == programmeID else {
            throw ValidationError(field: N_("Participant"), N_("“%@” is not registered for this group or activity"),
                                  registrationID, rule: "GRP-04")
        }
        if let earlier = found?["earlier"] as String? {
            return .alreadySignedIn(at: AuditTimestamp.parse(earlier) ?? now)
        }
        let id = Crypto.newRecordID()
        let time = AuditTimestamp.format(now)
        try db.cachedStatement(sql: """
            INSERT INTO signIn (id, sessionID, registrationID, signedAt, signature, stationID, recordedBy, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, sessionID, registrationID, time, signature.map(\.jsonText), officeStationID,
                                     workerCode, time])
        try appendAudit(db, at: now, actor: workerCode, action: .edit, record: record,
                        detail: "sign-in \(id) of \(registrationID) to session \(sessionID)")
        return .recorded(signInID: id, at: signInTime(now))
    }

    /// A walk-in's registration: flagged, not matched to a client yet.
    static func insertWalkIn(_ db: Database, _ walkIn: StationWalkIn, programmeID: String, by workerCode: String,
                             at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO registration (id, programmeID, name, phone, gender, ageGroup, clientID, isWalkIn, matchedAt,
                                      registeredOn, recordedBy, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, NULL, 1, NULL, ?, ?, ?)
            """, arguments: [walkIn.registrationID, programmeID, walkIn.name, walkIn.phone, walkIn.gender.rawValue,
                             walkIn.ageGroup.rawValue, CalendarDate.today(now: walkIn.registeredAt).description,
                             workerCode, AuditTimestamp.format(now)])
    }
}
