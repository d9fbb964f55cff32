/// 个案转介表: what a referral hands to the other agency, drafted from the case. Rules CASE-03, CONF-01.
public struct ReferralForm: Equatable, Codable, Sendable {
    public var caseCode: String
    public var clientName: String
    public var agency: String
    public var reason: ClosingReason
    public var requestedOn: CalendarDate
    public var requestedBy: String
    /// The consent that covers sharing with the agency (CONF-01).
    public var consentID: String
    public var note: String

    public init(caseCode: String, clientName: String, agency: String, reason: ClosingReason, requestedOn: CalendarDate,
                requestedBy: String, consentID: String, note: String) {
        self.caseCode = caseCode
        self.clientName = clientName
        self.agency = agency
        self.reason = reason
        self.requestedOn = requestedOn
        self.requestedBy = requestedBy
        self.consentID = consentID
        self.note = note
    }
}
