import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Enters a client (服务对象; INTAKE-01) as a protected record held by `draft.holderCode` (the worker who enters
    /// it by default), at the holder's service point. Needs `create` on that ownership; logged.
    ///
    /// Refuses what `ClientDraft.validated` refuses, an unknown category (INTAKE-01), an unknown or inactive holder,
    /// and a person already on file: `PossibleDuplicateClients` lists the clients the session may see with the same
    /// ID number or the same name and phone. `allowingDuplicates` enters the client anyway when only name and phone
    /// match (relatives share phones, names repeat); an ID number is one person's, so a match on it always refuses,
    /// and a match on a record the session may not see refuses without showing it (`ValidationError`).
    @discardableResult
    public func addClient(_ draft: ClientDraft, as session: Session, allowingDuplicates: Bool = false,
                          at now: Date = Date()) throws -> Client {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let holder = try AppDatabase.requireActiveHolder(db, code: valid.holderCode ?? context.actor.workerCode)
            let ownership = RecordOwnership(holderCode: holder.code, servicePointID: holder.servicePointID)
            try context.authorize(.create, nil, ownership: ownership)
            try AppDatabase.requireClientCategory(db, code: valid.categoryCode)
            let duplicates = try AppDatabase.checkedDuplicates(db, of: valid, context: context, excluding: nil)
            if !duplicates.isEmpty, !allowingDuplicates || duplicates.contains(where: { $0.reason == .sameIDNumber }) {
                throw PossibleDuplicateClients(duplicates: duplicates)
            }
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .client, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            try AppDatabase.insertClient(db, id: ref.id, valid, createdBy: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "held by \(holder.code)"
                                            + (duplicates.isEmpty ? "" : ", entered despite \(duplicates.count) possible duplicate(s)"))
            // Just inserted.
            return try AppDatabase.fetchClient(db, id: ref.id)!
        }
    }

    /// One client in full, sensitive fields included: `view` (the default), or `export` / `print` when the
    /// interface is about to write or print it. Checked by the access policy and logged; an id outside the
    /// session's scopes, or one that does not exist, is refused alike (`AccessDenied`, logged).
    public func client(id: String, as session: Session, for action: AccessAction = .view, at now: Date = Date())
        throws -> Client {
        guard action == .view || action == .export || action == .print, let logged = AuditAction(recordAction: action)
        else {
            throw ValidationError(field: N_("Action"), N_("a client is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .client, id: id)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            try context.authorize(db, action, ref)
            guard let client = try AppDatabase.fetchClient(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref,
                                   reason: .noSuchRecord)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref)
            return client
        }
    }

    /// Changes a client's fields (`edit`); logged with the names of the fields changed. Refuses what `addClient`
    /// refuses, a client merged into another (edit the one kept), and a change of holder, which is a handover or
    /// a transfer, not an edit (CONF-03). A match on name and phone is not asked about again here.
    @discardableResult
    public func updateClient(id: String, _ draft: ClientDraft, as session: Session, at now: Date = Date()) throws
        -> Client {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        let ref = ProtectedRecordRef(kind: .client, id: id)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            try context.authorize(db, .edit, ref)
            guard let old = try AppDatabase.fetchClient(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: ref, reason: .noSuchRecord)
            }
            try AppDatabase.requireUnmerged(old, field: N_("Client"))
            if let holder = valid.holderCode, holder != old.holderCode {
                throw ValidationError(field: N_("Holder"),
                                      N_("changes by a handover or a transfer, not by editing the client"),
                                      rule: "CONF-03")
            }
            try AppDatabase.requireClientCategory(db, code: valid.categoryCode)
            let duplicates = try AppDatabase.checkedDuplicates(db, of: valid, context: context, excluding: id)
                .filter { $0.reason == .sameIDNumber }
            if !duplicates.isEmpty { throw PossibleDuplicateClients(duplicates: duplicates) }
            var kept = valid
            kept.holderCode = old.holderCode
            let changed = AppDatabase.changedFields(from: old.draft, to: kept)
            guard !changed.isEmpty else { return old }
            try AppDatabase.writeClientFields(db, id: id, kept)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "changed " + changed.joined(separator: ", "))
            // Exists: read above.
            return try AppDatabase.fetchClient(db, id: id)!
        }
    }

    // MARK: Duplicates

    /// The unmerged clients the session may view with the same ID number, or the same name and phone, as `draft`
    /// (already validated); `excluding` leaves out the client being edited. A client with the same ID number held
    /// out of the session's sight is refused here: the session may not learn who holds it, but must not enter the
    /// person twice either.
    static func checkedDuplicates(_ db: Database, of draft: ClientDraft, context: AccessContext, excluding: String?)
        throws -> [ClientDuplicate] {
        var found: [ClientDuplicate] = []
        var hiddenSameID = false
        for (client, reason) in try duplicateCandidates(db, of: draft) where client.id != excluding {
            if context.allows(.view, on: client.ownership) {
                found.append(ClientDuplicate(client: client.summary, reason: reason))
            } else if reason == .sameIDNumber {
                hiddenSameID = true
            }
        }
        if hiddenSameID, found.isEmpty || !found.contains(where: { $0.reason == .sameIDNumber }) {
            throw ValidationError(field: N_("ID number"),
                                  N_("a client with this ID number is already on file, held by a colleague: ask the service department (服务部) to transfer the record or merge it"))
        }
        return found
    }

    /// Unmerged clients with the ID number of `draft`, then those with its name and phone (each client once).
    private static func duplicateCandidates(_ db: Database, of draft: ClientDraft) throws
        -> [(Client, ClientDuplicateReason)] {
        var result: [(Client, ClientDuplicateReason)] = []
        if let number = draft.idDocument?.number {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM client WHERE idNumber = ? AND mergedInto IS NULL",
                                          arguments: [number])
            result += try ids.compactMap { try fetchClient(db, id: $0) }.map { ($0, .sameIDNumber) }
        }
        if let phone = draft.phone {
            let ids = try String.fetchAll(db, sql: """
                SELECT id FROM client WHERE name = ? AND phone = ? AND mergedInto IS NULL ORDER BY createdAt, id
                """, arguments: [draft.name, phone])
            for id in ids where !result.contains(where: { $0.0.id == id }) {
                if let client = try fetchClient(db, id: id) { result.append((client, .sameNameAndPhone)) }
            }
        }
        return result
    }

    // MARK: Checks

    static func requireActiveHolder(_ db: Database, code: String) throws -> Worker {
        let holder = try requireWorker(db, code: code, field: N_("Holder")).worker
        guard holder.isActive else {
            throw ValidationError(field: N_("Holder"), N_("%@ (%@) is no longer active"), holder.code, holder.name)
        }
        return holder
    }

    /// Rule INTAKE-01: the category is one of the reference table's.
    static func requireClientCategory(_ db: Database, code: String) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM clientCategory WHERE code = ?", arguments: [code]) == true else {
            throw ValidationError(field: N_("Category"), N_("“%@” is not a client category"), code, rule: "INTAKE-01")
        }
    }

    static func requireUnmerged(_ client: Client, field: String) throws {
        if let kept = client.mergedInto {
            throw ValidationError(field: field, N_("was merged into client %@: use that record"), kept)
        }
    }

    /// The names of the fields that differ, for the audit row (never their values: they are sensitive).
    private static func changedFields(from old: ClientDraft, to new: ClientDraft) -> [String] {
        var names: [String] = []
        func note(_ name: String, _ differs: Bool) { if differs { names.append(name) } }
        note("name", old.name != new.name)
        note("gender", old.gender != new.gender)
        note("birthDate", old.birthDate != new.birthDate)
        note("category", old.categoryCode != new.categoryCode)
        note("phone", old.phone != new.phone)
        note("idDocument", old.idDocument != new.idDocument)
        note("address", old.address != new.address)
        note("lacksCapacity", old.lacksCapacity != new.lacksCapacity)
        note("guardian", old.guardian != new.guardian)
        note("household", old.household != new.household)
        note("note", old.note != new.note)
        return names
    }

    // MARK: Writing rows

    private static func insertClient(_ db: Database, id: String, _ draft: ClientDraft, createdBy: String,
                                     at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO client (id, name, categoryCode, lacksCapacity, createdBy, createdAt)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [id, draft.name, draft.categoryCode, draft.lacksCapacity, createdBy,
                             AuditTimestamp.format(now)])
        try writeClientFields(db, id: id, draft)
    }

    /// Writes every editable field of the client, household included.
    private static func writeClientFields(_ db: Database, id: String, _ draft: ClientDraft) throws {
        try db.execute(sql: """
            UPDATE client SET name = ?, gender = ?, birthDate = ?, categoryCode = ?, phone = ?, idDocumentKind = ?,
                              idNumber = ?, address = ?, lacksCapacity = ?, guardianName = ?,
                              guardianRelationship = ?, guardianPhone = ?, note = ?
            WHERE id = ?
            """, arguments: [draft.name, draft.gender?.rawValue, draft.birthDate?.description, draft.categoryCode,
                             draft.phone, draft.idDocument?.kind.rawValue, draft.idDocument?.number, draft.address,
                             draft.lacksCapacity, draft.guardian?.name, draft.guardian?.relationship,
                             draft.guardian?.phone, draft.note, id])
        try db.execute(sql: "DELETE FROM clientHouseholdMember WHERE clientID = ?", arguments: [id])
        for (position, member) in draft.household.enumerated() {
            try db.execute(sql: """
                INSERT INTO clientHouseholdMember (clientID, position, name, relationship, birthYear, note)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, position, member.name, member.relationship, member.birthYear, member.note])
        }
    }

    // MARK: Reading rows

    static let clientSelect = """
        SELECT client.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM client JOIN protectedRecord ON protectedRecord.id = client.id
        """

    /// The client of `id` in full, merged or not; nil when there is none. Not logged: for transactions that have
    /// applied the access policy.
    static func fetchClient(_ db: Database, id: String) throws -> Client? {
        guard let row = try Row.fetchOne(db, sql: clientSelect + " WHERE client.id = ?", arguments: [id]) else {
            return nil
        }
        return try client(db, row)
    }

    static func client(_ db: Database, _ row: Row) throws -> Client {
        let id: String = row["id"]
        let household = try Row.fetchAll(db, sql: """
            SELECT name, relationship, birthYear, note FROM clientHouseholdMember WHERE clientID = ? ORDER BY position
            """, arguments: [id]).map {
            HouseholdMember(name: $0["name"], relationship: $0["relationship"], birthYear: $0["birthYear"],
                            note: $0["note"])
        }
        var document: ClientIDDocument?
        if let kind = (row["idDocumentKind"] as String?).flatMap(ClientIDDocumentKind.init(rawValue:)),
           let number: String = row["idNumber"] {
            document = ClientIDDocument(kind: kind, number: number)
        }
        var guardian: Guardian?
        if let name: String = row["guardianName"] {
            guardian = Guardian(name: name, relationship: row["guardianRelationship"] ?? "", phone: row["guardianPhone"])
        }
        return Client(id: id, name: row["name"], gender: (row["gender"] as String?).flatMap(Gender.init(rawValue:)),
                      birthDate: try (row["birthDate"] as String?).map { try CalendarDate(parsing: $0) },
                      categoryCode: row["categoryCode"], phone: row["phone"], idDocument: document,
                      address: row["address"], lacksCapacity: row["lacksCapacity"], guardian: guardian,
                      household: household, note: row["note"], holderCode: row["holderCode"],
                      servicePointID: row["servicePointID"],
                      createdAt: AuditTimestamp.parse(row["createdAt"]) ?? Date(timeIntervalSince1970: 0),
                      createdBy: row["createdBy"], mergedInto: row["mergedInto"])
    }
}

extension AppDatabase {
    /// The unmerged clients the session may view whose name contains `text`, whose phone is `text` (in any
    /// written form) or ends with it (4 digits, as a client gives it on the phone), or whose ID number is `text`;
    /// newest first, at most `limit`, name and phone masked. Filtered by the access policy in SQL; logged once as
    /// a `list` (without the text searched, which is itself personal information).
    public func findClients(_ text: String, as session: Session, limit: Int = 200, at now: Date = Date()) throws
        -> [ClientSummary] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw ValidationError(field: N_("Search"), N_("is empty")) }
        return try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            var terms = ["client.name LIKE ? ESCAPE '\\'"]
            var arguments: StatementArguments = ["%" + AppDatabase.escapedForLike(query) + "%"]
            let digits = query.filter { !$0.isWhitespace && $0 != "-" }
            if digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                terms.append("substr(client.phone, -4) = ?")
                arguments += [digits]
            }
            if let phone = try? PhoneNumber(query) {
                terms.append("client.phone = ?")
                arguments += [phone.text]
            }
            if digits.count >= 6 {
                terms.append("client.idNumber = ?")
                arguments += [digits.uppercased()]
            }
            let visible = context.recordCondition(.view)
            let rows = try Row.fetchAll(db, sql: AppDatabase.clientSelect + """
                 WHERE client.mergedInto IS NULL AND (\(terms.joined(separator: " OR "))) AND \(visible.sql)
                ORDER BY client.createdAt DESC, client.id LIMIT ?
                """, arguments: arguments + visible.arguments + [max(limit, 0)])
            let found = rows.map(AppDatabase.clientSummary)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "client search: \(found.count) shown")
            return found
        }
    }

    /// The clients the session may view that may be the person of `draft` (same ID number, or same name and
    /// phone), for the interface to ask before entering. Logged once as a `list`. Refuses what `addClient` refuses
    /// before looking, and an ID number on a client the session may not see (as `addClient` does).
    public func possibleDuplicates(of draft: ClientDraft, as session: Session, at now: Date = Date()) throws
        -> [ClientDuplicate] {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let found = try AppDatabase.checkedDuplicates(db, of: valid, context: context, excluding: nil)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "possible duplicate clients: \(found.count) shown")
            return found
        }
    }

    /// Every table that links to a client, with its column: a merge moves each of them to the client kept. A
    /// table that refers to clients is listed here, once, or a merge would leave its rows on the absorbed record.
    static let clientLinks: [(table: String, column: String)] = [
        ("consent", "clientID"), ("consultation", "clientID"), ("visit", "clientID"), ("intake", "clientID"),
        ("caseFile", "clientID"),
    ]

    /// Merges two records of one person (`edit` on both): every link of `absorbing` (`clientLinks`) moves to
    /// `keeping`, and `absorbing` is marked merged into it, kept as it was for the history. The kept record's
    /// fields do not change (edit it to complete them). Logged as `clientMerged` on both records. Refuses merging
    /// a client into itself, into or from a client already merged.
    @discardableResult
    public func mergeClients(keeping: String, absorbing: String, as session: Session, at now: Date = Date()) throws
        -> Client {
        guard keeping != absorbing else {
            throw ValidationError(field: N_("Client"), N_("a client cannot be merged into itself"))
        }
        let keptRef = ProtectedRecordRef(kind: .client, id: keeping)
        let absorbedRef = ProtectedRecordRef(kind: .client, id: absorbing)
        return try accessTransaction(session, action: .edit, record: keptRef, at: now) { db, context in
            try context.authorize(db, .edit, keptRef)
            try context.authorize(db, .edit, absorbedRef)
            guard let kept = try AppDatabase.fetchClient(db, id: keeping),
                  let absorbed = try AppDatabase.fetchClient(db, id: absorbing) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: keptRef,
                                   reason: .noSuchRecord)
            }
            try AppDatabase.requireUnmerged(kept, field: N_("Client kept"))
            try AppDatabase.requireUnmerged(absorbed, field: N_("Client merged"))
            try db.execute(sql: "UPDATE client SET mergedInto = ?, mergedAt = ? WHERE id = ?",
                           arguments: [keeping, AuditTimestamp.format(now), absorbing])
            var moved: [String] = []
            for link in AppDatabase.clientLinks {
                try db.execute(sql: "UPDATE \(link.table) SET \(link.column) = ? WHERE \(link.column) = ?",
                               arguments: [keeping, absorbing])
                if db.changesCount > 0 { moved.append("\(db.changesCount) \(link.table)") }
            }
            let summary = moved.isEmpty ? "nothing linked" : moved.joined(separator: ", ")
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .clientMerged,
                                        record: keptRef, detail: "absorbed client \(absorbing): moved \(summary)")
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .clientMerged,
                                        record: absorbedRef, detail: "merged into client \(keeping)")
            // Exists: read above.
            return try AppDatabase.fetchClient(db, id: keeping)!
        }
    }

    /// A client as lists show it, from a row of `clientSelect`: name and phone masked.
    static func clientSummary(_ row: Row) -> ClientSummary {
        ClientSummary(id: row["id"], name: SensitiveField.name.mask(row["name"]),
                      phone: (row["phone"] as String?).map(SensitiveField.phone.mask),
                      categoryCode: row["categoryCode"],
                      birthYear: (row["birthDate"] as String?).flatMap { Int($0.prefix(4)) },
                      holderCode: row["holderCode"])
    }

    /// `text` with LIKE's wildcards taken literally (with `ESCAPE '\'`).
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
