import ArgumentParser
import ZhongaiDomain

/// `--for view|export|print`: why a protected record is read in full; the store logs the read as that action
/// (CONF-02).
struct ReadPurposeOption: ParsableArguments {
    @Option(name: .customLong("for"), help: ArgumentHelp("Why it is read: view, export or print.", valueName: "ACTION"))
    var purpose = "view"

    /// The action the read is logged as, or a refusal naming the field.
    func action() throws -> AccessAction {
        let wanted = purpose.trimmingCharacters(in: .whitespaces).lowercased()
        guard let action = AccessAction(rawValue: wanted), [.view, .export, .print].contains(action) else {
            throw ValidationError(field: N_("Action"), N_("“%@” is not one of view, export, print"), purpose)
        }
        return action
    }
}
