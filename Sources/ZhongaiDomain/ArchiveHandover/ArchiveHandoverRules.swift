import Foundation

/// The rules of the quarterly handover (ARC-08, ARC-09) as pure checks, so that the store refuses before writing.
public enum ArchiveHandoverRules {
    /// Rule ARC-08: a list holds only records that have ended; the first one that has not is named.
    public static func checkClosed(_ lines: [HandoverListLine]) throws {
        guard !lines.isEmpty else {
            throw ValidationError(field: N_("Records"), N_("a handover list needs at least one closed record"),
                                  rule: "ARC-08")
        }
        if let open = lines.first(where: { !$0.isClosed }) {
            throw ValidationError(field: N_("Records"), N_("%@ is not closed: only ended records go on a handover list"),
                                  open.code, rule: "ARC-08")
        }
    }

    /// Rule ARC-08: the moves between states, and who may make them: the worker hands their own list over; a
    /// 服务部 worker other than the worker receives or returns it.
    public static func checkMove(from state: HandoverListState, to target: HandoverListState, actorCode: String,
                                 actorRole: Role, workerCode: String) throws {
        let allowed: Bool
        switch (state, target) {
        case (.draft, .handedOver): allowed = true
        case (.handedOver, .received), (.handedOver, .returned): allowed = true
        default: allowed = false
        }
        guard allowed else {
            throw ValidationError(field: N_("Handover list"), N_("a list that is “%@” cannot become “%@”"),
                                  state.title, target.title, rule: "ARC-08")
        }
        switch target {
        case .handedOver where actorCode != workerCode:
            throw ValidationError(field: N_("Handover list"), N_("only the worker whose records they are hands them over"),
                                  rule: "ARC-08")
        case .received, .returned:
            guard actorRole == .serviceDepartment, actorCode != workerCode else {
                throw ValidationError(field: N_("Handover list"),
                                      N_("only another worker of the service department receives or returns a list"),
                                      rule: "ARC-08")
            }
        default: break
        }
    }

    /// A returned list says why (the documents missing).
    public static func checkReturnReason(_ reason: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ValidationError(field: N_("Reason"), N_("say why the list is returned (which documents are missing)"),
                                  rule: "ARC-08")
        }
        return trimmed
    }
}
