import Foundation
import XCTest
@testable import ZhongaiDomain

/// The six plans of data/emergency-plans.txt against the source (突发事件应急方案 二–七), step for step.
final class EmergencyPlanTests: XCTestCase {
    /// The source's text of the six plans, as in the rule book (lines of 突发事件应急方案 二–七).
    static let source = """
        东莞市众爱公益服务中心突发事件应急方案
        根据服务的开展情况，为切实做好中心服务安全防范工作，确保中心所有人员以及服务对象的人身安全和财产安全，特制定本预案：
        一、成立安全领导小组：
        组  长：理事长
        副组长：副理事长
        组  员：机构全体行政人员
        后勤人员：各服务点小组长
        二、防火预案：
        若发生火灾，中心安全领导小组应立即做出积极反应，并按以下预案有条不紊地进行工作：
        1、一发现火情，首发者应立即向其他员工及服务对象大声呼喊，并用消防器材灭火；
        2、其他员工及时通知领导小组，领导小组迅速到位，组长进行总指挥，副组长传达指令，协助做好调度工作；
        3、值班人员立即打开火灾疏散信号；
        4、组员做好现场灭火、稳定服务对象情绪并疏导其有序离开等工作；
        5、后勤人员打火警电话“119”，联系急救车，并切断电源；
        6、灾情被控制后，组长将事件经过以书面形式向上级汇报。
        三、防食物中毒预案
        1、服务开展过程中一旦发生食物中毒或疑似食物中毒现象，食品应立即停止让服务对象食用；
        2、后勤人员立即向镇卫生部门报告，内容包括单位、地址、时间、中毒人数、症状等；
        3、组员立即拨打“120”，组织人员协助卫生机构抢救病人；
        4、配合卫生行政部门进行调查，按卫生行政部门的要求如实提供有关材料和样品；
        5、落实卫生行政部门要求采取的有关措施。
        四、外出活动安全预案
        1、各服务点工作人员组织服务对象外出学习、参观，一定要提前三天向中心负责人进行申请；
        2、外出前，工作人员应先前往参观地点踩点查看，确定无危险因素，并确定行走路线。
        3、如需用到机动车辆，应选择有行驶执照、有车牌的、能正常使用的车辆；如需要监护人接送，应以书面的形式告知，并提出需注意的安全事项。
        五、突发病情应急预案
        1、中心人员要学习突发疾病的急救知识，防止意外状况的发生；
        2、服务对象突发疾病的发生，发现员工马上通知其他工作人员并开展现场急救；
        3、其他组员要协助开展急救并安慰其他组员情绪；
        4、后勤人员立即拨打“120”，组织人员协助卫生机构抢救病人。
        六、精神疾病突发预案
        1、对于精神病患的服务对象要密切监管，注意了解其按时服用药物，预防发病为第一要务；
        2、服务对象突发精神疾病，应急组员要设法稳定学员病情，及时疏导其他服务对象离开；
        3、要是服务对象发病情况严重，则采取强制性措施控制，将其隔离，并及时通知其家属和相关医疗人员进行处理。
        4、当工作无法控制病人时，要立刻报警处理，以免产生更大范围的影响。
        七、交通事故应预案
        1、中心工作人员要经常向服务对象进行交通安全宣传，教育学生在上下班路上，注意交通安全，防止人流过多造成交通事故；
        2、一旦出现交通安全事故，在场的中心员工均有权也有义务立即向中心负责人报告，中心负责人再向上级报告。同时预案小组成员第一时间内赶到事故现场，展开营救工作；
        3、后勤人员第一时间向交通部门报案处理并拨打“120”，协助营救工作。
        """

    static func shippedPlans() throws -> [EmergencyPlan] {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return try EmergencyPlanFile.load(from: url.appendingPathComponent("data"))
    }

    /// The section of the source under the plan's heading, up to the next heading.
    static func section(_ kind: EmergencyPlanKind) -> String {
        let headings = ["防火预案", "防食物中毒预案", "外出活动安全预案", "突发病情应急预案", "精神疾病突发预案", "交通事故应预案"]
        let index = EmergencyPlanKind.allCases.firstIndex(of: kind)!
        let start = source.range(of: headings[index])!.upperBound
        let end = index + 1 < headings.count ? source.range(of: headings[index + 1])!.lowerBound : source.endIndex
        return String(source[start..<end])
    }

    /// The source's numbered lines (1、2、3…) of the plan.
    static func numberedSteps(_ kind: EmergencyPlanKind) -> [Substring] {
        section(kind).split(separator: "\n").filter { $0.first.map { $0.isASCII && $0.isNumber } == true }
    }

    func testEMG02_sixPlansStepCountsAsInTheSource() throws {
        let plans = try Self.shippedPlans()
        XCTAssertEqual(plans.map(\.kind), EmergencyPlanKind.allCases)
        XCTAssertEqual(plans.map(\.steps.count), [6, 5, 3, 4, 4, 3])
        for plan in plans {
            // The source numbers its steps 1、2、3…: as many as the file has.
            let numbered = Self.numberedSteps(plan.kind)
            XCTAssertEqual(numbered.count, plan.steps.count, plan.kind.rawValue)
        }
    }

    func testEMG02_everyStepTextIsTheSourcesInOrder() throws {
        for plan in try Self.shippedPlans() {
            let numbered = Self.numberedSteps(plan.kind)
            for (step, line) in zip(plan.steps, numbered) {
                let words = { (s: String) in s.filter { !"，。；、“”\" ".contains($0) } }
                XCTAssertTrue(words(String(line)).contains(words(step.text)),
                              "\(plan.kind.rawValue) step \(step.position): \(step.text) is not \(line)")
            }
        }
    }

    func testEMG02_rolesAsTheSourceNamesThem() throws {
        let roles = Dictionary(uniqueKeysWithValues: try Self.shippedPlans().map { ($0.kind, $0.steps.map(\.role)) })
        XCTAssertEqual(roles[.fire], [.firstWitness, .leader, .onDuty, .member, .logistics, .leader])
        XCTAssertEqual(roles[.foodPoisoning], [.staffPresent, .logistics, .member, .leader, .leader])
        XCTAssertEqual(roles[.outingSafety], [.staffPresent, .staffPresent, .staffPresent])
        XCTAssertEqual(roles[.suddenIllness], [.staffPresent, .firstWitness, .member, .logistics])
        XCTAssertEqual(roles[.psychiatricCrisis], [.staffPresent, .member, .member, .staffPresent])
        XCTAssertEqual(roles[.trafficAccident], [.staffPresent, .staffPresent, .logistics])
        // Where the source's step names who does it, the first name in the step is its role.
        let names: [(String, SafetyRole)] = [("后勤人员", .logistics), ("值班人员", .onDuty), ("首发者", .firstWitness),
                                             ("发现员工", .firstWitness), ("在场的中心员工", .staffPresent),
                                             ("组员", .member), ("组长", .leader)]
        for plan in try Self.shippedPlans() {
            for step in plan.steps {
                let named = names.compactMap { name, role in step.text.range(of: name).map { ($0.lowerBound, role) } }
                    .min { $0.0 < $1.0 }
                if let named {
                    XCTAssertEqual(step.role, named.1, "\(plan.kind.rawValue) step \(step.position)")
                }
            }
        }
    }

    func testEMG02_numbersToCallAsInTheSource() throws {
        for plan in try Self.shippedPlans() {
            for step in plan.steps {
                // Every number in quotes in the source's step is a number to call; 联系急救车 is 120.
                var expected = ["119", "120", "110"].filter { step.text.contains("“\($0)”") }
                if step.text.contains("急救车") { expected.append("120") }
                if step.text.contains("报警") { expected.append("110") }
                XCTAssertEqual(step.callNumbers, expected, "\(plan.kind.rawValue) step \(step.position)")
            }
        }
        let fire = try XCTUnwrap(try Self.shippedPlans().first)
        XCTAssertEqual(fire.steps[4].callNumbers, ["119", "120"])
    }

    func testEMG02_parallelGroupsRunInOrder() throws {
        let fire = try XCTUnwrap(try Self.shippedPlans().first)
        XCTAssertEqual(fire.steps.map(\.parallelGroup), [1, 2, 2, 3, 3, 4])
        XCTAssertEqual(fire.phases.map { $0.map(\.position) }, [[1], [2, 3], [4, 5], [6]])
    }

    func testEMG02_aStepWithNoRoleIsRefused() throws {
        var plan = try XCTUnwrap(try Self.shippedPlans().first)
        plan.steps[2].role = nil
        XCTAssertThrowsError(try plan.validated()) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "EMG-02")
            XCTAssertEqual(refusal?.arguments, ["3"])
        }
    }

    func testEMG02_aFileStepWithAnUnknownRoleIsRefusedWithItsLine() {
        let text = "plan | fire | 防火预案\nstep | 保安 | - | 1 | 灭火\n"
        XCTAssertThrowsError(try EmergencyPlanFile.parse(text)) { error in
            XCTAssertEqual((error as? ValidationError)?.line, 2)
            XCTAssertEqual((error as? ValidationError)?.rule, "EMG-02")
        }
    }

    func testEMG02_aFileMissingAPlanIsRefused() {
        XCTAssertThrowsError(try EmergencyPlanFile.parse("plan | fire | 防火预案\nstep | 组长 | - | 1 | 指挥\n")) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "EMG-02")
        }
    }
}
