import ZhongaiGtk

/// Every command of the sign-in kiosk, in one table: the only commands reachable from it. Their names are the
/// kiosk's own, so that no accelerator of the workbench (Ctrl+Q, Ctrl+L, Alt+1…) reaches them; the kiosk binds no
/// application-wide accelerator either (Escape is the window's own key handler).
enum KioskActions {
    static func table(for kiosk: SignInKioskWindow) -> ActionTable {
        unowned let k = kiosk
        return ActionTable(scope: "win", [
            .init("kiosk-emergency") { k.showEmergency() },
            .init("kiosk-leave") { k.askToLeave() },
            .init("kiosk-back") { k.back() },
            .init("kiosk-walk-in") { k.startWalkIn() },
            .init("kiosk-walk-in-save") { k.saveWalkIn() },
            .init("kiosk-clear-signature") { k.clearSignature() },
            .init("kiosk-leave-confirm") { k.confirmLeave() },
            .init("kiosk-export") { k.exportBatch() },
            .init("kiosk-export-to") { k.exportBatchToFolder() },
            .init("kiosk-quit") { k.close() },
            .init("kiosk-feedback") { k.startFeedback() },
            .init("kiosk-feedback-save") { k.saveFeedback() },
        ])
    }
}
