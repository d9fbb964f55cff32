import Foundation

/// Start-up to the first window mapped, under one Xvfb for both programs: `zhongai` on the large database vs a
/// minimal GTK 4 program (built here with cc), each timed from spawn until `xdotool search --sync --onlyvisible`
/// sees a window, then killed.
struct StartupBenchmark {
    let zhongai: String
    let database: String
    let runs: Int

    func run() throws -> Comparison {
        let display = ":\(90 + Int(getpid() % 50))"
        let xvfb = try ChildProcess.start("/usr/bin/Xvfb", [display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        defer { xvfb.kill() }
        usleep(700_000)
        let minimal = try buildMinimalWindow()
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: minimal).deletingLastPathComponent()) }
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = display
        environment["GDK_BACKEND"] = "x11"
        environment["NO_AT_BRIDGE"] = "1"
        let program = try Measurement.time("", runs: runs) {
            try timeToWindow(zhongai, ["--db", database], environment: environment)
        }
        let baseline = try Measurement.time("minimal GTK 4 window (C)", runs: runs) {
            try timeToWindow(minimal, [], environment: environment)
        }
        return Comparison(title: "Start-up to first window (sign-in) on the large database", program: program,
                          baseline: baseline)
    }

    private func timeToWindow(_ path: String, _ arguments: [String], environment: [String: String]) throws {
        let child = try ChildProcess.start(path, arguments, environment: environment)
        defer { child.kill() }
        let search = try ChildProcess.start("/usr/bin/xdotool", ["search", "--sync", "--onlyvisible", "--name", "."],
                                            environment: environment)
        search.wait()
    }

    private func buildMinimalWindow() throws -> String {
        let folder = NSTemporaryDirectory() + "zhongai-bench-gtk-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = folder + "/window.c", binary = folder + "/window"
        try """
            #include <gtk/gtk.h>
            static void activate(GtkApplication *app, gpointer data) {
                GtkWidget *window = gtk_application_window_new(app);
                gtk_window_set_title(GTK_WINDOW(window), "bench");
                gtk_window_present(GTK_WINDOW(window));
            }
            int main(int argc, char **argv) {
                GtkApplication *app = gtk_application_new(NULL, G_APPLICATION_NON_UNIQUE);
                g_signal_connect(app, "activate", G_CALLBACK(activate), NULL);
                return g_application_run(G_APPLICATION(app), argc, argv);
            }
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let cc = try ChildProcess.start("/bin/sh", ["-c", "cc -O2 -o '\(binary)' '\(source)' $(pkg-config --cflags --libs gtk4)"])
        guard cc.wait() == 0 else { throw BenchFailure("could not build the minimal GTK 4 program") }
        return binary
    }
}
