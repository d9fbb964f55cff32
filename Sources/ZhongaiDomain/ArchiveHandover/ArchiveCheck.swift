import Foundation

/// A quarterly check or yearly inventory of the archive as 服务部 recorded it (CONF-05).
public struct ArchiveCheck: Equatable, Codable, Sendable {
    public var id: Int64
    public var kind: ArchiveCheckKind
    public var checkedOn: CalendarDate
    public var checkedBy: String
    public var findings: String

    public init(id: Int64, kind: ArchiveCheckKind, checkedOn: CalendarDate, checkedBy: String, findings: String) {
        self.id = id
        self.kind = kind
        self.checkedOn = checkedOn
        self.checkedBy = checkedBy
        self.findings = findings
    }
}
