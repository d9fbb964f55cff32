import XCTest
import ZhongaiDomain

final class ClientDraftTests: XCTestCase {
    let today = try! CalendarDate(year: 2026, month: 3, day: 2)

    func adult() -> ClientDraft {
        ClientDraft(name: " 王小明 ", gender: .male, categoryCode: "elderly", phone: "138 1234 1234",
                    idDocument: ClientIDDocument(kind: .residentID, number: "441900198005061231"),
                    address: "  东莞市茶山镇南社村12号 ", note: " 独居 ")
    }

    func testTrimsAndFillsTheBirthDateFromTheID() throws {
        let valid = try adult().validated(today: today)
        XCTAssertEqual(valid.name, "王小明")
        XCTAssertEqual(valid.phone, "13812341234")
        XCTAssertEqual(valid.address, "东莞市茶山镇南社村12号")
        XCTAssertEqual(valid.note, "独居")
        XCTAssertEqual(valid.birthDate, try CalendarDate(year: 1980, month: 5, day: 6))
    }

    func testBirthDateDifferentFromTheIDIsRefused() throws {
        var draft = adult()
        draft.birthDate = try CalendarDate(year: 1980, month: 5, day: 7)
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Birth date")
        }
    }

    func testBirthDateInTheFutureIsRefused() throws {
        var draft = adult()
        draft.idDocument = nil
        draft.birthDate = today.adding(days: 1)
        XCTAssertThrowsError(try draft.validated(today: today))
    }

    func testWrongCheckDigitIsRefused() {
        var draft = adult()
        draft.idDocument = ClientIDDocument(kind: .residentID, number: "441900198005061232")
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "ID number")
        }
    }

    func testOtherDocumentsAllowLettersAndBrackets() throws {
        var draft = adult()
        draft.idDocument = ClientIDDocument(kind: .other, number: "h1234567(8)")
        XCTAssertEqual(try draft.validated(today: today).idDocument?.number, "H1234567(8)")
        draft.idDocument = ClientIDDocument(kind: .other, number: "H12-34567")
        XCTAssertThrowsError(try draft.validated(today: today))
        draft.idDocument = ClientIDDocument(kind: .other, number: "H123")
        XCTAssertThrowsError(try draft.validated(today: today))
    }

    func testINTAKE01_categoryIsRequired() {
        var draft = adult()
        draft.categoryCode = "  "
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "INTAKE-01")
        }
    }

    func testCASE04_minorNeedsAGuardian() throws {
        var draft = adult()
        draft.idDocument = ClientIDDocument(kind: .residentID, number: "441900201006151233")
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Guardian")
            XCTAssertEqual((error as? ValidationError)?.rule, "CASE-04")
        }
        draft.guardian = Guardian(name: " 李红 ", relationship: "母亲", phone: "13900001111")
        let valid = try draft.validated(today: today)
        XCTAssertEqual(valid.guardian, Guardian(name: "李红", relationship: "母亲", phone: "13900001111"))
        XCTAssertTrue(valid.isMinor(on: today))
    }

    func testCASE04_clientWithoutCapacityNeedsAGuardian() {
        var draft = adult()
        draft.lacksCapacity = true
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "CASE-04")
        }
        draft.guardian = Guardian(name: "李红", relationship: " ")
        XCTAssertThrowsError(try draft.validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Guardian's relationship")
        }
    }

    func testHouseholdMembersAreChecked() throws {
        var draft = adult()
        draft.household = [HouseholdMember(name: " 王大明 ", relationship: "儿子", birthYear: 2005)]
        XCTAssertEqual(try draft.validated(today: today).household.first?.name, "王大明")
        draft.household = [HouseholdMember(name: "王大明", relationship: "儿子", birthYear: 2027)]
        XCTAssertThrowsError(try draft.validated(today: today))
    }

    func testSummaryMasksNameAndPhone() throws {
        let valid = try adult().validated(today: today)
        let client = Client(id: "c1", name: valid.name, gender: valid.gender, birthDate: valid.birthDate,
                            categoryCode: valid.categoryCode, phone: valid.phone, idDocument: valid.idDocument,
                            address: valid.address, lacksCapacity: false, guardian: nil, household: [], note: "",
                            holderCode: "WM", servicePointID: 1, createdAt: Date(timeIntervalSince1970: 0),
                            createdBy: "WM")
        XCTAssertEqual(client.summary.name, "王*明")
        XCTAssertEqual(client.summary.phone, "138****1234")
        XCTAssertEqual(client.summary.birthYear, 1980)
        XCTAssertEqual(client.age(on: today), 45)
        XCTAssertEqual(client.ref, ProtectedRecordRef(kind: .client, id: "c1"))
    }
}
