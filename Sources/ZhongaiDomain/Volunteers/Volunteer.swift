import Foundation

/// 志愿者: a volunteer on file, a protected record held by the worker who recruited them (until a handover).
public struct Volunteer: Equatable, Sendable {
    public var id: String
    /// 志愿者编号: a short number for forms and the command line, never reissued.
    public var number: Int
    public var name: String
    public var gender: Gender?
    public var phone: String?
    public var birthYear: Int?
    public var skills: String
    public var note: String
    /// The worker credited with recruiting the volunteer (IND-01), whoever holds the record now.
    public var recruitedBy: String
    public var joinedOn: CalendarDate
    public var leftOn: CalendarDate?
    public var leftReason: String?
    public var holderCode: String
    public var servicePointID: Int64?
    public var createdAt: Date

    public init(id: String, number: Int, name: String, gender: Gender?, phone: String?, birthYear: Int?,
                skills: String, note: String, recruitedBy: String, joinedOn: CalendarDate, leftOn: CalendarDate?,
                leftReason: String?, holderCode: String, servicePointID: Int64?, createdAt: Date) {
        self.id = id
        self.number = number
        self.name = name
        self.gender = gender
        self.phone = phone
        self.birthYear = birthYear
        self.skills = skills
        self.note = note
        self.recruitedBy = recruitedBy
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.leftReason = leftReason
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.createdAt = createdAt
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .volunteer, id: id) }
    public var isActive: Bool { leftOn == nil }

    /// Whether the volunteer was with the centre on `date` (joined, not yet left).
    public func serves(on date: CalendarDate) -> Bool {
        date >= joinedOn && leftOn.map { date <= $0 } ?? true
    }

    /// The fields an edit starts from.
    public var draft: VolunteerDraft {
        VolunteerDraft(name: name, gender: gender, phone: phone, birthYear: birthYear, skills: skills, note: note,
                       joinedOn: joinedOn, recruitedBy: recruitedBy, servicePointID: servicePointID)
    }

    /// As lists show it: name and phone masked.
    public var summary: VolunteerSummary {
        VolunteerSummary(id: id, number: number, name: SensitiveField.name.mask(name),
                         phone: phone.map(SensitiveField.phone.mask), gender: gender, skills: skills,
                         recruitedBy: recruitedBy, joinedOn: joinedOn, leftOn: leftOn, holderCode: holderCode,
                         servicePointID: servicePointID)
    }
}
