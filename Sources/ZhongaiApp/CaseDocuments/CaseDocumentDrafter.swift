import ZhongaiDomain
import ZhongaiGtk

/// Drafts the archive documents the program can write from a case file (CASE-14): the consent form, the intake
/// form, the service plan, the service records, the closing report and the referral form, in the interface's
/// language (Chinese) for `DocumentPrinter` to lay out in the centre's format (ARC-10).
struct CaseDocumentDrafter {
    static let draftable: [ArchiveDocumentKind] = [.consentForm, .intakeForm, .servicePlan, .serviceRecords,
                                                   .closingReport, .referralForm]

    let detail: CaseFileDetail
    /// The client's consents, masked as lists show them: the form names what was consented to, not who else.
    let consents: [ConsentSummary]
    let names: [String: String]

    func draft(_ kind: ArchiveDocumentKind) throws -> PrintableDocument {
        switch kind {
        case .consentForm: return consentForm()
        case .intakeForm: return intakeForm()
        case .servicePlan: return try servicePlan()
        case .serviceRecords: return serviceRecords()
        case .closingReport: return try closingReport()
        case .referralForm: return try referralForm()
        case .caseRecord, .serviceEvaluationForm, .attachmentList:
            throw ValidationError(field: N_("Document"), N_("“%@” is not drafted by the program"), kind.title,
                                  rule: "CASE-14")
        }
    }

    // MARK: The documents

    private func consentForm() -> PrintableDocument {
        let rows = consents.map { c in
            [c.givenOn.description, c.givenByGuardian ? trf("guardian %@", c.guardianName ?? "") : tr("the client"),
             scopeText(c.scope), c.withdrawnOn.map { trf("withdrawn on %@", $0.description) } ?? tr("in force")]
        }
        return document(.consentForm, sections: [
            DocumentSection(heading: tr("Consents on file"), blocks: rows.isEmpty
                ? [.paragraph(tr("No consent is recorded yet."))]
                : [.table(DocumentTable(columns: [tr("Date given"), tr("Given by"), tr("Scope"), tr("Status")],
                                        rows: rows))]),
            DocumentSection(heading: tr("Signatures"), blocks: [.signature(signer: tr("Client or guardian")),
                                                                 .signature(signer: tr("Social worker"))]),
        ])
    }

    private func intakeForm() -> PrintableDocument {
        let client = detail.client
        var clientFields = [DocumentField(tr("Full name"), client.name)]
        if let gender = client.gender { clientFields.append(DocumentField(tr("Gender"), tr(gender.title))) }
        if let born = client.birthDate { clientFields.append(DocumentField(tr("Birth date"), born.description)) }
        if let phone = client.phone { clientFields.append(DocumentField(tr("Phone"), phone)) }
        if let document = client.idDocument { clientFields.append(DocumentField(tr(document.kind.title), document.number)) }
        if let address = client.address { clientFields.append(DocumentField(tr("Address"), address)) }
        if let g = client.guardian {
            clientFields.append(DocumentField(tr("Guardian"), "\(g.name)（\(g.relationship)）\(g.phone ?? "")"))
        }
        var sections = [DocumentSection(heading: tr("Client"), blocks: [.fields(clientFields)])]
        if !client.household.isEmpty {
            sections.append(DocumentSection(heading: tr("Household members"), blocks: [.table(DocumentTable(
                columns: [tr("Full name"), tr("Relationship"), tr("Birth year"), tr("Note")],
                rows: client.household.map { [$0.name, $0.relationship, $0.birthYear.map(String.init) ?? "", $0.note] }))]))
        }
        if let intake = detail.intake?.content {
            var fields = [DocumentField(tr("Contact date"), intake.contactDate.description),
                          DocumentField(tr("Source"), tr(intake.source.title)),
                          DocumentField(tr("Access route"), tr(intake.route.title)),
                          DocumentField(tr("Reason for seeking help"), intake.reasonForHelp),
                          DocumentField(tr("Earlier help sought"), intake.priorHelpSeeking),
                          DocumentField(tr("Services received before"), intake.priorServices),
                          DocumentField(tr("Special cautions"), intake.specialCautions),
                          DocumentField(tr("Problem definition"), intake.problemDefinition),
                          DocumentField(tr("Priority"), tr(intake.priority.title)),
                          DocumentField(tr("Decision"), tr(intake.decision.title))]
            if let a = intake.agreement {
                fields.append(DocumentField(tr("Preliminary agreement"),
                                            "\(tr(a.form.title))；\(a.roleExpectations)；\(a.expectedDuration)"))
            }
            if let agency = intake.referralAgency { fields.append(DocumentField(tr("Referral agency"), agency)) }
            sections.append(DocumentSection(heading: tr("Intake"), blocks: [.fields(fields)]))
        } else {
            sections.append(DocumentSection(heading: tr("Intake"), blocks: [.paragraph(tr("No intake record yet."))]))
        }
        sections.append(DocumentSection(heading: tr("Signatures"), blocks: [.signature(signer: tr("Social worker")),
                                                                             .signature(signer: tr("Supervisor"))]))
        return document(.intakeForm, sections: sections)
    }

    private func servicePlan() throws -> PrintableDocument {
        guard let plan = detail.plan else { throw missing(.servicePlan) }
        return document(.servicePlan, sections: [
            DocumentSection(heading: tr("Goals"), blocks: [.table(DocumentTable(
                columns: [tr("Goal"), tr("Measurable target")],
                rows: plan.goals.map { [$0.title, $0.measurableTarget] }))]),
            DocumentSection(heading: tr("Plan"), blocks: [.fields([
                DocumentField(tr("Focus"), plan.focus),
                DocumentField(tr("Direct strategies"), plan.directStrategies),
                DocumentField(tr("Indirect strategies"), plan.indirectStrategies),
                DocumentField(tr("Collaborators"), plan.collaborators),
                DocumentField(tr("Roles"), plan.roles),
                DocumentField(tr("Timetable"), plan.timetable),
                DocumentField(tr("Service agreement"), plan.serviceAgreement),
                DocumentField(tr("Service starts on"), plan.serviceStartsOn?.description ?? ""),
            ])]),
            DocumentSection(heading: tr("Signatures"), blocks: [.signature(signer: tr("Client or guardian")),
                                                                 .signature(signer: tr("Social worker")),
                                                                 .signature(signer: tr("Supervisor"))]),
        ])
    }

    private func serviceRecords() -> PrintableDocument {
        let records = detail.serviceRecords.map { r -> DocumentSection in
            var fields = [DocumentField(tr("Service date"), r.content.servedOn.description),
                          DocumentField(tr("Duration (minutes)"), String(r.content.durationMinutes)),
                          DocumentField(tr("Place"), r.content.place),
                          DocumentField(tr("Method"), tr(r.content.method.title)),
                          DocumentField(tr("Content"), r.content.content)]
            fields += r.content.goalProgress.map { DocumentField($0.goal, $0.progress) }
            if !r.content.notes.isEmpty { fields.append(DocumentField(tr("Notes"), r.content.notes)) }
            return DocumentSection(heading: trf("Contact of %@", r.content.servedOn.description), blocks: [.fields(fields)])
        }
        return document(.serviceRecords, sections: records.isEmpty
            ? [DocumentSection(heading: tr("Service records"), blocks: [.paragraph(tr("No service record yet."))])]
            : records)
    }

    private func closingReport() throws -> PrintableDocument {
        guard let closing = detail.closing else { throw missing(.closingReport) }
        return document(.closingReport, sections: [
            DocumentSection(heading: tr("Closing"), blocks: [.fields([
                DocumentField(tr("Reason for ending"), tr(closing.reason.title)),
                DocumentField(tr("Client's feedback"), closing.clientFeedback),
                DocumentField(tr("Service outcome form"), closing.outcomeFormCompleted ? tr("filled in") : tr("not filled in")),
                DocumentField(tr("Follow-up arrangements"), closing.followUp),
                DocumentField(tr("Service records"), String(detail.serviceRecords.count)),
            ])]),
            DocumentSection(heading: tr("Closing report"), blocks: [.paragraph(closing.report)]),
            DocumentSection(heading: tr("Signatures"), blocks: [.signature(signer: tr("Social worker")),
                                                                 .signature(signer: tr("Supervisor"))]),
        ])
    }

    private func referralForm() throws -> PrintableDocument {
        guard let request = detail.approvals.last(where: { if case .refer = $0.kind { true } else { false } }),
              case .refer(let agency, let reason) = request.kind else { throw missing(.referralForm) }
        return document(.referralForm, sections: [
            DocumentSection(heading: tr("Referral"), blocks: [.fields([
                DocumentField(tr("Referral agency"), agency),
                DocumentField(tr("Reason"), tr(reason.title)),
                DocumentField(tr("Requested on"), request.requestedOn.description),
                DocumentField(tr("Decision"), request.decision.map { tr($0.outcome.title) } ?? tr("Waiting")),
                DocumentField(tr("Note"), request.note),
            ])]),
            DocumentSection(heading: tr("Signatures"), blocks: [.signature(signer: tr("Social worker")),
                                                                 .signature(signer: tr("Supervisor"))]),
        ])
    }

    // MARK: Shared parts

    private func document(_ kind: ArchiveDocumentKind, sections: [DocumentSection]) -> PrintableDocument {
        let c = detail.caseFile
        return PrintableDocument(
            title: tr(kind.title), subtitle: trf("Archive code: %@", c.code),
            headerFields: [DocumentField(tr("Client"), detail.client.name),
                           DocumentField(tr("Social worker"), names[c.holderCode].map { "\($0)（\(c.holderCode)）" } ?? c.holderCode),
                           DocumentField(tr("Opened on"), c.openedOn.description),
                           DocumentField(tr("Stage"), tr(c.stage.title))],
            sections: sections)
    }

    private func missing(_ kind: ArchiveDocumentKind) -> ValidationError {
        ValidationError(field: N_("Document"), N_("“%@” has nothing to draft from yet"), kind.title, rule: "CASE-14")
    }

    private func scopeText(_ scope: ConsentScope) -> String {
        var parts: [String] = []
        if scope.receivingService { parts.append(tr("service")) }
        if !scope.sharingAgencies.isEmpty { parts.append(trf("sharing with %@", scope.sharingAgencies.joined(separator: "、"))) }
        return parts.joined(separator: "；")
    }
}
