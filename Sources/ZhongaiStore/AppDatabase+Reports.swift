import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Monthly reports and summaries (CHK-01, CHK-03, ARC-07): the items of the due board the session reaches.
    static func reportDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        []
    }
}
