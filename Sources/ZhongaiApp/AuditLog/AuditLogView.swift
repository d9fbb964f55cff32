import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 审计日志: who looked at or changed what, when and from which machine (CONF-02), for 服务部 and 理事长.
/// Every look at the log is itself logged by the store.
final class AuditLogView {
    let root: Box
    var session: Session

    private let database: AppDatabase
    private let builder = Builder(resource: "audit-log-view.ui")
    private let person, record, from, to: Entry
    private let status: Label
    private let table: TableView<AuditEntry>

    init(database: AppDatabase, session: Session) {
        self.database = database
        self.session = session
        root = builder.get(Box.self, "audit_log_view")
        person = builder.get(Entry.self, "person_entry")
        record = builder.get(Entry.self, "record_entry")
        from = builder.get(Entry.self, "from_entry")
        to = builder.get(Entry.self, "to_entry")
        status = builder.get(Label.self, "status_label")
        table = TableView(columnView: builder.get(Widget.self, "audit_list"), columns: [
            (tr("Time"), { AuditLogView.localTime($0.at) }),
            (tr("Staff code"), { $0.actorCode }),
            (tr("Action"), { entry in entry.action.map { tr($0.title) } ?? entry.actionText }),
            (tr("Record"), { $0.record.map { "\($0.kind.rawValue) \($0.id)" } ?? "" }),
            (tr("Machine"), { $0.host }),
            (tr("Detail"), { $0.detail }),
        ])
        for entry in [person, record, from, to] { entry.onActivate { [unowned self] in show() } }
    }

    /// Reads the entries the filter asks for (newest first, at most 2 000: narrow the filter for more).
    func show() {
        do {
            var filter = AuditFilter(limit: 2000)
            let code = person.text.trimmingCharacters(in: .whitespaces)
            if !code.isEmpty { filter.actorCode = code.uppercased() }
            let id = record.text.trimmingCharacters(in: .whitespaces)
            if !id.isEmpty { filter.recordID = id }
            filter.from = try day(from.text, field: N_("From")).map(AuditLogView.startOfDay)
            filter.until = try day(to.text, field: N_("To")).map { AuditLogView.startOfDay($0.adding(days: 1)) }
            let entries = try database.auditEntries(filter: filter, as: session)
            table.show(entries)
            status.text = trf("%@ entries.", entries.count)
        } catch {
            status.text = errorText(error)
        }
    }

    func verify() {
        do {
            let result = try database.verifyAuditLog()
            status.text = result.firstBreak.map { trf("The audit chain is broken: %@", $0.localized(tr)) }
                ?? trf("The audit chain holds: %@ entries, last hash %@.", result.checkedCount, result.headHash)
        } catch {
            status.text = errorText(error)
        }
    }

    private func day(_ text: String, field: String) throws -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : try CalendarDate(parsing: trimmed, field: field)
    }

    /// Midnight of a civil day in China.
    private static func startOfDay(_ day: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date()
    }

    /// The stored UTC time as Beijing time, to the second.
    private static func localTime(_ stored: String) -> String {
        guard let date = AuditTimestamp.parse(stored) else { return stored }
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
