import Dispatch
import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The checklist of a running emergency or drill (EMG-03), made to be read on a laptop in a fire drill: the plan's
/// steps in large type, steps of one parallel group side by side, each with the person holding its role at this
/// site (EMG-01) and their phone and the number to call; one click ticks a step now, by the role holder unless
/// another person is chosen. Every tick and note is written at once, so closing the window loses nothing; "end"
/// closes the event and opens the report (EMG-03).
final class EmergencyRunnerWindow {
    /// The checklists open now, by event id: one window per event, found again from the history.
    private static var open: [String: EmergencyRunnerWindow] = [:]

    /// Shows the checklist of the event, opening a window if needed.
    static func show(eventID: String, database: AppDatabase, session: Session) {
        if let window = open[eventID] {
            window.window.present()
            return
        }
        let runner = EmergencyRunnerWindow(eventID: eventID, database: database, session: session)
        open[eventID] = runner
        runner.window.connect("destroy") { open[eventID]?.stopClock(); open[eventID] = nil }
        runner.window.present()
    }

    let window: Window
    private let database: AppDatabase
    private let session: Session
    private let eventID: String
    private let builder = Builder(resource: "emergency-runner.ui")
    private let titleLabel: Label
    private let infoLabel: Label
    private let clockLabel: Label
    private let message: Label
    private var cards: [Int64: EmergencyStepCard] = [:]
    private var groupBuilders: [Builder] = []
    private var event: EmergencyEvent?
    private var names: [String: String] = [:]
    private var clock: DispatchSourceTimer?
    private var isFullscreen = false

    private init(eventID: String, database: AppDatabase, session: Session) {
        self.eventID = eventID
        self.database = database
        self.session = session
        window = builder.get(Window.self, "emergency_runner")
        titleLabel = builder.get(Label.self, "title_label")
        infoLabel = builder.get(Label.self, "info_label")
        clockLabel = builder.get(Label.self, "clock_label")
        message = builder.get(Label.self, "message_label")
        builder.get(Button.self, "fullscreen_button").onClicked { [unowned self] in toggleFullscreen() }
        builder.get(Button.self, "end_button").onClicked { [unowned self] in end() }
        window.onKeyPressed { [unowned self] keyval, _ in
            guard keyval == 0xffc8 else { return false }  // GDK_KEY_F11
            toggleFullscreen()
            return true
        }
        do {
            let event = try database.emergencyEvent(id: eventID, as: session)
            self.event = event
            build(event)
            show(event)
        } catch {
            message.text = errorText(error)
        }
        startClock()
    }

    // MARK: Building the checklist

    private func build(_ event: EmergencyEvent) {
        let kind = tr(event.plan.kind.title)
        window.title = event.isDrill ? trf("%@ drill", kind) : trf("%@ emergency", kind)
        titleLabel.text = (event.isDrill ? trf("%@ — DRILL", kind) : trf("%@ — REAL EVENT", kind))
        titleLabel.addCSSClass(event.isDrill ? "drill" : "real")
        infoLabel.text = trf("%@ · started %@ by %@ · plan version %@", event.servicePointName,
                             EmergencyClock.dateTime(event.startedAt), event.startedByName, String(event.plan.version))
        let group = (try? database.safetyGroup(servicePointID: event.servicePointID, as: session))
            ?? SafetyGroup(servicePointID: event.servicePointID, servicePointName: event.servicePointName, members: [])
        let people = Self.people(group: group, database: database, session: session)
        names = Dictionary(people.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let stepsBox = builder.get(Box.self, "steps_box")
        for phase in event.plan.phases {
            let groupBuilder = Builder(resource: "emergency-step-group.ui")
            groupBuilders.append(groupBuilder)
            groupBuilder.get(Label.self, "group_label").isVisible = phase.count > 1
            let row = groupBuilder.get(Box.self, "group_row")
            for step in phase {
                guard let stepID = step.id else { continue }
                let card = EmergencyStepCard(
                    step: step, holder: Self.holderText(step.role, group: group),
                    people: people.map { EmergencyStepCard.Person(code: $0.code, label: $0.label) },
                    defaultPerson: Self.defaultPerson(step.role, group: group) ?? session.workerCode,
                    onTick: { [unowned self] code in tick(stepID, by: code) },
                    onNote: { [unowned self] note in annotate(step.position, note) })
                cards[stepID] = card
                row.append(card.root)
            }
            stepsBox.append(groupBuilder.get(Box.self, "group_box"))
        }
    }

    /// Everyone who may be named as having done a step (EMG-03): the site's safety group, holders before deputies,
    /// and the signed-in worker, who ticks for themselves when nobody of the group is there.
    private static func people(group: SafetyGroup, database: AppDatabase, session: Session)
        -> [(code: String, name: String, label: String)] {
        var result: [(code: String, name: String, label: String)] = []
        var seen = Set<String>()
        let ordered = SafetyRole.groupPosts.flatMap { group.people(for: $0) }
        for member in ordered where !seen.contains(member.workerCode) {
            seen.insert(member.workerCode)
            result.append((member.workerCode, member.workerName,
                           "\(member.workerName) · \(tr(member.role.title))\(member.isDeputy ? tr(" (deputy)") : "")"))
        }
        if !seen.contains(session.workerCode) {
            let me = (try? database.worker(code: session.workerCode)) ?? nil
            let name = me?.name ?? session.workerCode
            result.append((session.workerCode, name, "\(name)（\(session.workerCode)）"))
        }
        return result
    }

    /// "组长：陈志强 138… · 代理：…", or who the source means for the roles no group post holds.
    private static func holderText(_ role: SafetyRole?, group: SafetyGroup) -> String {
        guard let role else { return "" }
        guard role.isGroupPost else { return tr(role.title) }
        func person(_ m: SafetyGroupMember) -> String { [m.workerName, m.phone].compactMap { $0 }.joined(separator: " ☎ ") }
        let holders = group.holders(of: role).map(person)
        var text = tr(role.title) + "：" + (holders.isEmpty ? tr("nobody assigned") : holders.joined(separator: "、"))
        let deputies = group.deputies(of: role)
        if !deputies.isEmpty { text += "  ·  " + tr("Deputy") + "：" + deputies.map(person).joined(separator: "、") }
        return text
    }

    private static func defaultPerson(_ role: SafetyRole?, group: SafetyGroup) -> String? {
        guard let role, role.isGroupPost else { return nil }
        return group.holders(of: role).first?.workerCode
    }

    // MARK: Showing the log

    private func show(_ event: EmergencyEvent) {
        for step in event.plan.steps {
            guard let id = step.id, let card = cards[id] else { continue }
            let record = event.record(stepID: id)
            var notes = record.map { $0.note.isEmpty ? [] : [$0.note] } ?? []
            notes += event.annotations.filter { $0.position == step.position }
                .map { "\(EmergencyClock.timeOfDay($0.writtenAt)) \($0.writtenByName)：\($0.text)" }
            card.show(doneAt: record?.doneAt, by: record?.doneByName, notes: notes)
        }
        let open = event.openSteps.count
        if event.isEnded {
            message.text = tr("The event has ended; the checklist is kept as it was.")
        } else {
            message.text = open == 0 ? tr("Every step is done. End the event to write the report.")
                : trf("%@ of %@ steps done.", String(event.plan.steps.count - open), String(event.plan.steps.count))
        }
        let endButton = builder.get(Button.self, "end_button")
        endButton.label = event.isEnded ? tr("_Report…") : tr("_End and Write the Report")
        // GTK names a button after its new label; the tests and screen readers keep the name given here.
        endButton.setAccessibleLabel(event.isEnded ? tr("Open the report") : tr("End the event and write the report"))
        tickClock()
    }

    private func reload() {
        do {
            let event = try database.emergencyEvent(id: eventID, as: session)
            self.event = event
            show(event)
        } catch {
            message.text = errorText(error)
        }
    }

    // MARK: Commands

    private func tick(_ stepID: Int64, by workerCode: String) {
        do {
            try database.tickEmergencyStep(eventID: eventID, stepID: stepID, doneBy: workerCode, as: session)
            reload()
        } catch {
            message.text = errorText(error)
        }
    }

    private func annotate(_ position: Int, _ note: String) {
        do {
            try database.annotateEmergency(eventID: eventID, position: position, text: note, as: session)
            cards.values.forEach { $0.clearNote() }
            reload()
        } catch {
            message.text = errorText(error)
        }
    }

    /// Ends the event (once) and opens the report, where the 组长 completes and submits it (EMG-03).
    private func end() {
        guard let event else { return }
        if !event.isEnded {
            do {
                try database.endEmergency(eventID: eventID, as: session)
            } catch {
                message.text = errorText(error)
                return
            }
            reload()
        }
        if isFullscreen { toggleFullscreen() }
        EmergencyReportWindow.show(eventID: eventID, database: database, session: session)
    }

    private func toggleFullscreen() {
        isFullscreen.toggle()
        if isFullscreen { window.fullscreen() } else { window.unfullscreen() }
    }

    // MARK: Clock

    private func startClock() {
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in
            MainActor.assumeIsolated { self?.tickClock() }
        }
        timer.resume()
        clock = timer
    }

    private func stopClock() {
        clock?.cancel()
        clock = nil
    }

    private func tickClock() {
        guard let event else { return }
        clockLabel.text = EmergencyClock.elapsed(event.duration())
        if event.isEnded { stopClock() }
    }
}
