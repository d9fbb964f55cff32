/// A document of a programme's archive (GRP-08), in the source's order.
public enum ProgrammeArchiveDocument: String, CaseIterable, Codable, Sendable {
    /// 小组计划书(含财务预算及程序安排) / 活动计划书
    case plan
    /// 小组报名表 / 活动报名表
    case registrationForm
    /// 小组点名表或签名表
    case rollCall
    /// 活动签到表
    case signInSheet
    /// 小组记录表
    case groupRecord
    /// 参加者意见表
    case feedbackForms
    /// 小组报告(附照片) / 活动报告(附照片)
    case report
    /// 新闻稿
    case pressRelease
    /// 小组附件清单 / 活动附件清单
    case attachmentList

    /// Rule GRP-08: the group archive order — 小组计划书(含财务预算及程序安排); 小组报名表; 小组点名表或签名表; 小组记录表;
    /// 参加者意见表; 小组报告(附照片); 新闻稿; 小组附件清单 — and the activity order — 活动计划书; 活动报名表; 活动签到表;
    /// 参加者意见表; 活动报告(附照片); 新闻稿; 活动附件清单. An activity without fixed members takes no registrations
    /// (GRP-03), so it has no 活动报名表 to file.
    public static func checklist(isGroup: Bool, hasFixedMembers: Bool) -> [ProgrammeArchiveDocument] {
        if isGroup {
            return [.plan, .registrationForm, .rollCall, .groupRecord, .feedbackForms, .report, .pressRelease,
                    .attachmentList]
        }
        return [.plan] + (hasFixedMembers ? [.registrationForm] : [])
            + [.signInSheet, .feedbackForms, .report, .pressRelease, .attachmentList]
    }

    /// English msgid of the document's name for a group or an activity.
    public func title(isGroup: Bool) -> String {
        switch (self, isGroup) {
        case (.plan, true): N_("Group plan (with budget and session programme)")
        case (.plan, false): N_("Activity plan")
        case (.registrationForm, true): N_("Group registration form")
        case (.registrationForm, false): N_("Activity registration form")
        case (.rollCall, _): N_("Group roll call or signature sheet")
        case (.signInSheet, _): N_("Activity sign-in sheet")
        case (.groupRecord, _): N_("Group session records")
        case (.feedbackForms, _): N_("Participant feedback forms")
        case (.report, true): N_("Group report (with photos)")
        case (.report, false): N_("Activity report (with photos)")
        case (.pressRelease, _): N_("Press release")
        case (.attachmentList, true): N_("Group attachment list")
        case (.attachmentList, false): N_("Activity attachment list")
        }
    }
}
