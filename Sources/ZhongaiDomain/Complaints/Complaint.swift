import Foundation

/// 意见/投诉: one opinion or complaint with its source and channel (CMP-01), its reply within the policy's days
/// (CMP-02) and its follow-up notes; a charge to a client is always a complaint (CMP-03). A protected record held by
/// its handler.
public struct Complaint: Equatable, Sendable {
    public var id: String
    public var kind: ComplaintKind
    public var source: ComplaintSource
    public var channel: ComplaintChannel
    public var receivedOn: CalendarDate
    public var complainantName: String?
    public var complainantContact: String?
    public var content: String
    public var about: String?
    public var isCharge: Bool
    public var handlerCode: String
    public var handlerName: String
    public var servicePointID: Int64?
    public var recordedBy: String
    /// Rule CMP-02: the day by which the result is due back (`complaint.reply_days` after receipt).
    public var replyDueOn: CalendarDate
    public var reply: ComplaintReply?
    public var followUps: [ComplaintFollowUp]
    public var closedOn: CalendarDate?
    public var closedBy: String?

    public init(id: String, kind: ComplaintKind, source: ComplaintSource, channel: ComplaintChannel,
                receivedOn: CalendarDate, complainantName: String?, complainantContact: String?, content: String,
                about: String?, isCharge: Bool, handlerCode: String, handlerName: String, servicePointID: Int64?,
                recordedBy: String, replyDueOn: CalendarDate, reply: ComplaintReply?, followUps: [ComplaintFollowUp],
                closedOn: CalendarDate?, closedBy: String?) {
        self.id = id
        self.kind = kind
        self.source = source
        self.channel = channel
        self.receivedOn = receivedOn
        self.complainantName = complainantName
        self.complainantContact = complainantContact
        self.content = content
        self.about = about
        self.isCharge = isCharge
        self.handlerCode = handlerCode
        self.handlerName = handlerName
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.replyDueOn = replyDueOn
        self.reply = reply
        self.followUps = followUps
        self.closedOn = closedOn
        self.closedBy = closedBy
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .complaint, id: id) }

    /// Rule CMP-01: 行政人事部 keeps the complaints desk (意见收集及投诉处理制度 第一、五、七条): it reads and handles every
    /// opinion and complaint, whoever holds it, on top of what the permission table allows on protected records.
    public static let deskRoles: Set<Role> = [.adminHR]

    /// Rule CMP-02: the reply is due `complaint.reply_days` calendar days after the day of receipt.
    public static func replyDue(receivedOn: CalendarDate, policy: Policy) -> CalendarDate {
        receivedOn.adding(days: policy.complaintReplyDays)
    }

    public var state: ComplaintState {
        if closedOn != nil { return .closed }
        return reply == nil ? .awaitingReply : .replied
    }

    /// Rule CMP-02: replied after its due day, or still unanswered after it.
    public func isLate(today: CalendarDate) -> Bool {
        if let reply { return reply.repliedOn > replyDueOn }
        return today > replyDueOn
    }

    /// Rule CMP-02: the reply is recorded once, with a result, not before the complaint was received nor in the
    /// future.
    public func validateReply(result: String, on day: CalendarDate, today: CalendarDate) throws -> String {
        if let reply {
            throw ValidationError(field: N_("Reply"), N_("the reply was already recorded on %@ and is never changed"),
                                  reply.repliedOn.description, rule: "CMP-02")
        }
        let text = result.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ValidationError(field: N_("Result"), N_("say what result was returned to the complainant"),
                                  rule: "CMP-02")
        }
        guard day >= receivedOn else {
            throw ValidationError(field: N_("Replied on"), N_("%@ is before the complaint was received on %@"),
                                  day.description, receivedOn.description, rule: "CMP-02")
        }
        guard day <= today else {
            throw ValidationError(field: N_("Replied on"), N_("%@ is in the future"), day.description, rule: "CMP-02")
        }
        return text
    }

    /// A follow-up note: on an open record, dated from the receipt up to today, not before the last note.
    public func validateFollowUp(note: String, on day: CalendarDate, today: CalendarDate) throws -> String {
        if let closedOn {
            throw ValidationError(field: N_("Follow-up"), N_("the record was closed on %@"), closedOn.description,
                                  rule: "CMP-02")
        }
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ValidationError(field: N_("Follow-up"), N_("must not be empty"))
        }
        guard day >= receivedOn else {
            throw ValidationError(field: N_("Follow-up date"), N_("%@ is before the complaint was received on %@"),
                                  day.description, receivedOn.description)
        }
        guard day <= today else {
            throw ValidationError(field: N_("Follow-up date"), N_("%@ is in the future"), day.description)
        }
        if let last = followUps.last, day < last.notedOn {
            throw ValidationError(field: N_("Follow-up date"), N_("%@ is before the previous follow-up (%@)"),
                                  day.description, last.notedOn.description)
        }
        return text
    }

    /// Closing needs the reply (CMP-02); a record is closed once.
    public func validateClosing(on day: CalendarDate) throws {
        if let closedOn {
            throw ValidationError(field: N_("Close"), N_("the record was closed on %@"), closedOn.description,
                                  rule: "CMP-02")
        }
        guard let reply else {
            throw ValidationError(field: N_("Close"), N_("a record is closed only after its result was returned"),
                                  rule: "CMP-02")
        }
        guard day >= reply.repliedOn else {
            throw ValidationError(field: N_("Close"), N_("%@ is before the reply of %@"), day.description,
                                  reply.repliedOn.description, rule: "CMP-02")
        }
    }

    /// As lists show it: no names, no content.
    public func summary(today: CalendarDate) -> ComplaintSummary {
        ComplaintSummary(id: id, kind: kind, source: source, channel: channel, receivedOn: receivedOn,
                         isCharge: isCharge, handlerCode: handlerCode, handlerName: handlerName,
                         replyDueOn: replyDueOn, repliedOn: reply?.repliedOn, state: state,
                         isLate: isLate(today: today), followUpCount: followUps.count)
    }
}
