import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 月报与总结 (CHK-01, CHK-03, ARC-07): monthly reports drafted from the records, half-year and annual summaries.
final class ReportsView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "reports-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "reports_view")
    }

    /// Shows the record a due item is about (`DueSubject.id`), from the due board.
    func reveal(_ id: String) {
        reload()
    }

    func reload() {
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        []
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
    }
}
