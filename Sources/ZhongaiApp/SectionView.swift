import ZhongaiDomain
import ZhongaiGtk

/// A section of the main window that brings its own commands (supervision, selection…): its entries join the
/// window's one action table, and it says which of them can run now, so that `MainWindow.updateActions` stays the
/// one place where enabling is decided.
protocol SectionView: AnyObject {
    var root: Box { get }
    var session: Session { get set }
    /// Called when a list selection changes, so that the window enables its commands again.
    var onSelectionChanged: () -> Void { get set }
    /// Reads the section again (when it is shown, after a change elsewhere).
    func reload()
    /// The section's commands, named `win.<name>` in its .ui files.
    func actionEntries() -> [ActionTable.Entry]
    /// Enables the section's commands; `visible` says whether the section is on screen, `may` whether the
    /// signed-in worker's role may take an action at all.
    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool)
}
