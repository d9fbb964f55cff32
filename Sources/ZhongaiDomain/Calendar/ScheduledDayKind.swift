/// What the published holiday calendar makes of a day. The raw values are the keywords of the holiday file.
public enum ScheduledDayKind: String, CaseIterable, Codable, Sendable {
    /// 放假: a public holiday or a day off moved for one, whatever its weekday.
    case dayOff = "off"
    /// 调休上班: a Saturday or Sunday that is a working day to make up for a day off.
    case makeUpWorkday = "work"
}
