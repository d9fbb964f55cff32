import Foundation
import ZhongaiDomain
import ZhongaiGtk

/// One step of the running checklist: its text in large type, who holds its role at this site and their phone, the
/// number to call, one button that ticks it (now, by the person chosen: the role holder unless changed) and its notes.
final class EmergencyStepCard {
    struct Person {
        let code: String
        let label: String
    }

    let root: Box
    private let builder = Builder(resource: "emergency-step.ui")
    private let tickButton: Button
    private let personChoice: DropDown
    private let doneLabel: Label
    private let noteEntry: Entry
    private let notesLabel: Label
    private let people: [Person]

    /// `onTick` gets the chosen person's code; `onNote` the note's text.
    init(step: EmergencyPlanStep, holder: String, people: [Person], defaultPerson: String?,
         onTick: @escaping (String) -> Void, onNote: @escaping (String) -> Void) {
        self.people = people
        root = builder.get(Box.self, "step_card")
        tickButton = builder.get(Button.self, "tick_button")
        personChoice = builder.get(DropDown.self, "person_dropdown")
        doneLabel = builder.get(Label.self, "done_label")
        noteEntry = builder.get(Entry.self, "note_entry")
        notesLabel = builder.get(Label.self, "notes_label")
        let number = String(step.position)
        builder.get(Label.self, "number_label").text = number
        let text = builder.get(Label.self, "text_label")
        text.text = step.text
        text.setAccessibleLabel(trf("Step %@", number))
        let holderLabel = builder.get(Label.self, "holder_label")
        holderLabel.text = holder
        holderLabel.setAccessibleLabel(trf("Who does step %@", number))
        let call = builder.get(Label.self, "call_label")
        if !step.callNumbers.isEmpty {
            call.text = "☎ " + trf("Call %@", step.callNumbers.joined(separator: " / "))
            call.setAccessibleLabel(trf("Number to call in step %@", number))
            call.isVisible = true
        }
        personChoice.setItems(people.map(\.label), selected: people.firstIndex { $0.code == defaultPerson } ?? 0)
        personChoice.setAccessibleLabel(trf("Who did step %@", number))
        tickButton.setAccessibleLabel(trf("Step %@ done", number))
        doneLabel.setAccessibleLabel(trf("Step %@ was done", number))
        noteEntry.setAccessibleLabel(trf("Note on step %@", number))
        notesLabel.setAccessibleLabel(trf("Notes on step %@", number))
        let addNote = builder.get(Button.self, "note_button")
        addNote.setAccessibleLabel(trf("Add the note to step %@", number))
        tickButton.onClicked { [unowned self] in
            guard let index = personChoice.selectedIndex, self.people.indices.contains(index) else { return }
            onTick(self.people[index].code)
        }
        let saveNote = { [unowned self] in
            let note = noteEntry.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !note.isEmpty else { return }
            onNote(note)
        }
        addNote.onClicked(saveNote)
        noteEntry.onActivate(saveNote)
    }

    /// Shows the step as done (by whom, when) or still open; a done step cannot be ticked again (EMG-03).
    func show(doneAt: Date?, by name: String?, notes: [String]) {
        if let doneAt {
            doneLabel.text = "✓ " + trf("Done at %@ by %@", EmergencyClock.timeOfDay(doneAt), name ?? "")
            doneLabel.isVisible = true
            tickButton.isVisible = false
            personChoice.isVisible = false
            root.addCSSClass("done")
        }
        notesLabel.text = notes.map { "• " + $0 }.joined(separator: "\n")
        notesLabel.isVisible = !notes.isEmpty
    }

    func clearNote() { noteEntry.text = "" }
}
