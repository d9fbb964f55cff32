import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records an intake (接案; INTAKE-02, INTAKE-03) as a protected record held by the signed-in worker at their
    /// service point. Needs `create`, and `view` on the client; logged. With `draft.caseID` it completes an open
    /// case of the same client opened without one (needs `edit` on the case).
    ///
    /// Refuses what `IntakeDraft.validated` refuses, a merged client, and a case that is another client's, has
    /// ended, or already has its intake. Written after the contact day, it is accepted and INTAKE-04 shows late.
    @discardableResult
    public func recordIntake(_ draft: IntakeDraft, as session: Session, at now: Date = Date()) throws -> Intake {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            try AppDatabase.recordIntake(db, context: context, valid, today: today, at: now)
        }
    }

    /// Admits a client (接案): records the intake and, when it decides to accept the client, opens the case on it
    /// the same day, in one transaction (INTAKE-03, CASE-01). As `recordIntake` and `openCase`; nothing is
    /// written when either refuses.
    public func admitClient(_ draft: IntakeDraft, as session: Session, at now: Date = Date()) throws
        -> IntakeOutcome {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let intake = try AppDatabase.recordIntake(db, context: context, valid, today: today, at: now)
            guard valid.decision == .accept, valid.caseID == nil else {
                return IntakeOutcome(intake: intake, caseFile: nil)
            }
            let caseFile = try AppDatabase.openCase(db, context: context, clientID: valid.clientID,
                                                    intakeID: intake.id, openedOn: today, at: now)
            return IntakeOutcome(intake: intake, caseFile: caseFile)
        }
    }

    /// `recordIntake` inside a transaction whose access context is `context`; `valid` is already validated.
    static func recordIntake(_ db: Database, context: AccessContext, _ valid: IntakeDraft, today: CalendarDate,
                             at now: Date) throws -> Intake {
        let client = try requireVisibleClient(db, id: valid.clientID, context: context)
        let holder = RecordOwnership(holderCode: context.actor.workerCode, servicePointID: context.actor.servicePointID)
        try context.authorize(.create, nil, ownership: holder)
        if let caseID = valid.caseID {
            try requireCaseAwaitingIntake(db, caseID: caseID, client: client, context: context)
        }
        let ref = try registerProtectedRecord(db, kind: .intake, holderCode: holder.holderCode,
                                              servicePointID: holder.servicePointID, at: now)
        try insertIntake(db, id: ref.id, valid, recordedBy: context.actor.workerCode, today: today, at: now)
        if let caseID = valid.caseID {
            try db.execute(sql: "UPDATE caseFile SET intakeID = ? WHERE id = ?", arguments: [ref.id, caseID])
        }
        try appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                        detail: "client \(client.id)" + (valid.caseID.map { ", case \($0)" } ?? ""))
        // Just inserted.
        return try fetchIntake(db, id: ref.id)!
    }

    private static func requireCaseAwaitingIntake(_ db: Database, caseID: String, client: Client,
                                                  context: AccessContext) throws {
        let caseFile = try requireCase(db, id: caseID, context: context, for: .edit)
        try requireOpen(caseFile, field: N_("Case"))
        guard caseFile.clientID == client.id else {
            throw ValidationError(field: N_("Case"), N_("case %@ is another client's"), caseFile.code)
        }
        guard caseFile.intakeID == nil else {
            throw ValidationError(field: N_("Case"), N_("case %@ already has its intake record"), caseFile.code,
                                  rule: "INTAKE-03")
        }
    }

    private static func insertIntake(_ db: Database, id: String, _ d: IntakeDraft, recordedBy: String,
                                     today: CalendarDate, at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO intake (id, clientID, contactDate, source, route, reasonForHelp, priorHelpSeeking,
                                priorServices, specialCautions, problemDefinition, priority, decision, agreementForm,
                                agreementRoles, agreementDuration, referralAgency, note, recordedBy, recordedAt,
                                recordedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, d.clientID, d.contactDate.description, d.source.rawValue, d.route.rawValue,
                             d.reasonForHelp, d.priorHelpSeeking, d.priorServices, d.specialCautions,
                             d.problemDefinition, d.priority.rawValue, d.decision.rawValue, d.agreement?.form.rawValue,
                             d.agreement?.roleExpectations, d.agreement?.expectedDuration, d.referralAgency, d.note,
                             recordedBy, AuditTimestamp.format(now), today.description])
    }

    // MARK: Reading rows

    static func fetchIntake(_ db: Database, id: String) throws -> Intake? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT intake.*, protectedRecord.holderCode, protectedRecord.servicePointID,
                   (SELECT caseFile.id FROM caseFile WHERE caseFile.intakeID = intake.id) AS caseID
            FROM intake JOIN protectedRecord ON protectedRecord.id = intake.id
            WHERE intake.id = ?
            """, arguments: [id]) else { return nil }
        return try intake(row)
    }

    private static func intake(_ row: Row) throws -> Intake {
        var agreement: PreliminaryAgreement?
        if let form: String = row["agreementForm"] {
            agreement = PreliminaryAgreement(form: AgreementForm(rawValue: form) ?? .oral,
                                             roleExpectations: row["agreementRoles"] ?? "",
                                             expectedDuration: row["agreementDuration"] ?? "")
        }
        let content = IntakeDraft(
            clientID: row["clientID"], caseID: row["caseID"], contactDate: try CalendarDate(parsing: row["contactDate"]),
            source: IntakeSource(rawValue: row["source"]) ?? .selfReferred,
            route: AccessRoute(rawValue: row["route"]) ?? .application, reasonForHelp: row["reasonForHelp"],
            priorHelpSeeking: row["priorHelpSeeking"], priorServices: row["priorServices"],
            specialCautions: row["specialCautions"], problemDefinition: row["problemDefinition"],
            priority: IntakePriority(rawValue: row["priority"]) ?? .normal,
            decision: IntakeDecision(rawValue: row["decision"]) ?? .accept, agreement: agreement,
            referralAgency: row["referralAgency"], note: row["note"])
        return Intake(id: row["id"], content: content, holderCode: row["holderCode"],
                      servicePointID: row["servicePointID"], recordedBy: row["recordedBy"],
                      recordedOn: try CalendarDate(parsing: row["recordedOn"]))
    }
}
