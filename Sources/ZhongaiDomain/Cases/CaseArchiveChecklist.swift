/// The nine archive documents of a case in the order of CASE-14, each with its status. Pure: from the facts only.
public enum CaseArchiveChecklist {
    public static func items(_ f: CaseArchiveFacts) -> [ArchiveChecklistItem] {
        ArchiveDocumentKind.allCases.map { ArchiveChecklistItem(kind: $0, status: status(of: $0, f)) }
    }

    /// Whether every document is ready for handing in.
    public static func isComplete(_ f: CaseArchiveFacts) -> Bool { items(f).allSatisfy(\.status.isReady) }

    // Rule CASE-14
    static func status(of kind: ArchiveDocumentKind, _ f: CaseArchiveFacts) -> ArchiveDocumentStatus {
        let referred = f.state == .referred || f.hasReferralRequest
        switch kind {
        case .consentForm:
            return f.hasServiceConsent ? .complete : .missing
        case .intakeForm:
            return approvedIf(f.hasIntake ? .complete : .missing, f.approvedStages.contains(.assessment))
        case .servicePlan:
            guard let plan = f.plan else { return .missing }
            return approvedIf(plan.goals.isEmpty ? .draft : .complete, f.approvedStages.contains(.intervention))
        case .serviceRecords:
            return f.serviceRecordCount > 0 ? .complete : .missing
        case .caseRecord:
            guard let assessment = f.assessment else { return .missing }
            return approvedIf(assessment.reportDate == nil ? .draft : .complete, f.approvedStages.contains(.planning))
        case .closingReport:
            guard let closing = f.closing else { return referred ? .notApplicable : .missing }
            return approvedIf(closing.report.isEmpty ? .draft : .complete, f.state == .closed)
        case .serviceEvaluationForm:
            guard let evaluation = f.evaluation else { return referred ? .notApplicable : .missing }
            return evaluation.serviceEvaluationFormOn == nil ? .draft : .complete
        case .referralForm:
            guard referred else { return .notApplicable }
            return f.state == .referred ? .approved : .complete
        case .attachmentList:
            return f.attachmentCount > 0 ? .complete : .notApplicable
        }
    }

    private static func approvedIf(_ status: ArchiveDocumentStatus, _ approved: Bool) -> ArchiveDocumentStatus {
        status == .complete && approved ? .approved : status
    }
}
