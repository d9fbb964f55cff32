import ZhongaiDomain
import ZhongaiGtk

/// The sentence a user reads for a refused action: domain refusals name their field and rule in Chinese.
func errorText(_ error: Error) -> String {
    if let refusal = error as? ValidationError { return refusal.localized(tr) }
    if let denied = error as? AccessDenied { return denied.localized(tr) }
    if let duplicates = error as? PossibleDuplicateClients {
        let matches = duplicates.duplicates.map { d in
            trf("%@ (%@, born %@, held by %@): %@", d.client.name, d.client.phone ?? "—",
                d.client.birthYear.map(String.init) ?? "—", d.client.holderCode, tr(d.reason.title))
        }
        let advice = duplicates.isCertain ? tr("Open the client on file instead of entering them again.")
            : tr("If this is someone else, tick “save anyway” and save again.")
        return tr("This person may already be on file:") + "\n" + matches.joined(separator: "\n") + "\n" + advice
    }
    return trf("The change was not saved: %@", String(describing: error))
}
