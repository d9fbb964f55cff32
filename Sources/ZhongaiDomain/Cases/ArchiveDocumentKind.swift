/// The documents of a case archive, in the order they are filed. Rule CASE-14 (档案接收 第三章 3).
public enum ArchiveDocumentKind: String, CaseIterable, Codable, Sendable {
    /// 接受个案服务同意书
    case consentForm
    /// 个案基本信息表或接案信息表
    case intakeForm
    /// 个案服务计划书
    case servicePlan
    /// 个案服务记录表
    case serviceRecords
    /// 个案记录表
    case caseRecord
    /// 个案结案报告
    case closingReport
    /// 服务评估表
    case serviceEvaluationForm
    /// 个案转介表
    case referralForm
    /// 个案附件清单
    case attachmentList

    /// English msgid of the document's name.
    public var title: String {
        switch self {
        case .consentForm: N_("Consent to receive casework service")
        case .intakeForm: N_("Case information or intake form")
        case .servicePlan: N_("Case service plan")
        case .serviceRecords: N_("Case service records")
        case .caseRecord: N_("Case record")
        case .closingReport: N_("Case closing report")
        case .serviceEvaluationForm: N_("Service evaluation form")
        case .referralForm: N_("Case referral form")
        case .attachmentList: N_("Case attachment list")
        }
    }
}
