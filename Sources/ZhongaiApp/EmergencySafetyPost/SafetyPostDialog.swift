import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Names who holds one post of a service point's safety group, and their deputies (EMG-01): above all the 后勤
/// (the service point's team leader), who calls 119 and 120 in the plans and is not in the directory.
final class SafetyPostDialog {
    private let dialog: EditorDialog
    private let holders: Entry

    init(parent: Window, database: AppDatabase, session: Session, group: SafetyGroup,
         onSaved: @escaping (SafetyGroup) -> Void) {
        dialog = EditorDialog(resource: "safety-post-dialog.ui", windowID: "safety_post_dialog", parent: parent,
                              title: tr("Safety Group Post"))
        let b = dialog.builder
        holders = b.get(Entry.self, "holders_entry")
        let deputies = b.get(Entry.self, "deputies_entry")
        let postChoice = b.get(DropDown.self, "post_dropdown")
        b.get(Label.self, "point_label").text = group.servicePointName
        let posts = SafetyRole.groupPosts
        let holders = self.holders
        // Shows who is named for the post now, as the codes the form takes (defaults from the directory left out).
        let showPost = {
            guard let index = postChoice.selectedIndex, posts.indices.contains(index) else { return }
            let named = { (people: [SafetyGroupMember]) in
                people.filter { !$0.isDefault }.map(\.workerCode).joined(separator: " ")
            }
            holders.text = named(group.holders(of: posts[index]))
            deputies.text = named(group.deputies(of: posts[index]))
        }
        postChoice.setItems(posts.map { tr($0.title) }, selected: posts.firstIndex(of: group.unfilledPosts.first ?? .leader) ?? 0)
        postChoice.onSelectionChanged(showPost)
        showPost()
        func codes(_ entry: Entry) -> [String] {
            entry.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" || $0 == "，" }).map(String.init)
        }
        dialog.onSave({
            guard let index = postChoice.selectedIndex, posts.indices.contains(index) else {
                throw ValidationError(field: N_("Post"), N_("choose a post"), rule: "EMG-01")
            }
            return try database.setSafetyGroupPost(servicePointID: group.servicePointID, role: posts[index],
                                                   holders: codes(holders), deputies: codes(deputies), as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: holders) }
}
