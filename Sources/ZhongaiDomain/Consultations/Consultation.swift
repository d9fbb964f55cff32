import Foundation

/// 咨询/即时辅导: a consultation with its contacts (CONS-01), archive code of nature I.
public struct Consultation: Equatable, Sendable {
    public var id: String
    public var code: String
    public var clientID: String
    public var topic: String
    public var openedOn: CalendarDate
    public var contacts: [ConsultationContact]
    /// Rule CONS-01: the day a contact beyond the policy's maximum was recorded: from then on the consultation is
    /// a case candidate, to be assessed for a case.
    public var caseCandidateOn: CalendarDate?
    public var holderCode: String
    public var servicePointID: Int64?

    public init(id: String, code: String, clientID: String, topic: String, openedOn: CalendarDate,
                contacts: [ConsultationContact], caseCandidateOn: CalendarDate?, holderCode: String,
                servicePointID: Int64?) {
        self.id = id
        self.code = code
        self.clientID = clientID
        self.topic = topic
        self.openedOn = openedOn
        self.contacts = contacts
        self.caseCandidateOn = caseCandidateOn
        self.holderCode = holderCode
        self.servicePointID = servicePointID
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .consultation, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }

    /// Rule CONS-01: more contacts than the policy allows make a case candidate.
    public var isCaseCandidate: Bool { caseCandidateOn != nil }

    /// Refuses a next contact dated before the last one recorded (contacts are kept in time order).
    public func requireInOrder(_ next: ConsultationContactDraft) throws {
        if let last = contacts.last, next.date < last.date {
            throw ValidationError(field: N_("Contact date"), N_("%@ is before the previous contact (%@)"),
                                  next.date.description, last.date.description)
        }
    }

    /// Rule CONS-01: whether recording contact number `number` goes beyond the policy's maximum.
    public static func exceedsMaximum(_ number: Int, policy: Policy) -> Bool {
        number > policy.consultationMaxContacts
    }

    /// As lists show it: no content.
    public var summary: ConsultationSummary {
        ConsultationSummary(id: id, code: code, clientID: clientID, openedOn: openedOn,
                            lastContactOn: contacts.last?.date ?? openedOn, contactCount: contacts.count,
                            isCaseCandidate: isCaseCandidate, hasLateRecords: contacts.contains(where: \.recordedLate),
                            holderCode: holderCode)
    }
}
