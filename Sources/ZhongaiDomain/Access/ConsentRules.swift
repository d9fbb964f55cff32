/// The rules of consent records (CASE-04, CONF-01), in one place.
public enum ConsentRules {
    /// Rule CASE-04: 未成年人由监护人签署. A minor is under 18 (民法典 第十七条); the 同意书 is consent to receive
    /// service, so the age of majority applies, not PIPL's 14 (第三十一条), which governs consent to process
    /// personal information and is covered too, being lower.
    public static let adultAge = 18

    /// Whole years of age on `date`.
    public static func age(born: CalendarDate, on date: CalendarDate) -> Int {
        var years = date.year - born.year
        if (date.month, date.day) < (born.month, born.day) { years -= 1 }
        return years
    }
}
