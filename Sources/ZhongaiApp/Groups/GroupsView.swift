import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 小组与活动: the groups and activities the worker's role reaches (their own, their supervisees', all for 服务部),
/// with their stage in the flow of GRP-01 and their next deadline, searched by code or title. A programme opens in
/// its own window, one per programme, hidden with the main window when it locks.
final class GroupsView: SectionView {
    let root: Box
    var session: Session {
        didSet {
            for programmeWindow in programmeWindows.values { programmeWindow.session = session }
        }
    }
    var onSelectionChanged: () -> Void = {}
    /// Input in a programme window, which keeps the main window's idle lock away.
    var onActivity: () -> Void = {}

    private let application: Application
    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "groups-view.ui")
    private let search: Entry
    private let status: Label
    private let table: TableView<ProgrammeSummary>
    /// The programme windows open now, by programme id.
    private var programmeWindows: [String: ProgrammeWindow] = [:]

    init(application: Application, database: AppDatabase, parent: Window, session: Session) {
        self.application = application
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "groups_view")
        search = builder.get(Entry.self, "programme_search")
        status = builder.get(Label.self, "groups_status")
        table = TableView(columnView: builder.get(Widget.self, "programme_list"), columns: [
            (tr("Archive code"), { $0.code }),
            (tr("Kind"), { tr($0.kind.title) + ($0.isOuting ? tr("（outing）") : "") }),
            (tr("Title"), { $0.title }),
            (tr("Dates"), { $0.startsOn == $0.endsOn ? $0.startsOn.description : "\($0.startsOn) – \($0.endsOn)" }),
            (tr("Stage"), { tr($0.stage.title) }),
            (tr("Sessions"), { String($0.sessionCount) }),
            (tr("Registered"), { String($0.registrationCount) }),
            (tr("Holder"), { $0.holderCode }),
        ])
        search.onSearchChanged { [unowned self] in reload() }
        table.onSelectionChanged { [unowned self] in onSelectionChanged() }
        table.onRowActivated { [unowned self] in openSelected() }
        // Programme windows hold participants' names: they hide and show with the main window (the idle lock).
        parent.connect("notify::visible") { [unowned self] (_: UnsafeMutableRawPointer?) in
            for programmeWindow in programmeWindows.values { programmeWindow.window.isVisible = parent.isVisible }
        }
        // Signing out destroys the main window: the programme windows go with it.
        parent.connect("destroy") { [unowned self] in
            for programmeWindow in programmeWindows.values { programmeWindow.window.destroy() }
            programmeWindows = [:]
        }
    }

    var selected: ProgrammeSummary? { table.selectedValue }

    /// Reads the list again through the access policy.
    func reload() {
        let text = search.text.trimmingCharacters(in: .whitespaces)
        do {
            let programmes = try database.programmes(matching: ProgrammeFilter(text: text), as: session)
            table.show(programmes, keepingSelection: { $0.id == $1.id })
            status.text = programmes.isEmpty
                ? (text.isEmpty ? tr("No group or activity here yet.") : tr("No group or activity matches."))
                : trf("%@ groups and activities", String(programmes.count))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("programme-new") { [unowned self] in newProgramme() },
            ActionTable.Entry("programme-open") { [unowned self] in openSelected() },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        actions.setEnabled("programme-new", visible && may(.create))
        actions.setEnabled("programme-open", visible && selected != nil)
    }

    // MARK: Commands

    private func newProgramme() {
        ProgrammeEditor(parent: parent, database: database, session: session) { [weak self] programme in
            guard let self else { return }
            reload()
            status.text = trf("%@ is created with the archive code %@.", programme.title, programme.code)
            open(programme.id)
        }.present()
    }

    private func openSelected() {
        guard let programme = selected else { return }
        open(programme.id)
    }

    /// Shows the programme in its window, opening one if needed (a logged view of the record, CONF-02).
    func open(_ id: String) {
        if let open = programmeWindows[id] {
            open.present()
            return
        }
        let programmeWindow = ProgrammeWindow(application: application, database: database, session: session,
                                              programmeID: id)
        programmeWindow.onChanged = { [unowned self] in reload() }
        programmeWindow.window.onAnyInput { [unowned self] in onActivity() }
        programmeWindow.window.connect("destroy") { [unowned self] in programmeWindows[id] = nil }
        programmeWindows[id] = programmeWindow
        programmeWindow.present()
    }
}
