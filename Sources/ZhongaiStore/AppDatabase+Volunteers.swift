import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// IND-01: volunteers recruited, volunteer trainings and service times, outreach and newsletters of a year, per
    /// worker and month.
    static func volunteerIndicatorTally(_ db: Database, year: Int) throws -> IndicatorTally {
        IndicatorTally()
    }
}
