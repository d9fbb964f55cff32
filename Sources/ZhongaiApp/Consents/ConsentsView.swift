import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 同意书: the consents the signed-in worker's role reaches (their own, their supervisees' down the chain, or all
/// for 服务部), masked in the list; opening one shows it in full and is logged (CASE-04, CONF-01, CONF-02).
final class ConsentsView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "consents-view.ui")
    private let search: Entry
    private let detail: Label
    private let table: TableView<ConsentSummary>
    private var consents: [ConsentSummary] = []

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "consents_view")
        search = builder.get(Entry.self, "consent_search")
        detail = builder.get(Label.self, "detail_label")
        table = TableView(columnView: builder.get(Widget.self, "consent_list"), columns: [
            (tr("Client number"), { $0.clientID }),
            (tr("Client name"), { $0.clientName }),
            (tr("Client phone"), { $0.clientPhone ?? "" }),
            (tr("Given by"), { $0.givenByGuardian ? trf("guardian %@", $0.guardianName ?? "") : tr("the client") }),
            (tr("Date given"), { $0.givenOn.description }),
            (tr("Scope"), ConsentsView.scopeText),
            (tr("Recorded as"), { tr($0.recordedAs.title) }),
            (tr("Holder"), { $0.holderCode }),
            (tr("Status"), { $0.withdrawnOn.map { trf("withdrawn on %@", $0.description) } ?? tr("in force") }),
        ])
        search.onChanged { [unowned self] in showList() }
        table.onSelectionChanged { [unowned self] in onSelectionChanged() }
        table.onRowActivated { [unowned self] in openSelected() }
    }

    var selected: ConsentSummary? { table.selectedValue }

    /// Reads the list again through the access policy (one `list` row in the audit log).
    func reload() {
        do {
            consents = try database.consents(as: session)
            showList()
        } catch {
            detail.text = errorText(error)
        }
    }

    func newConsent() {
        ConsentEditor(parent: parent, database: database, session: session) { [weak self] consent in
            self?.reload()
            self?.detail.text = trf("Recorded the consent of %@.", consent.clientID)
        }.present()
    }

    /// Shows the selected consent in full: a logged view (CONF-02).
    func openSelected() {
        guard let summary = selected else { return }
        do {
            let c = try database.consent(id: summary.id, as: session)
            var lines = [trf("Client %@ %@", c.clientID, c.clientName)]
            if let phone = c.clientPhone { lines.append(trf("Phone %@", phone)) }
            if case .guardian(let name, let relationship) = c.giver { lines.append(trf("Signed by the guardian %@ (%@)", name, relationship)) }
            lines.append(trf("Given on %@, %@; %@", c.givenOn.description, tr(c.recordedAs.title), ConsentsView.scopeText(c.summary)))
            if let w = c.withdrawal { lines.append(trf("Withdrawn on %@: %@", w.on.description, w.reason)) }
            if !c.note.isEmpty { lines.append(c.note) }
            detail.text = lines.joined(separator: "\n")
        } catch {
            detail.text = errorText(error)
        }
    }

    func withdrawSelected() {
        guard let summary = selected, summary.withdrawnOn == nil else { return }
        WithdrawConsentDialog(parent: parent, database: database, session: session, consent: summary) { [weak self] consent in
            self?.reload()
            self?.detail.text = trf("The consent of %@ is withdrawn.", consent.clientID)
        }.present()
    }

    private func showList() {
        let needle = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        table.show(consents.filter { c in
            needle.isEmpty || [c.clientID, c.clientName, c.holderCode].contains { $0.lowercased().contains(needle) }
        }, keepingSelection: { $0.id == $1.id })
        onSelectionChanged()
    }

    private static func scopeText(_ c: ConsentSummary) -> String {
        var parts: [String] = []
        if c.scope.receivingService { parts.append(tr("service")) }
        if !c.scope.sharingAgencies.isEmpty { parts.append(trf("sharing with %@", c.scope.sharingAgencies.joined(separator: "、"))) }
        return parts.joined(separator: "；")
    }
}
