import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    // MARK: Reading programme rows

    private static let programmeSelect = """
        SELECT programme.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM programme JOIN protectedRecord ON protectedRecord.id = programme.id
        """

    static func fetchProgramme(_ db: Database, id: String) throws -> Programme? {
        try Row.fetchOne(db, sql: programmeSelect + " WHERE programme.id = ?", arguments: [id]).map(programme)
    }

    static func programme(_ row: Row) throws -> Programme {
        var window: RegistrationWindow?
        if let opens = try date(row["registrationOpensOn"]), let closes = try date(row["registrationClosesOn"]) {
            window = RegistrationWindow(opensOn: opens, closesOn: closes)
        }
        return Programme(id: row["id"], code: row["code"], kind: ProgrammeKind(rawValue: row["kind"]) ?? .smallActivity,
                         title: row["title"], isOuting: row["isOuting"], hasFixedMembers: row["hasFixedMembers"],
                         startsOn: try date(row["startsOn"])!, endsOn: try date(row["endsOn"])!,
                         registrationWindow: window, stage: ProgrammeStage(rawValue: row["stage"]) ?? .planning,
                         holderCode: row["holderCode"], servicePointID: row["servicePointID"],
                         createdBy: row["createdBy"], createdOn: try date(row["createdOn"])!)
    }

    /// The programme with its sessions in order, its registrations in the order recorded, and everything recorded
    /// about it; its deadlines as they stand on `today`.
    static func programmeDetail(_ db: Database, _ programme: Programme,
                                today: CalendarDate) throws -> ProgrammeDetail {
        let sessions = try Row.fetchAll(db, sql: "SELECT * FROM programmeSession WHERE programmeID = ? ORDER BY number",
                                        arguments: [programme.id]).map(programmeSession)
        let registrations = try Row.fetchAll(db, sql: """
            SELECT * FROM registration WHERE programmeID = ? ORDER BY recordedAt, rowid
            """, arguments: [programme.id]).map(registration)
        let plan = try programmeJSONValue(ProgrammePlan.self, try String.fetchOne(
            db, sql: "SELECT content FROM programmePlan WHERE programmeID = ?", arguments: [programme.id]))
        let reviews = try Row.fetchAll(db, sql: "SELECT * FROM programmeReview WHERE programmeID = ? ORDER BY id",
                                       arguments: [programme.id]).map(programmeReview)
        let entries = try fetchPolicyEntries(db)
        let policy = try Policy(entries: entries)
        let feedback = try fetchFeedback(db, programmeID: programme.id)
        let report = try programmeJSONValue(ProgrammeReport.self, try String.fetchOne(
            db, sql: "SELECT content FROM programmeReport WHERE programmeID = ?", arguments: [programme.id]))
        var detail = ProgrammeDetail(programme: programme, sessions: sessions, registrations: registrations,
                                     plan: plan, outing: try fetchOutingSafety(db, programmeID: programme.id),
                                     reviews: reviews, feedback: feedback,
                                     satisfaction: SatisfactionSummary(feedback: feedback,
                                                                       thresholdPercent: policy.satisfactionMinPercent),
                                     report: report, archiveChecklist: try fetchArchiveChecklist(db, programme),
                                     participantCount: try fetchParticipantCount(db, programmeID: programme.id))
        detail.deadlines = try ProgrammeDeadlines(entries: entries,
                                                  calendar: WorkingDayCalendar(schedule: try fetchHolidaySchedule(db)))
            .deadlines(for: detail, today: today)
        return detail
    }

    /// Rule IND-05: distinct registrations signed in to any session of the programme.
    static func fetchParticipantCount(_ db: Database, programmeID: String) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT signIn.registrationID) FROM signIn
            JOIN programmeSession ON programmeSession.id = signIn.sessionID
            WHERE programmeSession.programmeID = ?
            """, arguments: [programmeID]) ?? 0
    }

    static func fetchFeedback(_ db: Database, programmeID: String) throws -> [ParticipantFeedback] {
        var scores: [String: [FeedbackItem: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.feedbackID, s.item, s.score FROM programmeFeedbackScore s
            JOIN programmeFeedback f ON f.id = s.feedbackID WHERE f.programmeID = ?
            """, arguments: [programmeID]) {
            guard let item = FeedbackItem(rawValue: row["item"]) else { continue }
            scores[row["feedbackID"], default: [:]][item] = row["score"]
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM programmeFeedback WHERE programmeID = ? ORDER BY recordedAt, rowid",
                                arguments: [programmeID]).map { row in
            ParticipantFeedback(id: row["id"], registrationID: row["registrationID"], scores: scores[row["id"]] ?? [:],
                                comments: row["comments"], filledOn: try date(row["filledOn"])!,
                                recordedBy: row["recordedBy"])
        }
    }

    /// Rule GRP-08: the programme's checklist in the source's order, with the ticks recorded.
    static func fetchArchiveChecklist(_ db: Database, _ programme: Programme) throws -> [ProgrammeArchiveItem] {
        var ticks: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM programmeArchiveItem WHERE programmeID = ?",
                                    arguments: [programme.id]) {
            ticks[row["document"]] = row
        }
        return ProgrammeArchiveDocument.checklist(isGroup: programme.isGroup, hasFixedMembers: programme.hasFixedMembers)
            .map { document in
                let tick = ticks[document.rawValue]
                return ProgrammeArchiveItem(document: document, tickedBy: tick?["tickedBy"],
                                            tickedAt: (tick?["tickedAt"] as String?).flatMap(AuditTimestamp.parse))
            }
    }

    static func programmeReview(_ row: Row) throws -> ProgrammeReview {
        ProgrammeReview(document: ProgrammeDocument(rawValue: row["document"]) ?? .plan,
                        event: ProgrammeReviewEvent(rawValue: row["event"]) ?? .submitted, comment: row["comment"],
                        warning: row["warning"], actorCode: row["actorCode"],
                        recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0),
                        recordedOn: try date(row["recordedOn"])!)
    }

    static func fetchOutingSafety(_ db: Database, programmeID: String) throws -> OutingSafety? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM programmeOuting WHERE programmeID = ?",
                                         arguments: [programmeID]) else { return nil }
        let vehicles = try Row.fetchAll(db, sql: "SELECT * FROM programmeVehicle WHERE programmeID = ? ORDER BY id",
                                        arguments: [programmeID]).map { vehicle in
            OutingVehicle(plate: vehicle["plate"], licence: vehicle["licence"],
                          roadworthyConfirmed: vehicle["roadworthyConfirmed"])
        }
        return OutingSafety(surveyedOn: try date(row["surveyedOn"])!, surveyor: row["surveyor"],
                            findings: row["findings"], route: row["route"], usesVehicles: row["usesVehicles"],
                            vehicles: vehicles, guardiansTakeParticipants: row["guardiansTakeParticipants"],
                            guardianNotice: row["guardianNotice"])
    }

    static func programmeSession(_ row: Row) throws -> ProgrammeSession {
        ProgrammeSession(id: row["id"], programmeID: row["programmeID"], number: row["number"],
                         heldOn: try date(row["heldOn"])!, startTime: row["startTime"],
                         durationMinutes: row["durationMinutes"], venue: row["venue"])
    }

    static func fetchRegistration(_ db: Database, id: String) throws -> Registration? {
        try Row.fetchOne(db, sql: "SELECT * FROM registration WHERE id = ?", arguments: [id]).map(registration)
    }

    static func registration(_ row: Row) throws -> Registration {
        Registration(id: row["id"], programmeID: row["programmeID"], name: row["name"], phone: row["phone"],
                     gender: ParticipantGender(rawValue: row["gender"]) ?? .unstated,
                     ageGroup: AgeGroup(rawValue: row["ageGroup"]) ?? .unstated, clientID: row["clientID"],
                     isWalkIn: row["isWalkIn"], matchedAt: (row["matchedAt"] as String?).flatMap(AuditTimestamp.parse),
                     registeredOn: try date(row["registeredOn"])!, recordedBy: row["recordedBy"],
                     recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
    }
}
