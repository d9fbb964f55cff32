import Foundation
import XCTest
import ZhongaiDomain

/// When the scheduled backup runs and when 待办 calls it overdue (issue 9).
final class BackupScheduleRulesTests: XCTestCase {
    private let setAt = Date(timeIntervalSince1970: 1_790_000_000)
    private func hours(_ n: Double) -> TimeInterval { n * 3600 }

    private func schedule(everyHours: Int = 24, isOn: Bool = true) -> BackupSchedule {
        BackupSchedule(isOn: isOn, folder: isOn ? "/media/backup" : nil, everyHours: isOn ? everyHours : nil,
                       keep: isOn ? 14 : nil, setBy: "XTGLY", setAt: setAt)
    }

    func testDueOnlyOnceThePeriodHasPassedSinceTheLastGoodBackup() {
        let daily = schedule()
        XCTAssertTrue(daily.isDue(at: setAt, lastOk: nil, lastFailure: nil), "never backed up: due at once")
        let lastOk = setAt
        XCTAssertFalse(daily.isDue(at: lastOk + hours(23.9), lastOk: lastOk, lastFailure: nil))
        XCTAssertTrue(daily.isDue(at: lastOk + hours(24), lastOk: lastOk, lastFailure: nil))
    }

    func testAFailureWaitsAnHourOrThePeriodIfShorterBeforeTrying() {
        let daily = schedule(), hourly = schedule(everyHours: 1)
        let failed = setAt + hours(30)
        XCTAssertFalse(daily.isDue(at: failed + hours(0.5), lastOk: setAt, lastFailure: failed))
        XCTAssertTrue(daily.isDue(at: failed + hours(1), lastOk: setAt, lastFailure: failed))
        XCTAssertFalse(hourly.isDue(at: failed + hours(0.9), lastOk: nil, lastFailure: failed))
        XCTAssertTrue(hourly.isDue(at: failed + hours(1), lastOk: nil, lastFailure: failed))
    }

    func testOverdueAfterTwiceThePeriodCountedFromTheScheduleOrTheLastGoodBackup() {
        let daily = schedule()
        XCTAssertFalse(daily.isOverdue(at: setAt + hours(47), lastOk: nil))
        XCTAssertTrue(daily.isOverdue(at: setAt + hours(48), lastOk: nil))
        // A good backup made before the schedule was (re)set does not count against the new schedule.
        XCTAssertFalse(daily.isOverdue(at: setAt + hours(47), lastOk: setAt - hours(100)))
        XCTAssertFalse(daily.isOverdue(at: setAt + hours(60), lastOk: setAt + hours(20)))
    }

    func testAStoppedScheduleIsNeverDueNorOverdue() {
        let stopped = schedule(isOn: false)
        XCTAssertFalse(stopped.isDue(at: setAt + hours(1000), lastOk: nil, lastFailure: nil))
        XCTAssertFalse(stopped.isOverdue(at: setAt + hours(1000), lastOk: nil))
    }
}
