import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Quarterly archive handover (ARC-08, ARC-09, C3), borrowing and archive checks (CONF-04, CONF-05): the items of the due board the session reaches.
    static func archiveDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        []
    }
}
