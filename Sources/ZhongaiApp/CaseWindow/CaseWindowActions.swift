import ZhongaiGtk

/// Every command of a case window, in one table.
enum CaseWindowActions {
    static func table(for window: CaseWindow) -> ActionTable {
        unowned let w = window
        return ActionTable(scope: "win", [
            .init("save-assessment") { w.saveAssessment() },
            .init("save-plan") { w.savePlan() },
            .init("save-evaluation") { w.saveEvaluation() },
            .init("save-milestones") { w.saveMilestones() },
            .init("save-closing") { w.saveClosing() },
            .init("add-service-record") { w.addServiceRecord() },
            .init("request-approval") { w.requestApproval() },
            .init("decide") { w.decide() },
            .init("record-consent") { w.recordConsent() },
            .init("edit-client") { w.editClient() },
            .init("request-transfer") { w.requestTransfer() },
            .init("accept-transfer") { w.acceptTransfer() },
            .init("export-document") { w.exportDocument() },
            .init("print-document") { w.printDocument() },
            .init("attach-file") { w.attachFile() },
            .init("export-attachment") { w.exportAttachment() },
        ])
    }
}
