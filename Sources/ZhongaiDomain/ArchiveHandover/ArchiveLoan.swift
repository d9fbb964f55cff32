import Foundation

/// CONF-04: an archived record lent to a worker (借阅), with purpose and due day; returned, or reported lost at once
/// (信息保密制度 第三章 2) with the remedy 服务部 took.
public struct ArchiveLoan: Equatable, Codable, Sendable {
    public var id: Int64
    public var recordID: String
    public var code: String
    public var borrowerCode: String
    public var purpose: String
    public var borrowedOn: CalendarDate
    public var dueOn: CalendarDate
    public var returnedOn: CalendarDate?
    public var lostOn: CalendarDate?
    public var lossDescription: String?
    public var lossReportedBy: String?
    public var remedy: String?
    public var recordedBy: String

    public init(id: Int64, recordID: String, code: String, borrowerCode: String, purpose: String,
                borrowedOn: CalendarDate, dueOn: CalendarDate, returnedOn: CalendarDate? = nil,
                lostOn: CalendarDate? = nil, lossDescription: String? = nil, lossReportedBy: String? = nil,
                remedy: String? = nil, recordedBy: String) {
        self.id = id
        self.recordID = recordID
        self.code = code
        self.borrowerCode = borrowerCode
        self.purpose = purpose
        self.borrowedOn = borrowedOn
        self.dueOn = dueOn
        self.returnedOn = returnedOn
        self.lostOn = lostOn
        self.lossDescription = lossDescription
        self.lossReportedBy = lossReportedBy
        self.remedy = remedy
        self.recordedBy = recordedBy
    }

    /// Lent and neither returned nor lost.
    public var isOut: Bool { returnedOn == nil && lostOn == nil }
    /// A loss without the remedy recorded yet.
    public var isOpenLoss: Bool { lostOn != nil && remedy == nil }

    /// English msgid of where it stands.
    public var stateTitle: String {
        if lostOn != nil { return remedy == nil ? N_("Lost") : N_("Lost, remedy recorded") }
        return returnedOn == nil ? N_("Lent out") : N_("Returned")
    }

    /// Rule CONF-04: a loan names a purpose and a due day on or after the day it is lent.
    public static func validate(purpose: String, borrowedOn: CalendarDate, dueOn: CalendarDate) throws -> String {
        let trimmed = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ValidationError(field: N_("Purpose"), N_("say what the file is borrowed for"), rule: "CONF-04")
        }
        guard dueOn >= borrowedOn else {
            throw ValidationError(field: N_("Due back"), N_("the due day %@ is before the day it is lent, %@"),
                                  dueOn.description, borrowedOn.description, rule: "CONF-04")
        }
        return trimmed
    }
}
