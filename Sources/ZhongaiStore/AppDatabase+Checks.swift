import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Quarterly checks (CHK-02) and employer visits (CHK-05): the items of the due board the session reaches.
    static func checkDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        []
    }
}
