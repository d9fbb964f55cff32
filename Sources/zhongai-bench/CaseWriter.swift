import Foundation
import GRDB
import ZhongaiDomain

/// Writes one generated case with everything a real one has by then: the client, the consent, the intake, the
/// archive code, the stage moves each with its request and the supervisor's approval, the service records and,
/// for most cases older than a few months, the approved closure; and the audit rows of each step. Statements are
/// prepared once per connection.
final class CaseWriter {
    private let categories: [String]
    private let protectedRecord, client, consent, intake, archiveCode, caseFile, serviceRecord, request, decision,
                closure: Statement
    private var sequences: [String: Int] = [:]
    private var townIDs: [String: Int64] = [:]
    private var idNumbers: Set<String> = []

    private static let stages = ["intake", "assessment", "planning", "intervention", "evaluation", "closing"]
    private static let methods = ["interview", "homeVisit", "phone", "online", "accompaniment", "liaison"]

    init(_ db: Database, categories: [String]) throws {
        self.categories = categories
        for row in try Row.fetchAll(db, sql: "SELECT id, code FROM town") { townIDs[row["code"]] = row["id"] }
        protectedRecord = try db.makeStatement(sql: """
            INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt) VALUES (?, ?, ?, ?, ?)
            """)
        client = try db.makeStatement(sql: """
            INSERT INTO client (id, name, gender, birthDate, categoryCode, phone, idDocumentKind, idNumber, address,
                                guardianName, guardianRelationship, createdBy, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, 'residentID', ?, ?, ?, ?, ?, ?)
            """)
        consent = try db.makeStatement(sql: """
            INSERT INTO consent (id, clientID, clientName, clientBirthDate, clientPhone, clientIDNumber, givenBy,
                                 guardianName, guardianRelationship, givenOn, receivingService, recordedAs, recordedBy,
                                 recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'written', ?, ?)
            """)
        intake = try db.makeStatement(sql: """
            INSERT INTO intake (id, clientID, contactDate, source, route, reasonForHelp, problemDefinition, priority,
                                decision, agreementForm, agreementRoles, agreementDuration, recordedBy, recordedAt,
                                recordedOn)
            VALUES (?, ?, ?, 'selfReferred', 'servicePhone', ?, ?, 'normal', 'accept', 'written',
                    '社工提供支持，服务对象配合面谈', '三个月', ?, ?, ?)
            """)
        archiveCode = try db.makeStatement(sql: """
            INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                     openedOn, issuedAt)
            VALUES (?, ?, 'C', ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        caseFile = try db.makeStatement(sql: """
            INSERT INTO caseFile (id, code, clientID, intakeID, openedOn, stage, openedBy, openedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        serviceRecord = try db.makeStatement(sql: """
            INSERT INTO serviceRecord (id, caseID, servedOn, durationMinutes, place, method, content, notes, recordedBy,
                                       recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        request = try db.makeStatement(sql: """
            INSERT INTO approvalRequest (id, caseID, kind, targetStage, closingReason, requestedBy, requestedAt, requestedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        decision = try db.makeStatement(sql: """
            INSERT INTO approvalDecision (requestID, outcome, decidedBy, decidedAt) VALUES (?, 'approved', ?, ?)
            """)
        closure = try db.makeStatement(sql: """
            UPDATE caseFile SET state = 'closed', closingReason = ?, closedOn = ?, problemSolvedOn = ? WHERE id = ?
            """)
    }

    func writeCase(number: Int, holder: StaffMember, openedOn: DayNumber, lastDay: DayNumber, recordsPerCase: Int,
                   random: inout SeededGenerator, audit: inout AuditChainWriter) throws {
        let openedAt = openedOn.moment(minuteOfDay: random.int(8 * 60...17 * 60))
        let created = AuditTimestamp.format(openedAt)
        let problem = random.pick(ChineseCorpus.problems)
        let clientID = try register(.client, holder: holder, at: created, random: &random)
        let consentID = try writeClientAndConsent(clientID, number: number, holder: holder, openedOn: openedOn,
                                                  created: created, random: &random)
        let intakeID = try register(.intake, holder: holder, at: created, random: &random)
        try intake.execute(arguments: [intakeID, clientID, openedOn.text, "求助：" + problem, problem, holder.code,
                                       created, openedOn.text])
        let code = try issueCode(holder: holder, openedOn: openedOn, created: created)
        let caseID = try register(.caseFile, holder: holder, at: created, random: &random)
        let moves = stageMoves(openedOn: openedOn, lastDay: lastDay, random: &random)
        try caseFile.execute(arguments: [caseID, code, clientID, intakeID, openedOn.text, Self.stages[moves.count],
                                         holder.code, created])
        for (kind, id) in [(ProtectedRecordKind.client, clientID), (.consent, consentID), (.intake, intakeID)] {
            try audit.append(at: openedAt, actor: holder.code, action: .create, record: ProtectedRecordRef(kind: kind, id: id))
        }
        try audit.append(at: openedAt, actor: holder.code, action: .archiveCodeIssued,
                         record: ProtectedRecordRef(kind: .archiveCodes, id: holder.code), detail: code)
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        try audit.append(at: openedAt, actor: holder.code, action: .create, record: ref, detail: code)
        for (step, day) in moves.enumerated() {
            try approve(caseID, ref: ref, kind: "advance", target: Self.stages[step + 1], reason: nil, on: day,
                        holder: holder, random: &random, audit: &audit)
        }
        let closedOn = try closeIfDone(caseID, ref: ref, moves: moves, lastDay: lastDay, holder: holder,
                                       random: &random, audit: &audit)
        try writeServiceRecords(caseID, ref: ref, problem: problem, from: openedOn, until: closedOn ?? lastDay,
                                count: random.int(1...max(1, 2 * recordsPerCase - 1)), holder: holder,
                                random: &random, audit: &audit)
    }

    private func register(_ kind: ProtectedRecordKind, holder: StaffMember, at created: String,
                          random: inout SeededGenerator) throws -> String {
        let id = Self.recordID(&random)
        try protectedRecord.execute(arguments: [id, kind.rawValue, holder.code, holder.servicePointID, created])
        return id
    }

    private func writeClientAndConsent(_ clientID: String, number: Int, holder: StaffMember, openedOn: DayNumber,
                                       created: String, random: inout SeededGenerator) throws -> String {
        let category = random.pick(categories)
        let minor = category == "youth" || category == "student"
        let birth = openedOn + (minor ? -random.int(8 * 365...17 * 365) : -random.int(18 * 365...90 * 365))
        let name = ChineseCorpus.personName(&random)
        let phone = ChineseCorpus.phone(&random)
        // The serial (3 digits) makes each ID number unique among clients born the same day.
        var serial = number % 1000
        var idNumber = ResidentID.make(birth: birth, serial: serial)
        while !idNumbers.insert(idNumber).inserted {
            serial += 1
            idNumber = ResidentID.make(birth: birth, serial: serial)
        }
        let guardian: String? = minor ? ChineseCorpus.personName(&random) : nil
        let relationship: String? = minor ? random.pick(["母亲", "父亲", "祖母", "祖父"]) : nil
        try client.execute(arguments: [clientID, name, random.pick(["female", "male"]), birth.text, category, phone,
                                       idNumber, ChineseCorpus.address(&random), guardian, relationship, holder.code,
                                       created])
        let consentID = try register(.consent, holder: holder, at: created, random: &random)
        try consent.execute(arguments: [consentID, clientID, name, birth.text, phone, idNumber,
                                        minor ? "guardian" : "client", guardian, relationship, openedOn.text,
                                        holder.code, created])
        return consentID
    }

    /// ARC-05: the next sequence of the holder's cases in the year.
    private func issueCode(holder: StaffMember, openedOn: DayNumber, created: String) throws -> String {
        let (year, month, _) = openedOn.civil
        let key = "\(holder.code)-\(year)"
        let sequence = (sequences[key] ?? 0) + 1
        sequences[key] = sequence
        let code = String(format: "%@-%@-C%02d-%04d%02d-%@", holder.townCode, holder.sectorCode, sequence, year, month,
                          holder.code)
        try archiveCode.execute(arguments: [code, holder.code, year, month, sequence, townIDs[holder.townCode],
                                            holder.townCode, holder.sectorCode, openedOn.text, created])
        return code
    }

    /// The days the case moved to its next stages, each some weeks after the one before, up to `lastDay`.
    private func stageMoves(openedOn: DayNumber, lastDay: DayNumber, random: inout SeededGenerator) -> [DayNumber] {
        var moves: [DayNumber] = []
        var day = openedOn
        while moves.count < Self.stages.count - 1 {
            day = day + random.int(7...60)
            if day > lastDay { break }
            moves.append(day)
        }
        return moves
    }

    private func approve(_ caseID: String, ref: ProtectedRecordRef, kind: String, target: String?, reason: String?,
                         on day: DayNumber, holder: StaffMember, random: inout SeededGenerator,
                         audit: inout AuditChainWriter) throws {
        let requestedAt = day.moment(minuteOfDay: random.int(9 * 60...11 * 60))
        let decidedAt = day.moment(minuteOfDay: random.int(14 * 60...17 * 60))
        let id = Self.recordID(&random)
        try request.execute(arguments: [id, caseID, kind, target, reason, holder.code,
                                        AuditTimestamp.format(requestedAt), day.text])
        try decision.execute(arguments: [id, holder.supervisorCode, AuditTimestamp.format(decidedAt)])
        try audit.append(at: requestedAt, actor: holder.code, action: .approvalRequested, record: ref,
                         detail: "\(kind) \(target ?? reason ?? "")")
        try audit.append(at: decidedAt, actor: holder.supervisorCode, action: .approve, record: ref, detail: id)
    }

    /// Nine in ten cases that reached 结案 are closed (CASE-03, CASE-12) a few days later, if that day has come.
    private func closeIfDone(_ caseID: String, ref: ProtectedRecordRef, moves: [DayNumber], lastDay: DayNumber,
                             holder: StaffMember, random: inout SeededGenerator, audit: inout AuditChainWriter) throws
        -> DayNumber? {
        guard moves.count == Self.stages.count - 1, let reached = moves.last, random.chance(0.9) else { return nil }
        let day = reached + random.int(3...20)
        guard day <= lastDay else { return nil }
        let reason = random.chance(0.8) ? "goalsAchieved" : random.pick(["clientSelfReliant", "clientRefusesService",
                                                                           "objectiveCircumstances"])
        try approve(caseID, ref: ref, kind: "close", target: nil, reason: reason, on: day, holder: holder,
                    random: &random, audit: &audit)
        try closure.execute(arguments: [reason, day.text, reason == "goalsAchieved" ? reached.text : nil, caseID])
        return day
    }

    private func writeServiceRecords(_ caseID: String, ref: ProtectedRecordRef, problem: String, from first: DayNumber,
                                     until last: DayNumber, count: Int, holder: StaffMember,
                                     random: inout SeededGenerator, audit: inout AuditChainWriter) throws {
        let days = (0..<count).map { _ in first + random.int(0...max(0, last.value - first.value)) }.sorted()
        for day in days {
            let at = day.moment(minuteOfDay: random.int(17 * 60...20 * 60))
            let id = Self.recordID(&random)
            try serviceRecord.execute(arguments: [id, caseID, day.text, random.int(3...12) * 10,
                                                  random.pick(ChineseCorpus.places), random.pick(Self.methods),
                                                  ChineseCorpus.serviceContent(&random, problem: problem),
                                                  ChineseCorpus.serviceNotes(&random), holder.code,
                                                  AuditTimestamp.format(at)])
            try audit.append(at: at, actor: holder.code, action: .edit, record: ref,
                             detail: "service record \(id) on \(day.text)")
        }
    }

    /// A UUID text from the seeded generator, so the same seed gives the same ids.
    static func recordID(_ random: inout SeededGenerator) -> String {
        let a = random.next(), b = random.next()
        let hex = String(format: "%016llx%016llx", a, b)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-"
            + String(c[20..<32])
    }
}
