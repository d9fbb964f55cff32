/// An opinion or complaint as it is recorded: the input of `recordComplaint`.
public struct ComplaintDraft: Equatable, Sendable {
    public var kind: ComplaintKind
    /// Rule CMP-01: required; nil is refused.
    public var source: ComplaintSource?
    /// Rules CMP-01, FB-01: required; nil is refused.
    public var channel: ComplaintChannel?
    public var receivedOn: CalendarDate
    /// Optional: an anonymous opinion (a suggestion box) has none. Personal data.
    public var complainantName: String?
    public var complainantContact: String?
    public var content: String
    /// What it is about, optional: a worker's code, a case or programme code, a service.
    public var about: String?
    /// Rule CMP-03: a charge made to a client (收费), which is itself a complaint.
    public var isCharge: Bool
    /// The worker who handles it; nil for the worker who records it.
    public var handlerCode: String?

    public init(kind: ComplaintKind, source: ComplaintSource?, channel: ComplaintChannel?, receivedOn: CalendarDate,
                complainantName: String? = nil, complainantContact: String? = nil, content: String,
                about: String? = nil, isCharge: Bool = false, handlerCode: String? = nil) {
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
    }

    /// The draft trimmed, or a refusal naming the field and rule. A charge is always a complaint (CMP-03).
    public func validated(today: CalendarDate) throws -> ComplaintDraft {
        // Rule CMP-01
        guard let source else {
            throw ValidationError(field: N_("Source"), N_("say who the opinion or complaint comes from"), rule: "CMP-01")
        }
        // Rules CMP-01, FB-01
        guard let channel else {
            throw ValidationError(field: N_("Channel"), N_("say how the opinion or complaint reached the centre"),
                                  rule: "CMP-01")
        }
        guard receivedOn <= today else {
            throw ValidationError(field: N_("Received on"), N_("%@ is in the future"), receivedOn.description,
                                  rule: "CMP-01")
        }
        let text = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ValidationError(field: N_("Content"), N_("say what the opinion or complaint is"), rule: "CMP-01")
        }
        // Rule CMP-03: services are free (基本服务制度 第十八–十九条), so any charge is dealt with as a complaint.
        return ComplaintDraft(kind: isCharge ? .complaint : kind, source: source, channel: channel,
                              receivedOn: receivedOn, complainantName: Self.optional(complainantName),
                              complainantContact: Self.optional(complainantContact), content: text,
                              about: Self.optional(about), isCharge: isCharge,
                              handlerCode: Self.optional(handlerCode)?.uppercased())
    }

    static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
