import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 志愿者与宣传: volunteers, their trainings and service times, outreach and newsletters (IND-01). The top line
/// shows the signed-in worker's counts of the year for the five indicators these records feed, from the same tally
/// the indicator sheets read. Volunteers' names and phones are masked in the list; 详情 shows one in full (a logged
/// read).
final class VolunteersView: SectionView {
    let root: Box
    var session: Session
    var onSelectionChanged: () -> Void = {}

    private let database: AppDatabase
    private unowned let parent: Window
    private let builder = Builder(resource: "volunteers-view.ui")
    private let stack: Stack
    private let counts: Label
    private let status: Label
    private let search: Entry
    private let withLeft: CheckButton
    private let volunteerTable: TableView<VolunteerSummary>
    private let trainingTable: TableView<VolunteerTraining>
    private let serviceTable: TableView<VolunteerService>
    private let outreachTable: TableView<Outreach>
    private let newsletterTable: TableView<Newsletter>

    init(database: AppDatabase, parent: Window, session: Session) {
        self.database = database
        self.parent = parent
        self.session = session
        root = builder.get(Box.self, "volunteers_view")
        stack = builder.get(Stack.self, "volunteer_stack")
        counts = builder.get(Label.self, "volunteer_counts")
        status = builder.get(Label.self, "volunteers_status")
        search = builder.get(Entry.self, "volunteer_search")
        withLeft = builder.get(CheckButton.self, "with_left_check")
        volunteerTable = TableView(columnView: builder.get(Widget.self, "volunteer_list"), columns: [
            (tr("Number"), { String($0.number) }),
            (tr("Volunteer name"), { $0.name }),
            (tr("Gender"), { $0.gender.map { tr($0.title) } ?? "" }),
            (tr("Phone"), { $0.phone ?? "" }),
            (tr("Skills"), { $0.skills }),
            (tr("Recruited by"), { $0.recruitedBy }),
            (tr("Joined on"), { $0.joinedOn.description }),
            (tr("Left on"), { $0.leftOn?.description ?? "" }),
        ])
        trainingTable = TableView(columnView: builder.get(Widget.self, "training_list"), columns: [
            (tr("Date"), { $0.heldOn.description }),
            (tr("Title"), { $0.title }),
            (tr("Minutes"), { String($0.minutes) }),
            (tr("Trainer"), { $0.trainerCode }),
            (tr("Attendees"), { VolunteersView.names($0.attendees) }),
        ])
        serviceTable = TableView(columnView: builder.get(Widget.self, "service_list"), columns: [
            (tr("Date"), { $0.servedOn.description }),
            (tr("Activity"), { $0.activity }),
            (tr("Hours"), { VolunteerServiceDraft.hoursText($0.hours) }),
            (tr("Person-times"), { String($0.personTimes) }),
            (tr("Organiser"), { $0.organiserCode }),
            (tr("Programme"), { $0.programmeCode ?? "" }),
            (tr("Volunteers served"), { VolunteersView.names($0.volunteers) }),
        ])
        outreachTable = TableView(columnView: builder.get(Widget.self, "outreach_list"), columns: [
            (tr("Date"), { $0.heldOn.description }),
            (tr("Theme"), { $0.theme }),
            (tr("Place"), { $0.place }),
            (tr("People reached"), { String($0.peopleReached) }),
            (tr("Worker"), { $0.workerCode }),
        ])
        newsletterTable = TableView(columnView: builder.get(Widget.self, "newsletter_list"), columns: [
            (tr("Published on"), { $0.publishedOn.description }),
            (tr("Issue"), { $0.issue }),
            (tr("Title"), { $0.title }),
            (tr("Worker"), { $0.workerCode }),
        ])
        search.onSearchChanged { [unowned self] in showVolunteers() }
        withLeft.onToggled { [unowned self] in showVolunteers() }
        volunteerTable.onSelectionChanged { [unowned self] in onSelectionChanged() }
        volunteerTable.onRowActivated { [unowned self] in showSelectedVolunteer() }
        stack.onVisibleChildChanged { [unowned self] in onSelectionChanged() }
    }

    /// Shows the record a due item is about (`DueSubject.id`), from the due board: a volunteer, a training, a
    /// service time, an outreach event or a newsletter, on its page with its row selected.
    func reveal(_ id: String) {
        reload()
        if let index = volunteerTable.model.values.firstIndex(where: { $0.id == id }) {
            stack.visibleChildName = "volunteers"
            volunteerTable.selectedIndex = index
        } else if let index = trainingTable.model.values.firstIndex(where: { $0.id == id }) {
            stack.visibleChildName = "trainings"
            trainingTable.selectedIndex = index
        } else if let index = serviceTable.model.values.firstIndex(where: { $0.id == id }) {
            stack.visibleChildName = "services"
            serviceTable.selectedIndex = index
        } else if let index = outreachTable.model.values.firstIndex(where: { $0.id == id }) {
            stack.visibleChildName = "outreach"
            outreachTable.selectedIndex = index
        } else if let index = newsletterTable.model.values.firstIndex(where: { $0.id == id }) {
            stack.visibleChildName = "newsletters"
            newsletterTable.selectedIndex = index
        }
        onSelectionChanged()
    }

    /// Reads every list again through the access policy (one `list` row each in the audit log) and the counts.
    func reload() {
        do {
            let year = CalendarDate.today().year
            showCounts(try database.volunteerYearCounts(year: year, as: session))
            trainingTable.show(try database.volunteerTrainings(year: year, as: session), keepingSelection: { $0.id == $1.id })
            serviceTable.show(try database.volunteerServices(year: year, as: session), keepingSelection: { $0.id == $1.id })
            outreachTable.show(try database.outreachEvents(year: year, as: session), keepingSelection: { $0.id == $1.id })
            newsletterTable.show(try database.newsletters(year: year, as: session), keepingSelection: { $0.id == $1.id })
            showVolunteers()
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    func actionEntries() -> [ActionTable.Entry] {
        [
            ActionTable.Entry("volunteer-new") { [unowned self] in editVolunteer(nil) },
            ActionTable.Entry("volunteer-edit") { [unowned self] in editSelectedVolunteer() },
            ActionTable.Entry("volunteer-show") { [unowned self] in showSelectedVolunteer() },
            ActionTable.Entry("volunteer-left") { [unowned self] in markSelectedVolunteerLeft() },
            ActionTable.Entry("volunteer-training-new") { [unowned self] in newActivity(.training) },
            ActionTable.Entry("volunteer-service-new") { [unowned self] in newActivity(.service) },
            ActionTable.Entry("outreach-new") { [unowned self] in newPublicity(.outreach) },
            ActionTable.Entry("newsletter-new") { [unowned self] in newPublicity(.newsletter) },
        ]
    }

    func updateActions(_ actions: ActionTable, visible: Bool, may: (AccessAction) -> Bool) {
        let create = visible && may(.create)
        for name in ["volunteer-new", "volunteer-training-new", "volunteer-service-new", "outreach-new",
                     "newsletter-new"] {
            actions.setEnabled(name, create)
        }
        let selected = visible && volunteerTable.selectedValue != nil
        actions.setEnabled("volunteer-edit", selected && may(.edit))
        actions.setEnabled("volunteer-show", selected)
        actions.setEnabled("volunteer-left", selected && may(.edit) && volunteerTable.selectedValue?.isActive == true)
    }

    // MARK: Reading

    private func showCounts(_ c: VolunteerYearCounts) {
        let parts = VolunteerYearCounts.indicators.map {
            "\($0.chineseName) \(c.total($0)) \(VolunteerYearCounts.unit($0))"
        }
        counts.text = trf("Your counts in %@ (IND-01): %@", String(c.year), parts.joined(separator: "　"))
    }

    private func showVolunteers() {
        do {
            let found = try database.volunteers(matching: search.text, includingLeft: withLeft.isActive, as: session)
            volunteerTable.show(found, keepingSelection: { $0.id == $1.id })
            status.text = found.isEmpty ? tr("No volunteer here yet.") : trf("%@ volunteers", String(found.count))
        } catch {
            status.text = errorText(error)
        }
        onSelectionChanged()
    }

    private static func names(_ people: [VolunteerRef]) -> String {
        people.map { "\($0.number) \($0.name)" }.joined(separator: "、")
    }

    // MARK: Commands

    private func editVolunteer(_ volunteer: Volunteer?) {
        VolunteerEditor(parent: parent, database: database, session: session, editing: volunteer) { [weak self] saved in
            self?.reload()
            self?.status.text = trf("Volunteer %@ is saved.", String(saved.number))
        }.present()
    }

    /// The selected volunteer in full (a logged read), into the editor.
    private func editSelectedVolunteer() {
        guard let entry = volunteerTable.selectedValue else { return }
        do {
            editVolunteer(try database.volunteer(id: entry.id, as: session))
        } catch {
            status.text = errorText(error)
        }
    }

    /// The selected volunteer in full under the list: a logged read (CONF-02).
    private func showSelectedVolunteer() {
        guard let entry = volunteerTable.selectedValue else { return }
        do {
            let v = try database.volunteer(id: entry.id, as: session)
            var lines = [trf("Volunteer %@: %@, %@", String(v.number), v.name, v.phone ?? "—"),
                         trf("Recruited by %@ on %@", v.recruitedBy, v.joinedOn.description)]
            if let left = v.leftOn { lines.append(trf("Left on %@: %@", left.description, v.leftReason ?? "")) }
            if !v.skills.isEmpty { lines.append(trf("Skills: %@", v.skills)) }
            if !v.note.isEmpty { lines.append(v.note) }
            status.text = lines.joined(separator: "\n")
        } catch {
            status.text = errorText(error)
        }
    }

    private func markSelectedVolunteerLeft() {
        guard let entry = volunteerTable.selectedValue else { return }
        VolunteerLeaveDialog(parent: parent, database: database, session: session, volunteer: entry) { [weak self] v in
            self?.reload()
            self?.status.text = trf("Volunteer %@ left on %@.", String(v.number), v.leftOn?.description ?? "")
        }.present()
    }

    private func newActivity(_ kind: VolunteerActivityEditor.Kind) {
        let people = (try? database.volunteers(as: session)) ?? []
        VolunteerActivityEditor(parent: parent, database: database, session: session, kind: kind,
                                volunteers: people) { [weak self] message in
            self?.reload()
            self?.stack.visibleChildName = kind == .training ? "trainings" : "services"
            self?.status.text = message
        }.present()
    }

    private func newPublicity(_ kind: PublicityEditor.Kind) {
        PublicityEditor(parent: parent, database: database, session: session, kind: kind) { [weak self] message in
            self?.reload()
            self?.stack.visibleChildName = kind == .outreach ? "outreach" : "newsletters"
            self?.status.text = message
        }.present()
    }
}
