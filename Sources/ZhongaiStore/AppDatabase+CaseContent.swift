import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Saves the assessment (预估; CASE-13, CASE-07) of an open case in 预估 or later: `edit`, logged. Replaces what
    /// was saved before.
    @discardableResult
    public func saveAssessment(caseID: String, _ content: AssessmentContent, as session: Session,
                               at now: Date = Date()) throws -> AssessmentContent {
        let valid = try content.validated(today: CalendarDate.today(now: now))
        try saveStageContent(caseID: caseID, part: .assessment, valid, as: session, at: now)
        return valid
    }

    /// Saves the service plan (计划; CASE-13, CASE-05) of an open case in 计划 or later. As `saveAssessment`.
    @discardableResult
    public func savePlan(caseID: String, _ content: PlanContent, as session: Session, at now: Date = Date()) throws
        -> PlanContent {
        let valid = try content.validated()
        try saveStageContent(caseID: caseID, part: .plan, valid, as: session, at: now)
        return valid
    }

    /// Saves the evaluation (评估; CASE-13, CASE-10, CASE-11) of an open case in 评估 or later.
    @discardableResult
    public func saveEvaluation(caseID: String, _ content: EvaluationContent, as session: Session,
                               at now: Date = Date()) throws -> EvaluationContent {
        let valid = try content.validated(today: CalendarDate.today(now: now))
        try saveStageContent(caseID: caseID, part: .evaluation, valid, as: session, at: now)
        return valid
    }

    /// Saves the closing part (结案; CASE-13, CASE-11, CASE-12) of an open case, in any stage.
    @discardableResult
    public func saveClosing(caseID: String, _ content: ClosingContent, as session: Session, at now: Date = Date())
        throws -> ClosingContent {
        let valid = content.validated()
        try saveStageContent(caseID: caseID, part: .closing, valid, as: session, at: now)
        return valid
    }

    /// Adds a service record (个案服务记录; CASE-13) to an open case: `edit`, logged.
    ///
    /// Rule CASE-04: refused unless a consent of the client covers receiving service on that day. Refused too when
    /// dated before the case opened or in the future, and when it reports progress on a goal the plan lacks.
    @discardableResult
    public func addServiceRecord(_ draft: ServiceRecordDraft, as session: Session, at now: Date = Date()) throws
        -> ServiceRecord {
        let ref = ProtectedRecordRef(kind: .caseFile, id: draft.caseID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: draft.caseID, context: context, for: .edit)
            try AppDatabase.requireOpen(caseFile, field: N_("Service record"))
            let goals = try AppDatabase.fetchStageContent(db, caseID: caseFile.id, part: .plan, as: PlanContent.self)?
                .goals.map(\.title) ?? []
            let valid = try draft.validated(today: CalendarDate.today(now: now), goals: goals)
            // Rule CASE-01: service follows the opening of the case.
            guard valid.servedOn >= caseFile.openedOn else {
                throw ValidationError(field: N_("Service date"), N_("%@ is before the case was opened (%@)"),
                                      valid.servedOn.description, caseFile.openedOn.description, rule: "CASE-01")
            }
            // Rule CASE-04: no professional service before consent.
            guard try AppDatabase.consentCovers(db, clientID: caseFile.clientID, purpose: .receivingService,
                                                on: valid.servedOn) else {
                throw ValidationError(field: N_("Consent"),
                                      N_("no consent of the client covers receiving service on %@"),
                                      valid.servedOn.description, rule: "CASE-04")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO serviceRecord (id, caseID, servedOn, durationMinutes, place, method, content, goalProgress,
                                           notes, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, caseFile.id, valid.servedOn.description, valid.durationMinutes, valid.place,
                                 valid.method.rawValue, valid.content, try AppDatabase.json(valid.goalProgress),
                                 valid.notes, context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "service record \(id) on \(valid.servedOn)")
            return ServiceRecord(id: id, content: valid, recordedBy: context.actor.workerCode)
        }
    }

    private func saveStageContent<T: Encodable>(caseID: String, part: CaseStagePart, _ content: T,
                                                as session: Session, at now: Date) throws {
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .edit)
            try AppDatabase.requireOpen(caseFile, field: part.title)
            // Rule CASE-13: each part belongs to its stage.
            guard caseFile.stage >= part.earliestStage else {
                throw ValidationError(field: part.title, N_("belongs to the stage %@; case %@ is at %@"),
                                      part.earliestStage.title, caseFile.code, caseFile.stage.title, rule: "CASE-13")
            }
            try db.execute(sql: """
                INSERT INTO caseStageContent (caseID, part, content, updatedBy, updatedAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (caseID, part) DO UPDATE SET content = excluded.content, updatedBy = excluded.updatedBy,
                                                         updatedAt = excluded.updatedAt
                """, arguments: [caseID, part.rawValue, try AppDatabase.json(content), context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: part.rawValue)
        }
    }

    // MARK: Reading rows

    static func fetchStageContent<T: Decodable>(_ db: Database, caseID: String, part: CaseStagePart, as type: T.Type)
        throws -> T? {
        guard let text = try String.fetchOne(db, sql: """
            SELECT content FROM caseStageContent WHERE caseID = ? AND part = ?
            """, arguments: [caseID, part.rawValue]) else { return nil }
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    static func fetchServiceRecords(_ db: Database, caseID: String) throws -> [ServiceRecord] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM serviceRecord WHERE caseID = ? ORDER BY servedOn, recordedAt, id
            """, arguments: [caseID]).map { row in
            let progress = try JSONDecoder().decode([GoalProgress].self, from: Data((row["goalProgress"] as String).utf8))
            let content = ServiceRecordDraft(caseID: row["caseID"], servedOn: try CalendarDate(parsing: row["servedOn"]),
                                             durationMinutes: row["durationMinutes"], place: row["place"],
                                             method: ServiceMethod(rawValue: row["method"]) ?? .interview,
                                             content: row["content"], goalProgress: progress, notes: row["notes"])
            return ServiceRecord(id: row["id"], content: content, recordedBy: row["recordedBy"])
        }
    }

    /// JSON text of a stored part, keys sorted so equal content is equal text.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
