import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The case search over a few thousand cases written directly in SQL: 1-, 2- and 3-character queries, codes,
/// phones, narratives, filters, order and access.
final class CaseSearchTests: AccessTestCase {
    struct Planted {
        let id: String
        let code: String
        let holder: String
        let name: String
        let phone: String
        let stage: CaseStage
        let openedOn: CalendarDate
        var narrative: String
    }

    var planted: [Planted] = []

    static let surnames = ["王", "李", "陈", "欧阳", "黄", "梁"]
    static let givenNames = ["小明", "娜娜", "志强", "丽华", "建国", "晓燕", "子轩"]
    static let narratives = ["家访了解家庭情况，案主情绪稳定", "协助申请低保，准备材料", "陪同就医，精神健康评估",
                             "电话跟进，案主表示需要低保", "链接社区资源，参加小组活动"]

    override func setUpWithError() throws {
        try super.setUpWithError()
        planted = try plantCases(count: 3000)
    }

    /// Cases held in turn by frA, frA2, frB1 and frB2, each with one client and one or two service records, written
    /// with cached statements (a few thousand cases in a few hundred milliseconds).
    func plantCases(count: Int) throws -> [Planted] {
        let holders: [Worker] = [frA, frA2, frB1, frB2]
        let stamp = AuditTimestamp.format(now)
        return try database.writer.write { db in
            let townID = try Int64.fetchOne(db, sql: "SELECT id FROM town WHERE name = '茶山'")!
            let record = try db.cachedStatement(sql: """
                INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt) VALUES (?, ?, ?, ?, ?)
                """)
            let client = try db.cachedStatement(sql: """
                INSERT INTO client (id, name, categoryCode, phone, createdBy, createdAt) VALUES (?, ?, ?, ?, ?, ?)
                """)
            let archiveCode = try db.cachedStatement(sql: """
                INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                         openedOn, issuedAt)
                VALUES (?, ?, 'C', ?, ?, ?, ?, 'CS', 'REH', ?, ?)
                """)
            let caseFile = try db.cachedStatement(sql: """
                INSERT INTO caseFile (id, code, clientID, openedOn, stage, openedBy, openedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let serviceRecord = try db.cachedStatement(sql: """
                INSERT INTO serviceRecord (id, caseID, servedOn, durationMinutes, place, method, content, notes,
                                           recordedBy, recordedAt)
                VALUES (?, ?, ?, 60, '中心', 'interview', ?, ?, ?, ?)
                """)
            var result: [Planted] = []
            for i in 0..<count {
                let holder = holders[i % holders.count]
                let name = Self.surnames[i % Self.surnames.count] + Self.givenNames[(i / 6) % Self.givenNames.count]
                let phone = String(format: "139%08d", i)
                let openedOn = try CalendarDate(year: 2025, month: 1 + i % 12, day: 1 + i % 28)
                let stage = CaseStage.allCases[i % CaseStage.allCases.count]
                let sequence = i / holders.count + 1
                let code = String(format: "CS-REH-C%04d-%04d%02d-%@", sequence, openedOn.year, openedOn.month,
                                  holder.code)
                let clientID = "client-\(i)", caseID = "case-\(i)"
                try record.execute(arguments: [clientID, "client", holder.code, holder.servicePointID, stamp])
                try client.execute(arguments: [clientID, name, i % 2 == 0 ? "elderly" : "disabled", phone, holder.code,
                                               stamp])
                try archiveCode.execute(arguments: [code, holder.code, openedOn.year, openedOn.month, sequence, townID,
                                                    openedOn.description, stamp])
                try record.execute(arguments: [caseID, "caseFile", holder.code, holder.servicePointID, stamp])
                try caseFile.execute(arguments: [caseID, code, clientID, openedOn.description, stage.rawValue,
                                                 holder.code, stamp])
                var narrative = ""
                for n in 0..<(1 + i % 2) {
                    let content = Self.narratives[(i + n) % Self.narratives.count]
                    // Every 97th case ends its notes with 低保, the 2-character query's last occurrence.
                    let notes = i % 97 == 0 ? "最后提到低保" : ""
                    try serviceRecord.execute(arguments: ["record-\(i)-\(n)", caseID, openedOn.description, content,
                                                          notes, holder.code, stamp])
                    narrative += content + " " + notes + " "
                }
                result.append(Planted(id: caseID, code: code, holder: holder.code, name: name, phone: phone,
                                      stage: stage, openedOn: openedOn, narrative: narrative))
            }
            return result
        }
    }

    /// What the search should find for `text`, as `viewer` sees: code, name or phone contain it, or (from 2
    /// characters) the narrative does.
    func expected(_ text: String, visibleHolders: Set<String>) -> Set<String> {
        Set(planted.filter { p in
            visibleHolders.contains(p.holder)
                && (p.code.contains(text) || p.name.contains(text) || p.phone.contains(text)
                    || (text.count >= 2 && p.narrative.contains(text)))
        }.map(\.id))
    }

    func search(_ text: String?, as worker: Worker, filter: CaseFilter = CaseFilter(),
                order: CaseSortOrder = .openedNewestFirst, limit: Int? = nil) throws -> [CaseSummary] {
        var withText = filter
        withText.text = text
        return try database.cases(matching: withText, sortedBy: order, as: session(worker), limit: limit, at: now)
    }

    var everyone: Set<String> { [frA.code, frA2.code, frB1.code, frB2.code] }

    func testOneCharacterFindsNamesCodesAndPhonesNotNarratives() throws {
        let found = Set(try search("娜", as: sd).map(\.id))
        XCTAssertFalse(found.isEmpty)
        XCTAssertEqual(found, expected("娜", visibleHolders: everyone))
        XCTAssertEqual(Set(try search("欧", as: sd).map(\.id)), expected("欧", visibleHolders: everyone))
    }

    func testTwoCharactersFindNarrativesThroughTheTrigramIndex() throws {
        let found = Set(try search("低保", as: sd).map(\.id))
        let wanted = expected("低保", visibleHolders: everyone)
        XCTAssertEqual(found, wanted)
        // The cases whose only mention is at the very end of a record are found too.
        let onlyAtTheEnd = planted.filter { $0.narrative.contains("最后提到低保") && !$0.narrative.contains("申请低保")
            && !$0.narrative.contains("需要低保") }
        XCTAssertFalse(onlyAtTheEnd.isEmpty)
        XCTAssertTrue(Set(onlyAtTheEnd.map(\.id)).isSubset(of: found))
        XCTAssertEqual(Set(try search("欧阳", as: sd).map(\.id)), expected("欧阳", visibleHolders: everyone))
        XCTAssertEqual(try search("无此", as: sd), [])
    }

    func testThreeOrMoreCharactersUseTheFullTextIndex() throws {
        XCTAssertEqual(Set(try search("精神健康", as: sd).map(\.id)), expected("精神健康", visibleHolders: everyone))
        XCTAssertEqual(Set(try search("王志强", as: sd).map(\.id)), expected("王志强", visibleHolders: everyone))
        let code = planted[1234].code
        XCTAssertEqual(try search(code, as: sd).map(\.id), [planted[1234].id])
        XCTAssertEqual(Set(try search("00001234", as: sd).map(\.id)), expected("00001234", visibleHolders: everyone))
    }

    func testResultsAreFilteredByAccessAndMasked() throws {
        let mine = try search("低保", as: frA)
        XCTAssertEqual(Set(mine.map(\.id)), expected("低保", visibleHolders: [frA.code]))
        XCTAssertEqual(Set(try search("低保", as: assA).map(\.id)),
                       expected("低保", visibleHolders: [frA.code, frA2.code]))
        XCTAssertEqual(Set(try search("娜", as: frB2).map(\.id)), expected("娜", visibleHolders: [frB2.code]))
        XCTAssertTrue(mine.allSatisfy { $0.clientName.contains("*") })
        try assertDenied(.actionNotGranted) { _ = try search("低保", as: admin) }
    }

    func testSearchIsLoggedOnceWithoutTheText() throws {
        let count = try auditCount()
        _ = try search("精神健康", as: frA)
        XCTAssertEqual(try auditCount(), count + 1)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertFalse(try lastAudit()?.detail.contains("精神") ?? true)
    }

    func testNewServiceRecordIsIndexedByTheTrigger() throws {
        let target = planted[5]
        XCTAssertEqual(try search("独居老人跌倒", as: sd), [])
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO serviceRecord (id, caseID, servedOn, durationMinutes, place, method, content, recordedBy,
                                           recordedAt)
                VALUES ('new', ?, '2026-01-05', 30, '家中', 'homeVisit', '独居老人跌倒后回访', ?, ?)
                """, arguments: [target.id, target.holder, AuditTimestamp.format(now)])
        }
        XCTAssertEqual(try search("独居老人跌倒", as: sd).map(\.id), [target.id])
        XCTAssertEqual(try search("跌倒", as: sd).map(\.id), [target.id])
    }

    func testFiltersOrderAndLimit() throws {
        let filter = CaseFilter(stage: .assessment, holderCode: frA2.code, categoryCode: "disabled")
        let found = try search(nil, as: sd, filter: filter, order: .code)
        let wanted = planted.filter { $0.stage == .assessment && $0.holder == frA2.code }
            .filter { p in planted.firstIndex(where: { $0.id == p.id })! % 2 == 1 }
        XCTAssertEqual(found.map(\.id), wanted.sorted { $0.code < $1.code }.map(\.id))
        XCTAssertFalse(found.isEmpty)

        let point = try search(nil, as: sd, filter: CaseFilter(servicePointID: pointTwo))
        XCTAssertEqual(Set(point.map(\.holderCode)), [frB2.code])

        let newest = try search(nil, as: sd, limit: 10)
        XCTAssertEqual(newest.count, 10)
        XCTAssertEqual(newest.map(\.openedOn), newest.map(\.openedOn).sorted(by: >))
        XCTAssertEqual(newest.first?.openedOn, planted.map(\.openedOn).max())

        let byStage = try search(nil, as: frA, order: .stage)
        XCTAssertEqual(byStage.map(\.stage), byStage.map(\.stage).sorted())

        let overdue = try search(nil, as: frA, filter: CaseFilter(overdueOnly: true), limit: 5)
        XCTAssertTrue(overdue.allSatisfy(\.isOverdue))
    }
}
