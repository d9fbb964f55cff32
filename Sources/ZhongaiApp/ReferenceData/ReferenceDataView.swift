import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 参考数据: the policy table, the holiday calendar and the post targets, loaded from data/ on first run
/// and kept in the database, where they are changed.
final class ReferenceDataView {
    enum Page: String { case policy, holidays, postTargets = "post-targets" }

    /// One row of the post-target table: a post type's annual minimum for one indicator (IND-01).
    struct PostTarget {
        let postType: String
        let indicator: Indicator
        let minimum: Int
    }

    let root: Box
    var onSelectionChanged: () -> Void = {}

    var session: Session
    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "reference-data-view.ui")
    private let stack: Stack
    private let status: Label
    private let publishedYears: Label
    private let policySearch: Entry
    private let policyTable: TableView<PolicyEntry>
    private let holidayTable: TableView<ScheduledDay>
    private let targetTable: TableView<PostTarget>
    private var policyEntries: [PolicyEntry] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.session = session
        self.parent = parent
        root = builder.get(Box.self, "reference_data_view")
        stack = builder.get(Stack.self, "reference_stack")
        status = builder.get(Label.self, "status_label")
        publishedYears = builder.get(Label.self, "published_years_label")
        policySearch = builder.get(Entry.self, "policy_search")
        policyTable = TableView(columnView: builder.get(Widget.self, "policy_list"), columns: [
            (tr("Policy"), { tr($0.key.title) }),
            (tr("Value"), { $0.valueText }),
            (tr("Unit"), { tr($0.unit.title) }),
            (tr("Clause"), { $0.clause }),
            (tr("Policy key"), { $0.key.rawValue }),
        ])
        holidayTable = TableView(columnView: builder.get(Widget.self, "holiday_list"), columns: [
            (tr("Date"), { $0.date.description }),
            (tr("Kind"), { $0.kind == .dayOff ? tr("Day off") : tr("Make-up working day") }),
            (tr("Holiday"), { $0.name }),
        ])
        targetTable = TableView(columnView: builder.get(Widget.self, "target_list"), columns: [
            (tr("Post type"), { $0.postType }),
            (tr("Indicator"), { $0.indicator.chineseName }),
            (tr("Annual minimum"), { "\($0.minimum)" }),
        ])
        policySearch.onChanged { [unowned self] in showPolicy() }
        policyTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        policyTable.onRowActivated { [unowned self] in editSelectedPolicyValue() }
        stack.onVisibleChildChanged { [unowned self] in onSelectionChanged() }
        reload()
    }

    var visiblePage: Page? { stack.visibleChildName.flatMap(Page.init(rawValue:)) }
    var selectedPolicyEntry: PolicyEntry? { policyTable.selectedValue }

    /// Reads everything again: the CLI or another window may have changed it.
    func reload() {
        do {
            policyEntries = try database.policyEntries()
            showPolicy()
            let schedule = try database.holidaySchedule()
            holidayTable.show(schedule.days)
            publishedYears.text = schedule.publishedYears.isEmpty
                ? tr("No holiday schedule is loaded: deadlines count weekends only.")
                : trf("Published schedules: %@", schedule.publishedYears.map { "\($0.year)（\($0.source)）" }.joined(separator: "；"))
            targetTable.show(try database.postTypes().flatMap { type in
                Indicator.allCases.compactMap { indicator in
                    type.targets[indicator.rawValue].map { PostTarget(postType: type.name, indicator: indicator, minimum: $0) }
                }
            })
        } catch {
            status.text = errorText(error)
        }
    }

    func editSelectedPolicyValue() {
        guard let entry = selectedPolicyEntry else { return }
        PolicyValueEditor(parent: parent, database: database, session: session, entry: entry) { [weak self] saved in
            self?.reload()
            self?.status.text = trf("%@ is now %@.", saved.key.rawValue, saved.valueText)
        }.present()
    }

    func importHolidays() {
        stack.visibleChildName = Page.holidays.rawValue
        FileChooser.open(parent: parent, title: tr("Import Holiday File"), accept: tr("_Import"), cancel: tr("_Cancel")) {
            [weak self] path in
            guard let self, let path else { return }
            do {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ValidationError(field: N_("Holiday file"), N_("cannot read %@"), path)
                }
                let years = try database.importHolidays(text: text, by: session)
                reload()
                status.text = years.isEmpty ? tr("Nothing new: every year in the file is already stored.")
                                            : trf("Imported the holiday schedule of %@.", years.map(String.init).joined(separator: ", "))
            } catch {
                status.text = errorText(error)
            }
        }
    }

    private func showPolicy() {
        let needle = policySearch.text.trimmingCharacters(in: .whitespaces).lowercased()
        policyTable.show(policyEntries.filter { entry in
            needle.isEmpty || [tr(entry.key.title), entry.key.rawValue, entry.clause, entry.note].contains { $0.lowercased().contains(needle) }
        }, keepingSelection: { $0.key == $1.key })
        onSelectionChanged()
    }
}
