import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 年度服务指标 (IND-01..06): each worker's and team's counts against the post's targets, with conversions.
final class IndicatorsView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "indicators-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "indicators_view")
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
