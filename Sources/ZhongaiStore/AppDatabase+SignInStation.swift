import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// This office database's identity, carried by its station bundles and checked on their batches.
    public func signInOfficeID() throws -> String {
        try writer.read { db in try AppDatabase.officeID(db) }
    }

    static func officeID(_ db: Database) throws -> String {
        // Made by the migration, never deleted.
        try String.fetchOne(db, sql: "SELECT id FROM signInOffice")!
    }

    /// Writes the station bundle of one session to `url` (issue 5 item 3): the session, the roster (names and
    /// phones in full: the file is encrypted with `passphrase` and authenticated), the worker in charge and a new
    /// station id. It exports personal data: needs `export` on the programme (CONF-02), logged.
    @discardableResult
    public func exportStationBundle(sessionID: String, passphrase: String, to url: URL, as session: Session,
                                    at now: Date = Date()) throws -> StationBundle {
        try StationCipher.requireUsablePassphrase(passphrase)
        let bundle = try accessTransaction(session, action: .export, at: now) { db, context in
            let info = try AppDatabase.requireSessionInfo(db, sessionID: sessionID)
            let ref = ProtectedRecordRef(kind: .programme, id: info.programmeID)
            try context.authorize(db, .export, ref)
            let roster = try AppDatabase.fetchRoster(db, sessionID: sessionID, programmeID: info.programmeID)
            let bundle = StationBundle(bundleID: Crypto.newRecordID(), officeID: try AppDatabase.officeID(db),
                                       stationID: Crypto.newRecordID(), createdAt: now, session: info, roster: roster)
            try db.execute(sql: """
                INSERT INTO stationBundle (id, sessionID, stationID, exportedBy, exportedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [bundle.bundleID, sessionID, bundle.stationID, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .export, record: ref,
                                        detail: "station bundle \(bundle.bundleID) of session \(info.sessionNumber): "
                                            + "\(roster.count) people to \(url.lastPathComponent)")
            return bundle
        }
        let file = try StationCipher.encrypt(try bundle.encoded(), kind: .bundle, passphrase: passphrase)
        try StationDatabase.writeFile(file, to: url, field: N_("Station bundle"))
        return bundle
    }

    /// Imports a station's sign-in batch (issue 5 item 3) in ONE transaction, as the signed-in worker (`edit` on
    /// the programme; logged). Idempotent: sign-ins and walk-ins are inserted by their UUIDs with ON CONFLICT DO
    /// NOTHING, so a batch imported again adds nothing and says so. Each sign-in keeps its own time; walk-ins
    /// become registrations flagged `isWalkIn`, awaiting matching. Refused with a message and no change: a file
    /// that is not a batch, damaged, changed, cut short or of a newer version; a wrong passphrase; a batch of
    /// another office database (another centre) or of a bundle not written here; a batch of another session than
    /// `expectedSessionID`; a sign-in of someone not registered for the programme.
    public func importSignInBatch(from url: URL, passphrase: String, expectedSessionID: String? = nil,
                                  as session: Session, at now: Date = Date()) throws -> ImportSummary {
        let file = try StationDatabase.readFile(url, field: N_("Sign-in batch"))
        let batch = try SignInBatch(decoding: StationCipher.decrypt(file, kind: .batch, passphrase: passphrase))
        try AppDatabase.requireBatchID(batch.batchID, field: N_("Sign-in batch"))
        try AppDatabase.requireEachOnce(batch)
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            guard batch.officeID == (try AppDatabase.officeID(db)) else {
                throw ValidationError(field: N_("Sign-in batch"),
                                      N_("the batch answers a bundle of another office database (another centre or copy): it is not imported here"))
            }
            guard let bundle = try Row.fetchOne(db, sql: "SELECT * FROM stationBundle WHERE id = ?",
                                                arguments: [batch.bundleID]),
                  bundle["sessionID"] == batch.sessionID, bundle["stationID"] == batch.stationID else {
                throw ValidationError(field: N_("Sign-in batch"),
                                      N_("the batch does not answer a station bundle written from this database"))
            }
            if let expectedSessionID, expectedSessionID != batch.sessionID {
                throw ValidationError(field: N_("Programme session"),
                                      N_("the batch holds the sign-ins of another session (%@), not of %@"),
                                      batch.sessionID, expectedSessionID, rule: "GRP-04")
            }
            let info = try AppDatabase.requireSessionInfo(db, sessionID: batch.sessionID)
            let programmeID = info.programmeID
            let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
            try context.authorize(db, .edit, ref)
            try AppDatabase.requireTimesOfStation(batch, bundleWrittenAt: AuditTimestamp.parse(bundle["exportedAt"]),
                                                  heldOn: info.heldOn)
            let me = context.actor.workerCode
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM importedBatch WHERE id = ?", arguments: [batch.batchID])
                == true {
                try AppDatabase.appendAudit(db, at: now, actor: me, action: .edit, record: ref,
                                            detail: "sign-in batch \(batch.batchID) imported before: nothing added")
                return ImportSummary(batchID: batch.batchID, sessionID: batch.sessionID, signInsAdded: 0,
                                     signInsAlreadyPresent: batch.signIns.count, walkInsAdded: 0,
                                     walkInsAlreadyPresent: batch.walkIns.count, wasImportedBefore: true)
            }
            let stationWorker: String = bundle["exportedBy"]
            var walkInsAdded = 0
            for walkIn in batch.walkIns {
                try AppDatabase.requireBatchID(walkIn.registrationID, field: N_("Walk-ins"))
                let form = try WalkInForm.validated(name: walkIn.name, phone: walkIn.phone)
                if let row = try Row.fetchOne(db, sql: "SELECT programmeID, isWalkIn FROM registration WHERE id = ?",
                                              arguments: [walkIn.registrationID]) {
                    guard row["programmeID"] == programmeID, row["isWalkIn"] == true else {
                        throw ValidationError(field: N_("Walk-ins"),
                                              N_("the batch's walk-in %@ clashes with another registration"),
                                              walkIn.registrationID)
                    }
                    continue
                }
                var valid = walkIn
                valid.name = form.name
                valid.phone = form.phone
                try AppDatabase.insertWalkIn(db, valid, programmeID: programmeID, by: stationWorker,
                                             at: walkIn.registeredAt)
                walkInsAdded += 1
            }
            var signInsAdded = 0
            for signIn in batch.signIns {
                try AppDatabase.requireBatchID(signIn.id, field: N_("Sign-ins"))
                guard try String.fetchOne(db, sql: "SELECT programmeID FROM registration WHERE id = ?",
                                          arguments: [signIn.registrationID]) == programmeID else {
                    throw ValidationError(field: N_("Sign-ins"),
                                          N_("the batch signs in %@, who is not registered for this group or activity"),
                                          signIn.registrationID, rule: "GRP-04")
                }
                try db.execute(sql: """
                    INSERT INTO signIn (id, sessionID, registrationID, signedAt, signature, stationID, batchID,
                                        recordedBy, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, arguments: [signIn.id, batch.sessionID, signIn.registrationID,
                                     AuditTimestamp.format(signIn.signedAt), signIn.signature.map(\.jsonText),
                                     batch.stationID, batch.batchID, stationWorker, AuditTimestamp.format(now)])
                signInsAdded += db.changesCount
            }
            let summary = ImportSummary(batchID: batch.batchID, sessionID: batch.sessionID,
                                        signInsAdded: signInsAdded,
                                        signInsAlreadyPresent: batch.signIns.count - signInsAdded,
                                        walkInsAdded: walkInsAdded,
                                        walkInsAlreadyPresent: batch.walkIns.count - walkInsAdded,
                                        wasImportedBefore: false)
            try db.execute(sql: """
                INSERT INTO importedBatch (id, bundleID, stationID, sessionID, importedAt, importedBy, signInsAdded,
                                           signInsAlreadyPresent, walkInsAdded, walkInsAlreadyPresent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [batch.batchID, batch.bundleID, batch.stationID, batch.sessionID,
                                 AuditTimestamp.format(now), me, summary.signInsAdded, summary.signInsAlreadyPresent,
                                 summary.walkInsAdded, summary.walkInsAlreadyPresent])
            try AppDatabase.appendAudit(db, at: now, actor: me, action: .edit, record: ref,
                                        detail: "sign-in batch \(batch.batchID) imported: \(signInsAdded) sign-ins "
                                            + "and \(walkInsAdded) walk-ins added, "
                                            + "\(summary.signInsAlreadyPresent) sign-ins already present")
            return summary
        }
    }

    private static func requireBatchID(_ id: String, field: String) throws {
        guard id.count == 36, id.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw ValidationError(field: field, N_("“%@” is not a UUID"), id)
        }
    }

    /// A station records one sign-in per person and one registration per walk-in (its file's UNIQUE keys): a batch
    /// that repeats one was not written by a station, and is refused rather than half-imported. A signature is the
    /// size of the pad it was drawn on.
    private static func requireEachOnce(_ batch: SignInBatch) throws {
        var walkIns = Set<String>(), signIns = Set<String>(), people = Set<String>()
        for walkIn in batch.walkIns where !walkIns.insert(walkIn.registrationID).inserted {
            throw ValidationError(field: N_("Walk-ins"), N_("the batch holds the walk-in %@ twice"),
                                  walkIn.registrationID)
        }
        for signIn in batch.signIns {
            guard signIns.insert(signIn.id).inserted, people.insert(signIn.registrationID).inserted else {
                throw ValidationError(field: N_("Sign-ins"), N_("the batch signs in %@ twice"),
                                      signIn.registrationID, rule: "GRP-04")
            }
            if let pad = signIn.signature, !((1...10_000).contains(pad.width) && (1...10_000).contains(pad.height)) {
                throw ValidationError(field: N_("Signature"), N_("the signature of sign-in %@ is damaged"), signIn.id)
            }
        }
    }

    /// Rule GRP-04: a station takes its sign-ins between the writing of its bundle (it has no roster before) and
    /// the end of the session's day; a day's leeway either side allows for a laptop whose clock or time zone is
    /// off. A time outside is a damaged or forged batch, refused with the sign-in. Compared as instants: turning a
    /// hostile time into a calendar date (year 9999 in UTC is 10000 in China) trapped the walk-in's import.
    private static func requireTimesOfStation(_ batch: SignInBatch, bundleWrittenAt: Date?, heldOn: CalendarDate)
        throws {
        // The session's day ends at 24:00 China time (UTC+8, no daylight saving).
        let dayEnd = Date(timeIntervalSince1970: TimeInterval(heldOn.dayNumber + 1) * 86_400 - 8 * 3_600)
        let earliest = (bundleWrittenAt ?? .distantPast).addingTimeInterval(-86_400)
        let allowed = earliest..<max(earliest, dayEnd.addingTimeInterval(86_400))
        for walkIn in batch.walkIns where !allowed.contains(walkIn.registeredAt) {
            throw ValidationError(field: N_("Walk-ins"),
                                  N_("the walk-in %@ was registered at %@, outside the station's time (from its bundle to the session's day %@)"),
                                  walkIn.registrationID, ChinaClock.dateTime(walkIn.registeredAt),
                                  heldOn.description, rule: "GRP-04")
        }
        for signIn in batch.signIns where !allowed.contains(signIn.signedAt) {
            throw ValidationError(field: N_("Sign-ins"),
                                  N_("the sign-in %@ was made at %@, outside the station's time (from its bundle to the session's day %@)"),
                                  signIn.id, ChinaClock.dateTime(signIn.signedAt), heldOn.description,
                                  rule: "GRP-04")
        }
    }

    // MARK: Walk-ins awaiting matching

    /// The walk-ins of the programmes the signed-in worker may view that wait to be matched to a client or
    /// confirmed as new, oldest first. Logged as one look.
    public func walkInsAwaitingMatch(as session: Session, at now: Date = Date()) throws -> [WalkInAwaitingMatch] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view, alias: "pr")
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.programmeID, p.code, p.title, r.name, r.phone, r.gender, r.ageGroup, r.registeredOn
                FROM registration r
                JOIN programme p ON p.id = r.programmeID
                JOIN protectedRecord pr ON pr.id = p.id
                WHERE r.isWalkIn AND r.matchedAt IS NULL AND \(visible.sql)
                ORDER BY r.recordedAt, r.rowid
                """, arguments: visible.arguments)
            let waiting = try rows.map { row in
                WalkInAwaitingMatch(id: row["id"], programmeID: row["programmeID"], programmeCode: row["code"],
                                    programmeTitle: row["title"], name: row["name"], phone: row["phone"],
                                    gender: ParticipantGender(rawValue: row["gender"]) ?? .unstated,
                                    ageGroup: AgeGroup(rawValue: row["ageGroup"]) ?? .unstated,
                                    registeredOn: try CalendarDate(parsing: row["registeredOn"]))
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "walk-ins awaiting match: \(waiting.count) shown")
            return waiting
        }
    }

    /// Matches a walk-in to a known client (the worker must be allowed to view the client). Once; logged.
    public func matchWalkIn(registrationID: String, clientID: String, as session: Session, at now: Date = Date())
        throws {
        try settleWalkIn(registrationID: registrationID, clientID: clientID, as: session, at: now)
    }

    /// Confirms a walk-in as someone not yet known as a client: matched to nobody. Once; logged.
    public func confirmWalkInAsNew(registrationID: String, as session: Session, at now: Date = Date()) throws {
        try settleWalkIn(registrationID: registrationID, clientID: nil, as: session, at: now)
    }

    private func settleWalkIn(registrationID: String, clientID: String?, as session: Session, at now: Date) throws {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT programmeID, isWalkIn, matchedAt FROM registration WHERE id = ?
                """, arguments: [registrationID]), row["isWalkIn"] == true else {
                throw ValidationError(field: N_("Walk-in"), N_("there is no walk-in registration “%@”"),
                                      registrationID)
            }
            let ref = ProtectedRecordRef(kind: .programme, id: row["programmeID"])
            try context.authorize(db, .edit, ref)
            guard (row["matchedAt"] as String?) == nil else {
                throw ValidationError(field: N_("Walk-in"), N_("this walk-in was matched already"), rule: "GRP-03")
            }
            if let clientID {
                try context.authorize(db, .view, ProtectedRecordRef(kind: .client, id: clientID))
            }
            try db.execute(sql: "UPDATE registration SET clientID = ?, matchedAt = ? WHERE id = ?",
                           arguments: [clientID, AuditTimestamp.format(now), registrationID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "walk-in \(registrationID) "
                                            + (clientID.map { "matched to client \($0)" } ?? "confirmed as new"))
        }
    }
}
