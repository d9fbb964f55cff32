import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// Item 7 of issue 5: the blank sign-in sheet (paper backup, registered names pre-filled), the filled sign-in sheet
/// and the roll call as PDF in the centre's format (ARC-10) or printed; registrations, sign-ins and roll call as one
/// .xlsx workbook and as CSV (UTF-8 BOM, formula guard). Everything goes to the export folder under its ARC-10
/// name, and every export and print is logged (CONF-02).
extension ProgrammeWindow {
    /// Rule GRP-04: the paper backup for the selected session.
    func exportBlankSheet() {
        guard let detail, let programmeSession = sessionList.selectedValue else { return }
        let document = SignInSheetDocument(translate: tr).blank(heading(detail, programmeSession),
                                                                registeredNames: detail.registrations.map(\.name))
        exportPDF(document, nature: trf("%@ (blank, session %@)", document.title, String(programmeSession.number)),
                  month: programmeSession.heldOn)
    }

    func exportFilledSheet() {
        guard let (document, programmeSession) = filledSheet() else { return }
        exportPDF(document, nature: trf("%@ (session %@)", document.title, String(programmeSession.number)),
                  month: programmeSession.heldOn)
    }

    func printFilledSheet() {
        guard let (document, _) = filledSheet() else { return }
        printDocument(document)
    }

    func exportRollCall() {
        guard let document = rollCallDocument() else { return }
        exportPDF(document, nature: document.title, month: CalendarDate.today())
    }

    func printRollCall() {
        guard let document = rollCallDocument() else { return }
        printDocument(document)
    }

    /// Registrations, sign-ins and roll call, one sheet each (libxlsxwriter); the read is logged as an export.
    func exportWorkbook() {
        guard let detail else { return }
        do {
            let path = try exportPath(nature: tr("Sign-in records"), month: CalendarDate.today(), fileExtension: "xlsx",
                                      detail)
            let records = try database.signInRecords(programmeID: programmeID, for: .export, detail: path, as: session)
            try ProgrammeWorkbook(records: records, translate: tr).write(to: path)
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    func exportRegistrationsCSV() { exportCSV(tr("Registrations")) { try database.registrationsCSV(programmeID: programmeID, as: session, translate: tr, detail: $0) } }
    func exportSignInsCSV() { exportCSV(tr("Sign-ins")) { try database.signInsCSV(programmeID: programmeID, as: session, translate: tr, detail: $0) } }
    func exportRollCallCSV() { exportCSV(tr("Roll Call")) { try database.rollCallCSV(programmeID: programmeID, as: session, translate: tr, detail: $0) } }

    // MARK: Helpers

    private func exportCSV(_ nature: String, _ make: (String) throws -> CSVDocument) {
        guard let detail else { return }
        do {
            let path = try exportPath(nature: nature, month: CalendarDate.today(), fileExtension: "csv", detail)
            try make(path).data.write(to: URL(fileURLWithPath: path))
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    /// The filled sheet of the selected session, from its sign-ins (a logged read).
    private func filledSheet() -> (PrintableDocument, ProgrammeSession)? {
        guard let detail, let programmeSession = sessionList.selectedValue else { return nil }
        do {
            let signIns = try database.sessionSignIns(sessionID: programmeSession.id, as: session)
            return (SignInSheetDocument(translate: tr).filled(heading(detail, programmeSession), signIns: signIns),
                    programmeSession)
        } catch {
            say(errorText(error))
            return nil
        }
    }

    private func rollCallDocument() -> PrintableDocument? {
        guard let detail else { return nil }
        do {
            let rollCall = try database.rollCall(programmeID: programmeID, as: session)
            return RollCallDocument(translate: tr).document(heading(detail, nil), rollCall: rollCall)
        } catch {
            say(errorText(error))
            return nil
        }
    }

    private func heading(_ d: ProgrammeDetail, _ s: ProgrammeSession?) -> ProgrammeDocumentHeading {
        ProgrammeDocumentHeading(code: d.programme.code, title: d.programme.title, kind: tr(d.programme.kind.title),
                                 workerName: holderName,
                                 session: s.map { trf("Session %@", String($0.number)) + " \($0.heldOn) \($0.startTime) \($0.venue)" })
    }

    /// Rule ARC-10: 名称+月份+文件性质 in the export folder; the programme's title stands for the name.
    private func exportPath(nature: String, month: CalendarDate, fileExtension: String, _ d: ProgrammeDetail) throws
        -> String {
        let fileName = try DocumentFileName(name: d.programme.title, month: month, nature: nature,
                                            fileExtension: fileExtension)
        let folder = ExportFolder.path()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder as NSString).appendingPathComponent(fileName.text)
    }

    private func exportPDF(_ document: PrintableDocument, nature: String, month: CalendarDate) {
        guard let detail else { return }
        do {
            let path = try exportPath(nature: nature, month: month, fileExtension: "pdf", detail)
            try database.recordAccess(.export, to: ProtectedRecordRef(kind: .programme, id: programmeID), as: session,
                                      detail: "\(document.title) to \(path)")
            try DocumentPrinter(style: try documentStyle()).exportPDF(document, to: path)
            say(trf("Exported to %@", path))
        } catch {
            say(errorText(error))
        }
    }

    private func printDocument(_ document: PrintableDocument) {
        do {
            try database.recordAccess(.print, to: ProtectedRecordRef(kind: .programme, id: programmeID), as: session,
                                      detail: document.title)
            _ = try DocumentPrinter(style: try documentStyle()).print(document, parent: window)
        } catch {
            say(errorText(error))
        }
    }

    /// ARC-10: the size and line spacing are policy values.
    private func documentStyle() throws -> DocumentStyle {
        let policy = try database.policy()
        return DocumentStyle(fontSizePoints: policy[.documentFontSizePoints], lineSpacing: policy[.documentLineSpacing])
    }
}
