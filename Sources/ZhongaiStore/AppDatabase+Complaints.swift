import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The complaints register (CMP-01..03): the items of the due board the session reaches.
    static func complaintDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        []
    }
}
