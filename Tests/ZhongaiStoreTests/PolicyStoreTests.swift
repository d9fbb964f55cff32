import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class PolicyStoreTests: StoreTestCase {
    func testPolicyValuesReadable() throws {
        let database = try loadedDatabase()
        let entries = try database.policyEntries()
        XCTAssertEqual(entries.map(\.key), PolicyKey.allCases)
        let policy = try database.policy()
        // Conflicts C1–C3.
        XCTAssertEqual(policy.planLeadTimeBlockBelowWorkingDays, 5)
        XCTAssertEqual(policy.planLeadTimeWarnBelowDays, 14)
        XCTAssertEqual(policy.reportDueDays, 3)
        XCTAssertEqual(policy.reportOverdueAlarmDays, 14)
        XCTAssertEqual(policy.quarterlyArchiveDueDay, 20)
        XCTAssertEqual(policy.quarterlyArchiveAlarmDay, 20)
        // Casework.
        XCTAssertEqual(policy.intakeRecordDueDays, 0)
        XCTAssertEqual(policy.casePlanLeadTimeDays, 5)
        XCTAssertEqual(policy.caseSecondContactWorkingDays, 7)
        XCTAssertEqual(policy.caseAssessmentReportMonths, 2)
        XCTAssertEqual(policy.caseStageReviewMonths, 6)
        XCTAssertEqual(policy.caseClosingEvaluationMonths, 1)
        XCTAssertEqual(policy.consultationMaxContacts, 3)
        // Staffing and supervision.
        XCTAssertEqual(policy.frontlinePerAssistantSupervisor, 12)
        XCTAssertEqual(policy.assistantsPerTraineeSupervisor, 2)
        XCTAssertEqual(policy.assistantMinFrontlineDaysPerWeek, 3)
        XCTAssertEqual([policy.supervisorMeetingsWithAssistant, policy.supervisorMeetingsWithFrontline,
                        policy.traineeMeetingsWithFrontline, policy.traineeMeetingsWithAssistant,
                        policy.assistantMeetingsWithFrontline, policy.assistantReportsToSupervisor], [2, 2, 1, 2, 2, 1])
        XCTAssertEqual(policy.annualSupervisionSessions, 24)
        XCTAssertEqual(policy.annualTrainingSessions, 6)
        // Indicators.
        XCTAssertEqual(policy.satisfactionMinPercent, 80)
        XCTAssertEqual(policy.largeActivityMinParticipants, 100)
        XCTAssertEqual(policy.lectureMinParticipants, 30)
        XCTAssertEqual(policy.lectureMinMinutes, 40)
        XCTAssertEqual(policy.workshopMinParticipants, 10)
        // Archives, complaints, groups.
        XCTAssertEqual(policy.monthlyDocumentsDueDay, 5)
        XCTAssertEqual(policy.documentLineSpacing, 1.5)
        XCTAssertEqual(policy.complaintReplyDays, 2)
        XCTAssertEqual(policy.registrationOpensEarliestMonths, 1)
        XCTAssertEqual(policy.registrationOpensLatestWeeks, 2)
        XCTAssertEqual(policy.outingApplicationLeadDays, 3)
        // Selection.
        XCTAssertEqual(policy.selectionWrittenPassMark, 60)
        XCTAssertEqual(policy.selectionWrittenWeightPercent, 30)
        XCTAssertEqual(policy.selectionInterviewWeightPercent, 30)
        XCTAssertEqual([policy.int(.selectionBonusCapPolitical), policy.int(.selectionBonusCapEducation),
                        policy.int(.selectionBonusCapSocialWork), policy.int(.selectionBonusCapResearch)],
                       [15, 5, 50, 20])
        XCTAssertEqual(policy.selectionSecondAuthorPercent, 30)
        XCTAssertEqual(policy.selectionCandidatePublicityWeeks, 1)
        XCTAssertEqual(policy.selectionResultPublicityWeeks, 2)
        // Accounts.
        XCTAssertEqual(policy.accountMaxFailedLogins, 6)
        XCTAssertEqual(policy.accountLockMinutes, 30)
        XCTAssertEqual(policy.accountIdleLockMinutes, 15)
    }

    func testPolicyEntriesCarryClauseAndUnit() throws {
        let entries = try loadedDatabase().policyEntries()
        let secondContact = try XCTUnwrap(entries.first { $0.key == .caseSecondContactWorkingDays })
        XCTAssertEqual(secondContact.unit, .workingDays)
        XCTAssertTrue(secondContact.clause.hasPrefix("服务跟踪制度 一.1(2)"))
        XCTAssertTrue(entries.allSatisfy { $0.unit == $0.key.unit && !$0.clause.isEmpty })
        XCTAssertEqual(entries.first { $0.key == .documentLineSpacing }?.valueText, "1.5")
    }

    func testSetPolicyValue() throws {
        let database = try loadedDatabase()
        let entry = try database.setPolicyValue(key: "case.second_contact_working_days", value: " 5 ")
        XCTAssertEqual(entry.value, 5)
        XCTAssertEqual(entry.clause, try database.policyEntries().first { $0.key == .caseSecondContactWorkingDays }?.clause)
        XCTAssertEqual(try database.policy().caseSecondContactWorkingDays, 5)
        try database.setPolicyValue(key: "document.line_spacing", value: "2")
        XCTAssertEqual(try database.policy().documentLineSpacing, 2)
    }

    func testSetPolicyValueRefusals() throws {
        let database = try loadedDatabase()
        try assertRefused(database, field: "Policy key") {
            try database.setPolicyValue(key: "case.nonexistent", value: "3")
        }
        for bad in ["-1", "abc", "", "7.5", "1e2", "NaN"] {
            try assertRefused(database, field: "Policy value") {
                try database.setPolicyValue(key: "case.second_contact_working_days", value: bad)
            }
        }
        try assertRefused(database, field: "Policy value") {
            try database.setPolicyValue(key: "archive.monthly_documents_due_day", value: "31")
        }
        try assertRefused(database, field: "Policy value") {
            try database.setPolicyValue(key: "indicator.satisfaction_min_percent", value: "120")
        }
        // A known key missing from the table (not loaded yet) is refused too.
        let empty = try AppDatabase.empty()
        try assertRefused(empty, field: "Policy key") {
            try empty.setPolicyValue(key: "report.due_days", value: "3")
        }
    }

    func testPolicyRefusesATableWithAMissingKey() throws {
        let empty = try AppDatabase.empty()
        XCTAssertThrowsError(try empty.policy()) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Policy")
        }
    }
}
