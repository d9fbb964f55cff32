/// A supervision session as the supervisor enters it (SUP-01, SUP-05), before it is checked and stored.
public struct SupervisionDraft: Equatable, Sendable {
    public var type: SupervisionType
    public var format: SupervisionFormat
    public var heldOn: CalendarDate
    /// "HH:MM", China time.
    public var startTime: String
    public var durationMinutes: Int
    public var superviseeCodes: [String]
    public var topics: [SupervisionTopic]
    public var advice: String
    public var followUps: [SupervisionFollowUp]
    /// Why a supervisee outside the supervisor's chain attended (cross-supervision happens; it is recorded).
    public var crossSupervisionReason: String?

    public init(type: SupervisionType, format: SupervisionFormat, heldOn: CalendarDate, startTime: String,
                durationMinutes: Int, superviseeCodes: [String], topics: [SupervisionTopic] = [], advice: String = "",
                followUps: [SupervisionFollowUp] = [], crossSupervisionReason: String? = nil) {
        self.type = type
        self.format = format
        self.heldOn = heldOn
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.superviseeCodes = superviseeCodes
        self.topics = topics
        self.advice = advice
        self.followUps = followUps
        self.crossSupervisionReason = crossSupervisionReason
    }

    /// The draft with its text trimmed, its supervisees named once each, or a `ValidationError` naming the field:
    /// a session in the future, with nobody, an individual session with several supervisees, a start time or
    /// duration that is no time, empty topics or follow-ups, a follow-up due before the session. Whether the
    /// supervisees are in the supervisor's chain is the store's check (it knows the chain on that day).
    public func validated(today: CalendarDate) throws -> SupervisionDraft {
        var valid = self
        // Rule SUP-05: a record of a session held, so never of a day to come.
        guard heldOn <= today else {
            throw ValidationError(field: N_("Date"), N_("%@ is in the future: record a session once it is held"),
                                  heldOn.description, rule: "SUP-05")
        }
        valid.startTime = try Self.validatedTime(startTime)
        guard (1...24 * 60).contains(durationMinutes) else {
            throw ValidationError(field: N_("Duration"), N_("%@ minutes is not the length of a session"),
                                  String(durationMinutes), rule: "SUP-05")
        }
        var seen: Set<String> = []
        valid.superviseeCodes = superviseeCodes.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !valid.superviseeCodes.isEmpty else {
            throw ValidationError(field: N_("Supervisees"), N_("a session needs at least one supervisee"), rule: "SUP-05")
        }
        // Rule SUP-01: individual or group.
        if format == .individual, valid.superviseeCodes.count > 1 {
            throw ValidationError(field: N_("Supervisees"),
                                  N_("an individual session has one supervisee, not %@: record a group session"),
                                  String(valid.superviseeCodes.count), rule: "SUP-01")
        }
        valid.topics = try topics.map { topic in
            var t = topic
            t.text = topic.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.text.isEmpty else {
                throw ValidationError(field: N_("Topics"), N_("a topic needs its words"), rule: "SUP-05")
            }
            return t
        }
        valid.advice = advice.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.followUps = try followUps.map { followUp in
            var f = followUp
            f.text = followUp.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !f.text.isEmpty else {
                throw ValidationError(field: N_("Follow-ups"), N_("a follow-up needs its words"), rule: "SUP-05")
            }
            guard f.dueOn >= heldOn else {
                throw ValidationError(field: N_("Follow-ups"), N_("“%@” is due on %@, before the session on %@"),
                                      f.text, f.dueOn.description, heldOn.description, rule: "SUP-05")
            }
            return f
        }
        let reason = crossSupervisionReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        valid.crossSupervisionReason = reason.isEmpty ? nil : reason
        return valid
    }

    /// "9:05" or "09:05" as "09:05".
    static func validatedTime(_ text: String) throws -> String {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else {
            throw ValidationError(field: N_("Start time"), N_("“%@” is not a time written HH:MM"), text, rule: "SUP-05")
        }
        return String(format: "%02d:%02d", hour, minute)
    }
}
