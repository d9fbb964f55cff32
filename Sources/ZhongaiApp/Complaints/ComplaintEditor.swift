import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A new opinion or complaint (CMP-01): kind, source and channel (both required: the lists start empty, so a record
/// without them is refused naming the field), the day received, the complainant (optional), what it is about, the
/// handler (the worker recording by default) and the content. A charge to a client is always a complaint (CMP-03).
final class ComplaintEditor {
    private let dialog: EditorDialog
    private let source: DropDown

    init(parent: Window, database: AppDatabase, session: Session, onSaved: @escaping (Complaint) -> Void) {
        dialog = EditorDialog(resource: "complaint-editor.ui", windowID: "complaint_editor", parent: parent,
                              title: tr("New Opinion or Complaint"))
        let b = dialog.builder
        let kind = b.get(DropDown.self, "kind_dropdown")
        let charge = b.get(CheckButton.self, "charge_check")
        source = b.get(DropDown.self, "source_dropdown")
        let channel = b.get(DropDown.self, "channel_dropdown")
        let received = b.get(Entry.self, "received_entry")
        let name = b.get(Entry.self, "name_entry")
        let contact = b.get(Entry.self, "contact_entry")
        let about = b.get(Entry.self, "about_entry")
        let handler = b.get(Entry.self, "handler_entry")
        let content = b.get(TextView.self, "content_text")
        let kinds = ComplaintKind.allCases, sources = ComplaintSource.allCases, channels = ComplaintChannel.allCases
        kind.setItems(kinds.map { tr($0.title) }, selected: kinds.firstIndex(of: .complaint) ?? 0)
        source.setItems([tr("(choose)")] + sources.map { tr($0.title) })
        channel.setItems([tr("(choose)")] + channels.map { tr($0.title) })
        received.text = CalendarDate.today().description
        handler.text = session.workerCode
        charge.onToggled {
            if charge.isActive { kind.selectedIndex = kinds.firstIndex(of: .complaint) }
        }
        dialog.onSave({ [source] in
            let chosenSource = source.selectedIndex.flatMap { $0 > 0 ? sources[$0 - 1] : nil }
            let chosenChannel = channel.selectedIndex.flatMap { $0 > 0 ? channels[$0 - 1] : nil }
            let draft = ComplaintDraft(kind: kinds[kind.selectedIndex ?? 1], source: chosenSource,
                                       channel: chosenChannel,
                                       receivedOn: try CalendarDate(parsing: received.text, field: N_("Received on")),
                                       complainantName: name.text, complainantContact: contact.text,
                                       content: content.text, about: about.text, isCharge: charge.isActive,
                                       handlerCode: handler.text)
            return try database.recordComplaint(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: source) }
}
