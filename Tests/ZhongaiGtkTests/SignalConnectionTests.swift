import CGtk
import Dispatch
import XCTest
@testable import ZhongaiGtk

/// Needs no display: plain GObjects and GLib's default main context. XCTest runs tests on the main thread,
/// where the GTK layer's main-actor code belongs.
final class SignalConnectionTests: XCTestCase {
    private final class Canary {}

    @MainActor private func newObject() -> ObjectRef {
        ObjectRef(owning: UnsafeMutableRawPointer(g_object_new_with_properties(gtype(named: "GObject"), 0, nil, nil)!))
    }

    func testSignalBoxIsFreedWhenItsObjectDies() {
        MainActor.assumeIsolated {
            weak var weakCanary: Canary?
            var calls = 0
            do {
                let canary = Canary()
                weakCanary = canary
                let object = newObject()
                object.connect("notify") { (_: UnsafeMutableRawPointer?) in
                    _ = canary
                    calls += 1
                }
                g_object_notify(object.gobject, "nonexistent-property-is-ignored")
                XCTAssertNotNil(weakCanary, "the box keeps the closure alive while the object lives")
            }
            XCTAssertNil(weakCanary, "GLib released the signal box when the object was finalised")
        }
    }

    func testDisconnectReleasesTheBoxAtOnce() {
        MainActor.assumeIsolated {
            weak var weakCanary: Canary?
            let object = newObject()
            do {
                let canary = Canary()
                weakCanary = canary
                let id = object.connect("notify") { (_: UnsafeMutableRawPointer?) in _ = canary }
                object.disconnect(id)
            }
            XCTAssertNil(weakCanary)
        }
    }

    func testAttachedValueLivesWithTheObject() {
        MainActor.assumeIsolated {
            weak var weakCanary: Canary?
            do {
                let object = newObject()
                let canary = Canary()
                weakCanary = canary
                object.attach(canary, key: "canary")
                XCTAssertTrue(object.attached(Canary.self, key: "canary") === canary)
            }
            XCTAssertNil(weakCanary)
        }
    }

    func testValueListModelCarriesSwiftValues() {
        MainActor.assumeIsolated {
            let model = ValueListModel<String>()
            model.replaceAll(["王明", "曾小华", "单丽"])
            XCTAssertEqual(model.count, 3)
            XCTAssertEqual(model.value(at: 1), "曾小华")
            model.replaceAll(["区伟"])
            XCTAssertEqual(model.values, ["区伟"])
            XCTAssertNil(model.value(at: 3))
        }
    }

    func testMainQueueWorkRunsWhileGLibLoopRuns() {
        MainActor.assumeIsolated {
            MainLoopBridge.install()
            var ran = false
            DispatchQueue.global().async {
                DispatchQueue.main.async { ran = true }
            }
            XCTAssertTrue(MainLoopBridge.iterate(until: { ran }, timeout: 5))
        }
    }
}
