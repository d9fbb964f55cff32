import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The year's indicator sheet of one worker (IND-01, IND-02, IND-04): the worker themself, their supervisors up
    /// the chain, 服务部, 行政人事部, the chair and vice-chair. Logged as a view, or as an export to `exportedTo`.
    public func indicatorSheet(year: Int, workerCode: String, as session: Session, exportedTo: String? = nil,
                               at now: Date = Date()) throws -> IndicatorSheet {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let year = try AppDatabase.validIndicatorYear(year)
            let worker = try AppDatabase.requireWorker(db, code: workerCode, field: N_("Worker")).worker
            try AppDatabase.requireIndicatorView(of: worker.code, context: context)
            let builder = try IndicatorSheetBuilder(db, year: year, today: CalendarDate.today(now: now),
                                                    workers: [worker.code])
            let sheet = builder.sheet(of: worker)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode,
                                        action: exportedTo == nil ? .view : .export,
                                        detail: "indicators \(year) of \(worker.code)" + (exportedTo.map { " to \($0)" } ?? ""))
            return sheet
        }
    }

    /// The year's indicator sheet of a team, judged on its totals (IND-03): the targets of its workers' posts
    /// summed, the counts of every worker of the service point. For the supervisors of any of its workers, 服务部,
    /// 行政人事部, the chair and vice-chair. Logged as a view, or as an export to `exportedTo`.
    public func indicatorSheet(year: Int, servicePointID: Int64, as session: Session, exportedTo: String? = nil,
                               at now: Date = Date()) throws -> IndicatorSheet {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let year = try AppDatabase.validIndicatorYear(year)
            guard let point = try ServicePointRecord.fetchOne(db, key: servicePointID) else {
                throw ValidationError(field: N_("Service point"), N_("there is no service point %@"),
                                      String(servicePointID))
            }
            let members = try AppDatabase.indicatorWorkers(db).filter { $0.servicePointID == servicePointID }
            let me = context.actor.workerCode
            guard AppDatabase.seesEveryIndicator(context)
                    || members.contains(where: { context.policy.chain.isSupervised($0.code, by: me) }) else {
                throw AccessDenied(workerCode: me, action: .view, record: nil, reason: .outsideScope)
            }
            let builder = try IndicatorSheetBuilder(db, year: year, today: CalendarDate.today(now: now),
                                                    workers: members.map(\.code))
            let sheet = builder.teamSheet(servicePointID: servicePointID, name: point.name, members: members)
            try AppDatabase.appendAudit(db, at: now, actor: me, action: exportedTo == nil ? .view : .export,
                                        detail: "indicators \(year) of service point \(servicePointID)"
                                            + (exportedTo.map { " to \($0)" } ?? ""))
            return sheet
        }
    }

    /// The year's sheets of every worker the session reaches (IND-01), in code order: active workers, and inactive
    /// ones with counts in the year. System administrators hold no post and have none. One log row.
    public func indicatorSheets(year: Int, as session: Session, at now: Date = Date()) throws -> [IndicatorSheet] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let year = try AppDatabase.validIndicatorYear(year)
            let reached = try AppDatabase.indicatorWorkers(db).filter { AppDatabase.seesIndicators(of: $0.code,
                                                                                                   context: context) }
            let everyone = AppDatabase.seesEveryIndicator(context)
            let builder = try IndicatorSheetBuilder(db, year: year, today: CalendarDate.today(now: now),
                                                    workers: everyone ? nil : reached.map(\.code))
            let counted = builder.counts.tally.workers
            let sheets = reached.filter { $0.isActive || counted.contains($0.code) }.map { builder.sheet(of: $0) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "indicators \(year): \(sheets.count) shown")
            return sheets
        }
    }

    /// The conversion rates of IND-04 as the policy table sets them now (reference data: not logged).
    public func indicatorConversionRates() throws -> [IndicatorConversionRate] {
        try writer.read { db in
            IndicatorConversionRate.all(policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
        }
    }
}

extension AppDatabase {
    /// IND-04: which conversion clauses (A–F) a worker's contract allows in a year, as agreed by the service unit,
    /// the project supervisor and the centre (三方协商确认). Recorded by the worker's supervisor up the chain,
    /// 服务部, the chair or vice-chair, never by the worker themself; a new contract replaces the one in force, which
    /// stays as history. Logged.
    public func setPostContract(year: Int, workerCode: String, allowedClauses: Set<String>, note: String,
                                as session: Session, at now: Date = Date()) throws {
        try accessTransaction(session, action: .approve, at: now) { db, context in
            let year = try AppDatabase.validIndicatorYear(year)
            let worker = try AppDatabase.requireWorker(db, code: workerCode, field: N_("Worker")).worker
            let clauses = Set(allowedClauses.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
            if let unknown = clauses.sorted().first(where: { !IndicatorConversionRate.clauses.contains($0) }) {
                throw ValidationError(field: N_("Clauses"), N_("“%@” is not a clause of the conversions (A to F)"),
                                      unknown, rule: "IND-04")
            }
            try AppDatabase.requireIndicatorAgreement(for: worker, context: context)
            let text = IndicatorConversionRate.clauses.filter(clauses.contains).joined()
            try db.execute(sql: """
                INSERT INTO indicatorContract (workerCode, year, allowedClauses, note, agreedBy, agreedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [worker.code, year, text, note.trimmingCharacters(in: .whitespacesAndNewlines),
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "indicator contract \(year) of \(worker.code): [\(text)]")
        }
    }

    /// IND-04: records an agreed conversion of a worker's year; refused, with nothing written, where the contract
    /// does not allow its clause, it is not a whole multiple of the rate, or the indicator given up would fall
    /// below its target. Agreed by the same people as the contract. Logged.
    public func agreeIndicatorConversion(year: Int, workerCode: String, conversion: IndicatorConversion, note: String,
                                         as session: Session, at now: Date = Date()) throws {
        try accessTransaction(session, action: .approve, at: now) { db, context in
            let year = try AppDatabase.validIndicatorYear(year)
            let worker = try AppDatabase.requireWorker(db, code: workerCode, field: N_("Worker")).worker
            try AppDatabase.requireIndicatorAgreement(for: worker, context: context)
            let builder = try IndicatorSheetBuilder(db, year: year, today: CalendarDate.today(now: now),
                                                    workers: [worker.code])
            let sheet = builder.sheet(of: worker)
            try builder.calculator.validate(conversion, lines: sheet.lines, allowedClauses: Set(sheet.allowedClauses))
            try db.execute(sql: """
                INSERT INTO indicatorConversion (workerCode, year, fromIndicator, fromUnits, toIndicator, toUnits,
                                                 clause, note, agreedBy, agreedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [worker.code, year, conversion.from.rawValue, conversion.fromUnits,
                                 conversion.to.rawValue, conversion.toUnits, conversion.clause,
                                 note.trimmingCharacters(in: .whitespacesAndNewlines), context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .approve,
                detail: "indicator conversion \(year) of \(worker.code): \(conversion.fromUnits) \(conversion.from.rawValue) as \(conversion.toUnits) \(conversion.to.rawValue) (\(conversion.clause))")
        }
    }

    /// The contract in force for a worker's year, if one was recorded (IND-04). Not logged: it holds no personal
    /// data beyond the directory's.
    public func postContract(year: Int, workerCode: String) throws -> IndicatorPostContract? {
        try writer.read { db in try AppDatabase.fetchPostContracts(db, year: year, workers: [workerCode])[workerCode] }
    }
}

extension AppDatabase {
    // MARK: Access

    /// Roles that see every worker's and team's indicators: 服务部, 行政人事部, the chair and vice-chair.
    static func seesEveryIndicator(_ context: AccessContext) -> Bool {
        [.serviceDepartment, .adminHR, .chair, .viceChair].contains(context.actor.role)
    }

    /// A worker's own indicators, their supervisors' up the chain, and everyone's for the roles above.
    static func seesIndicators(of workerCode: String, context: AccessContext) -> Bool {
        workerCode == context.actor.workerCode || seesEveryIndicator(context)
            || context.policy.chain.isSupervised(workerCode, by: context.actor.workerCode)
    }

    static func requireIndicatorView(of workerCode: String, context: AccessContext) throws {
        guard seesIndicators(of: workerCode, context: context) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: nil, reason: .outsideScope)
        }
    }

    /// IND-04: a contract or conversion is recorded by the worker's supervisor up the chain, 服务部, the chair or
    /// vice-chair; nobody records their own.
    static func requireIndicatorAgreement(for worker: Worker, context: AccessContext) throws {
        let me = context.actor.workerCode
        let centre: Set<Role> = [.serviceDepartment, .chair, .viceChair]
        if worker.code == me {
            throw AccessDenied(workerCode: me, action: .approve, record: nil, reason: .ownRecordApproval)
        }
        guard centre.contains(context.actor.role) || context.policy.chain.isSupervised(worker.code, by: me) else {
            let reason: AccessDenialReason = context.actor.role.supervises ? .outsideScope : .actionNotGranted
            throw AccessDenied(workerCode: me, action: .approve, record: nil, reason: reason)
        }
    }

    // MARK: Reading

    static func validIndicatorYear(_ year: Int) throws -> Int {
        guard (2000...9999).contains(year) else {
            throw ValidationError(field: N_("Year"), N_("%@ is not a year of service"), String(year))
        }
        return year
    }

    /// Every worker who may hold a post: all but system administrators, in code order.
    static func indicatorWorkers(_ db: Database) throws -> [Worker] {
        try WorkerRecord.order(WorkerRecord.Columns.code).fetchAll(db).map(\.worker)
            .filter { $0.role != .administrator }
    }

    /// The contracts in force of `year` (the latest row of each worker), for `workers` or everyone.
    static func fetchPostContracts(_ db: Database, year: Int, workers: [String]?) throws
        -> [String: IndicatorPostContract] {
        var result: [String: IndicatorPostContract] = [:]
        let wanted = workers.map(Set.init)
        for row in try Row.fetchAll(db, sql: """
            SELECT workerCode, allowedClauses, note, agreedBy, agreedAt FROM indicatorContract
            WHERE year = ? ORDER BY id
            """, arguments: [year]) {
            let code: String = row["workerCode"]
            guard wanted?.contains(code) ?? true else { continue }
            let clauses: String = row["allowedClauses"]
            result[code] = IndicatorPostContract(year: year, workerCode: code, allowedClauses: clauses.map(String.init),
                                                 note: row["note"], agreedBy: row["agreedBy"],
                                                 agreedAt: row["agreedAt"])
        }
        return result
    }

    /// The conversions agreed in `year`, per worker, in the order agreed.
    static func fetchAgreedConversions(_ db: Database, year: Int, workers: [String]?) throws
        -> [String: [IndicatorConversion]] {
        var result: [String: [IndicatorConversion]] = [:]
        let wanted = workers.map(Set.init)
        for row in try Row.fetchAll(db, sql: """
            SELECT workerCode, fromIndicator, fromUnits, toIndicator, toUnits, clause FROM indicatorConversion
            WHERE year = ? ORDER BY id
            """, arguments: [year]) {
            let code: String = row["workerCode"]
            guard wanted?.contains(code) ?? true,
                  let from = Indicator(rawValue: row["fromIndicator"]), let to = Indicator(rawValue: row["toIndicator"])
            else { continue }
            result[code, default: []].append(IndicatorConversion(from: from, fromUnits: row["fromUnits"], to: to,
                                                                 toUnits: row["toUnits"], clause: row["clause"]))
        }
        return result
    }
}
