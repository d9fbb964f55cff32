import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Workplace safety inspections: the nine items, findings, photos, follow-ups and the due dates (CHK-04).
final class InspectionStoreTests: AccessTestCase {
    /// The smallest PNG header the attachment rules recognise by content.
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1])

    func completeInspection(on day: CalendarDate, at point: Int64? = nil) throws -> SafetyInspection {
        var inspection = try database.startInspection(servicePointID: point ?? pointOne, on: day, as: session(hr), at: now)
        for item in InspectionItem.allCases {
            inspection = try database.recordInspectionItem(inspectionID: inspection.id, item: item, outcome: .ok,
                                                           as: session(hr), at: now)
        }
        return inspection
    }

    func testCHK04_theNineItemsWithFindingsPhotosAndFollowUps() throws {
        let inspection = try database.startInspection(servicePointID: pointOne, on: today, as: session(frA), at: now)
        XCTAssertEqual(inspection.pendingItems.map(\.chineseName),
                       ["电路", "水路", "灭火器", "房屋牢固程度", "防盗设备", "门窗玻璃", "资料室防潮防火", "档案资料保密程度", "文件材料整理"])
        var updated = try database.recordInspectionItem(inspectionID: inspection.id, item: .extinguishers,
                                                        outcome: .finding, finding: "两支灭火器过期", as: session(frA),
                                                        at: now)
        updated = try database.addInspectionPhoto(inspectionID: inspection.id, item: .extinguishers, fileName: "灭火器.png",
                                                  data: png, as: session(frA), at: now)
        updated = try database.addInspectionFollowUp(inspectionID: inspection.id, item: .extinguishers, action: "更换灭火器",
                                                     dueOn: today.adding(days: 14), ownerCode: hr.code, as: session(frA),
                                                     at: now)
        XCTAssertEqual(updated.findings.map(\.finding), ["两支灭火器过期"])
        XCTAssertEqual(updated.photos.map(\.fileName), ["灭火器.png"])
        XCTAssertEqual(try database.inspectionPhotoData(id: updated.photos[0].id, as: session(hr)), png)
        XCTAssertEqual(updated.followUps.map(\.action), ["更换灭火器"])
        XCTAssertFalse(updated.isComplete)
        let done = try database.completeInspectionFollowUp(id: updated.followUps[0].id, as: session(hr), at: now)
        XCTAssertEqual(done.followUps[0].doneBy, hr.code)
        XCTAssertEqual(try database.safetyInspections(servicePointID: pointOne, as: session(frA)).map(\.id),
                       [inspection.id])
    }

    func testCHK04_badInputChangesNothing() throws {
        let inspection = try database.startInspection(servicePointID: pointOne, on: today, as: session(frA), at: now)
        try database.recordInspectionItem(inspectionID: inspection.id, item: .wiring, outcome: .ok, as: session(frA),
                                          at: now)
        try assertRefused(database, field: "Item", rule: "CHK-04") {
            try database.recordInspectionItem(inspectionID: inspection.id, item: .wiring, outcome: .ok, as: session(frA),
                                              at: now)
        }
        try assertRefused(database, field: "Finding", rule: "CHK-04") {
            try database.recordInspectionItem(inspectionID: inspection.id, item: .plumbing, outcome: .finding,
                                              as: session(frA), at: now)
        }
        try assertRefused(database, field: "Due", rule: "CHK-04") {
            try database.addInspectionFollowUp(inspectionID: inspection.id, action: "修", dueOn: today.adding(days: -1),
                                               as: session(frA), at: now)
        }
        try assertRefused(database, field: "Attachment", rule: "CASE-14") {
            try database.addInspectionPhoto(inspectionID: inspection.id, fileName: "x.sh", data: Data("#!/bin/sh".utf8),
                                            as: session(frA), at: now)
        }
        try assertRefused(database, field: "Date", rule: "CHK-04") {
            try database.startInspection(servicePointID: pointOne, on: today.adding(days: 1), as: session(frA), at: now)
        }
    }

    func testCHK04_dueDatesFromTheLastCompleteInspection() throws {
        // Never inspected: both service points are due at once.
        var deadlines = try database.safetyDeadlines(as: session(frA), at: now)
        XCTAssertEqual(Set(deadlines.map(\.servicePointID)), [pointOne, pointTwo])
        XCTAssertTrue(deadlines.allSatisfy { $0.dueOn == today && $0.rule == "CHK-04" && !$0.clause.isEmpty })
        let last = try completeInspection(on: today.adding(days: -100))
        // An incomplete later inspection does not count.
        _ = try database.startInspection(servicePointID: pointOne, on: today.adding(days: -10), as: session(hr), at: now)
        let followUp = try database.addInspectionFollowUp(inspectionID: last.id, action: "检查电线", dueOn: today.adding(days: -1),
                                                          as: session(hr), at: now)
        deadlines = try database.safetyDeadlines(as: session(frA), at: now)
        let next = try XCTUnwrap(deadlines.first { $0.kind == .inspection && $0.servicePointID == pointOne })
        XCTAssertEqual(next.dueOn, today.adding(days: -100).adding(months: 3))
        XCTAssertEqual(next.status, .overdue)
        XCTAssertEqual(next.inspectionID, last.id)
        let open = try XCTUnwrap(deadlines.first { $0.kind == .followUp })
        XCTAssertEqual(open.followUpID, followUp.followUps[0].id)
        XCTAssertEqual(open.status, .overdue)
        try database.setPolicyValue(key: "inspection.interval_months", value: "6", by: session(admin), at: now)
        let later = try XCTUnwrap(try database.safetyDeadlines(as: session(frA), at: now)
            .first { $0.kind == .inspection && $0.servicePointID == pointOne })
        XCTAssertEqual(later.dueOn, today.adding(days: -100).adding(months: 6))
    }

    func testCHK04_recordsAreNeverEditedOrDeleted() throws {
        let inspection = try completeInspection(on: today)
        for sql in ["UPDATE safetyInspectionItem SET outcome = 'ok'", "DELETE FROM safetyInspectionItem",
                    "DELETE FROM safetyInspection", "UPDATE safetyInspection SET note = 'x'"] {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, sql)
        }
        XCTAssertTrue(try database.safetyInspection(id: inspection.id, as: session(frA)).isComplete)
    }
}
