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
    case rollCallAbsenceFlag = "group.roll_call_absence_flag"

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
    case attachmentMaxMegabytes = "attachment.max_megabytes"
    case complaintReplyDays = "complaint.reply_days"
    case supervisorCheckIntervalMonths = "check.supervisor_check_interval_months"
    case employerCheckIntervalMonths = "check.employer_check_interval_months"
    case chairVisitIntervalMonths = "visit.chair_interval_months"
    case adminHRVisitIntervalMonths = "visit.admin_hr_interval_months"
    case safetyInspectionIntervalMonths = "inspection.interval_months"

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
    case selectionProjectParticipantPercent = "selection.project_participant_percent"
    case selectionTeamAwardPercent = "selection.team_award_percent"
    case selectionBonusSubcapExcellentAppraisals = "selection.bonus_subcap.excellent_appraisals"
    case selectionBonusSubcapServiceAwards = "selection.bonus_subcap.service_awards"
    case selectionCandidatePublicityWeeks = "selection.candidate_publicity_weeks"
    case selectionResultPublicityWeeks = "selection.result_publicity_weeks"

    // Accounts (the workbench's own defaults, not a clause of the rule book).
    case accountMaxFailedLogins = "account.max_failed_logins"
    case accountLockMinutes = "account.lock_minutes"
    case accountIdleLockMinutes = "account.idle_lock_minutes"

    // The due board (the workbench's own default).
    case deadlineDueSoonDays = "deadline.due_soon_days"

    /// English msgid of a short title saying what the number is; the interface shows its translation.
    public var title: String {
        switch self {
        case .planLeadTimeBlockBelowWorkingDays: N_("Group/activity plan lead time, refused below")
        case .planLeadTimeWarnBelowDays: N_("Group/activity plan lead time, warning below")
        case .reportDueDays: N_("Report due after a group or activity ends")
        case .reportOverdueAlarmDays: N_("Report overdue alarm after a group or activity")
        case .quarterlyArchiveDueDay: N_("Quarterly archive due day (first month after)")
        case .quarterlyArchiveAlarmDay: N_("Quarterly archive alarm day (second month after)")
        case .intakeRecordDueDays: N_("Intake, consultation or visit record due")
        case .casePlanLeadTimeDays: N_("Case plan submitted before the service starts")
        case .caseSecondContactWorkingDays: N_("Second contact after opening a case")
        case .caseAssessmentReportMonths: N_("Case assessment report after opening")
        case .caseStageReviewMonths: N_("Stage development review after opening")
        case .caseClosingEvaluationMonths: N_("Closing evaluation after the problem is solved")
        case .consultationMaxContacts: N_("Most contacts in a consultation")
        case .registrationOpensEarliestMonths: N_("Earliest registration opening before the start")
        case .registrationOpensLatestWeeks: N_("Latest registration opening before the start")
        case .outingApplicationLeadDays: N_("Outing application lead time")
        case .rollCallAbsenceFlag: N_("Roll call: consecutive absences flagged")
        case .frontlinePerAssistantSupervisor: N_("Frontline workers per assistant supervisor")
        case .assistantsPerTraineeSupervisor: N_("Assistant supervisors per trainee supervisor")
        case .assistantMinFrontlineDaysPerWeek: N_("Assistant supervisor's minimum frontline days")
        case .supervisorMeetingsWithAssistant: N_("Supervisor meets assistant supervisors")
        case .supervisorMeetingsWithFrontline: N_("Supervisor meets frontline workers")
        case .supervisorGroupsGuided: N_("Groups a supervisor guides")
        case .traineeMeetingsWithFrontline: N_("Trainee supervisor meets frontline workers")
        case .traineeMeetingsWithAssistant: N_("Trainee supervisor meets assistant supervisors")
        case .traineeReportsToAgency: N_("Trainee supervisor reports to the centre")
        case .assistantMeetingsWithFrontline: N_("Assistant supervisor meets frontline workers")
        case .assistantGroupsGuided: N_("Groups an assistant supervisor guides")
        case .assistantReportsToSupervisor: N_("Assistant supervisor reports to the supervisor")
        case .annualSupervisionSessions: N_("Annual supervision sessions")
        case .annualTrainingSessions: N_("Annual training and team-building sessions")
        case .satisfactionMinPercent: N_("Minimum client satisfaction")
        case .largeActivityMinParticipants: N_("Large community activity: minimum participants")
        case .lectureMinParticipants: N_("Lecture: minimum participants")
        case .lectureMinMinutes: N_("Lecture: minimum length")
        case .workshopMinParticipants: N_("Workshop: minimum participants")
        case .caseSessionAsConsultations: N_("Case session counted as consultations")
        case .caseSessionAsVisits: N_("Case session counted as visits")
        case .caseSessionAsFilings: N_("Case session counted as filings")
        case .therapeuticGroupAsDevelopmentalGroups: N_("Therapeutic group counted as developmental groups")
        case .caseAsTherapeuticGroups: N_("Case counted as therapeutic groups")
        case .caseAsLargeActivities: N_("Case counted as large activities")
        case .largeActivityAsSmallActivities: N_("Large activity counted as small activities")
        case .largeActivityAsLecturesWorkshops: N_("Large activity counted as lectures or workshops")
        case .supervisionsPerTraining: N_("Supervisions counted as one training")
        case .monthlyDocumentsDueDay: N_("Monthly documents due to the supervisor (day)")
        case .archiveCheckIntervalMonths: N_("Archive check interval")
        case .archiveInventoryIntervalMonths: N_("Archive inventory interval")
        case .archiveDestructionIntervalYears: N_("Archive bulk destruction interval")
        case .documentFontSizePoints: N_("Document font size")
        case .documentLineSpacing: N_("Document line spacing")
        case .attachmentMaxMegabytes: N_("Largest attached scan or photo (MB)")
        case .complaintReplyDays: N_("Complaint result returned to the complainant")
        case .supervisorCheckIntervalMonths: N_("Supervisor check of workers' service")
        case .employerCheckIntervalMonths: N_("Employer relationship check")
        case .chairVisitIntervalMonths: N_("Chair or vice-chair visits to employers")
        case .adminHRVisitIntervalMonths: N_("Admin and HR visits to post departments")
        case .safetyInspectionIntervalMonths: N_("Workplace safety inspection interval")
        case .selectionMinServiceDaysPerYear: N_("Selection: service days a year")
        case .selectionAssistantMinYears: N_("Selection: service years for assistant supervisor")
        case .selectionTraineeMinYears: N_("Selection: service years for trainee supervisor")
        case .selectionExceptionalConditionsRequired: N_("Exceptional selection: conditions required")
        case .selectionExceptionalMinPapers: N_("Exceptional selection: papers published")
        case .selectionExceptionalMinPaperCharacters: N_("Exceptional selection: length of each paper")
        case .selectionPeerNominationPercent: N_("Selection: colleagues needed for a nomination")
        case .selectionWrittenPassMark: N_("Selection: written test pass mark")
        case .selectionWrittenWeightPercent: N_("Selection: weight of the written test")
        case .selectionInterviewWeightPercent: N_("Selection: weight of the interview")
        case .selectionBonusCapPolitical: N_("Selection bonus cap: ideology and politics")
        case .selectionBonusCapEducation: N_("Selection bonus cap: education and degrees")
        case .selectionBonusCapSocialWork: N_("Selection bonus cap: social-work service")
        case .selectionBonusCapResearch: N_("Selection bonus cap: research and publicity")
        case .selectionSecondAuthorPercent: N_("Selection: second author's share of the score")
        case .selectionProjectParticipantPercent: N_("Selection: a project participant's share of an award")
        case .selectionTeamAwardPercent: N_("Selection: a team member's share of a prize")
        case .selectionBonusSubcapExcellentAppraisals: N_("Selection bonus cap: excellent appraisals")
        case .selectionBonusSubcapServiceAwards: N_("Selection bonus cap: service awards")
        case .selectionCandidatePublicityWeeks: N_("Selection: public notice of candidates")
        case .selectionResultPublicityWeeks: N_("Selection: public notice of results")
        case .accountMaxFailedLogins: N_("Failed sign-ins before an account locks")
        case .accountLockMinutes: N_("How long a locked account stays locked")
        case .accountIdleLockMinutes: N_("Idle time before the workbench locks")
        case .deadlineDueSoonDays: N_("A deadline shows as due soon this many days ahead")
        }
    }

    /// The unit code reads the value in; the policy file must state the same unit.
    public var unit: PolicyUnit {
        switch self {
        case .planLeadTimeBlockBelowWorkingDays, .caseSecondContactWorkingDays: .workingDays
        case .planLeadTimeWarnBelowDays, .reportDueDays, .reportOverdueAlarmDays, .intakeRecordDueDays,
             .casePlanLeadTimeDays, .outingApplicationLeadDays, .complaintReplyDays,
             .selectionMinServiceDaysPerYear, .deadlineDueSoonDays: .days
        case .registrationOpensLatestWeeks, .selectionCandidatePublicityWeeks, .selectionResultPublicityWeeks: .weeks
        case .caseAssessmentReportMonths, .caseStageReviewMonths, .caseClosingEvaluationMonths,
             .registrationOpensEarliestMonths, .archiveCheckIntervalMonths, .archiveInventoryIntervalMonths,
             .supervisorCheckIntervalMonths, .employerCheckIntervalMonths, .chairVisitIntervalMonths,
             .adminHRVisitIntervalMonths, .safetyInspectionIntervalMonths: .months
        case .archiveDestructionIntervalYears, .selectionAssistantMinYears, .selectionTraineeMinYears: .years
        case .quarterlyArchiveDueDay, .quarterlyArchiveAlarmDay, .monthlyDocumentsDueDay: .dayOfMonth
        case .supervisorMeetingsWithAssistant, .supervisorMeetingsWithFrontline, .supervisorGroupsGuided,
             .traineeMeetingsWithFrontline, .traineeMeetingsWithAssistant, .traineeReportsToAgency,
             .assistantMeetingsWithFrontline, .assistantGroupsGuided, .assistantReportsToSupervisor: .timesPerMonth
        case .assistantMinFrontlineDaysPerWeek: .daysPerWeek
        case .consultationMaxContacts, .rollCallAbsenceFlag, .annualSupervisionSessions, .annualTrainingSessions,
             .selectionExceptionalConditionsRequired, .selectionExceptionalMinPapers,
             // Megabytes have no unit of their own; the title says MB.
             .attachmentMaxMegabytes: .count
        case .largeActivityMinParticipants, .lectureMinParticipants, .workshopMinParticipants: .participants
        case .lectureMinMinutes, .accountLockMinutes, .accountIdleLockMinutes: .minutes
        case .satisfactionMinPercent, .selectionPeerNominationPercent, .selectionWrittenWeightPercent,
             .selectionInterviewWeightPercent, .selectionSecondAuthorPercent,
             .selectionProjectParticipantPercent, .selectionTeamAwardPercent: .percent
        case .frontlinePerAssistantSupervisor, .assistantsPerTraineeSupervisor: .ratio
        case .caseSessionAsConsultations, .caseSessionAsVisits, .caseSessionAsFilings,
             .therapeuticGroupAsDevelopmentalGroups, .caseAsTherapeuticGroups, .caseAsLargeActivities,
             .largeActivityAsSmallActivities, .largeActivityAsLecturesWorkshops, .supervisionsPerTraining: .multiple
        case .selectionWrittenPassMark, .selectionBonusCapPolitical, .selectionBonusCapEducation,
             .selectionBonusCapSocialWork, .selectionBonusCapResearch, .selectionBonusSubcapExcellentAppraisals,
             .selectionBonusSubcapServiceAwards: .points
        case .selectionExceptionalMinPaperCharacters: .characters
        case .accountMaxFailedLogins: .attempts
        case .documentFontSizePoints: .typePoints
        case .documentLineSpacing: .factor
        }
    }
}
