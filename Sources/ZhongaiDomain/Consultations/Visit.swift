import Foundation

/// 探访: a recorded visit, with its own archive code of nature V (CONS-02).
public struct Visit: Equatable, Sendable {
    public var id: String
    public var code: String
    public var clientID: String
    public var date: CalendarDate
    public var durationMinutes: Int
    public var place: String
    public var purpose: String
    public var content: String
    public var holderCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    public var recordedAt: Date
    /// Rule INTAKE-04: written down after its day (tracked, not refused).
    public var recordedLate: Bool

    public init(id: String, code: String, clientID: String, date: CalendarDate, durationMinutes: Int, place: String,
                purpose: String, content: String, holderCode: String, servicePointID: Int64?, recordedBy: String,
                recordedAt: Date, recordedLate: Bool) {
        self.id = id
        self.code = code
        self.clientID = clientID
        self.date = date
        self.durationMinutes = durationMinutes
        self.place = place
        self.purpose = purpose
        self.content = content
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.recordedLate = recordedLate
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .visit, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }

    /// As lists show it: no purpose or content.
    public var summary: VisitSummary {
        VisitSummary(id: id, code: code, clientID: clientID, date: date, recordedLate: recordedLate,
                     holderCode: holderCode)
    }
}
