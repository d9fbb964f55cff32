import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The Supervision section (being built).
final class SupervisionView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "supervision-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "supervision_view")
    }

    func reload() {}

    func actionEntries() -> [ActionTable.Entry] { [] }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {}
}
