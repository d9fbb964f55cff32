import CGtk
import ZhongaiDomain

/// Prints and exports generated documents in the centre's format (ARC-10: a Song CJK face at the policy's size
/// and line spacing, A4, page numbers) through GtkPrintOperation: the same drawing goes to a PDF file or to a
/// printer. Logging the export or print (CONF-02) is the caller's: `AppDatabase.recordAccess`.
public final class DocumentPrinter {
    public let style: DocumentStyle

    public init(style: DocumentStyle) {
        self.style = style
    }

    /// The app passes the policy's `document.font_size_pt` and `document.line_spacing`.
    public convenience init(fontSizePoints: Double, lineSpacing: Double) {
        self.init(style: DocumentStyle(fontSizePoints: fontSizePoints, lineSpacing: lineSpacing))
    }

    /// Writes `document` as a PDF file at `path` without a dialog; returns when the file is written. Throws
    /// `DocumentPrintError` with GTK's message when it cannot be (a folder that does not exist or is read-only).
    public func exportPDF(_ document: PrintableDocument, to path: String) throws {
        let operation = makeOperation(for: document)
        gtk_print_operation_set_export_filename(operation.pointer(), path)
        _ = try run(operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent: nil)
    }

    /// Shows the print dialog over `parent` and prints `document` if the worker confirms; returns when the dialog
    /// is done: true when sent to the printer, false when cancelled.
    @discardableResult
    public func print(_ document: PrintableDocument, parent: Window) throws -> Bool {
        let operation = makeOperation(for: document)
        return try run(operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent: parent)
            == GTK_PRINT_OPERATION_RESULT_APPLY
    }

    /// An operation on A4 in points, laying `document` out when printing begins and drawing page by page.
    private func makeOperation(for document: PrintableDocument) -> ObjectRef {
        let operation = ObjectRef(owning: UnsafeMutableRawPointer(gtk_print_operation_new()!))
        gtk_print_operation_set_job_name(operation.pointer(), document.title)
        let setup = a4PageSetup()
        withExtendedLifetime(setup) { gtk_print_operation_set_default_page_setup(operation.pointer(), setup.opaque) }
        gtk_print_operation_set_unit(operation.pointer(), GTK_UNIT_POINTS)
        let style = self.style
        // Not the ObjectRef: the handlers live as long as the operation, which they must not keep alive.
        let raw: UnsafeMutablePointer<GtkPrintOperation> = operation.pointer()
        // Made in begin-print, when the print context (and so the page size and Pango's resolution) is known.
        final class Job { var layout: DocumentLayout? }
        let job = Job()
        operation.connect("begin-print") { (context: UnsafeMutableRawPointer?) in
            guard let context else { return }
            let layout = DocumentLayout(document, style: style, context: OpaquePointer(context))
            job.layout = layout
            gtk_print_operation_set_n_pages(raw, gint(layout.pages.count))
        }
        operation.connectPrintPage("draw-page") { context, page in
            job.layout?.draw(page: Int(page), on: context)
        }
        return operation
    }

    private func a4PageSetup() -> ObjectRef {
        let setup = ObjectRef(owning: UnsafeMutableRawPointer(gtk_page_setup_new()!))
        let a4 = gtk_paper_size_new(GTK_PAPER_NAME_A4)
        defer { gtk_paper_size_free(a4) }
        gtk_page_setup_set_paper_size(setup.opaque, a4)
        gtk_page_setup_set_top_margin(setup.opaque, style.topMarginMM, GTK_UNIT_MM)
        gtk_page_setup_set_bottom_margin(setup.opaque, style.bottomMarginMM, GTK_UNIT_MM)
        gtk_page_setup_set_left_margin(setup.opaque, style.leftMarginMM, GTK_UNIT_MM)
        gtk_page_setup_set_right_margin(setup.opaque, style.rightMarginMM, GTK_UNIT_MM)
        return setup
    }

    /// Runs the operation to its end (not asynchronously: GTK spins its own loop meanwhile) and turns a GError into
    /// `DocumentPrintError`.
    private func run(_ operation: ObjectRef, _ action: GtkPrintOperationAction, parent: Window?) throws
        -> GtkPrintOperationResult {
        var error: UnsafeMutablePointer<GError>?
        let result = gtk_print_operation_run(operation.pointer(), action, parent?.pointer(), &error)
        if let error {
            defer { g_error_free(error) }
            throw DocumentPrintError(message: String(cString: error.pointee.message))
        }
        if result == GTK_PRINT_OPERATION_RESULT_ERROR {
            throw DocumentPrintError(message: tr("Printing failed, and GTK did not say why"))
        }
        return result
    }
}
