import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 志愿者与宣传: volunteers, their trainings and service times, outreach and newsletters (IND-01).
final class VolunteersView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "volunteers-view.ui")

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "volunteers_view")
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
