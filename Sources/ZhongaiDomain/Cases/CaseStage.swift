/// 个案阶段: the six stages of casework, in order (接案 → 预估 → 计划 → 介入 → 评估 → 结案). Rule CASE-01.
public enum CaseStage: String, CaseIterable, Codable, Sendable, Comparable {
    /// 接案
    case intake
    /// 预估
    case assessment
    /// 计划
    case planning
    /// 介入
    case intervention
    /// 评估
    case evaluation
    /// 结案
    case closing

    /// Position in the process, from 1.
    public var order: Int { CaseStage.allCases.firstIndex(of: self)! + 1 }

    /// The stage a supervisor's approval moves the case to next; nil at 结案.
    public var next: CaseStage? {
        let index = CaseStage.allCases.firstIndex(of: self)!
        return index + 1 < CaseStage.allCases.count ? CaseStage.allCases[index + 1] : nil
    }

    public static func < (a: CaseStage, b: CaseStage) -> Bool { a.order < b.order }

    /// English msgid of the stage's name.
    public var title: String {
        switch self {
        case .intake: N_("Intake")
        case .assessment: N_("Assessment")
        case .planning: N_("Planning")
        case .intervention: N_("Intervention")
        case .evaluation: N_("Evaluation")
        case .closing: N_("Closing")
        }
    }
}
