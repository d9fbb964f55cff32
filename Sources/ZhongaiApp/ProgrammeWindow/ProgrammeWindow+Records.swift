import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The programme window's later pages: walk-ins matched to clients, feedback (GRP-05), the report and its review
/// (GRP-06), and the archive checklist (GRP-08) with the archiving itself (GRP-07).
extension ProgrammeWindow {
    /// A walk-in is matched to a client the worker may see, chosen with the client picker (a logged view).
    func matchWalkIn() {
        guard let walkIn = walkInList.selectedValue else { return }
        ClientPicker(parent: window, database: database, session: session) { [weak self] client in
            guard let self else { return }
            change(trf("%@ is matched to the client on file.", walkIn.name)) {
                try self.database.matchWalkIn(registrationID: walkIn.id, clientID: client.id, as: self.session)
            }
        }.present()
    }

    func confirmWalkIn() {
        guard let walkIn = walkInList.selectedValue else { return }
        change(trf("%@ is confirmed as a new participant.", walkIn.name)) {
            try database.confirmWalkInAsNew(registrationID: walkIn.id, as: session)
        }
    }

    func addFeedback() {
        guard let detail else { return }
        FeedbackEditor(parent: window, database: database, session: session, programme: detail) { [weak self] _ in
            self?.changed(tr("The feedback form is saved."))
        }.present()
    }

    func saveReport() {
        change(tr("The report is saved.")) { try database.saveReport(try reportForm.report(), for: programmeID, as: session) }
    }

    func submitReport() {
        change(tr("The report is with the supervisor.")) { try database.submitReport(programmeID: programmeID, as: session) }
    }

    func approveReport() {
        change(tr("The report is approved.")) {
            try database.approveReport(programmeID: programmeID, comment: reportForm.comment.text, as: session)
            reportForm.comment.text = ""
        }
    }

    func returnReport() {
        change(tr("The report is returned to its holder.")) {
            try database.returnReport(programmeID: programmeID, comment: reportForm.comment.text, as: session)
            reportForm.comment.text = ""
        }
    }

    /// Rule GRP-08: the selected document of the checklist is filed.
    func tickArchiveItem() {
        guard let row = archiveList.selectedValue else { return }
        change(trf("“%@” is ticked.", tr(row.item.document.title(isGroup: row.isGroup)))) {
            try database.tickArchiveItem(row.item.document, for: programmeID, as: session)
        }
    }

    /// Rule GRP-07: archived once the whole checklist is ticked; the store names the first missing document.
    func archive() {
        change(tr("The programme is archived.")) { _ = try database.archiveProgramme(programmeID: programmeID, as: session) }
    }

    /// The report's standing: its review history and the C2 clauses.
    func reportStatusText(_ d: ProgrammeDetail) -> String {
        var lines = [tr("C2 clauses: “within three days” (执行要求(3), 指引 6) against “within two weeks” (服务跟踪制度 二.3); due in 3 days, overdue alarm after two weeks.")]
        for review in d.reviews where review.document == .report {
            var line = "\(review.recordedOn) \(tr(review.event.title)) \(names(review.actorCode))"
            if !review.comment.isEmpty { line += "：\(review.comment)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// GRP-05 and IND-02: how many forms, and which items fall below the threshold.
    func feedbackStatusText(_ d: ProgrammeDetail) -> String {
        guard let summary = d.satisfaction, summary.forms > 0 else {
            return tr("No feedback form yet. Every participant gets one at the last session (GRP-05).")
        }
        let below = summary.flagged.map { tr($0.item.title) }
        return trf("%@ forms.", String(summary.forms)) + " "
            + (below.isEmpty ? tr("Every item reaches the satisfaction threshold (IND-02).")
                             : trf("Below the satisfaction threshold (IND-02): %@", below.joined(separator: "、")))
    }

    /// Rule C3 and GRP-08: the archive deadline, with both clauses, and how much of the checklist is ticked.
    func archiveStatusText(_ d: ProgrammeDetail) -> String {
        let ticked = d.archiveChecklist.filter(\.isTicked).count
        var lines = [trf("%@ of %@ documents filed, in the order of GRP-08.", String(ticked), String(d.archiveChecklist.count))]
        if let deadline = d.deadlines.first(where: { $0.kind == .archive }) {
            lines.append(trf("Due by %@, overdue after %@ (%@).", deadline.dueOn.description,
                             deadline.overdueAfter.description, deadline.rule))
        }
        lines.append(tr("C3 clauses: “before the 20th of the quarter's second month” (指引 7) against “before the 20th of the next quarter's first month” (档案接收 第三章 2); due by the 20th of the next quarter's first month, overdue alarm after the 20th of its second month."))
        return lines.joined(separator: "\n")
    }
}
