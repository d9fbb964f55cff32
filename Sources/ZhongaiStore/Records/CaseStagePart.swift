import ZhongaiDomain

/// The structured parts of a case file stored in `caseStageContent` (CASE-13), and the stage from which each may
/// be written.
enum CaseStagePart: String, CaseIterable {
    case assessment
    case plan
    case evaluation
    case closing

    /// The earliest stage the part belongs to. Closing is written from any stage: referral or termination may end
    /// a case from any stage (CASE-01).
    var earliestStage: CaseStage {
        switch self {
        case .assessment: .assessment
        case .plan: .planning
        case .evaluation: .evaluation
        case .closing: .intake
        }
    }

    /// English msgid of the part, as refusals name it.
    var title: String {
        switch self {
        case .assessment: N_("Assessment")
        case .plan: N_("Plan")
        case .evaluation: N_("Evaluation")
        case .closing: N_("Closing")
        }
    }
}
