/// The words the generated centre is written in: common surnames and given-name characters, places of Dongguan,
/// and the phrases of real casework notes, combined at random so that search finds realistic hits and misses.
enum ChineseCorpus {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢钟谭陆范廖莫黎邝麦钟祁甘翟卓简区")
    static let givenCharacters = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕彬鑫婷雪琳晨欣宇浩然涵轩诺嘉怡俊文博思远雨佳琪志建国庆海春梅翠凤金银玉荣嘉豪子晴梓")
    static let places = ["服务对象家中", "社工站面谈室", "社区居委会", "镇残联康复室", "学校心理辅导室", "医院病房",
                         "村委会活动室", "电话", "线上视频", "社区长者饭堂", "工业区宿舍", "东莞市人民医院"]
    static let problems = ["家庭关系紧张", "经济困难申请低保", "子女厌学逃课", "长者独居缺乏照顾", "残疾人就业受阻",
                           "社区矫正适应困难", "新莞人子女入学", "产后抑郁情绪低落", "慢性病康复期照护", "邻里纠纷",
                           "家庭暴力风险", "青少年网络成瘾", "失业后生活无着", "照顾者压力过大", "认知障碍早期征兆"]
    static let actions = ["与服务对象面谈，了解近况", "协助申请临时救助", "链接社区志愿者上门探访", "与学校老师沟通",
                          "陪同前往医院复诊", "开展家庭会议", "评估服务对象情绪状况", "介绍就业培训资源",
                          "跟进低保申请进度", "联系街道残联落实辅具", "教授放松技巧", "与家属讨论照护安排",
                          "转介心理咨询服务", "回顾服务目标完成情况", "鼓励服务对象参加小组活动"]
    static let outcomes = ["服务对象情绪较上次稳定", "家属表示愿意配合", "问题仍未解决，需继续跟进", "目标一已基本达成",
                           "服务对象主动表达需要", "已取得相关部门回复", "下次面谈约在两周后", "服务对象对服务表示满意"]
    static let streets = ["东城街道", "南城街道", "莞城街道", "茶山镇", "虎门镇", "长安镇", "寮步镇", "凤岗镇", "常平镇", "塘厦镇"]

    static func personName(_ random: inout SeededGenerator) -> String {
        var name = String(random.pick(surnames)) + String(random.pick(givenCharacters))
        if random.chance(0.7) { name += String(random.pick(givenCharacters)) }
        return name
    }

    static func phone(_ random: inout SeededGenerator) -> String {
        random.pick(["13", "15", "18", "19"]) + String(format: "%09d", random.int(0...999_999_999))
    }

    static func address(_ random: inout SeededGenerator) -> String {
        "东莞市\(random.pick(streets))\(random.pick(["振兴路", "东风路", "学院路", "兴业路", "富民街"]))\(random.int(1...300))号"
    }

    static func serviceContent(_ random: inout SeededGenerator, problem: String) -> String {
        "围绕“\(problem)”，\(random.pick(actions))；\(random.pick(actions))。\(random.pick(outcomes))。"
    }

    static func serviceNotes(_ random: inout SeededGenerator) -> String {
        random.chance(0.4) ? random.pick(outcomes) : ""
    }
}
