/// The type of a supervision session (SUP-01), and training or team building (培训及团建), which counts for the
/// annual training indicator (SUP-06) instead of the monthly meetings.
public enum SupervisionType: String, CaseIterable, Codable, Sendable {
    case induction              // 入职督导
    case knowledgeEducation     // 知识教育督导
    case continuingEducation    // 继续教育督导
    case practiceCompetence     // 实务能力督导
    case emergency              // 应急事件督导
    case training               // 培训及团建

    /// English msgid of the type's name.
    public var title: String {
        switch self {
        case .induction: N_("Induction supervision")
        case .knowledgeEducation: N_("Knowledge education supervision")
        case .continuingEducation: N_("Continuing education supervision")
        case .practiceCompetence: N_("Practice competence supervision")
        case .emergency: N_("Emergency incident supervision")
        case .training: N_("Training or team building")
        }
    }

    /// Whether a session of this type is a supervision meeting (SUP-02..04, SUP-06 supervision count), not training.
    public var isMeeting: Bool { self != .training }

    /// Parses a raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let value = SupervisionType(rawValue: t) { self = value; return }
        guard let value = SupervisionType.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = value
    }

    public var chineseName: String {
        switch self {
        case .induction: "入职督导"
        case .knowledgeEducation: "知识教育督导"
        case .continuingEducation: "继续教育督导"
        case .practiceCompetence: "实务能力督导"
        case .emergency: "应急事件督导"
        case .training: "培训及团建"
        }
    }
}
