import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Asks the supervisor to approve a stage move (CASE-02), a closing or a referral (CASE-03). Needs `edit` on
    /// the case (the holder, or a supervisor acting for them); logged. There is no other way to move a stage.
    ///
    /// Refuses a case that has ended, a second request while one waits, a move to any stage but the next
    /// (CASE-01), a move before the stage's content is there (CASE-13: the intake before 预估, the assessment
    /// before 计划, the plan before 介入, a service record before 评估, the evaluation before 结案), and a referral
    /// without a consent covering disclosure to that agency today (CONF-01).
    @discardableResult
    public func requestApproval(caseID: String, kind: ApprovalRequestKind, note: String = "", as session: Session,
                                at now: Date = Date()) throws -> ApprovalRequest {
        let today = CalendarDate.today(now: now)
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .edit)
            try AppDatabase.requireOpen(caseFile, field: N_("Approval"))
            if let waiting = try AppDatabase.fetchApprovals(db, caseID: caseID).first(where: \.isPending) {
                throw ValidationError(field: N_("Approval"), N_("a request of %@ is still waiting for a decision"),
                                      AuditTimestamp.format(waiting.requestedAt), rule: "CASE-02")
            }
            var consentID: String?
            var stored = kind
            switch kind {
            case .advance(let target):
                try AppDatabase.requireReadyToAdvance(db, caseFile, to: target)
            case .close:
                break
            case .refer(let agency, let reason):
                let trimmed = agency.trimmingCharacters(in: .whitespacesAndNewlines)
                consentID = try AppDatabase.requireSharingConsent(db, clientID: caseFile.clientID, agency: trimmed,
                                                                  on: today)
                stored = .refer(agency: trimmed, reason: reason)
            }
            let id = Crypto.newRecordID()
            try AppDatabase.insertRequest(db, id: id, caseID: caseID, kind: stored, consentID: consentID,
                                          note: note.trimmingCharacters(in: .whitespacesAndNewlines),
                                          by: context.actor.workerCode, today: today, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .approvalRequested,
                                        record: ref, detail: AppDatabase.describe(stored))
            // Just inserted.
            return try AppDatabase.fetchApprovals(db, caseID: caseID).first { $0.id == id }!
        }
    }

    /// A supervisor's decision on a waiting request (CASE-02, CASE-03): only a 督导, 见习督导 or 督导助理 above the
    /// case's holder in the supervision chain with `approve` on the case, never on their own case or their own
    /// request. Approval applies the request (the stage moves, the case closes or is referred); a rejection or a
    /// request for revision needs a comment. The decision is appended to the history and logged.
    @discardableResult
    public func decide(requestID: String, outcome: ApprovalOutcome, comment: String = "", as session: Session,
                       at now: Date = Date()) throws -> ApprovalRequest {
        let trimmed = try ApprovalDecision.validatedComment(comment, for: outcome)
        return try accessTransaction(session, action: .approve, at: now) { db, context in
            guard let caseID = try String.fetchOne(db, sql: "SELECT caseID FROM approvalRequest WHERE id = ?",
                                                   arguments: [requestID]) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .approve, record: nil,
                                   reason: .noSuchRecord)
            }
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .approve)
            // Read above: the request exists.
            let request = try AppDatabase.fetchApprovals(db, caseID: caseID).first { $0.id == requestID }!
            try AppDatabase.requireDecidable(request, of: caseFile, by: context)
            try db.execute(sql: """
                INSERT INTO approvalDecision (requestID, outcome, comment, decidedBy, decidedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [requestID, outcome.rawValue, trimmed, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            if outcome == .approved {
                try AppDatabase.apply(db, request.kind, to: caseFile, on: CalendarDate.today(now: now))
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode,
                                        action: AppDatabase.auditAction(for: outcome), record: caseFile.ref,
                                        detail: "\(AppDatabase.describe(request.kind)): \(outcome.rawValue)")
            return try AppDatabase.fetchApprovals(db, caseID: caseID).first { $0.id == requestID }!
        }
    }

    /// What waits for the signed-in supervisor: the pending requests on cases held by workers below them in the
    /// chain, oldest first, clients' names masked. Logged as one `list` row; a role that approves nothing is
    /// refused (`AccessDenied`, logged).
    public func pendingApprovals(as session: Session, at now: Date = Date()) throws -> [PendingApproval] {
        try accessTransaction(session, action: .approve, at: now) { db, context in
            if context.policy.permissions.scopes(context.actor.role, .approve).isEmpty {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .approve, record: nil,
                                   reason: .actionNotGranted)
            }
            let today = CalendarDate.today(now: now)
            let rows = try Row.fetchAll(db, sql: """
                SELECT approvalRequest.id AS requestID, caseFile.id AS caseID, client.name AS clientName,
                       worker.name AS requesterName
                FROM approvalRequest
                JOIN caseFile ON caseFile.id = approvalRequest.caseID
                JOIN client ON client.id = caseFile.clientID
                JOIN worker ON worker.code = approvalRequest.requestedBy
                WHERE NOT EXISTS (SELECT 1 FROM approvalDecision WHERE requestID = approvalRequest.id)
                ORDER BY approvalRequest.requestedAt
                """)
            var waiting: [PendingApproval] = []
            for row in rows {
                // Read from the same database: both exist.
                let caseFile = try AppDatabase.fetchCaseFile(db, id: row["caseID"])!
                let request = try AppDatabase.fetchApprovals(db, caseID: caseFile.id).first { $0.id == row["requestID"] }!
                guard context.allows(.approve, on: caseFile.ownership),
                      AppDatabase.isChainSupervisor(context, of: caseFile.holderCode),
                      request.requestedBy != context.actor.workerCode else { continue }
                waiting.append(PendingApproval(request: request, caseCode: caseFile.code, caseStage: caseFile.stage,
                                               clientName: SensitiveField.name.mask(row["clientName"]),
                                               requesterCode: request.requestedBy, requesterName: row["requesterName"],
                                               waitingDays: max(0, today.dayNumber - request.requestedOn.dayNumber)))
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "approvalRequest: \(waiting.count) waiting")
            return waiting
        }
    }

    /// The 个案转介表 of a referred case (or one whose referral waits): `export`, logged. Refused when the case has
    /// no referral request.
    public func referralForm(caseID: String, as session: Session, at now: Date = Date()) throws -> ReferralForm {
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        return try accessTransaction(session, action: .export, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .export)
            let row = try Row.fetchOne(db, sql: """
                SELECT * FROM approvalRequest r
                WHERE r.caseID = ? AND r.kind = 'refer'
                  AND NOT EXISTS (SELECT 1 FROM approvalDecision d WHERE d.requestID = r.id AND d.outcome <> 'approved')
                ORDER BY r.requestedAt DESC LIMIT 1
                """, arguments: [caseID])
            guard let row, let request = try AppDatabase.approvalRequest(db, row),
                  case .refer(let agency, let reason) = request.kind,
                  let client = try AppDatabase.fetchClient(db, id: caseFile.clientID) else {
                throw ValidationError(field: N_("Referral"), N_("case %@ has no referral"), caseFile.code,
                                      rule: "CASE-03")
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .export, record: ref,
                                        detail: "referral form to \(agency)")
            return ReferralForm(caseCode: caseFile.code, clientName: client.name, agency: agency, reason: reason,
                                requestedOn: request.requestedOn, requestedBy: request.requestedBy,
                                consentID: row["referralConsentID"], note: request.note)
        }
    }

    // MARK: Checks

    // Rules CASE-01, CASE-13: one stage at a time, each once its content is there.
    private static func requireReadyToAdvance(_ db: Database, _ caseFile: CaseFile, to target: CaseStage) throws {
        guard caseFile.stage.next == target else {
            throw ValidationError(field: N_("Stage"), N_("case %@ is at %@: it can only move to the next stage"),
                                  caseFile.code, caseFile.stage.title, rule: "CASE-01")
        }
        let missing: String?
        switch target {
        case .intake: missing = nil
        case .assessment: missing = caseFile.intakeID == nil ? N_("the intake record") : nil
        case .planning:
            missing = try fetchStageContent(db, caseID: caseFile.id, part: .assessment, as: AssessmentContent.self)
                == nil ? N_("the assessment") : nil
        case .intervention:
            missing = try fetchStageContent(db, caseID: caseFile.id, part: .plan, as: PlanContent.self) == nil
                ? N_("the service plan") : nil
        case .evaluation:
            missing = try fetchServiceRecords(db, caseID: caseFile.id).isEmpty ? N_("a service record") : nil
        case .closing:
            missing = try fetchStageContent(db, caseID: caseFile.id, part: .evaluation, as: EvaluationContent.self)
                == nil ? N_("the evaluation") : nil
        }
        if let missing {
            throw ValidationError(field: N_("Stage"), N_("moving to %@ needs %@ first"), target.title, missing,
                                  rule: "CASE-13")
        }
    }

    // Rule CONF-01: no disclosure to a third party without the client's consent to it.
    private static func requireSharingConsent(_ db: Database, clientID: String, agency: String,
                                              on date: CalendarDate) throws -> String {
        guard !agency.isEmpty else {
            throw ValidationError(field: N_("Agency"), N_("a referral names the agency"), rule: "CONF-01")
        }
        guard let consent = try fetchConsents(db, clientID: clientID)
            .first(where: { $0.covers(.sharing(agency: agency), on: date) }) else {
            throw ValidationError(field: N_("Consent"), N_("no consent of the client covers sharing with %@"), agency,
                                  rule: "CONF-01")
        }
        return consent.id
    }

    // Rule CASE-02: a supervisor of the holder in the chain decides, once, never on their own request.
    private static func requireDecidable(_ request: ApprovalRequest, of caseFile: CaseFile,
                                         by context: AccessContext) throws {
        guard request.isPending else {
            throw ValidationError(field: N_("Request"), N_("was already decided"), rule: "CASE-02")
        }
        try requireOpen(caseFile, field: N_("Request"))
        guard request.requestedBy != context.actor.workerCode else {
            throw ValidationError(field: N_("Approver"), N_("nobody decides their own request"), rule: "CASE-02")
        }
        guard isChainSupervisor(context, of: caseFile.holderCode) else {
            throw ValidationError(field: N_("Approver"),
                                  N_("only a supervisor of %@ in the supervision chain decides this request"),
                                  caseFile.holderCode, rule: "CASE-02")
        }
    }

    /// Whether the signed-in worker is a 督导, 见习督导 or 督导助理 above `holder` in the chain (CASE-02).
    static func isChainSupervisor(_ context: AccessContext, of holder: String) -> Bool {
        [.supervisor, .traineeSupervisor, .assistantSupervisor].contains(context.actor.role)
            && context.policy.chain.isSupervised(holder, by: context.actor.workerCode)
    }

    private static func apply(_ db: Database, _ kind: ApprovalRequestKind, to caseFile: CaseFile,
                              on today: CalendarDate) throws {
        switch kind {
        case .advance(let target):
            try db.execute(sql: "UPDATE caseFile SET stage = ? WHERE id = ?", arguments: [target.rawValue, caseFile.id])
        case .close(let reason):
            try db.execute(sql: "UPDATE caseFile SET state = 'closed', closingReason = ?, closedOn = ? WHERE id = ?",
                           arguments: [reason.rawValue, max(today, caseFile.openedOn).description, caseFile.id])
        case .refer(let agency, let reason):
            try db.execute(sql: """
                UPDATE caseFile SET state = 'referred', closingReason = ?, referralAgency = ?, closedOn = ? WHERE id = ?
                """, arguments: [reason.rawValue, agency, max(today, caseFile.openedOn).description, caseFile.id])
        }
    }

    private static func auditAction(for outcome: ApprovalOutcome) -> AuditAction {
        switch outcome {
        case .approved: .approve
        case .rejected: .approvalRejected
        case .revisionRequested: .revisionRequested
        }
    }

    /// The audit detail of a request (no client content).
    private static func describe(_ kind: ApprovalRequestKind) -> String {
        switch kind {
        case .advance(let target): "advance to \(target.rawValue)"
        case .close(let reason): "close: \(reason.rawValue)"
        case .refer(let agency, let reason): "refer to \(agency): \(reason.rawValue)"
        }
    }

    // MARK: Rows

    private static func insertRequest(_ db: Database, id: String, caseID: String, kind: ApprovalRequestKind,
                                      consentID: String?, note: String, by worker: String, today: CalendarDate,
                                      at now: Date) throws {
        var target: String?, reason: String?, agency: String?
        let kindKey: String
        switch kind {
        case .advance(let stage): kindKey = "advance"; target = stage.rawValue
        case .close(let closing): kindKey = "close"; reason = closing.rawValue
        case .refer(let to, let closing): kindKey = "refer"; agency = to; reason = closing.rawValue
        }
        try db.execute(sql: """
            INSERT INTO approvalRequest (id, caseID, kind, targetStage, closingReason, referralAgency,
                                         referralConsentID, note, requestedBy, requestedAt, requestedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, caseID, kindKey, target, reason, agency, consentID, note, worker,
                             AuditTimestamp.format(now), today.description])
    }

    /// The approval history of a case, oldest first.
    static func fetchApprovals(_ db: Database, caseID: String) throws -> [ApprovalRequest] {
        try Row.fetchAll(db, sql: """
            SELECT r.*, d.outcome, d.comment, d.decidedBy, d.decidedAt
            FROM approvalRequest r LEFT JOIN approvalDecision d ON d.requestID = r.id
            WHERE r.caseID = ? ORDER BY r.requestedAt, r.rowid
            """, arguments: [caseID]).compactMap { try approvalRequest(db, $0) }
    }

    /// Nil for a row this program cannot read (a kind written by a newer version).
    private static func approvalRequest(_ db: Database, _ row: Row) throws -> ApprovalRequest? {
        let reason = (row["closingReason"] as String?).flatMap(ClosingReason.init(rawValue:))
        let kind: ApprovalRequestKind
        switch row["kind"] as String {
        case "advance":
            guard let stage = (row["targetStage"] as String?).flatMap(CaseStage.init(rawValue:)) else { return nil }
            kind = .advance(to: stage)
        case "close":
            guard let reason else { return nil }
            kind = .close(reason)
        case "refer":
            guard let reason else { return nil }
            kind = .refer(agency: row["referralAgency"] ?? "", reason: reason)
        default:
            return nil
        }
        var decision: ApprovalDecision?
        if let outcome = (row["outcome"] as String?).flatMap(ApprovalOutcome.init(rawValue:)) {
            decision = ApprovalDecision(outcome: outcome, decidedBy: row["decidedBy"],
                                        decidedAt: AppDatabase.storedTime(row["decidedAt"]), comment: row["comment"])
        }
        return ApprovalRequest(id: row["id"], caseID: row["caseID"], kind: kind, requestedBy: row["requestedBy"],
                               requestedAt: AppDatabase.storedTime(row["requestedAt"]),
                               requestedOn: try CalendarDate(parsing: row["requestedOn"]), note: row["note"],
                               decision: decision)
    }
}
