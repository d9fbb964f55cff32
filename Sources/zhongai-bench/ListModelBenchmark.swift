import CGtk
import Foundation
import ZhongaiDomain
import ZhongaiGtk

/// Filling the case list's model with every case (issue 9): the list's own model type, ZhongaiGtk's
/// `ValueListModel<CaseSummary>`, given the summaries the store returned for every case through `replaceAll` (one
/// GObject per row carrying its Swift value, one splice), against `g_list_store_splice` of as many plain GObjects
/// made with the bare GLib calls in this process. GTK is initialised (under Xvfb when there is no display); no view
/// is attached, since the list view only builds rows for what is on screen, in both cases the same.
///
/// This is the one file of the bench target that touches GObject pointers, because its baseline is the bare GLib
/// call the model wraps.
struct ListModelBenchmark {
    let rows: [CaseSummary]
    let runs: Int

    func run() throws -> Comparison {
        var xvfb: ChildProcess?
        if ProcessInfo.processInfo.environment["DISPLAY"] == nil {
            let display = ":\(140 + Int(getpid() % 50))"
            xvfb = try ChildProcess.start("/usr/bin/Xvfb", [display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
            usleep(700_000)
            setenv("DISPLAY", display, 1)
            setenv("GDK_BACKEND", "x11", 1)
        }
        defer { xvfb?.kill() }
        guard gtk_init_check() != 0 else { throw BenchFailure("GTK could not be initialised for the list model figure") }
        let rows = self.rows, runs = self.runs
        let (program, baseline) = MainActor.assumeIsolated { () -> ([Double], [Double]) in
            var program: [Double] = [], baseline: [Double] = []
            // One untimed run of each first, then alternating; each model is released after its timer stops.
            for run in 0...runs {
                var start = DispatchTime.now().uptimeNanoseconds
                var model: ValueListModel<CaseSummary>? = ValueListModel<CaseSummary>()
                model?.replaceAll(rows)
                let modelTime = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                precondition(model?.count == rows.count)
                model = nil
                start = DispatchTime.now().uptimeNanoseconds
                let store = Self.bareStore(count: rows.count)
                let bareTime = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                g_object_unref(UnsafeMutableRawPointer(store))
                if run > 0 {
                    program.append(modelTime)
                    baseline.append(bareTime)
                }
            }
            return (program, baseline)
        }
        return Comparison(title: "Filling the case list's model with every case (\(rows.count) rows, "
                              + "ValueListModel.replaceAll)",
                          program: Measurement(name: "", millisecondTimes: program),
                          baseline: Measurement(name: "g_list_store_splice of as many plain GObjects (GLib calls)",
                                                millisecondTimes: baseline))
    }

    /// A GListStore of `count` new plain GObjects, made and spliced in with the bare calls.
    private static func bareStore(count: Int) -> OpaquePointer {
        let type = g_type_from_name("GObject")
        let store = g_list_store_new(type)!
        var items: [gpointer?] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(g_object_new_with_properties(type, 0, nil, nil)) }
        g_list_store_splice(store, 0, 0, &items, guint(count))
        for item in items { g_object_unref(item) }
        return store
    }
}
