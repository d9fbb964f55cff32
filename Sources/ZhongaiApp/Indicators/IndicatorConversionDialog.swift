import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// IND-04: agrees a conversion of a worker's year — one the sheet proposes (what would meet the targets), or a
/// rate of clauses A–F taken a number of times. The store refuses it where the contract does not allow the clause
/// or the counts cannot give it up; the refusal shows under the form and nothing is written.
final class IndicatorConversionDialog {
    private let dialog: EditorDialog
    private let choice: DropDown
    private let times: Entry
    private let preview: Label
    private let proposed: [IndicatorConversion]
    private let rates: [IndicatorConversionRate]

    init(parent: Window, database: AppDatabase, session: Session, year: Int, workerCode: String, workerName: String,
         proposed: [IndicatorConversion], rates: [IndicatorConversionRate], onSaved: @escaping () -> Void) {
        self.proposed = proposed
        self.rates = rates
        dialog = EditorDialog(resource: "indicator-conversion-dialog.ui", windowID: "indicator_conversion_dialog",
                              parent: parent, title: tr("Agree a Conversion"))
        dialog.builder.get(Label.self, "message_label").text =
            trf("A conversion of %@ (%@) for %@, agreed by the service unit, the project supervisor and the centre.",
                workerName, workerCode, String(year))
        choice = dialog.builder.get(DropDown.self, "conversion_dropdown")
        times = dialog.builder.get(Entry.self, "times_entry")
        preview = dialog.builder.get(Label.self, "preview_label")
        let wording = IndicatorSheetDocument(translate: tr)
        choice.setItems(proposed.map { trf("Proposed: %@", wording.conversionText($0)) }
                            + rates.map { trf("Rate: %@", wording.conversionText(Self.conversion($0, times: 1))) })
        times.text = "1"
        let note = dialog.builder.get(Entry.self, "note_entry")
        choice.onSelectionChanged { [unowned self] in showPreview() }
        times.onChanged { [unowned self] in showPreview() }
        showPreview()
        dialog.onSave({ [self] in
            try database.agreeIndicatorConversion(year: year, workerCode: workerCode, conversion: try conversion(),
                                                  note: note.text, as: session)
        }, onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: choice) }

    /// The chosen conversion: a proposal as it stands, a rate taken `times` times.
    private func conversion() throws -> IndicatorConversion {
        guard let index = choice.selectedIndex else {
            throw ValidationError(field: N_("Conversion"), N_("choose a conversion"), rule: "IND-04")
        }
        if index < proposed.count { return proposed[index] }
        let text = times.text.trimmingCharacters(in: .whitespaces)
        guard let count = Int(text), count > 0 else {
            throw ValidationError(field: N_("Times the rate"), N_("“%@” is not a whole number above 0"), text,
                                  rule: "IND-04")
        }
        return Self.conversion(rates[index - proposed.count], times: count)
    }

    private static func conversion(_ rate: IndicatorConversionRate, times: Int) -> IndicatorConversion {
        IndicatorConversion(from: rate.from, fromUnits: rate.fromUnits * times, to: rate.to,
                            toUnits: rate.toUnits * times, clause: rate.clause)
    }

    private func showPreview() {
        times.isSensitive = (choice.selectedIndex ?? 0) >= proposed.count
        do {
            preview.text = trf("To agree: %@", IndicatorSheetDocument(translate: tr).conversionText(try conversion()))
        } catch {
            preview.text = errorText(error)
        }
    }
}
