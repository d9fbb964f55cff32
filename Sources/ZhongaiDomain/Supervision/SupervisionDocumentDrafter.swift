/// Drafts the supervision documents (ARC-10) as `PrintableDocument`s: the record of one session (督导记录表) and the
/// monthly report of a 督导助理 to their supervisor or of a 见习督导 to the centre (SUP-03, SUP-04). Labels are
/// msgids, given to `translate` (the interface's gettext; the identity in tests).
public struct SupervisionDocumentDrafter {
    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    private func f(_ msgid: String, _ arguments: String...) -> String {
        fill(translate(msgid), arguments)
    }

    private func fill(_ format: String, _ arguments: [String]) -> String {
        var result = format
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }

    /// Rule SUP-05: everything the record holds, and each supervisee's answer, with signature lines.
    public func sessionRecord(_ session: SupervisionSession) -> PrintableDocument {
        let people = session.participants.map { "\($0.workerName)（\($0.workerCode)）" }.joined(separator: "、")
        var sections = [
            DocumentSection(heading: t("Topics discussed"), blocks: session.topics.isEmpty
                ? [.paragraph(t("No topic was recorded."))]
                : [.table(DocumentTable(columns: [t("Topic"), t("Case")],
                                        rows: session.topics.map { [$0.text, $0.caseCode ?? ""] }))]),
            DocumentSection(heading: t("Advice given"),
                            blocks: [.paragraph(session.advice.isEmpty ? t("None recorded.") : session.advice)]),
            DocumentSection(heading: t("Agreed follow-ups"), blocks: session.followUps.isEmpty
                ? [.paragraph(t("No follow-up was agreed."))]
                : [.table(DocumentTable(columns: [t("Follow-up"), t("Due"), t("Action taken")],
                                        rows: session.followUps.map { [$0.text, $0.dueOn.description, $0.action] }))]),
            DocumentSection(heading: t("Supervisees' responses"), blocks: [
                .table(DocumentTable(columns: [t("Supervisee"), t("Response"), t("Date"), t("Comment")],
                                     rows: session.participants.map {
                                         ["\($0.workerName)（\($0.workerCode)）", t($0.response.title),
                                          $0.respondedOn?.description ?? "", $0.comment]
                                     })),
            ]),
        ]
        if let reason = session.crossSupervisionReason {
            sections.insert(DocumentSection(heading: t("Cross-supervision"), blocks: [.paragraph(reason)]), at: 0)
        }
        sections.append(DocumentSection(heading: t("Signatures"), blocks: [
            .signature(signer: t("Supervisor")), .signature(signer: t("Supervisee")),
        ]))
        return PrintableDocument(title: t("Supervision Record"), subtitle: nil, headerFields: [
            DocumentField(t("Date"), session.heldOn.description),
            DocumentField(t("Start time"), session.startTime),
            DocumentField(t("Duration"), f("%@ minutes", String(session.durationMinutes))),
            DocumentField(t("Type"), t(session.type.title)),
            DocumentField(t("Format"), t(session.format.title)),
            DocumentField(t("Supervisor"), "\(session.supervisorName)（\(session.supervisorCode)）"),
            DocumentField(t("Supervisees"), people),
        ], sections: sections)
    }

    /// Rules SUP-03, SUP-04: the monthly report of `author` (a 督导助理 to their supervisor, a 见习督导 to the
    /// centre), drafted from the month's sessions they led, the grid of what they owed, the follow-ups due and the
    /// ratio warnings of their chain.
    public func monthlyReport(author: SupervisionCompliance.Member, addressee: String, month: SupervisionMonth,
                              sessions: [SupervisionSessionSummary], compliance: [ComplianceEntry],
                              followUps: [SupervisionFollowUp], warnings: [StaffingRatioWarning])
        -> PrintableDocument {
        let led = sessions.filter { $0.supervisorCode == author.code }.sorted { $0.heldOn < $1.heldOn }
        let owed = compliance.filter { $0.supervisorCode == author.code && $0.standing == .owed }
        let minutes = led.reduce(0) { $0 + $1.durationMinutes }
        let title = author.role == .traineeSupervisor ? t("Trainee Supervisor's Monthly Report")
            : t("Assistant Supervisor's Monthly Report")
        return PrintableDocument(title: title, subtitle: month.description, headerFields: [
            DocumentField(t("Author"), "\(author.name)（\(author.code)）"),
            DocumentField(t("Role"), t(author.role.title)),
            DocumentField(t("To"), addressee),
            DocumentField(t("Month"), month.description),
        ], sections: [
            DocumentSection(heading: t("Summary"), blocks: [.paragraph(
                f("%@ sessions led, %@ minutes in all; %@ of %@ supervisees had their monthly minimum.",
                  String(led.count), String(minutes), String(owed.filter(\.isMet).count), String(owed.count)))]),
            DocumentSection(heading: t("Sessions led"), blocks: led.isEmpty
                ? [.paragraph(t("No session was recorded this month."))]
                : [.table(DocumentTable(columns: [t("Date"), t("Type"), t("Format"), t("Supervisees"), t("Minutes"),
                                                  t("Confirmed")],
                                        rows: led.map { s in
                                            [s.heldOn.description, t(s.type.title), t(s.format.title),
                                             s.participants.map(\.workerName).joined(separator: "、"),
                                             String(s.durationMinutes), "\(s.confirmedCount)/\(s.participants.count)"]
                                        }))]),
            DocumentSection(heading: t("Meeting frequency"), blocks: owed.isEmpty
                ? [.paragraph(t("No minimum was owed this month."))]
                : [.table(DocumentTable(columns: [t("Supervisee"), t("Held"), t("Minimum"), t("Rule")],
                                        rows: owed.map { e in
                                            ["\(e.superviseeName)（\(e.superviseeCode)）", String(e.held),
                                             String(e.required), e.rule ?? ""]
                                        }))]),
            DocumentSection(heading: t("Follow-ups"), blocks: followUps.isEmpty
                ? [.paragraph(t("No follow-up was due."))]
                : [.table(DocumentTable(columns: [t("Follow-up"), t("Due"), t("Action taken")],
                                        rows: followUps.map { [$0.text, $0.dueOn.description, $0.action] }))]),
            DocumentSection(heading: t("Staffing ratios"), blocks: warnings.isEmpty
                ? [.paragraph(t("Within the staffing ratios."))]
                : warnings.map { .paragraph(fill(t($0.message), $0.arguments)) }),
            DocumentSection(heading: t("Signatures"), blocks: [.signature(signer: t("Author"))]),
        ])
    }
}
