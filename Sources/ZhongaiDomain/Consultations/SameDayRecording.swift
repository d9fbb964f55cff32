/// Rule INTAKE-04: the intake, consultation or visit record is written the same day (policy
/// `intake.record_due_days`, 0 by default). A record written later is kept and flagged, not refused: a late
/// record is better than none.
public enum SameDayRecording {
    /// Whether a record of a contact on `contactOn`, written on `recordedOn`, is late.
    public static func isLate(contactOn: CalendarDate, recordedOn: CalendarDate, policy: Policy) -> Bool {
        recordedOn > contactOn.adding(days: policy.intakeRecordDueDays)
    }

    /// Refuses a contact date in the future (`today` is the day in China).
    public static func requireNotFuture(_ date: CalendarDate, today: CalendarDate, field: String) throws {
        guard date <= today else {
            throw ValidationError(field: field, N_("%@ is in the future"), date.description)
        }
    }

    /// Refuses a duration outside 1 minute to 24 hours.
    public static func requireDuration(_ minutes: Int, field: String = N_("Duration")) throws {
        guard (1...1440).contains(minutes) else {
            throw ValidationError(field: field, N_("%@ minutes is not a duration between 1 minute and 24 hours"),
                                  String(minutes))
        }
    }
}
