import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Starts an emergency event or drill from anywhere: the main window's header button and the sign-in kiosk.
///
/// Two clicks (the header button, then the kind) and nothing to type (EMG-03). Real events and drills have a row of
/// buttons each, so neither is a preselected default that a worker under stress would have to notice and change:
/// the six large red buttons start a real event, the smaller row below starts a drill. The service point is the
/// worker's own unless changed.
enum EmergencyLauncher {
    static func present(parent: Window, database: AppDatabase, session: Session) {
        let builder = Builder(resource: "emergency-launcher.ui")
        let window = builder.get(Window.self, "emergency_launcher")
        window.setTransient(for: parent)
        window.destroyOnEscape()
        builder.get(Button.self, "cancel_button").onClicked { window.destroy() }
        let problem = builder.get(Label.self, "error_label")
        let pointChoice = builder.get(DropDown.self, "point_dropdown")
        let points = ((try? database.servicePoints()) ?? []).filter { $0.id != nil }
        pointChoice.setItems(points.map(\.name),
                             selected: points.firstIndex { $0.id == session.servicePointID } ?? 0)
        for (index, kind) in EmergencyPlanKind.allCases.enumerated() {
            for isDrill in [false, true] {
                let button = builder.get(Button.self, "\(isDrill ? "drill" : "real")_\(index)")
                let name = isDrill ? trf("%@ (drill)", tr(kind.title)) : tr(kind.title)
                button.label = name
                button.setAccessibleLabel(isDrill ? trf("Start a %@ drill", tr(kind.title))
                                                  : trf("Start a real %@ event", tr(kind.title)))
                button.onClicked {
                    let point = pointChoice.selectedIndex.flatMap { points.indices.contains($0) ? points[$0] : nil }
                    do {
                        let event = try database.startEmergency(kind: kind, isDrill: isDrill, servicePointID: point?.id,
                                                                as: session)
                        window.destroy()
                        EmergencyRunnerWindow.show(eventID: event.id, database: database, session: session)
                    } catch {
                        problem.text = errorText(error)
                        problem.isVisible = true
                    }
                }
            }
        }
        window.present()
    }
}
