import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 个案: the cases the worker's role reaches (their own, their supervisees', all for 服务部), client names masked,
/// filtered by stage, state and overdue deadlines, searched by code, name, phone or narrative text. New clients
/// and intakes start here; a case opens in its own window.
final class CasesView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}
    /// Opens a case window (the main window keeps one per case).
    var openCase: (String) -> Void = { _ in }

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "cases-view.ui")
    private let search: Entry
    private let stageFilter: DropDown
    private let stateFilter: DropDown
    private let overdueFilter: CheckButton
    private let status: Label
    private let table: TableView<CaseSummary>
    private let states: [CaseState?] = [CaseState.open, nil, .closed, .referred]
    /// The list shows at most this many cases; the search narrows the rest (a list of 100 000 rows is no use).
    static let listLimit = 2000

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "cases_view")
        search = builder.get(Entry.self, "case_search")
        stageFilter = builder.get(DropDown.self, "stage_filter")
        stateFilter = builder.get(DropDown.self, "state_filter")
        overdueFilter = builder.get(CheckButton.self, "overdue_filter")
        status = builder.get(Label.self, "cases_status")
        let categories = Dictionary(((try? database.clientCategories()) ?? []).map { ($0.code, $0.name) },
                                    uniquingKeysWith: { a, _ in a })
        table = TableView(columnView: builder.get(Widget.self, "case_list"), columns: [
            (tr("Archive code"), { $0.code }),
            (tr("Client"), { $0.clientName }),
            (tr("Category"), { categories[$0.categoryCode] ?? $0.categoryCode }),
            (tr("Stage"), { tr($0.stage.title) }),
            (tr("State"), { tr($0.state.title) }),
            (tr("Holder"), { $0.holderCode }),
            (tr("Opened"), { $0.openedOn.description }),
            (tr("Next deadline"), { d in d.nextDeadline.map { "\(CaseWindow.dueText($0)) \(tr($0.title)) [\($0.rule)]" } ?? "" }),
            (tr("Status"), { $0.nextDeadline.map { tr($0.status.title) } ?? "" }),
        ])
        stageFilter.setItems([tr("All stages")] + CaseStage.allCases.map { tr($0.title) })
        stateFilter.setItems(states.map { $0.map { tr($0.title) } ?? tr("All cases") })
        for dropDown in [stageFilter, stateFilter] { dropDown.onSelectionChanged { [unowned self] in reload() } }
        overdueFilter.connect("toggled") { [unowned self] in reload() }
        search.onSearchChanged { [unowned self] in reload() }
        table.onSelectionChanged { [unowned self] in onSelectionChanged() }
        table.onRowActivated { [unowned self] in openSelected() }
    }

    var selected: CaseSummary? { table.selectedValue }

    /// Reads the list again through the access policy (one `list` row in the audit log).
    func reload() {
        let text = search.text.trimmingCharacters(in: .whitespaces)
        let filter = CaseFilter(stage: stageFilter.selectedIndex.flatMap { $0 > 0 ? CaseStage.allCases[$0 - 1] : nil },
                                state: states[stateFilter.selectedIndex ?? 0], overdueOnly: overdueFilter.isActive,
                                text: text.isEmpty ? nil : text)
        do {
            let cases = try database.cases(matching: filter, as: session, limit: CasesView.listLimit)
            table.show(cases, keepingSelection: { $0.id == $1.id })
            status.text = cases.isEmpty ? (text.isEmpty ? tr("No case here yet. A case starts with a new client and the intake.")
                                                        : tr("No case matches."))
                : cases.count >= CasesView.listLimit ? trf("The first %@ cases; search to narrow the list.", String(cases.count))
                : trf("%@ cases", String(cases.count))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func say(_ text: String) { status.text = text }

    func openSelected() {
        guard let summary = selected else { return }
        openCase(summary.id)
    }

    /// A new client, then at once their intake: the way a case starts (INTAKE-03, CASE-01).
    func newClient() {
        ClientEditor(parent: parent, database: database, session: session) { [weak self] client in
            self?.intake(for: client)
        }.present()
    }

    func intakeForClientOnFile() {
        ClientPicker(parent: parent, database: database, session: session) { [weak self] client in
            self?.intake(for: client)
        }.present()
    }

    private func intake(for client: Client) {
        IntakeEditor(parent: parent, database: database, session: session, client: client) { [weak self] outcome in
            guard let self else { return }
            reload()
            if let caseFile = outcome.caseFile {
                say(trf("Case %@ is open.", caseFile.code))
                openCase(caseFile.id)
            } else {
                say(trf("The intake of %@ is recorded.", client.name))
            }
        }.present()
    }
}
