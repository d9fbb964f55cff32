/// A volunteer as lists show them: the name and phone masked (王*明, 138****1234).
public struct VolunteerSummary: Equatable, Hashable, Sendable {
    public var id: String
    public var number: Int
    public var name: String
    public var phone: String?
    public var gender: Gender?
    public var skills: String
    public var recruitedBy: String
    public var joinedOn: CalendarDate
    public var leftOn: CalendarDate?
    public var holderCode: String
    public var servicePointID: Int64?

    public init(id: String, number: Int, name: String, phone: String?, gender: Gender?, skills: String,
                recruitedBy: String, joinedOn: CalendarDate, leftOn: CalendarDate?, holderCode: String,
                servicePointID: Int64?) {
        self.id = id
        self.number = number
        self.name = name
        self.phone = phone
        self.gender = gender
        self.skills = skills
        self.recruitedBy = recruitedBy
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.holderCode = holderCode
        self.servicePointID = servicePointID
    }

    public var isActive: Bool { leftOn == nil }
}
