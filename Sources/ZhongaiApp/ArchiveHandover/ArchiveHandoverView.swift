import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 档案移交 (ARC-07..09, CONF-04..05): quarterly handover lists, borrowing, archive checks and destruction batches.
final class ArchiveHandoverView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "archive-handover-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "archive_handover_view")
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
