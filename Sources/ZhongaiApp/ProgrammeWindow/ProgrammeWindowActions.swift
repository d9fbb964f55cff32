import ZhongaiGtk

/// Every command of a programme window, in one table.
enum ProgrammeWindowActions {
    static func table(for window: ProgrammeWindow) -> ActionTable {
        unowned let w = window
        return ActionTable(scope: "win", [
            .init("add-session") { w.addSession() },
            .init("open-station") { w.openStation() },
            .init("add-registration") { w.addRegistration() },
            .init("save-plan") { w.savePlan() },
            .init("submit-plan") { w.submitPlan() },
            .init("approve-plan") { w.approvePlan() },
            .init("return-plan") { w.returnPlan() },
            .init("save-outing") { w.saveOuting() },
            .init("match-walk-in") { w.matchWalkIn() },
            .init("confirm-walk-in") { w.confirmWalkIn() },
            .init("add-feedback") { w.addFeedback() },
            .init("save-report") { w.saveReport() },
            .init("submit-report") { w.submitReport() },
            .init("approve-report") { w.approveReport() },
            .init("return-report") { w.returnReport() },
            .init("tick-archive-item") { w.tickArchiveItem() },
            .init("archive-programme") { w.archive() },
            .init("export-blank-sheet") { w.exportBlankSheet() },
            .init("export-filled-sheet") { w.exportFilledSheet() },
            .init("print-sheet") { w.printFilledSheet() },
            .init("export-rollcall-pdf") { w.exportRollCall() },
            .init("print-rollcall") { w.printRollCall() },
            .init("export-workbook") { w.exportWorkbook() },
            .init("export-registrations-csv") { w.exportRegistrationsCSV() },
            .init("export-signins-csv") { w.exportSignInsCSV() },
            .init("export-rollcall-csv") { w.exportRollCallCSV() },
        ])
    }
}
