/// The key of a number of the rule book in the policy table. Code reads numbers through these keys only;
/// the values, their clauses and notes are data (data/policy.txt), editable by an administrator.
public enum PolicyKey: String, CaseIterable, Codable, Sendable {
    // Conflicts C1–C3 (GRP-02, GRP-06, GRP-07, ARC-09).
    case planLeadTimeBlockBelowWorkingDays = "plan.lead_time.block_below_working_days"
    case planLeadTimeWarnBelowDays = "plan.lead_time.warn_below_days"
    case reportDueDays = "report.due_days"
    case reportOverdueAlarmDays = "report.overdue_alarm_days"
    case quarterlyArchiveDueDay = "archive.quarterly.due_day_first_month"
    case quarterlyArchiveAlarmDay = "archive.quarterly.alarm_day_second_month"

    // Intake and casework.
    case intakeRecordDueDays = "intake.record_due_days"
    case casePlanLeadTimeDays = "case.plan_lead_time_days"
    case caseSecondContactWorkingDays = "case.second_contact_working_days"
    case caseAssessmentReportMonths = "case.assessment_report_months"
    case caseStageReviewMonths = "case.stage_review_months"
    case caseClosingEvaluationMonths = "case.closing_evaluation_months"
    case consultationMaxContacts = "consultation.max_contacts"

    // Groups and activities.
    case registrationOpensEarliestMonths = "group.registration_opens_earliest_months"
    case registrationOpensLatestWeeks = "group.registration_opens_latest_weeks"
    case outingApplicationLeadDays = "outing.application_lead_days"

    // Staffing and supervision.
    case frontlinePerAssistantSupervisor = "staffing.frontline_per_assistant_supervisor"
    case assistantsPerTraineeSupervisor = "staffing.assistants_per_trainee_supervisor"
    case assistantMinFrontlineDaysPerWeek = "staffing.assistant_min_frontline_days_per_week"
    case supervisorMeetingsWithAssistant = "supervision.supervisor_to_assistant_per_month"
    case supervisorMeetingsWithFrontline = "supervision.supervisor_to_frontline_per_month"
    case supervisorGroupsGuided = "supervision.supervisor_groups_guided"
    case traineeMeetingsWithFrontline = "supervision.trainee_to_frontline_per_month"
    case traineeMeetingsWithAssistant = "supervision.trainee_to_assistant_per_month"
    case traineeReportsToAgency = "supervision.trainee_reports_per_month"
    case assistantMeetingsWithFrontline = "supervision.assistant_to_frontline_per_month"
    case assistantGroupsGuided = "supervision.assistant_groups_guided"
    case assistantReportsToSupervisor = "supervision.assistant_reports_per_month"

    // Annual indicators.
    case annualSupervisionSessions = "indicator.annual_supervision_sessions"
    case annualTrainingSessions = "indicator.annual_training_sessions"
    case satisfactionMinPercent = "indicator.satisfaction_min_percent"
    case largeActivityMinParticipants = "indicator.large_activity_min_participants"
    case lectureMinParticipants = "indicator.lecture_min_participants"
    case lectureMinMinutes = "indicator.lecture_min_minutes"
    case workshopMinParticipants = "indicator.workshop_min_participants"
    case caseSessionAsConsultations = "indicator.conversion.case_session_as_consultations"
    case caseSessionAsVisits = "indicator.conversion.case_session_as_visits"
    case caseSessionAsFilings = "indicator.conversion.case_session_as_filings"
    case therapeuticGroupAsDevelopmentalGroups = "indicator.conversion.therapeutic_group_as_developmental_groups"
    case caseAsTherapeuticGroups = "indicator.conversion.case_as_therapeutic_groups"
    case caseAsLargeActivities = "indicator.conversion.case_as_large_activities"
    case largeActivityAsSmallActivities = "indicator.conversion.large_activity_as_small_activities"
    case largeActivityAsLecturesWorkshops = "indicator.conversion.large_activity_as_lectures_workshops"
    case supervisionsPerTraining = "indicator.conversion.supervisions_per_training"

    // Archives, documents, complaints, checks.
    case monthlyDocumentsDueDay = "archive.monthly_documents_due_day"
    case archiveCheckIntervalMonths = "archive.check_interval_months"
    case archiveInventoryIntervalMonths = "archive.inventory_interval_months"
    case archiveDestructionIntervalYears = "archive.destruction_interval_years"
    case documentFontSizePoints = "document.font_size_pt"
    case documentLineSpacing = "document.line_spacing"
    case complaintReplyDays = "complaint.reply_days"
    case supervisorCheckIntervalMonths = "check.supervisor_check_interval_months"
    case employerCheckIntervalMonths = "check.employer_check_interval_months"
    case chairVisitIntervalMonths = "visit.chair_interval_months"
    case adminHRVisitIntervalMonths = "visit.admin_hr_interval_months"

    // Supervisor selection.
    case selectionMinServiceDaysPerYear = "selection.min_service_days_per_year"
    case selectionAssistantMinYears = "selection.assistant_min_years"
    case selectionTraineeMinYears = "selection.trainee_min_years"
    case selectionExceptionalConditionsRequired = "selection.exceptional_conditions_required"
    case selectionExceptionalMinPapers = "selection.exceptional_min_papers"
    case selectionExceptionalMinPaperCharacters = "selection.exceptional_min_paper_characters"
    case selectionPeerNominationPercent = "selection.peer_nomination_percent"
    case selectionWrittenPassMark = "selection.written_pass_mark"
    case selectionWrittenWeightPercent = "selection.written_weight_percent"
    case selectionInterviewWeightPercent = "selection.interview_weight_percent"
    case selectionBonusCapPolitical = "selection.bonus_cap.political"
    case selectionBonusCapEducation = "selection.bonus_cap.education"
    case selectionBonusCapSocialWork = "selection.bonus_cap.social_work"
    case selectionBonusCapResearch = "selection.bonus_cap.research"
    case selectionSecondAuthorPercent = "selection.second_author_percent"
    case selectionCandidatePublicityWeeks = "selection.candidate_publicity_weeks"
    case selectionResultPublicityWeeks = "selection.result_publicity_weeks"

    // Accounts (the workbench's own defaults, not a clause of the rule book).
    case accountMaxFailedLogins = "account.max_failed_logins"
    case accountLockMinutes = "account.lock_minutes"
    case accountIdleLockMinutes = "account.idle_lock_minutes"

    /// The unit code reads the value in; the policy file must state the same unit.
    public var unit: PolicyUnit {
        switch self {
        case .planLeadTimeBlockBelowWorkingDays, .caseSecondContactWorkingDays: .workingDays
        case .planLeadTimeWarnBelowDays, .reportDueDays, .reportOverdueAlarmDays, .intakeRecordDueDays,
             .casePlanLeadTimeDays, .outingApplicationLeadDays, .complaintReplyDays,
             .selectionMinServiceDaysPerYear: .days
        case .registrationOpensLatestWeeks, .selectionCandidatePublicityWeeks, .selectionResultPublicityWeeks: .weeks
        case .caseAssessmentReportMonths, .caseStageReviewMonths, .caseClosingEvaluationMonths,
             .registrationOpensEarliestMonths, .archiveCheckIntervalMonths, .archiveInventoryIntervalMonths,
             .supervisorCheckIntervalMonths, .employerCheckIntervalMonths, .chairVisitIntervalMonths,
             .adminHRVisitIntervalMonths: .months
        case .archiveDestructionIntervalYears, .selectionAssistantMinYears, .selectionTraineeMinYears: .years
        case .quarterlyArchiveDueDay, .quarterlyArchiveAlarmDay, .monthlyDocumentsDueDay: .dayOfMonth
        case .supervisorMeetingsWithAssistant, .supervisorMeetingsWithFrontline, .supervisorGroupsGuided,
             .traineeMeetingsWithFrontline, .traineeMeetingsWithAssistant, .traineeReportsToAgency,
             .assistantMeetingsWithFrontline, .assistantGroupsGuided, .assistantReportsToSupervisor: .timesPerMonth
        case .assistantMinFrontlineDaysPerWeek: .daysPerWeek
        case .consultationMaxContacts, .annualSupervisionSessions, .annualTrainingSessions,
             .selectionExceptionalConditionsRequired, .selectionExceptionalMinPapers: .count
        case .largeActivityMinParticipants, .lectureMinParticipants, .workshopMinParticipants: .participants
        case .lectureMinMinutes, .accountLockMinutes, .accountIdleLockMinutes: .minutes
        case .satisfactionMinPercent, .selectionPeerNominationPercent, .selectionWrittenWeightPercent,
             .selectionInterviewWeightPercent, .selectionSecondAuthorPercent: .percent
        case .frontlinePerAssistantSupervisor, .assistantsPerTraineeSupervisor: .ratio
        case .caseSessionAsConsultations, .caseSessionAsVisits, .caseSessionAsFilings,
             .therapeuticGroupAsDevelopmentalGroups, .caseAsTherapeuticGroups, .caseAsLargeActivities,
             .largeActivityAsSmallActivities, .largeActivityAsLecturesWorkshops, .supervisionsPerTraining: .multiple
        case .selectionWrittenPassMark, .selectionBonusCapPolitical, .selectionBonusCapEducation,
             .selectionBonusCapSocialWork, .selectionBonusCapResearch: .points
        case .selectionExceptionalMinPaperCharacters: .characters
        case .accountMaxFailedLogins: .attempts
        case .documentFontSizePoints: .typePoints
        case .documentLineSpacing: .factor
        }
    }
}
