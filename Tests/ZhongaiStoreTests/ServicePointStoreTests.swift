import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ServicePointStoreTests: StoreTestCase {
    func testAddUpdateDeactivateServicePoint() throws {
        let database = try loadedDatabase()
        let point = try database.addServicePoint(name: " 茶山镇残联社工服务点 ", townName: "茶山", sectorCode: "REH",
                                                 employerUnit: "茶山镇残疾人联合会")
        XCTAssertEqual(point.name, "茶山镇残联社工服务点")
        XCTAssertEqual(point.townID, try database.town(named: "茶山")?.id)
        let id = try XCTUnwrap(point.id)
        let updated = try database.updateServicePoint(id: id, name: "茶山镇康复服务点", townName: "东城",
                                                      sectorCode: "REC", employerUnit: "东城街道康复中心")
        XCTAssertEqual(try database.servicePoints(), [updated])
        try database.setServicePointActive(id: id, isActive: false)
        XCTAssertEqual(try database.servicePoints(), [])
        XCTAssertEqual(try database.servicePoints(includeInactive: true).map(\.isActive), [false])
        try database.setServicePointActive(id: id, isActive: true)
        XCTAssertEqual(try database.servicePoints().count, 1)
    }

    func testServicePointRefusals() throws {
        let database = try loadedDatabase()
        let point = try database.addServicePoint(name: "虎门镇妇联社工服务点", townName: "虎门", sectorCode: "WMF",
                                                 employerUnit: "虎门镇妇女联合会")
        try database.setTownActive(name: "洪梅", isActive: false)
        try assertRefused(database, field: "Town") {
            try database.addServicePoint(name: "新服务点", townName: "不存在镇", sectorCode: "WMF", employerUnit: "单位")
        }
        try assertRefused(database, field: "Town") {
            try database.addServicePoint(name: "新服务点", townName: "洪梅", sectorCode: "WMF", employerUnit: "单位")
        }
        try assertRefused(database, field: "Sector", rule: "ARC-03") {
            try database.addServicePoint(name: "新服务点", townName: "虎门", sectorCode: "XYZ", employerUnit: "单位")
        }
        try assertRefused(database, field: "Name") {
            try database.addServicePoint(name: "", townName: "虎门", sectorCode: "WMF", employerUnit: "单位")
        }
        try assertRefused(database, field: "Name") {
            try database.addServicePoint(name: "虎门镇妇联社工服务点", townName: "虎门", sectorCode: "WMF", employerUnit: "单位")
        }
        try assertRefused(database, field: "Employer unit") {
            try database.addServicePoint(name: "新服务点", townName: "虎门", sectorCode: "WMF", employerUnit: " ")
        }
        let id = try XCTUnwrap(point.id)
        try assertRefused(database, field: "Sector", rule: "ARC-03") {
            try database.updateServicePoint(id: id, name: "虎门镇妇联社工服务点", townName: "虎门", sectorCode: "",
                                            employerUnit: "虎门镇妇女联合会")
        }
        try assertRefused(database, field: "Service point") {
            try database.updateServicePoint(id: 999, name: "x", townName: "虎门", sectorCode: "WMF", employerUnit: "单位")
        }
        try assertRefused(database, field: "Service point") { try database.setServicePointActive(id: 999, isActive: false) }
        // Keeping its own name is not a duplicate.
        XCTAssertNoThrow(try database.updateServicePoint(id: id, name: "虎门镇妇联社工服务点", townName: "虎门",
                                                         sectorCode: "WMF", employerUnit: "虎门镇妇联"))
    }
}
