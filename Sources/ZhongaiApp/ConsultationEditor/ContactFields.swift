import ZhongaiDomain
import ZhongaiGtk

/// The fields of one consultation contact (date, duration, method, content), shared by the editor that opens a
/// consultation and the one that adds its next contact; their .ui files name the widgets alike.
struct ContactFields {
    private let date: Entry
    private let duration: Entry
    private let method: DropDown
    private let content: TextView
    private let methods = ConsultationMethod.allCases

    init(_ builder: Builder) {
        date = builder.get(Entry.self, "date_entry")
        duration = builder.get(Entry.self, "duration_entry")
        method = builder.get(DropDown.self, "method_dropdown")
        content = builder.get(TextView.self, "content_text")
        method.setItems(methods.map { tr($0.title) })
        date.text = CalendarDate.today().description
    }

    /// The contact as typed; the store validates it (a date in the future, a duration out of range, no content).
    func draft() throws -> ConsultationContactDraft {
        ConsultationContactDraft(date: try CalendarDate(parsing: date.text, field: N_("Contact date")),
                                 durationMinutes: try ContactFields.minutes(duration.text),
                                 method: methods[method.selectedIndex ?? 0], content: content.text)
    }

    /// A whole number of minutes, or a refusal naming the field.
    static func minutes(_ text: String) throws -> Int {
        guard let minutes = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(field: N_("Duration"), N_("“%@” is not a number of minutes"), text)
        }
        return minutes
    }
}
