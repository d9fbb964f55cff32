import Dispatch
import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The venue sign-in kiosk for one session (issue 5 item 2, GRP-04): full screen, large type, search-as-you-type over
/// the roster, one tap signs in, an optional signature, walk-ins. Nothing else of the workbench is reachable from it:
/// its only commands are its own, the other windows of the program are hidden while it runs, and leaving it needs
/// the worker's password (the bundle's passphrase at a station). Escape and the window manager's close do not leave.
final class SignInKioskWindow {
    /// How the kiosk was opened: over the office workbench, or alone on a station laptop.
    struct Exits {
        /// Shown on the leave page: whose password is asked for.
        let leavePrompt: String
        /// The emergency checklist (hidden when nil: a station has no database for it).
        let emergency: ((Window) -> Void)?
        /// Writes the station's sign-in batch into a folder, encrypted with the passphrase that left the kiosk, and
        /// returns the file's path (nil in the office, where leaving closes the kiosk at once).
        let exportBatch: ((_ folder: String, _ passphrase: String) throws -> String)?
        /// Records a signed-in participant's 参加者意见表 (GRP-05) at the programme's last session; nil elsewhere (and
        /// at a station, whose batch carries sign-ins only).
        let feedback: ((_ registrationID: String, _ scores: [FeedbackItem: Int], _ comments: String) throws -> Void)?
        /// After the password was accepted (office) or the station was closed.
        let closed: () -> Void
    }

    /// The rows reused for the best matches: enough to fill the screen, few enough to read.
    private static let rowCount = 8

    let window: Window
    private let builder = Builder(resource: "sign-in-kiosk.ui")
    private let ledger: any SignInLedger
    private let exits: Exits
    private var roster: RosterSearch
    private let stack: Stack
    private let search: Entry
    private let pad = SignaturePad(accessibleName: tr("Signature pad"))
    private let message, count, clock, noMatch: Label
    private let walkInName, walkInPhone: Entry
    private let walkInGender, walkInAge: DropDown
    private let walkInError: Label
    private let leaveEntry: Entry
    private let leaveError: Label
    private let exportStatus: Label
    private let signatureColumn: Box
    private let feedbackButton: Button
    private let feedbackScores: [(item: FeedbackItem, choice: DropDown)]
    private let feedbackComments: Entry
    private let feedbackError: Label
    /// The participant just signed in, whom the feedback button is for (GRP-05, at the last session).
    private var feedbackFor: RosterEntry?
    private var rows: [SignInKioskRow] = []
    private(set) var actions: ActionTable!
    private var clockTimer: DispatchSourceTimer?
    private var messageClear: DispatchWorkItem?
    /// The station passphrase that left the kiosk, kept for writing the batch until the station closes.
    private var leavePassphrase = ""
    /// Set once leaving was allowed, so that the close request is let through.
    private var mayClose = false
    /// The program's other windows, hidden while the kiosk runs and shown again when it closes.
    private var hiddenWindows: [Window] = []

    init(application: Application, ledger: any SignInLedger, exits: Exits) throws {
        self.ledger = ledger
        self.exits = exits
        roster = RosterSearch(try ledger.roster())
        window = builder.get(Window.self, "kiosk_window")
        stack = builder.get(Stack.self, "kiosk_stack")
        search = builder.get(Entry.self, "search_entry")
        message = builder.get(Label.self, "message_label")
        count = builder.get(Label.self, "count_label")
        clock = builder.get(Label.self, "clock_label")
        noMatch = builder.get(Label.self, "no_match_label")
        walkInName = builder.get(Entry.self, "walk_in_name_entry")
        walkInPhone = builder.get(Entry.self, "walk_in_phone_entry")
        walkInGender = builder.get(DropDown.self, "walk_in_gender_dropdown")
        walkInAge = builder.get(DropDown.self, "walk_in_age_dropdown")
        walkInError = builder.get(Label.self, "walk_in_error_label")
        leaveEntry = builder.get(Entry.self, "leave_entry")
        leaveError = builder.get(Label.self, "leave_error_label")
        exportStatus = builder.get(Label.self, "export_status_label")
        signatureColumn = builder.get(Box.self, "signature_column")
        feedbackButton = builder.get(Button.self, "feedback_button")
        feedbackComments = builder.get(Entry.self, "feedback_comments_entry")
        feedbackError = builder.get(Label.self, "feedback_error_label")
        let feedbackIDs: [FeedbackItem: String] = [.content: "content", .arrangement: "arrangement",
                                                   .workerPerformance: "worker", .overall: "overall"]
        let builder = self.builder
        feedbackScores = FeedbackItem.allCases.map { item in
            let id = feedbackIDs[item] ?? item.rawValue
            builder.get(Label.self, "feedback_\(id)_label").text = tr(item.title)
            return (item, builder.get(DropDown.self, "feedback_\(id)_dropdown"))
        }
        window.attach(to: application)

        let info = ledger.sessionInfo
        window.title = trf("Sign-in: %@", info.programmeTitle)
        builder.get(Label.self, "title_label").text = info.programmeTitle
        builder.get(Label.self, "session_label").text =
            trf("Session %@ · %@ %@ · %@", String(info.sessionNumber), info.heldOn.description, info.startTime, info.venue)
        builder.get(Label.self, "leave_prompt_label").text = exits.leavePrompt
        builder.get(Button.self, "emergency_button").isVisible = exits.emergency != nil
        pad.addCSSClass("kiosk-pad")
        pad.setAccessibleDescription(tr("Draw your signature here with a finger, a pen or the mouse, then tap your name."))
        builder.get(Box.self, "pad_box").append(pad)
        walkInGender.setItems(ParticipantGender.allCases.map { tr($0.title) },
                              selected: ParticipantGender.allCases.firstIndex(of: .unstated) ?? 0)
        walkInAge.setItems(AgeGroup.allCases.map { tr($0.title) },
                           selected: AgeGroup.allCases.firstIndex(of: .unstated) ?? 0)
        for (_, choice) in feedbackScores {
            choice.setItems(SignInKioskWindow.scoreChoices.map { tr($0.title) })
        }
        let results = builder.get(Box.self, "results_box")
        for _ in 0..<Self.rowCount {
            let row = SignInKioskRow { [weak self] entry in self?.signIn(entry) }
            results.append(row.button)
            rows.append(row)
        }

        actions = KioskActions.table(for: self)
        window.add(actions, application: application)
        // Weak: a widget a wrapper still holds may emit (a cleared text) as the kiosk is freed.
        search.onChanged { [weak self] in self?.showMatches() }
        // Enter signs in only when the search found exactly one person: never a guess between several.
        search.onActivate { [weak self] in
            guard let self else { return }
            let found = roster.search(search.text, limit: 2)
            if found.count == 1 { signIn(found[0]) }
        }
        leaveEntry.onActivate { [weak self] in self?.confirmLeave() }
        walkInPhone.onActivate { [weak self] in self?.saveWalkIn() }
        window.onCloseRequest { [weak self] in
            guard let self else { return false }
            guard mayClose else {
                askToLeave()
                return true
            }
            return false
        }
        // Escape goes back to the search from a form, and never anywhere else: it does not leave the kiosk.
        window.onKeyPressed { [weak self] keyval, _ in
            guard keyval == 0xff1b, let self else { return false }  // GDK_KEY_Escape
            if actions.isEnabled("kiosk-back") { actions.activate("kiosk-back") }
            return true
        }
        // A window manager's shortcut may take the kiosk out of full screen; it goes straight back.
        window.onFullscreenChanged { [weak self] in
            guard let self else { return }
            if !mayClose, !window.isFullscreen { window.fullscreen() }
        }
        window.connect("destroy") { [weak self] in self?.stopClock() }
        showMatches()
        showCount()
        startClock()
        updateActions()
    }

    /// Hides the program's other windows (the workbench and any case window: nothing else is reachable, and the
    /// main window's idle lock does not run while it is hidden) and shows the kiosk full screen.
    func present(hiding others: [Window]) {
        hiddenWindows = others.filter { $0.raw != window.raw && $0.isVisible }
        for other in hiddenWindows { other.isVisible = false }
        window.fullscreen()
        window.present()
        window.focus(search)
    }

    // MARK: Commands (KioskActions)

    func updateActions() {
        let page = stack.visibleChildName ?? "search"
        actions.setEnabled("kiosk-emergency", exits.emergency != nil)
        actions.setEnabled("kiosk-leave", page == "search" || page == "walk-in")
        actions.setEnabled("kiosk-back", page != "search")
        actions.setEnabled("kiosk-walk-in", page == "search")
        actions.setEnabled("kiosk-walk-in-save", page == "walk-in")
        actions.setEnabled("kiosk-clear-signature", page == "search" || page == "walk-in")
        actions.setEnabled("kiosk-leave-confirm", page == "leave")
        actions.setEnabled("kiosk-export", page == "export")
        actions.setEnabled("kiosk-export-to", page == "export")
        actions.setEnabled("kiosk-quit", page == "export")
        actions.setEnabled("kiosk-feedback", exits.feedback != nil && feedbackFor != nil && page == "search")
        actions.setEnabled("kiosk-feedback-save", page == "feedback")
    }

    func showEmergency() { exits.emergency?(window) }

    func askToLeave() {
        // The last participant's confirmation is not left on screen while the worker types the password.
        messageClear?.cancel()
        message.text = ""
        feedbackFor = nil
        feedbackButton.isVisible = false
        leaveEntry.text = ""
        leaveError.isVisible = false
        show(page: "leave")
        window.focus(leaveEntry)
    }

    /// Back to the search (Escape): from the walk-in form, the leave page, or the station's export page.
    func back() {
        leavePassphrase = ""
        show(page: "search")
        window.focus(search)
    }

    func startWalkIn() {
        walkInName.text = search.text.allSatisfy { $0.isASCII } ? "" : search.text
        walkInPhone.text = ""
        walkInError.isVisible = false
        show(page: "walk-in")
        window.focus(walkInName)
    }

    func clearSignature() { pad.clear() }

    /// The 参加者意见表 of the participant just signed in (GRP-05), every item unanswered to start with.
    func startFeedback() {
        guard let person = feedbackFor else { return }
        builder.get(Label.self, "feedback_title_label").text =
            trf("Feedback form of %@: how satisfied were you? 5 is very satisfied, 1 very dissatisfied.", person.maskedName)
        for (_, choice) in feedbackScores { choice.selectedIndex = nil }
        feedbackComments.text = ""
        feedbackError.isVisible = false
        show(page: "feedback")
    }

    func saveFeedback() {
        guard let person = feedbackFor, let record = exits.feedback else { return }
        var scores: [FeedbackItem: Int] = [:]
        for (item, choice) in feedbackScores {
            if let index = choice.selectedIndex { scores[item] = SignInKioskWindow.scoreChoices[index].score }
        }
        do {
            try record(person.id, scores, feedbackComments.text)
            feedbackFor = nil
            feedbackButton.isVisible = false
            say(trf("Thank you, %@: your feedback form was handed in", person.maskedName), style: "kiosk-ok")
            back()
        } catch {
            feedbackError.text = errorText(error)
            feedbackError.isVisible = true
        }
    }

    /// The password was typed: a wrong one keeps the kiosk where it is, and says so.
    func confirmLeave() {
        do {
            try ledger.verifyLeave(password: leaveEntry.text)
        } catch {
            leaveEntry.text = ""
            leaveError.text = (error as? AuthenticationFailure)?.localized(tr) ?? errorText(error)
            leaveError.isVisible = true
            window.focus(leaveEntry)
            return
        }
        if exits.exportBatch != nil {
            leavePassphrase = leaveEntry.text
            leaveEntry.text = ""
            exportStatus.text = trf("%@ people signed in here.", String(signedInCount))
            show(page: "export")
        } else {
            leaveEntry.text = ""
            close()
        }
    }

    /// Writes the station's batch into the workbench's export folder.
    func exportBatch() { exportBatch(into: ExportFolder.path()) }

    /// Writes the station's batch into a folder the worker picks (a USB stick).
    func exportBatchToFolder() {
        FileChooser.chooseFolder(parent: window, title: tr("Export the Sign-in Batch"), accept: tr("_Export"),
                                 cancel: tr("_Cancel")) { [weak self] folder in
            guard let self, let folder else { return }
            exportBatch(into: folder)
        }
    }

    /// Closes the kiosk for good (after the password), showing the windows it hid.
    func close() {
        mayClose = true
        leavePassphrase = ""
        stopClock()
        window.unfullscreen()
        window.destroy()
        for other in hiddenWindows { other.isVisible = true }
        hiddenWindows.first?.present()
        hiddenWindows = []
        exits.closed()
    }

    func saveWalkIn() {
        let gender = walkInGender.selectedIndex.map { ParticipantGender.allCases[$0] } ?? .unstated
        let age = walkInAge.selectedIndex.map { AgeGroup.allCases[$0] } ?? .unstated
        do {
            let entry = try ledger.addWalkIn(name: walkInName.text, phone: walkInPhone.text, gender: gender,
                                             ageGroup: age, signature: signature(), at: Date())
            roster.update(entry)
            offerFeedback(to: entry)
            say(trf("Signed in %@ %@ (not registered: a worker will match you later)", entry.maskedName,
                    SignInKioskClock.time(entry.signedInAt ?? Date())), style: "kiosk-ok")
            pad.clear()
            search.text = ""
            back()
            showCount()
        } catch {
            walkInError.text = errorText(error)
            walkInError.isVisible = true
        }
    }

    // MARK: Signing in

    /// One tap: the confirmation appears only after the ledger has committed the sign-in to disk.
    private func signIn(_ entry: RosterEntry) {
        do {
            switch try ledger.signIn(registrationID: entry.id, signature: signature(), at: Date()) {
            case .recorded(_, let at):
                var signed = entry
                signed.signedInAt = at
                roster.update(signed)
                say(trf("Signed in %@ %@", entry.maskedName, SignInKioskClock.time(at)), style: "kiosk-ok")
                offerFeedback(to: signed)
            case .alreadySignedIn(let at):
                var signed = entry
                signed.signedInAt = at
                roster.update(signed)
                say(trf("%@ already signed in at %@: counted once", entry.maskedName, SignInKioskClock.time(at)),
                    style: "kiosk-warning")
                offerFeedback(to: signed)
            }
            pad.clear()
            search.text = ""
            window.focus(search)
        } catch {
            say(errorText(error), style: "kiosk-error")
        }
        showMatches()
        showCount()
    }

    /// The answers of the feedback form, best first, as a participant reads them.
    private static let scoreChoices: [(score: Int, title: String)] = [
        (5, N_("5 — very satisfied")), (4, N_("4 — satisfied")), (3, N_("3 — neither")), (2, N_("2 — dissatisfied")),
        (1, N_("1 — very dissatisfied")),
    ]

    /// After a sign-in at the last session, the feedback form is offered to that participant for a little while.
    private func offerFeedback(to entry: RosterEntry) {
        feedbackFor = exits.feedback == nil ? nil : entry
        feedbackButton.isVisible = feedbackFor != nil
        if let feedbackFor { feedbackButton.setAccessibleLabel(trf("Fill in the feedback form of %@", feedbackFor.maskedName)) }
        updateActions()
    }

    private func signature() -> SignatureStrokes? {
        guard !pad.isEmpty else { return nil }
        let strokes = SignatureStrokes(width: Double(pad.width), height: Double(pad.height),
                                       strokes: pad.strokes.map { $0.map { SignaturePoint(x: $0.x, y: $0.y) } })
        return strokes.isEmpty ? nil : strokes
    }

    private func exportBatch(into folder: String) {
        guard let export = exits.exportBatch else { return }
        do {
            let path = try export(folder, leavePassphrase)
            exportStatus.text = trf("The sign-in batch was written to %@. Import it in the office with the same passphrase.", path)
        } catch {
            exportStatus.text = errorText(error)
        }
    }

    // MARK: Showing

    private func showMatches() {
        let found = roster.search(search.text, limit: Self.rowCount)
        for (index, row) in rows.enumerated() { row.show(index < found.count ? found[index] : nil) }
        noMatch.isVisible = found.isEmpty && !search.text.isEmpty
    }

    private var signedInCount: Int { roster.entries.filter { $0.signedInAt != nil }.count }

    private func showCount() {
        let registered = roster.entries.filter { !$0.isWalkIn }.count
        count.text = trf("%@ signed in / %@ registered", String(signedInCount), String(registered))
    }

    /// The last confirmation stays a little while, then goes, so that the next person starts on a clean screen.
    private func say(_ text: String, style: String) {
        for name in ["kiosk-ok", "kiosk-warning", "kiosk-error"] { message.removeCSSClass(name) }
        message.addCSSClass(style)
        message.text = text
        messageClear?.cancel()
        let clear = DispatchWorkItem { [weak self] in
            MainActor.assumeIsolated {
                guard let self else { return }
                self.message.text = ""
                if self.stack.visibleChildName != "feedback" {
                    self.feedbackFor = nil
                    self.feedbackButton.isVisible = false
                    self.updateActions()
                }
            }
        }
        messageClear = clear
        DispatchQueue.main.asyncAfter(deadline: .now() + 20, execute: clear)
    }

    private func show(page: String) {
        stack.visibleChildName = page
        signatureColumn.isVisible = page == "search" || page == "walk-in"
        updateActions()
    }

    private func startClock() {
        let tick: () -> Void = { [weak self] in self?.clock.text = SignInKioskClock.time(Date()) }
        tick()
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { MainActor.assumeIsolated { tick() } }
        timer.resume()
        clockTimer = timer
    }

    private func stopClock() {
        clockTimer?.cancel()
        clockTimer = nil
        messageClear?.cancel()
    }
}
