import Foundation

/// A record in 服务部's custody: a line of a received 移交清单, with where it stands (lent out, destroyed).
public struct ArchivedRecord: Equatable, Codable, Sendable {
    public var line: HandoverListLine
    public var listID: String
    public var workerCode: String
    public var receivedOn: CalendarDate
    /// The open loan, if it is lent out (CONF-04).
    public var loanID: Int64?
    /// The day its paper material was destroyed in a confirmed batch (CONF-05).
    public var destroyedOn: CalendarDate?

    public init(line: HandoverListLine, listID: String, workerCode: String, receivedOn: CalendarDate,
                loanID: Int64? = nil, destroyedOn: CalendarDate? = nil) {
        self.line = line
        self.listID = listID
        self.workerCode = workerCode
        self.receivedOn = receivedOn
        self.loanID = loanID
        self.destroyedOn = destroyedOn
    }
}
