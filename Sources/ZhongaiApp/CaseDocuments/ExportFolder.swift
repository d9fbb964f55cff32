import Foundation
import ZhongaiGtk

/// Where exported documents go: a folder of the workbench in the user's documents folder, so that a worker finds
/// every exported file in one place under its ARC-10 name.
enum ExportFolder {
    static func path() -> String {
        (UserFolders.documents as NSString).appendingPathComponent(tr("Zhongai Workbench exports"))
    }
}
