import Foundation
import ZhongaiDomain

/// A realistic, wholly fictional centre for demonstrations and manual testing: service points in several towns
/// and sectors, and about 30 workers in every role with a supervision chain at the ROLE-02 ratios.
///
/// Phone numbers are in the 138-0000-xxxx range, which no real subscriber holds. Names are common Dongguan names,
/// among them the surnames read specially as family names (曾 zēng, 单 shàn, 区 ōu) and two pairs of colleagues
/// whose plain initials collide (王明/吴敏 → WM, 张明/周敏 → ZM), which the code issuer tells apart.
enum DemoCentre {
    struct Point {
        let name: String
        let town: String
        let sector: String
        let employer: String
    }

    struct Person {
        let name: String
        let role: Role
        /// Index in `people` of the supervisor, who is always listed earlier.
        let supervisor: Int?
        /// Index in `points`.
        let point: Int?
        let postType: String?
    }

    static let points: [Point] = [
        Point(name: "茶山镇残联社工服务点", town: "茶山", sector: "REH", employer: "茶山镇残疾人联合会"),
        Point(name: "东城街道社区综合服务中心", town: "东城", sector: "CSC", employer: "东城街道社区综合服务中心"),
        Point(name: "虎门镇妇联社工服务点", town: "虎门", sector: "WMF", employer: "虎门镇妇女联合会"),
        Point(name: "长安镇居家养老社工服务点", town: "长安", sector: "CMW", employer: "长安镇社会事务局"),
        Point(name: "莞城医院医务社工站", town: "莞城", sector: "CAB", employer: "东莞市莞城医院"),
        Point(name: "寮步镇康复就业服务中心社工站", town: "寮步", sector: "REC", employer: "寮步镇残疾人康复就业服务中心"),
        Point(name: "凤岗镇司法所社工服务点", town: "凤岗", sector: "JUS", employer: "凤岗镇司法所"),
        Point(name: "南城街道学校社工服务点", town: "南城", sector: "EDU", employer: "南城街道教育管理中心"),
    ]

    /// Supervisors come before the people they supervise.
    static let people: [Person] = [
        Person(name: "陈志强", role: .chair, supervisor: nil, point: nil, postType: nil),                     // 0
        Person(name: "黄丽华", role: .viceChair, supervisor: nil, point: nil, postType: nil),                 // 1
        Person(name: "刘芳", role: .adminHR, supervisor: nil, point: nil, postType: nil),                     // 2
        Person(name: "何思敏", role: .adminHR, supervisor: nil, point: nil, postType: nil),                   // 3
        Person(name: "梁嘉欣", role: .serviceDepartment, supervisor: nil, point: nil, postType: nil),         // 4
        Person(name: "区美玲", role: .serviceDepartment, supervisor: nil, point: nil, postType: nil),         // 5
        // The external 香港督导, then a local 督导 under the same Hong Kong supervision.
        Person(name: "李振邦", role: .supervisor, supervisor: nil, point: nil, postType: nil),                // 6
        Person(name: "叶慧贞", role: .supervisor, supervisor: 6, point: nil, postType: nil),                  // 7
        // ROLE-02: one 见习督导 for the two 督导助理.
        Person(name: "张晓燕", role: .traineeSupervisor, supervisor: 7, point: 1, postType: "coordination"),  // 8
        // ROLE-02: one 督导助理 per up to 12 frontline workers (10 and 9 here).
        Person(name: "曾嘉豪", role: .assistantSupervisor, supervisor: 8, point: 0, postType: "coordination"), // 9
        Person(name: "单丽娟", role: .assistantSupervisor, supervisor: 8, point: 3, postType: "coordination"), // 10
        Person(name: "王明", role: .frontline, supervisor: 9, point: 0, postType: "specialised"),
        Person(name: "吴敏", role: .frontline, supervisor: 9, point: 0, postType: "specialised"),
        Person(name: "林晓婷", role: .frontline, supervisor: 9, point: 1, postType: "community"),
        Person(name: "陈嘉怡", role: .frontline, supervisor: 9, point: 1, postType: "community"),
        Person(name: "黄伟杰", role: .frontline, supervisor: 9, point: 1, postType: "community"),
        Person(name: "李思琪", role: .frontline, supervisor: 9, point: 2, postType: "specialised"),
        Person(name: "张明", role: .frontline, supervisor: 9, point: 2, postType: "specialised"),
        Person(name: "周敏", role: .frontline, supervisor: 9, point: 5, postType: "specialised"),
        Person(name: "罗振宇", role: .frontline, supervisor: 9, point: 5, postType: "specialised"),
        Person(name: "郑雅文", role: .frontline, supervisor: 9, point: 7, postType: "specialised"),
        Person(name: "谢颖", role: .frontline, supervisor: 10, point: 3, postType: "specialised"),
        Person(name: "邓志华", role: .frontline, supervisor: 10, point: 3, postType: "specialised"),
        Person(name: "袁家乐", role: .frontline, supervisor: 10, point: 3, postType: "specialised"),
        Person(name: "何静", role: .frontline, supervisor: 10, point: 4, postType: "specialised"),
        Person(name: "钟可欣", role: .frontline, supervisor: 10, point: 4, postType: "specialised"),
        Person(name: "苏文博", role: .frontline, supervisor: 10, point: 6, postType: "specialised"),
        Person(name: "麦嘉琪", role: .frontline, supervisor: 10, point: 6, postType: "specialised"),
        Person(name: "莫小燕", role: .frontline, supervisor: 10, point: 7, postType: "specialised"),
        Person(name: "卢俊豪", role: .frontline, supervisor: 10, point: 2, postType: "specialised"),
    ]

    /// 138-0000-0001, -0002, … in the order of `people`.
    static func phone(_ index: Int) -> String {
        "138-0000-" + String(format: "%04d", index + 1)
    }
}
