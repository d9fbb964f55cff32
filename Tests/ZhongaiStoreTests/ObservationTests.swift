import Dispatch
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ObservationTests: StoreTestCase {
    func testObserveDirectoryReportsChanges() throws {
        let database = try AppDatabase.open(path: try temporaryDatabasePath())
        try database.loadReferenceData(from: Self.dataDirectory)
        let snapshots = Locked<[DirectorySnapshot]>([])
        let initial = expectation(description: "initial snapshot")
        let afterWorker = expectation(description: "snapshot with the new worker")
        let queue = DispatchQueue(label: "ObservationTests")
        let observation = database.observeDirectory(queue: queue, onError: { XCTFail("\($0)") }) { snapshot in
            let count = snapshots.withLock { list -> Int in
                list.append(snapshot)
                return list.count
            }
            if count == 1 { initial.fulfill() }
            if snapshot.workers.contains(where: { $0.name == "王明" }) { afterWorker.fulfill() }
        }
        defer { observation.cancel() }
        wait(for: [initial], timeout: 5)
        let first = try XCTUnwrap(snapshots.withLock { $0.first })
        XCTAssertEqual(first.towns.count, 33)
        XCTAssertEqual(first.sectors.count, 10)
        XCTAssertEqual(first.postTypes.count, 3)
        XCTAssertEqual(first.workers, [])
        XCTAssertEqual(first.townKinds[try XCTUnwrap(first.towns.first { $0.name == "松山湖" }?.id)], .functionalZone)
        try database.addWorker(name: "王明", role: .frontline)
        wait(for: [afterWorker], timeout: 5)
        XCTAssertEqual(try database.directorySnapshot(), snapshots.withLock { $0.last })
    }
}
