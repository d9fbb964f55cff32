import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class WorkerStoreTests: StoreTestCase {
    private var database: AppDatabase!
    private var pointID: Int64!

    override func setUpWithError() throws {
        database = try loadedDatabase()
        pointID = try database.addServicePoint(name: "茶山镇残联社工服务点", townName: "茶山", sectorCode: "REH",
                                               employerUnit: "茶山镇残疾人联合会").id
    }

    func testAddWorker() throws {
        let supervisor = try database.addWorker(name: "李振邦", role: .supervisor, phone: "138-0000-0001")
        let worker = try database.addWorker(name: " 王明 ", role: .frontline, supervisorCode: supervisor.code,
                                            servicePointID: pointID, postType: "specialised", phone: "0769 22123456")
        XCTAssertEqual(worker, Worker(code: "WM", name: "王明", role: .frontline, supervisorCode: "LZB",
                                      servicePointID: pointID, postType: "specialised", phone: "0769-22123456"))
        XCTAssertEqual(try database.worker(code: "WM"), worker)
        XCTAssertEqual(try database.workers().map(\.code), ["LZB", "WM"])
        XCTAssertEqual(try database.worker(code: "LZB")?.phone, "13800000001")
    }

    func testARC06_surnamesReadAsSurnames() throws {
        XCTAssertEqual(try database.addWorker(name: "曾嘉豪", role: .frontline).code, "ZJH")
        XCTAssertEqual(try database.addWorker(name: "单丽娟", role: .frontline).code, "SLJ")
        XCTAssertEqual(try database.addWorker(name: "区美玲", role: .frontline).code, "OML")
    }

    func testARC06_collidingInitialsGetDifferentCodes() throws {
        XCTAssertEqual(try database.addWorker(name: "王明", role: .frontline).code, "WM")
        XCTAssertEqual(try database.addWorker(name: "吴敏", role: .frontline).code, "WUM")
        XCTAssertEqual(try database.addWorker(name: "王明", role: .frontline).code, "WAM")
        XCTAssertEqual(Set(try database.workers().map(\.code)).count, 3)
    }

    func testARC06_deactivatedWorkersCodeIsNeverReissued() throws {
        let first = try database.addWorker(name: "王明", role: .frontline)
        try database.deactivateWorker(code: first.code)
        XCTAssertEqual(try database.workers().map(\.code), [])
        XCTAssertEqual(try database.workers(includeInactive: true).map(\.isActive), [false])
        let second = try database.addWorker(name: "王明", role: .frontline)
        XCTAssertNotEqual(second.code, first.code)
        try database.reactivateWorker(code: first.code)
        XCTAssertEqual(try database.worker(code: first.code)?.isActive, true)
    }

    func testARC06_codeNeverChangesOnUpdate() throws {
        let supervisor = try database.addWorker(name: "叶慧贞", role: .supervisor)
        var worker = try database.addWorker(name: "王明", role: .frontline)
        worker.name = "王明华"
        worker.role = .assistantSupervisor
        worker.supervisorCode = supervisor.code
        worker.servicePointID = pointID
        worker.postType = "coordination"
        worker.phone = "13800000002"
        worker.isActive = false
        let updated = try database.updateWorker(worker)
        XCTAssertEqual(updated.code, "WM")
        XCTAssertEqual(updated.name, "王明华")
        XCTAssertEqual(updated.role, .assistantSupervisor)
        XCTAssertTrue(updated.isActive, "activity changes through deactivateWorker only")
        XCTAssertEqual(try database.worker(code: "WM"), updated)
    }

    func testAddWorkerRefusals() throws {
        let supervisor = try database.addWorker(name: "李振邦", role: .supervisor)
        let retired = try database.addWorker(name: "陈志强", role: .supervisor)
        try database.deactivateWorker(code: retired.code)
        let colleague = try database.addWorker(name: "林晓婷", role: .frontline)
        try database.setServicePointActive(id: database.addServicePoint(name: "已关闭服务点", townName: "虎门",
                                                                        sectorCode: "WMF", employerUnit: "单位").id!,
                                           isActive: false)
        let closedID = try XCTUnwrap(database.servicePoints(includeInactive: true).first { !$0.isActive }?.id)

        try assertRefused(database, field: "Full name") { try database.addWorker(name: " ", role: .frontline) }
        try assertRefused(database, field: "Full name", rule: "ARC-06") { try database.addWorker(name: "王明2", role: .frontline) }
        try assertRefused(database, field: "Supervisor") {
            try database.addWorker(name: "王明", role: .frontline, supervisorCode: "NOBODY")
        }
        try assertRefused(database, field: "Supervisor") {
            try database.addWorker(name: "王明", role: .frontline, supervisorCode: retired.code)
        }
        try assertRefused(database, field: "Supervisor", rule: "CASE-02") {
            try database.addWorker(name: "王明", role: .frontline, supervisorCode: colleague.code)
        }
        try assertRefused(database, field: "Service point") {
            try database.addWorker(name: "王明", role: .frontline, servicePointID: 999)
        }
        try assertRefused(database, field: "Service point") {
            try database.addWorker(name: "王明", role: .frontline, servicePointID: closedID)
        }
        try assertRefused(database, field: "Post type", rule: "IND-01") {
            try database.addWorker(name: "王明", role: .frontline, postType: "manager")
        }
        for phone in ["1380000001", "138000000011", "12345678901", "0769-123", "电话", "13800000001x"] {
            try assertRefused(database, field: "Phone") {
                try database.addWorker(name: "王明", role: .frontline, supervisorCode: supervisor.code, phone: phone)
            }
        }
    }

    func testSupervisionChainLoopRefused() throws {
        let top = try database.addWorker(name: "李振邦", role: .supervisor)
        let trainee = try database.addWorker(name: "张晓燕", role: .traineeSupervisor, supervisorCode: top.code)
        let assistant = try database.addWorker(name: "曾嘉豪", role: .assistantSupervisor, supervisorCode: trainee.code)
        var head = top
        head.supervisorCode = assistant.code
        try assertRefused(database, field: "Supervisor") { try database.updateWorker(head) }
        var selfSupervised = trainee
        selfSupervised.supervisorCode = trainee.code
        try assertRefused(database, field: "Supervisor") { try database.updateWorker(selfSupervised) }
        try assertRefused(database, field: "Worker") {
            try database.updateWorker(Worker(code: "NOBODY", name: "某人", role: .frontline))
        }
    }

    func testDeactivationKeepsTheSupervisionChainWhole() throws {
        let supervisor = try database.addWorker(name: "李振邦", role: .supervisor)
        let worker = try database.addWorker(name: "王明", role: .frontline, supervisorCode: supervisor.code)
        try assertRefused(database, field: "Worker") { try database.deactivateWorker(code: supervisor.code) }
        var demoted = try XCTUnwrap(database.worker(code: supervisor.code))
        demoted.role = .frontline
        try assertRefused(database, field: "Role") { try database.updateWorker(demoted) }
        try assertRefused(database, field: "Worker") { try database.deactivateWorker(code: "NOBODY") }
        try database.deactivateWorker(code: worker.code)
        try database.deactivateWorker(code: supervisor.code)
        try assertRefused(database, field: "Supervisor") { try database.reactivateWorker(code: worker.code) }
        XCTAssertEqual(try database.workers(), [])
    }
}
