import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 自我检查与拜访用人单位 (CHK-02, CHK-05): quarterly checks and employer visits as scheduled, recorded items.
final class ChecksView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "checks-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "checks_view")
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
