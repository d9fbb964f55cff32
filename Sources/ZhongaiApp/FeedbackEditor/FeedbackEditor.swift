import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 参加者意见表 (GRP-05): one participant's form, each item scored 1 (very dissatisfied) to 5 (very satisfied), with
/// comments; the satisfaction of the programme is counted from these forms against IND-02.
final class FeedbackEditor {
    private let dialog: EditorDialog
    private let participant: DropDown

    init(parent: Window, database: AppDatabase, session: Session, programme: ProgrammeDetail,
         onSaved: @escaping (ParticipantFeedback) -> Void) {
        dialog = EditorDialog(resource: "feedback-editor.ui", windowID: "feedback_editor", parent: parent,
                              title: trf("Feedback Form for %@", programme.programme.title))
        let b = dialog.builder
        participant = b.get(DropDown.self, "participant_dropdown")
        let scoreChoices: [(FeedbackItem, DropDown)] = [
            (.content, b.get(DropDown.self, "content_dropdown")),
            (.arrangement, b.get(DropDown.self, "arrangement_dropdown")),
            (.workerPerformance, b.get(DropDown.self, "worker_dropdown")),
            (.overall, b.get(DropDown.self, "overall_dropdown")),
        ]
        let comments = b.get(TextView.self, "comments_text")
        let date = b.get(Entry.self, "date_entry")
        // One form per participant: those who already gave theirs are not offered again.
        let answered = Set(programme.feedback.map(\.registrationID))
        let people = programme.registrations.filter { !answered.contains($0.id) }
        participant.setItems(people.map { $0.phone.isEmpty ? $0.name : "\($0.name)（\(PersonMask.phone($0.phone))）" })
        // Rule GRP-05: no score is chosen for the participant; the list starts empty.
        let scores = [tr("Choose a score")] + (1...5).reversed().map { trf("%@ – %@", String($0), tr(Self.scoreTitles[$0 - 1])) }
        for (_, choice) in scoreChoices { choice.setItems(scores) }
        date.text = CalendarDate.today().description
        b.get(Label.self, "hint_label").text = tr("A score of 4 or 5 counts as satisfied; every item should reach 80% (IND-02).")
        dialog.onSave({
            guard let index = self.participant.selectedIndex, people.indices.contains(index) else {
                throw ValidationError(field: N_("Participant"), N_("choose one in the list"), rule: "GRP-05")
            }
            var chosen: [FeedbackItem: Int] = [:]
            for (item, choice) in scoreChoices {
                guard let selected = choice.selectedIndex, selected > 0 else {
                    throw ValidationError(field: item.title, N_("every item of the feedback form is scored"), rule: "GRP-05")
                }
                chosen[item] = 6 - selected
            }
            let draft = FeedbackDraft(registrationID: people[index].id, scores: chosen, comments: comments.text,
                                      filledOn: try CalendarDate(parsing: date.text, field: N_("Filled on")))
            return try database.recordFeedback(draft, in: programme.programme.id, as: session)
        }, onSaved: onSaved)
    }

    /// The meaning of scores 1…5, as msgids.
    private static let scoreTitles = [N_("very dissatisfied"), N_("dissatisfied"), N_("neutral"), N_("satisfied"),
                                      N_("very satisfied")]

    func present() { dialog.present(focus: participant) }
}
