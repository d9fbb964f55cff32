import Foundation
import ZhongaiDomain

/// A programme in full as `programme show --json` prints it (a read that is logged).
struct ProgrammeDetailRow: Encodable {
    struct SessionRow: Encodable {
        let id: String
        let number: Int
        let heldOn: String
        let startTime: String
        let durationMinutes: Int
        let venue: String
    }

    struct RegistrationRow: Encodable {
        let id: String
        let name: String
        let phone: String
        let gender: String
        let ageGroup: String
        let clientID: String?
        let isWalkIn: Bool
        let awaitsMatching: Bool
        let registeredOn: String
    }

    struct ReviewRow: Encodable {
        let document: String
        let event: String
        let comment: String
        let warning: String
        let actorCode: String
        let recordedOn: String
    }

    struct SatisfactionRow: Encodable {
        let item: String
        let responses: Int
        let satisfied: Int
        let percent: Int?
        let belowThreshold: Bool

        init(_ s: ItemSatisfaction) {
            item = s.item.rawValue
            responses = s.responses
            satisfied = s.satisfied
            percent = s.percent
            belowThreshold = s.isBelowThreshold
        }
    }

    struct FinanceRow: Encodable {
        let item: String
        let budgeted: String?
        let spent: String?
    }

    struct ArchiveRow: Encodable {
        let document: String
        let tickedBy: String?
    }

    let programme: ProgrammeRow
    let sessions: [SessionRow]
    let registrations: [RegistrationRow]
    let planSaved: Bool
    let budgetTotal: String?
    let reviews: [ReviewRow]
    let feedbackForms: Int
    let satisfaction: [SatisfactionRow]
    let reportSaved: Bool
    let finance: [FinanceRow]
    let archiveChecklist: [ArchiveRow]
    let deadlines: [ProgrammeDeadlineRow]
    let participantCount: Int

    init(_ d: ProgrammeDetail) {
        programme = ProgrammeRow(d.programme)
        sessions = d.sessions.map {
            SessionRow(id: $0.id, number: $0.number, heldOn: $0.heldOn.description, startTime: $0.startTime,
                       durationMinutes: $0.durationMinutes, venue: $0.venue)
        }
        registrations = d.registrations.map {
            RegistrationRow(id: $0.id, name: $0.name, phone: $0.phone, gender: $0.gender.rawValue,
                            ageGroup: $0.ageGroup.rawValue, clientID: $0.clientID, isWalkIn: $0.isWalkIn,
                            awaitsMatching: $0.awaitsMatching, registeredOn: $0.registeredOn.description)
        }
        planSaved = d.plan != nil
        budgetTotal = d.plan?.budget.total.description
        reviews = d.reviews.map {
            ReviewRow(document: $0.document.rawValue, event: $0.event.rawValue, comment: $0.comment,
                      warning: $0.warning, actorCode: $0.actorCode, recordedOn: $0.recordedOn.description)
        }
        feedbackForms = d.feedback.count
        satisfaction = (d.satisfaction?.items ?? []).map(SatisfactionRow.init)
        reportSaved = d.report != nil
        finance = d.finance.map {
            FinanceRow(item: $0.item, budgeted: $0.budgeted?.description, spent: $0.spent?.description)
        }
        archiveChecklist = d.archiveChecklist.map { ArchiveRow(document: $0.document.rawValue, tickedBy: $0.tickedBy) }
        deadlines = d.deadlines.map(ProgrammeDeadlineRow.init)
        participantCount = d.participantCount
    }
}
