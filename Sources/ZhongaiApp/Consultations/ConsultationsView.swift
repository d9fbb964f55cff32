import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 咨询与探访: the consultations (咨询/即时辅导; CONS-01) and visits (探访; CONS-02) the worker's role reaches, each
/// its own record with its own archive code (nature I or V), client names and places masked. Opening a row shows
/// the record in full, which is a logged view. A consultation beyond the policy's contacts is marked as a case
/// candidate.
final class ConsultationsView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "consultations-view.ui")
    private let search: Entry
    private let status: Label
    private let detail: Label
    private let consultationTable: TableView<ConsultationListEntry>
    private let visitTable: TableView<VisitListEntry>
    private var consultations: [ConsultationListEntry] = []
    private var visits: [VisitListEntry] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "consultations_view")
        search = builder.get(Entry.self, "consultation_search")
        status = builder.get(Label.self, "consultations_status")
        detail = builder.get(Label.self, "detail_label")
        consultationTable = TableView(columnView: builder.get(Widget.self, "consultation_list"), columns: [
            (tr("Archive code"), { $0.summary.code }),
            (tr("Client"), { $0.clientName }),
            (tr("Contacts"), { String($0.summary.contactCount) }),
            (tr("Case candidate"), { $0.summary.isCaseCandidate ? tr("case candidate") : "" }),
            (tr("Holder"), { $0.summary.holderCode }),
            (tr("First contact"), { $0.summary.openedOn.description }),
            (tr("Last contact"), { $0.summary.lastContactOn.description }),
            (tr("Recorded late"), { $0.summary.hasLateRecords ? tr("late") : "" }),
        ])
        visitTable = TableView(columnView: builder.get(Widget.self, "visit_list"), columns: [
            (tr("Archive code"), { $0.summary.code }),
            (tr("Client"), { $0.clientName }),
            (tr("Visit date"), { $0.summary.date.description }),
            (tr("Place"), { $0.place }),
            (tr("Holder"), { $0.summary.holderCode }),
            (tr("Recorded late"), { $0.summary.recordedLate ? tr("late") : "" }),
        ])
        search.onChanged { [unowned self] in showLists() }
        consultationTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        visitTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        consultationTable.onRowActivated { [unowned self] in showSelectedConsultation() }
        visitTable.onRowActivated { [unowned self] in showSelectedVisit() }
    }

    /// The consultation selected in its list: `addContact()` records the next contact of it.
    var selectedConsultation: ConsultationListEntry? { consultationTable.selectedValue }
    var selectedVisit: VisitListEntry? { visitTable.selectedValue }

    /// Reads both lists again through the access policy (one `list` row each in the audit log).
    func reload() {
        do {
            consultations = try database.consultationList(as: session)
            visits = try database.visitList(as: session)
            showLists()
        } catch {
            status.text = errorText(error)
        }
    }

    func say(_ text: String) { status.text = text }

    /// A consultation for a client on file, with its first contact; the archive code is issued on saving.
    func newConsultation() {
        ClientPicker(parent: parent, database: database, session: session) { [weak self] client in
            guard let self else { return }
            ConsultationEditor(parent: parent, database: database, session: session, client: client) { [weak self] opened in
                self?.reload()
                self?.say(trf("Consultation %@ is open.", opened.code))
            }.present()
        }.present()
    }

    /// The next contact of the selected consultation (CONS-01: beyond the policy's maximum it becomes a case
    /// candidate).
    func addContact() {
        guard let entry = selectedConsultation else { return }
        ConsultationContactEditor(parent: parent, database: database, session: session,
                                  consultation: entry.summary) { [weak self] consultation in
            self?.reload()
            self?.say(consultation.isCaseCandidate
                ? trf("%@ has had %@ contacts: it is a case candidate. Assess the client for a case.",
                      consultation.code, String(consultation.contacts.count))
                : trf("Contact %@ of %@ is recorded.", String(consultation.contacts.count), consultation.code))
        }.present()
    }

    /// A visit to a client on file, with its own archive code (CONS-02).
    func newVisit() {
        ClientPicker(parent: parent, database: database, session: session) { [weak self] client in
            guard let self else { return }
            VisitEditor(parent: parent, database: database, session: session, client: client) { [weak self] visit in
                self?.reload()
                self?.say(trf("Visit %@ is recorded.", visit.code))
            }.present()
        }.present()
    }

    /// Shows the selected consultation in full, contacts included: a logged view (CONF-02).
    func showSelectedConsultation() {
        guard let entry = selectedConsultation else { return }
        do {
            detail.text = ConsultationsView.describe(try database.consultation(id: entry.summary.id, as: session))
        } catch {
            detail.text = errorText(error)
        }
    }

    /// Shows the selected visit in full: a logged view (CONF-02).
    func showSelectedVisit() {
        guard let entry = selectedVisit else { return }
        do {
            detail.text = ConsultationsView.describe(try database.visit(id: entry.summary.id, as: session))
        } catch {
            detail.text = errorText(error)
        }
    }

    private func showLists() {
        let needle = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = { (fields: [String]) in needle.isEmpty || fields.contains { $0.lowercased().contains(needle) } }
        consultationTable.show(consultations.filter { matches([$0.summary.code, $0.clientName, $0.summary.holderCode]) },
                               keepingSelection: { $0.summary.id == $1.summary.id })
        visitTable.show(visits.filter { matches([$0.summary.code, $0.clientName, $0.summary.holderCode]) },
                        keepingSelection: { $0.summary.id == $1.summary.id })
        if consultations.isEmpty, visits.isEmpty, needle.isEmpty {
            status.text = tr("No consultation or visit here yet.")
        } else {
            status.text = trf("%@ consultations, %@ visits", String(consultations.count), String(visits.count))
        }
        onSelectionChanged()
    }

    private static func describe(_ c: Consultation) -> String {
        var lines = [trf("Consultation %@ of client %@, held by %@", c.code, c.clientID, c.holderCode),
                     trf("Topic: %@", c.topic)]
        if let day = c.caseCandidateOn { lines.append(trf("A case candidate since %@ (CONS-01)", day.description)) }
        for contact in c.contacts {
            lines.append(trf("%@. %@, %@ minutes, %@: %@", String(contact.number), contact.date.description,
                             String(contact.durationMinutes), tr(contact.method.title), contact.content)
                + (contact.recordedLate ? " " + tr("(recorded late)") : ""))
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ v: Visit) -> String {
        [trf("Visit %@ of client %@, held by %@", v.code, v.clientID, v.holderCode),
         trf("%@, %@ minutes, at %@", v.date.description, String(v.durationMinutes), v.place)
             + (v.recordedLate ? " " + tr("(recorded late)") : ""),
         trf("Purpose: %@", v.purpose), v.content].joined(separator: "\n")
    }
}
