import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 督导记录: a supervisor records a session they led (SUP-01, SUP-05): type, individual or group, date, start and
/// duration, the supervisees by staff code, topics (a line ending in @ and a case code links the case), advice
/// and follow-ups with due dates. A supervisee outside the chain needs the reason (cross-supervision).
final class SupervisionSessionDialog {
    private let dialog: EditorDialog
    private let type: DropDown

    init(parent: Window, database: AppDatabase, session: Session, supervisees: [Worker],
         onSaved: @escaping (SupervisionSession) -> Void) {
        dialog = EditorDialog(resource: "supervision-session-dialog.ui", windowID: "supervision_session_dialog",
                              parent: parent, title: tr("New Supervision Session"))
        let b = dialog.builder
        type = b.get(DropDown.self, "type_dropdown")
        let format = b.get(DropDown.self, "format_dropdown")
        let date = b.get(Entry.self, "date_entry")
        let start = b.get(Entry.self, "start_entry")
        let minutes = b.get(Entry.self, "minutes_entry")
        let people = b.get(Entry.self, "supervisees_entry")
        let topics = b.get(TextView.self, "topics_text")
        let advice = b.get(TextView.self, "advice_text")
        let followUps = b.get(TextView.self, "followups_text")
        let cross = b.get(Entry.self, "cross_entry")
        let types = SupervisionType.allCases
        let formats = SupervisionFormat.allCases
        type.setItems(types.map { tr($0.title) }, selected: types.firstIndex(of: .practiceCompetence) ?? 0)
        format.setItems(formats.map { tr($0.title) }, selected: formats.firstIndex(of: .group) ?? 0)
        date.text = CalendarDate.today().description
        minutes.text = "60"
        b.get(Label.self, "chain_label").text = supervisees.isEmpty ? tr("Nobody in your chain")
            : supervisees.map { "\($0.name)（\($0.code)）" }.joined(separator: "、")
        dialog.onSave({
            let draft = SupervisionDraft(
                type: types[self.type.selectedIndex ?? 0], format: formats[format.selectedIndex ?? 0],
                heldOn: try CalendarDate(parsing: date.text), startTime: start.text,
                durationMinutes: try Self.number(minutes.text),
                superviseeCodes: people.text.split(whereSeparator: { " ,，、".contains($0) }).map { $0.uppercased() },
                topics: Self.lines(topics.text).map { line in
                    let (text, code) = Self.split(line)
                    return SupervisionTopic(text: text, caseCode: code)
                },
                advice: advice.text,
                followUps: try Self.lines(followUps.text).map { line in
                    let (text, due) = Self.split(line)
                    guard let due else {
                        throw ValidationError(field: N_("Follow-ups"), N_("“%@” has no due date: end it with @YYYY-MM-DD"),
                                              line)
                    }
                    return SupervisionFollowUp(text: text, dueOn: try CalendarDate(parsing: due, field: N_("Follow-ups")))
                },
                crossSupervisionReason: cross.text)
            return try database.recordSupervision(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: type) }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "words @tail" as its two parts; no "@" gives no tail.
    private static func split(_ line: String) -> (String, String?) {
        guard let at = line.lastIndex(of: "@") else { return (line, nil) }
        return (String(line[..<at]).trimmingCharacters(in: .whitespaces),
                String(line[line.index(after: at)...]).trimmingCharacters(in: .whitespaces))
    }

    private static func number(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(field: N_("Duration"), N_("“%@” is not a number of minutes"), text, rule: "SUP-05")
        }
        return value
    }
}
