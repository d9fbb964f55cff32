import Foundation
import GRDB
import ZhongaiDomain

/// The sign-in station on an offline laptop (issue 5 item 3): a small SQLite file of its own, made from a station
/// bundle, that holds the session's roster and the sign-ins collected at the venue, each committed durably
/// (synchronous=FULL) before the kiosk confirms it. It knows nothing of the office's schema: what goes back is a
/// `SignInBatch`, written encrypted by `exportSignInBatch(to:passphrase:)`.
///
/// The file holds names and phones in clear, like the office database: the laptop's disk should be encrypted.
public struct StationDatabase: SignInLedger {
    let writer: DatabaseQueue
    public let sessionInfo: SignInSessionInfo
    public let bundleID: String
    public let officeID: String
    public let stationID: String
    let passphraseHash: String

    /// The station file beside `bundle` (`name.zhongai-station` → `name.station.sqlite`).
    public static func defaultPath(forBundle bundle: URL) -> String {
        bundle.deletingPathExtension().appendingPathExtension("station.sqlite").path
    }

    /// Opens the bundle with its passphrase and the station file at `path` (beside the bundle by default): made
    /// from the bundle the first time, reopened as it is afterwards (after a crash or a restart every committed
    /// sign-in is there). Refuses a wrong passphrase, a damaged bundle, and a station file of another bundle.
    public static func open(bundle: URL, passphrase: String, at path: String? = nil, now: Date = Date()) throws
        -> StationDatabase {
        let file = try readFile(bundle, field: N_("Station bundle"))
        let plain = try StationCipher.decrypt(file, kind: .bundle, passphrase: passphrase)
        let content = try StationBundle(decoding: plain)
        try requireUsableRoster(content.roster)
        let target = path ?? defaultPath(forBundle: bundle)
        let queue = try openQueue(path: target)
        let hash = try Crypto.hashPassword(passphrase)
        let info = try JSONEncoder().encode(content.session)
        try queue.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT bundleID FROM station") {
                guard existing == content.bundleID else {
                    throw ValidationError(field: N_("Station file"),
                                          N_("%@ belongs to another station bundle: give another path"), target)
                }
                return
            }
            try db.execute(sql: """
                INSERT INTO station (singleton, formatVersion, bundleID, officeID, stationID, session, passphraseHash,
                                     openedAt)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [content.formatVersion, content.bundleID, content.officeID, content.stationID,
                                 String(decoding: info, as: UTF8.self), hash, AuditTimestamp.format(now)])
            for (position, entry) in content.roster.enumerated() {
                try db.execute(sql: """
                    INSERT INTO rosterEntry (id, name, phone, isWalkIn, position, signedInAtOffice)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [entry.id, entry.name, entry.phone, entry.isWalkIn, position,
                                     entry.signedInAt.map(AuditTimestamp.format)])
            }
        }
        return try load(queue)
    }

    /// Reopens a station file made by `open(bundle:passphrase:at:)`, for recording (the passphrase is asked when
    /// the batch is written and when the kiosk is left).
    public static func open(path: String) throws -> StationDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError(field: N_("Station file"), N_("there is no station file at %@"), path)
        }
        return try load(try openQueue(path: path))
    }

    // MARK: SignInLedger

    public func roster() throws -> [RosterEntry] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.name, r.phone, r.isWalkIn, coalesce(s.signedAt, r.signedInAtOffice) AS signedAt
                FROM rosterEntry r LEFT JOIN stationSignIn s ON s.registrationID = r.id
                ORDER BY r.position
                """).map { row in
                RosterEntry(id: row["id"], name: row["name"], phone: row["phone"], isWalkIn: row["isWalkIn"],
                            signedInAt: (row["signedAt"] as String?).flatMap(AuditTimestamp.parse))
            }
        }
    }

    public func signIn(registrationID: String, signature: SignatureStrokes?, at: Date) throws -> SignInOutcome {
        try writer.write { db in
            try StationDatabase.insertSignIn(db, registrationID: registrationID, signature: signature, at: at)
        }
    }

    public func addWalkIn(name: String, phone: String, gender: ParticipantGender, ageGroup: AgeGroup,
                          signature: SignatureStrokes?, at: Date) throws -> RosterEntry {
        let form = try WalkInForm.validated(name: name, phone: phone)
        let id = Crypto.newRecordID()
        return try writer.write { db in
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM rosterEntry") ?? -1) + 1
            try db.execute(sql: """
                INSERT INTO rosterEntry (id, name, phone, isWalkIn, gender, ageGroup, registeredAt, position)
                VALUES (?, ?, ?, 1, ?, ?, ?, ?)
                """, arguments: [id, form.name, form.phone, gender.rawValue, ageGroup.rawValue,
                                 AuditTimestamp.format(at), position])
            _ = try StationDatabase.insertSignIn(db, registrationID: id, signature: signature, at: at)
            return RosterEntry(id: id, name: form.name, phone: form.phone, isWalkIn: true,
                               signedInAt: AppDatabase.signInTime(at))
        }
    }

    public func signIns() throws -> [SessionSignIn] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.registrationID, s.signedAt, s.signature, r.name, r.phone, r.isWalkIn
                FROM stationSignIn s JOIN rosterEntry r ON r.id = s.registrationID
                ORDER BY s.signedAt, s.rowid
                """).map { row in
                SessionSignIn(id: row["id"], registrationID: row["registrationID"], name: row["name"],
                              phone: row["phone"], isWalkIn: row["isWalkIn"],
                              signedAt: AuditTimestamp.parse(row["signedAt"]) ?? Date(timeIntervalSince1970: 0),
                              signature: (row["signature"] as String?).flatMap { try? SignatureStrokes(jsonText: $0) },
                              stationID: stationID)
            }
        }
    }

    /// The bundle's passphrase.
    public func verifyLeave(password: String) throws {
        guard Crypto.verifyPassword(password, hash: passphraseHash) else {
            throw ValidationError(field: N_("Passphrase"), N_("wrong passphrase: it is not the station bundle's"))
        }
    }

    // MARK: The batch

    /// Everything collected here, as a batch for the office: the walk-ins and the sign-ins with their own UUIDs,
    /// times and signatures. The same sign-ins give the same batch id, so a batch written twice is imported once.
    public func signInBatch(now: Date = Date()) throws -> SignInBatch {
        try writer.read { db in
            let walkIns = try Row.fetchAll(db, sql: """
                SELECT id, name, phone, gender, ageGroup, registeredAt FROM rosterEntry WHERE registeredAt IS NOT NULL
                ORDER BY position
                """).map { row in
                StationWalkIn(registrationID: row["id"], name: row["name"], phone: row["phone"],
                              gender: ParticipantGender(rawValue: row["gender"]) ?? .unstated,
                              ageGroup: AgeGroup(rawValue: row["ageGroup"]) ?? .unstated,
                              registeredAt: AuditTimestamp.parse(row["registeredAt"]) ?? now)
            }
            let signIns = try Row.fetchAll(db, sql: """
                SELECT id, registrationID, signedAt, signature FROM stationSignIn ORDER BY signedAt, rowid
                """).map { row in
                StationSignIn(id: row["id"], registrationID: row["registrationID"],
                              signedAt: AuditTimestamp.parse(row["signedAt"]) ?? now,
                              signature: (row["signature"] as String?).flatMap { try? SignatureStrokes(jsonText: $0) })
            }
            let batchID = Crypto.sha256Hex(bundleID + "|" + signIns.map(\.id).joined(separator: ","))
            return SignInBatch(batchID: StationDatabase.uuidText(fromHex: batchID), officeID: officeID,
                               stationID: stationID, sessionID: sessionInfo.sessionID, bundleID: bundleID,
                               exportedAt: now, walkIns: walkIns, signIns: signIns)
        }
    }

    /// Writes the batch to `url`, encrypted with the bundle's passphrase (checked first). Returns what it holds.
    @discardableResult
    public func exportSignInBatch(to url: URL, passphrase: String, now: Date = Date()) throws -> SignInBatch {
        try verifyLeave(password: passphrase)
        let batch = try signInBatch(now: now)
        let file = try StationCipher.encrypt(try batch.encoded(), kind: .batch, passphrase: passphrase)
        try StationDatabase.writeFile(file, to: url, field: N_("Sign-in batch"))
        return batch
    }

    // MARK: Files

    static func readFile(_ url: URL, field: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ValidationError(field: field, N_("cannot read %@"), url.path)
        }
    }

    /// Written whole and synced before it is renamed into place, readable by the owner only.
    static func writeFile(_ data: Data, to url: URL, field: String) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).part")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(field: field, N_("cannot write %@"), url.path)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ValidationError(field: field, N_("cannot write %@"), url.path)
        }
    }

    // MARK: Inside

    /// The office writes each registration once, with an id and a name: a bundle whose roster is otherwise was
    /// damaged or forged, and is refused with a message before the station file is written.
    private static func requireUsableRoster(_ roster: [RosterEntry]) throws {
        var ids = Set<String>()
        for entry in roster {
            guard !entry.id.isEmpty, ids.insert(entry.id).inserted,
                  !entry.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(field: N_("Station bundle"),
                                      N_("the bundle's roster is damaged: the entry “%@” (%@) is empty or repeated"),
                                      entry.name, entry.id)
            }
        }
    }

    private static func insertSignIn(_ db: Database, registrationID: String, signature: SignatureStrokes?,
                                     at: Date) throws -> SignInOutcome {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.signedInAtOffice, s.signedAt FROM rosterEntry r
            LEFT JOIN stationSignIn s ON s.registrationID = r.id WHERE r.id = ?
            """, arguments: [registrationID]) else {
            throw ValidationError(field: N_("Participant"), N_("“%@” is not on this session's roster"),
                                  registrationID, rule: "GRP-04")
        }
        if let earlier = (row["signedAt"] as String?) ?? (row["signedInAtOffice"] as String?) {
            return .alreadySignedIn(at: AuditTimestamp.parse(earlier) ?? at)
        }
        let id = Crypto.newRecordID()
        try db.execute(sql: """
            INSERT INTO stationSignIn (id, registrationID, signedAt, signature) VALUES (?, ?, ?, ?)
            """, arguments: [id, registrationID, AuditTimestamp.format(at), signature.map(\.jsonText)])
        return .recorded(signInID: id, at: AppDatabase.signInTime(at))
    }

    private static func load(_ queue: DatabaseQueue) throws -> StationDatabase {
        guard let row = try queue.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM station") }) else {
            throw ValidationError(field: N_("Station file"), N_("the station file holds no bundle"))
        }
        let info = try JSONDecoder().decode(SignInSessionInfo.self, from: Data((row["session"] as String).utf8))
        return StationDatabase(writer: queue, sessionInfo: info, bundleID: row["bundleID"], officeID: row["officeID"],
                               stationID: row["stationID"], passphraseHash: row["passphraseHash"])
    }

    private static func openQueue(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try migrator.migrate(queue)
        return queue
    }

    /// The station file's own schema, as literal SQL that never changes once shipped (as the office's).
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("station-v1") { db in
            try db.execute(sql: """
                CREATE TABLE station (
                    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
                    formatVersion INTEGER NOT NULL,
                    bundleID TEXT NOT NULL,
                    officeID TEXT NOT NULL,
                    stationID TEXT NOT NULL,
                    session TEXT NOT NULL CHECK (json_valid(session)),
                    passphraseHash TEXT NOT NULL,
                    openedAt TEXT NOT NULL
                );
                CREATE TRIGGER stationNeverChanged BEFORE UPDATE ON station
                    BEGIN SELECT RAISE(ABORT, 'a station file keeps its bundle'); END;
                CREATE TABLE rosterEntry (
                    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    phone TEXT NOT NULL DEFAULT '',
                    isWalkIn BOOLEAN NOT NULL DEFAULT 0,
                    -- A walk-in added here: the short form's answers and when (NULL for the bundle's roster).
                    gender TEXT CHECK (gender IN ('female', 'male', 'unstated')),
                    ageGroup TEXT CHECK (ageGroup IN ('child', 'youth', 'adult', 'senior', 'unstated')),
                    registeredAt TEXT,
                    position INTEGER NOT NULL,
                    -- Signed in at the office before the bundle was written.
                    signedInAtOffice TEXT
                );
                CREATE TRIGGER rosterEntryNeverDeleted BEFORE DELETE ON rosterEntry
                    BEGIN SELECT RAISE(ABORT, 'GRP-04: a walk-in is never deleted'); END;
                CREATE TABLE stationSignIn (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                    registrationID TEXT NOT NULL UNIQUE REFERENCES rosterEntry(id),
                    signedAt TEXT NOT NULL CHECK (length(signedAt) = 24),
                    signature TEXT CHECK (signature IS NULL OR json_valid(signature))
                );
                CREATE TRIGGER stationSignInNeverChanged BEFORE UPDATE ON stationSignIn
                    BEGIN SELECT RAISE(ABORT, 'GRP-04: a sign-in is never changed'); END;
                CREATE TRIGGER stationSignInNeverDeleted BEFORE DELETE ON stationSignIn
                    BEGIN SELECT RAISE(ABORT, 'GRP-04: a sign-in is never deleted'); END;
                """)
        }
        return migrator
    }

    /// A 64-digit hex digest as UUID-shaped text (its first 32 digits), for ids that must be 36 characters.
    static func uuidText(fromHex hex: String) -> String {
        let digits = Array(hex.prefix(32))
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return parts.joined(separator: "-")
    }
}
