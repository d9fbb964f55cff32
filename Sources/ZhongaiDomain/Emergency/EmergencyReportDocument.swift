import Foundation

/// Drafts an event's report (EMG-03) as text from the log, and lays the report out as a `PrintableDocument` for
/// `DocumentPrinter` (ARC-10): the event, the timeline with every step of the plan version it ran (done or not), who
/// did what, the people affected, the follow-up, the annotations, and the 组长's signature. Labels are msgids given
/// to `translate` (the interface's gettext; the identity in tests).
public struct EmergencyReportDocument {
    public let translate: (String) -> String
    public let timeFormat: EmergencyTimeFormat

    public init(translate: @escaping (String) -> String, timeFormat: EmergencyTimeFormat = EmergencyTimeFormat()) {
        self.translate = translate
        self.timeFormat = timeFormat
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    private func f(_ msgid: String, _ arguments: String...) -> String {
        var result = translate(msgid)
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }

    private func person(_ name: String, _ code: String) -> String { "\(name)（\(code)）" }

    /// Rule EMG-03: the first draft of the account (事件经过), one line per entry of the log in time order, then the
    /// steps left undone and the end.
    public func draftAccount(_ event: EmergencyEvent) -> String {
        var lines = [f(event.isDrill ? "%@ %@ started a drill of the plan %@" : "%@ %@ started the plan %@",
                       timeFormat.clock(event.startedAt), person(event.startedByName, event.startedBy),
                       event.plan.title)]
        for record in event.log.sorted(by: { $0.doneAt < $1.doneAt }) {
            let text = event.plan.step(id: record.stepID)?.text ?? ""
            var line = f("%@ (+%@) step %@, %@: %@", timeFormat.clock(record.doneAt),
                         timeFormat.elapsed(record.doneAt.timeIntervalSince(event.startedAt)),
                         String(record.position), person(record.doneByName, record.doneBy), text)
            if !record.note.isEmpty { line += " " + f("Note: %@", record.note) }
            lines.append(line)
        }
        for step in event.openSteps {
            lines.append(f("Step %@ not done: %@", String(step.position), step.text))
        }
        if let endedAt = event.endedAt {
            lines.append(f("%@ ended after %@", timeFormat.clock(endedAt),
                           timeFormat.elapsed(endedAt.timeIntervalSince(event.startedAt))))
        }
        return lines.joined(separator: "\n")
    }

    /// The report as printed. `report` is the saved one, or a draft (`EmergencyReport(account: draftAccount(event))`).
    public func document(_ event: EmergencyEvent, report: EmergencyReport) -> PrintableDocument {
        let rows = event.plan.steps.map { step -> [String] in
            let record = step.id.flatMap { event.record(stepID: $0) }
            return [String(step.position), step.text, step.role.map { t($0.title) } ?? "",
                    step.callNumbers.joined(separator: "、"),
                    record.map { timeFormat.clock($0.doneAt) } ?? t("Not done"),
                    record.map { person($0.doneByName, $0.doneBy) } ?? "",
                    record?.note ?? ""]
        }
        var sections = [
            DocumentSection(heading: t("Steps of the plan"), blocks: [
                .table(DocumentTable(columns: [t("Step"), t("What to do"), t("Role"), t("Call"), t("Done at"),
                                              t("Done by"), t("Note")], rows: rows)),
            ]),
            DocumentSection(heading: t("Course of events"),
                            blocks: paragraphs(report.account.isEmpty ? draftAccount(event) : report.account)),
            DocumentSection(heading: t("People affected"),
                            blocks: paragraphs(report.peopleAffected.isEmpty ? t("None recorded.") : report.peopleAffected)),
            DocumentSection(heading: t("Follow-up"),
                            blocks: paragraphs(report.followUp.isEmpty ? t("None recorded.") : report.followUp)),
        ]
        if !event.annotations.isEmpty {
            sections.append(DocumentSection(heading: t("Annotations"), blocks: [
                .table(DocumentTable(columns: [t("Written at"), t("Written by"), t("Step"), t("Annotation")],
                                     rows: event.annotations.map {
                                         [timeFormat.clock($0.writtenAt), person($0.writtenByName, $0.writtenBy),
                                          $0.position.map(String.init) ?? "", $0.text]
                                     })),
            ]))
        }
        sections.append(DocumentSection(heading: t("Signatures"), blocks: [.signature(signer: t("Group leader"))]))
        var header = [
            DocumentField(t("Emergency plan"), f("%@ (version %@)", event.plan.title, String(event.plan.version))),
            DocumentField(t("Kind"), t(event.isDrill ? "Drill" : "Real event")),
            DocumentField(t("Service point"), event.servicePointName),
            DocumentField(t("Started"), f("%@ by %@", timeFormat.clock(event.startedAt),
                                          person(event.startedByName, event.startedBy))),
        ]
        if let endedAt = event.endedAt {
            header.append(DocumentField(t("Ended"), timeFormat.clock(endedAt)))
            header.append(DocumentField(t("Duration"), timeFormat.elapsed(endedAt.timeIntervalSince(event.startedAt))))
        }
        if let submittedAt = report.submittedAt {
            header.append(DocumentField(t("Report submitted"),
                                        f("%@ by %@", timeFormat.clock(submittedAt), report.submittedBy ?? "")))
        }
        return PrintableDocument(title: t("Emergency Event Report"), subtitle: event.plan.title, headerFields: header,
                                 sections: sections)
    }

    private func paragraphs(_ text: String) -> [DocumentBlock] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { .paragraph(String($0)) }
    }
}
