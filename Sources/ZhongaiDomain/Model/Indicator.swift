/// An annual service indicator of the 服务手册 table. Rule IND-01.
public enum Indicator: String, CaseIterable, Codable, Sendable {
    case professionalCase       // 专业个案 (个/年)
    case consultation           // 咨询、即时辅导 (人次/年)
    case visit                  // 社区探访/家访 (次/年)
    case filing                 // 建档 (个/年)
    case therapeuticGroup       // 治疗性小组 (个/年)
    case developmentalGroup     // 预防/发展性小组 (个/年)
    case largeActivity          // 大型社区活动 (个/年)
    case smallActivity          // 中小型社区活动 (个/年)
    case lectureWorkshop        // 讲座/工作坊 (次/年)
    case outreach               // 外展宣传 (次/年)
    case newsletter             // 服务简报 (期/年)
    case volunteersRecruited    // 发展志愿者人数 (人/年)
    case volunteerTraining      // 志愿者培训 (次/年)
    case volunteerServices      // 志愿者提供服务 (人次/年)
    case supervision            // 督导 (次/年)
    case training               // 培训及团建 (次/年)

    public var chineseName: String {
        switch self {
        case .professionalCase: "专业个案"
        case .consultation: "咨询、即时辅导"
        case .visit: "社区探访/家访"
        case .filing: "建档"
        case .therapeuticGroup: "治疗性小组"
        case .developmentalGroup: "预防/发展性小组"
        case .largeActivity: "大型社区活动"
        case .smallActivity: "中小型社区活动"
        case .lectureWorkshop: "讲座/工作坊"
        case .outreach: "外展宣传"
        case .newsletter: "服务简报"
        case .volunteersRecruited: "发展志愿者人数"
        case .volunteerTraining: "志愿者培训"
        case .volunteerServices: "志愿者提供服务"
        case .supervision: "督导"
        case .training: "培训及团建"
        }
    }
}
