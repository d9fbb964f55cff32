import ZhongaiDomain
import ZhongaiGtk

/// The sentence a user reads for a refused action: domain refusals name their field and rule in Chinese.
func errorText(_ error: Error) -> String {
    if let refusal = error as? ValidationError { return refusal.localized(tr) }
    return trf("The change was not saved: %@", String(describing: error))
}
