import ZhongaiGtk

/// Every command of the main window with its accelerators, in one table.
enum MainWindowActions {
    static func table(for window: MainWindow) -> ActionTable {
        unowned let w = window
        let directory = window.directory
        let referenceData = window.referenceData
        var entries: [ActionTable.Entry] = [
            .init("quit", accelerators: ["<Control>q"]) { w.application.quit() },
            .init("about") { w.showAbout() },
            .init("lock", accelerators: ["<Control>l"]) { w.lock() },
            .init("sign-out") { w.signOut() },
            .init("change-password") { w.changePassword() },
            .init("reset-password") { w.resetSelectedPassword() },
            .init("search", accelerators: ["<Control>f"]) { directory.focusSearch() },
            .init("new-worker", accelerators: ["<Control>n"]) { directory.newWorker() },
            .init("edit-worker", accelerators: ["<Control>e"]) { directory.editSelectedWorker() },
            .init("deactivate-worker") { directory.deactivateSelectedWorker() },
            .init("new-service-point") { directory.newServicePoint() },
            .init("edit-service-point") { directory.editSelectedServicePoint() },
            .init("deactivate-service-point") { directory.deactivateSelectedServicePoint() },
            .init("new-town") { directory.newTown() },
            .init("edit-town") { directory.editSelectedTown() },
            .init("deactivate-town") { directory.deactivateSelectedTown() },
            .init("edit-policy-value") { referenceData.editSelectedPolicyValue() },
            .init("import-holidays") { referenceData.importHolidays() },
            .init("new-consent") { w.consents.newConsent() },
            .init("open-consent") { w.consents.openSelected() },
            .init("withdraw-consent") { w.consents.withdrawSelected() },
            .init("new-client") { w.cases.newClient() },
            .init("intake-for-client") { w.cases.intakeForClientOnFile() },
            .init("open-case") { w.cases.openSelected() },
            .init("new-consultation") { w.consultations.newConsultation() },
            .init("add-consultation-contact") { w.consultations.addContact() },
            .init("new-visit") { w.consultations.newVisit() },
            .init("show-audit") { w.auditLog.show() },
            .init("verify-audit") { w.auditLog.verify() },
        ]
        entries += window.groups.actionEntries() + window.supervision.actionEntries() + window.selection.actionEntries()
            + window.emergency.actionEntries() + window.volunteers.actionEntries() + window.indicators.actionEntries()
            + window.complaints.actionEntries() + window.checks.actionEntries() + window.reports.actionEntries()
            + window.archive.actionEntries()
        // Alt+1 … Alt+9 go to the first nine sections of the sidebar.
        for index in MainWindow.sections.indices.prefix(9) {
            entries.append(.init("section-\(index + 1)", accelerators: ["<Alt>\(index + 1)"]) { w.showSection(index) })
        }
        return ActionTable(scope: "win", entries)
    }
}
