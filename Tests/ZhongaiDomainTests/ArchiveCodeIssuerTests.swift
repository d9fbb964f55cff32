import XCTest
@testable import ZhongaiDomain

final class ArchiveCodeIssuerTests: XCTestCase {
    /// Issues codes one after another the way the store does: the highest sequence in the scope, plus one.
    private var issued: [ArchiveCode] = []

    private func open(_ worker: String, _ nature: ServiceNature, _ town: String, _ sector: String,
                      _ day: String) throws -> String {
        let date = try CalendarDate(parsing: day)
        let scope = ArchiveSequenceScope(workerCode: worker, nature: nature, year: date.year)
        let code = try ArchiveCodeIssuer.nextCode(
            workerCode: worker, nature: nature, townCode: town, sectorCode: sector, openedOn: date,
            highestIssuedSequence: ArchiveCodeIssuer.highestSequence(in: issued, scope: scope))
        issued.append(code)
        return code.description
    }

    func testARC05_sequenceCountsPerWorkerAcrossSectorsAndTowns() throws {
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2013-01-05"), "GC-CAB-C01-201301-WM")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2013-01-20"), "GC-CAB-C02-201301-WM")
        // 第二个月的第一个个案就编码C03, in another sector and town.
        XCTAssertEqual(try open("WM", .caseWork, "CS", "REC", "2013-02-03"), "CS-REC-C03-201302-WM")
        XCTAssertEqual(try open("WM", .caseWork, "LB", "REH", "2013-06-30"), "LB-REH-C04-201306-WM")
    }

    func testARC05_sequenceRestartsEachCalendarYear() throws {
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2025-12-31"), "GC-CAB-C01-202512-WM")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2025-12-31"), "GC-CAB-C02-202512-WM")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-01-01"), "GC-CAB-C01-202601-WM")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-01-02"), "GC-CAB-C02-202601-WM")
    }

    func testARC05_naturesCountSeparately() throws {
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-03-01"), "GC-CAB-C01-202603-WM")
        XCTAssertEqual(try open("WM", .group, "GC", "CAB", "2026-03-01"), "GC-CAB-G01-202603-WM")
        XCTAssertEqual(try open("WM", .visit, "GC", "CAB", "2026-03-02"), "GC-CAB-V01-202603-WM")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-03-02"), "GC-CAB-C02-202603-WM")
    }

    func testARC05_workersCountSeparately() throws {
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-03-01"), "GC-CAB-C01-202603-WM")
        XCTAssertEqual(try open("WM2", .caseWork, "GC", "CAB", "2026-03-01"), "GC-CAB-C01-202603-WM2")
        XCTAssertEqual(try open("WM", .caseWork, "GC", "CAB", "2026-03-05"), "GC-CAB-C02-202603-WM")
    }

    func testARC05_hundredthCodeWidens() throws {
        let code = try ArchiveCodeIssuer.nextCode(workerCode: "WM", nature: .visit, townCode: "CS", sectorCode: "CMW",
                                                  openedOn: try CalendarDate(parsing: "2026-11-30"),
                                                  highestIssuedSequence: 99)
        XCTAssertEqual(code.description, "CS-CMW-V100-202611-WM")
    }

    func testARC06_yearMonthComeFromTheOpeningDate() throws {
        XCTAssertEqual(try open("ZHM", .filing, "HOJ", "CSC", "2026-09-09"), "HOJ-CSC-F01-202609-ZHM")
    }

    func testARC05_inputsValidatedNamingTheField() throws {
        let day = try CalendarDate(parsing: "2026-03-01")
        let cases: [(String, () throws -> ArchiveCode)] = [
            ("Highest issued sequence", { try ArchiveCodeIssuer.nextCode(workerCode: "WM", nature: .caseWork,
                townCode: "GC", sectorCode: "CAB", openedOn: day, highestIssuedSequence: -1) }),
            ("Worker code", { try ArchiveCodeIssuer.nextCode(workerCode: "", nature: .caseWork,
                townCode: "GC", sectorCode: "CAB", openedOn: day, highestIssuedSequence: 0) }),
            ("Town code", { try ArchiveCodeIssuer.nextCode(workerCode: "WM", nature: .caseWork,
                townCode: "G-C", sectorCode: "CAB", openedOn: day, highestIssuedSequence: 0) }),
            ("Sector code", { try ArchiveCodeIssuer.nextCode(workerCode: "WM", nature: .caseWork,
                townCode: "GC", sectorCode: "CABS", openedOn: day, highestIssuedSequence: 0) }),
        ]
        for (field, issue) in cases {
            XCTAssertThrowsError(try issue(), field) { error in
                XCTAssertEqual((error as? ValidationError)?.field, field)
            }
        }
    }
}
