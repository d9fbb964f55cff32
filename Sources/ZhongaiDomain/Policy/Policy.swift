/// The numbers of the rule book in force: every `PolicyKey` with its value. Rules read their numbers here,
/// never from constants, so an administrator's change in the policy table takes effect everywhere.
public struct Policy: Equatable, Sendable {
    public let values: [PolicyKey: Double]

    /// Refuses a table that lacks a key code reads, so a missing number is found when the table is loaded,
    /// not when a deadline is computed.
    public init(entries: [PolicyEntry]) throws {
        var values: [PolicyKey: Double] = [:]
        for entry in entries {
            guard values[entry.key] == nil else {
                throw ValidationError(field: N_("Policy"), N_("key “%@” appears twice"), entry.key.rawValue)
            }
            try entry.key.unit.validate(entry.value, field: entry.key.rawValue)
            values[entry.key] = entry.value
        }
        if let missing = PolicyKey.allCases.first(where: { values[$0] == nil }) {
            throw ValidationError(field: N_("Policy"), N_("key “%@” is missing"), missing.rawValue)
        }
        self.values = values
    }

    public subscript(key: PolicyKey) -> Double {
        // `init` guarantees every key is present.
        values[key]!
    }

    /// The value of a whole-number key.
    public func int(_ key: PolicyKey) -> Int { Int(self[key]) }

    // Conflict C1 (GRP-02, CASE-05): a plan handed in later than this is refused, and warned about below two weeks.
    public var planLeadTimeBlockBelowWorkingDays: Int { int(.planLeadTimeBlockBelowWorkingDays) }
    public var planLeadTimeWarnBelowDays: Int { int(.planLeadTimeWarnBelowDays) }
    // Conflict C2 (GRP-06).
    public var reportDueDays: Int { int(.reportDueDays) }
    public var reportOverdueAlarmDays: Int { int(.reportOverdueAlarmDays) }
    // Conflict C3 (GRP-07, ARC-09).
    public var quarterlyArchiveDueDay: Int { int(.quarterlyArchiveDueDay) }
    public var quarterlyArchiveAlarmDay: Int { int(.quarterlyArchiveAlarmDay) }

    // INTAKE-04, CASE-05, CASE-06, CASE-07, CASE-09, CASE-10, CONS-01.
    public var intakeRecordDueDays: Int { int(.intakeRecordDueDays) }
    public var casePlanLeadTimeDays: Int { int(.casePlanLeadTimeDays) }
    public var caseSecondContactWorkingDays: Int { int(.caseSecondContactWorkingDays) }
    public var caseAssessmentReportMonths: Int { int(.caseAssessmentReportMonths) }
    public var caseStageReviewMonths: Int { int(.caseStageReviewMonths) }
    public var caseClosingEvaluationMonths: Int { int(.caseClosingEvaluationMonths) }
    public var consultationMaxContacts: Int { int(.consultationMaxContacts) }

    // GRP-03, GRP-10.
    public var registrationOpensEarliestMonths: Int { int(.registrationOpensEarliestMonths) }
    public var registrationOpensLatestWeeks: Int { int(.registrationOpensLatestWeeks) }
    public var outingApplicationLeadDays: Int { int(.outingApplicationLeadDays) }

    // ROLE-02, ROLE-03.
    public var frontlinePerAssistantSupervisor: Int { int(.frontlinePerAssistantSupervisor) }
    public var assistantsPerTraineeSupervisor: Int { int(.assistantsPerTraineeSupervisor) }
    public var assistantMinFrontlineDaysPerWeek: Int { int(.assistantMinFrontlineDaysPerWeek) }

    // SUP-02, SUP-03, SUP-04: minimum meetings (or reports, or groups guided) a month.
    public var supervisorMeetingsWithAssistant: Int { int(.supervisorMeetingsWithAssistant) }
    public var supervisorMeetingsWithFrontline: Int { int(.supervisorMeetingsWithFrontline) }
    public var supervisorGroupsGuided: Int { int(.supervisorGroupsGuided) }
    public var traineeMeetingsWithFrontline: Int { int(.traineeMeetingsWithFrontline) }
    public var traineeMeetingsWithAssistant: Int { int(.traineeMeetingsWithAssistant) }
    public var traineeReportsToAgency: Int { int(.traineeReportsToAgency) }
    public var assistantMeetingsWithFrontline: Int { int(.assistantMeetingsWithFrontline) }
    public var assistantGroupsGuided: Int { int(.assistantGroupsGuided) }
    public var assistantReportsToSupervisor: Int { int(.assistantReportsToSupervisor) }

    // SUP-06, IND-02, IND-05.
    public var annualSupervisionSessions: Int { int(.annualSupervisionSessions) }
    public var annualTrainingSessions: Int { int(.annualTrainingSessions) }
    public var satisfactionMinPercent: Int { int(.satisfactionMinPercent) }
    public var largeActivityMinParticipants: Int { int(.largeActivityMinParticipants) }
    public var lectureMinParticipants: Int { int(.lectureMinParticipants) }
    public var lectureMinMinutes: Int { int(.lectureMinMinutes) }
    public var workshopMinParticipants: Int { int(.workshopMinParticipants) }

    // ARC-07, ARC-10, CONF-05, CMP-02, CHK-02, CHK-05.
    public var monthlyDocumentsDueDay: Int { int(.monthlyDocumentsDueDay) }
    public var documentFontSizePoints: Int { int(.documentFontSizePoints) }
    public var documentLineSpacing: Double { self[.documentLineSpacing] }
    /// CASE-14: the largest scan or photo attached to a record, in MB (1 MB = 1 048 576 bytes).
    public var attachmentMaxMegabytes: Int { int(.attachmentMaxMegabytes) }
    public var archiveCheckIntervalMonths: Int { int(.archiveCheckIntervalMonths) }
    public var archiveInventoryIntervalMonths: Int { int(.archiveInventoryIntervalMonths) }
    public var archiveDestructionIntervalYears: Int { int(.archiveDestructionIntervalYears) }
    public var complaintReplyDays: Int { int(.complaintReplyDays) }
    public var supervisorCheckIntervalMonths: Int { int(.supervisorCheckIntervalMonths) }
    public var employerCheckIntervalMonths: Int { int(.employerCheckIntervalMonths) }
    public var chairVisitIntervalMonths: Int { int(.chairVisitIntervalMonths) }
    public var adminHRVisitIntervalMonths: Int { int(.adminHRVisitIntervalMonths) }

    // SEL-01 … SEL-04.
    public var selectionMinServiceDaysPerYear: Int { int(.selectionMinServiceDaysPerYear) }
    public var selectionWrittenPassMark: Int { int(.selectionWrittenPassMark) }
    public var selectionWrittenWeightPercent: Int { int(.selectionWrittenWeightPercent) }
    public var selectionInterviewWeightPercent: Int { int(.selectionInterviewWeightPercent) }
    public var selectionSecondAuthorPercent: Int { int(.selectionSecondAuthorPercent) }
    public var selectionCandidatePublicityWeeks: Int { int(.selectionCandidatePublicityWeeks) }
    public var selectionResultPublicityWeeks: Int { int(.selectionResultPublicityWeeks) }

    // Accounts.
    public var accountMaxFailedLogins: Int { int(.accountMaxFailedLogins) }
    public var accountLockMinutes: Int { int(.accountLockMinutes) }
    public var accountIdleLockMinutes: Int { int(.accountIdleLockMinutes) }
    public var deadlineDueSoonDays: Int { int(.deadlineDueSoonDays) }
}
