import CGtk
import ZhongaiDomain

/// A `PrintableDocument` laid out on the pages of one print context (ARC-10): measured into blocks in
/// `begin-print`, cut into pages, each page drawn in `draw-page` with its footer "第 n 页 / 共 m 页".
final class DocumentLayout {
    private let style: DocumentStyle
    private let maker: PangoBlockMaker
    private let pageHeight: Double
    /// Blocks of each page with their tops.
    private(set) var pages: [[(block: LaidOutBlock, top: Double)]] = []

    init(_ document: PrintableDocument, style: DocumentStyle, context: OpaquePointer) {
        self.style = style
        maker = PangoBlockMaker(context: context, style: style)
        pageHeight = gtk_print_context_get_height(context)
        pages = paginate(blocks(of: document), bodyHeight: bodyHeight)
    }

    /// Draws page `index` (from 0) on the print context's cairo context.
    func draw(page index: Int, on context: OpaquePointer) {
        let cairo = gtk_print_context_get_cairo_context(context)!
        cairo_set_source_rgb(cairo, 0, 0, 0)
        // A block taller than a page is cut at the body's foot rather than drawn over the page number.
        cairo_save(cairo)
        cairo_rectangle(cairo, 0, 0, maker.width, bodyHeight)
        cairo_clip(cairo)
        for placed in pages[index] {
            placed.block.draw(cairo, placed.top)
        }
        cairo_restore(cairo)
        let footer = maker.lines(PrintableDocument.pageFooter(page: index + 1, of: pages.count),
                                 points: style.footerSizePoints, alignment: PANGO_ALIGN_CENTER)
        let footerTop = pageHeight - footer.reduce(0) { $0 + $1.height }
        for line in footer { line.draw(cairo, footerTop) }
    }

    /// The page less the room kept at its foot for the page number.
    private var bodyHeight: Double { pageHeight - style.footerSizePoints * 2.5 }

    // MARK: Blocks

    private func blocks(of document: PrintableDocument) -> [LaidOutBlock] {
        var blocks = maker.lines(document.title, points: style.titleSizePoints, bold: true,
                                 alignment: PANGO_ALIGN_CENTER)
        if let subtitle = document.subtitle {
            blocks += maker.lines(subtitle, points: style.fontSizePoints, alignment: PANGO_ALIGN_CENTER)
        }
        blocks.append(.gap(style.blockGap))
        if !document.headerFields.isEmpty {
            blocks += fieldTable(document.headerFields)
            blocks.append(.gap(style.blockGap))
        }
        for section in document.sections {
            var heading = maker.lines(section.heading, points: style.fontSizePoints, bold: true)
            heading[heading.count - 1].keepsWithNext = true
            blocks += heading
            for block in section.blocks {
                blocks += self.blocks(of: block)
                blocks.append(.gap(style.blockGap))
            }
        }
        return blocks
    }

    private func blocks(of block: DocumentBlock) -> [LaidOutBlock] {
        switch block {
        case .paragraph(let text):
            // Chinese paragraphs open with a two-character indent (首行缩进两字符).
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
                maker.lines(String($0), points: style.fontSizePoints, firstLineIndent: 2 * style.fontSizePoints)
            }
        case .fields(let fields):
            return fieldTable(fields)
        case .table(let table):
            let columns = table.columns.indices.map { index in [table.columns[index]] + table.rows.map { $0[index] } }
            return maker.table(titles: table.columns, rows: table.rows, widths: maker.columnWidths(columns))
        case .signature(let signer):
            return [.gap(style.blockGap)]
                + maker.lines(DocumentBlock.signatureLine(signer: signer), points: style.fontSizePoints,
                              alignment: PANGO_ALIGN_RIGHT)
        }
    }

    /// Label/value pairs as a two-column ruled table, labels in bold, the label column no wider than a third.
    private func fieldTable(_ fields: [DocumentField]) -> [LaidOutBlock] {
        let labelWidth = min(maker.naturalWidth(fields.map(\.label), bold: true) + 2 * style.cellPadding,
                             maker.width / 3)
        return maker.table(titles: nil, rows: fields.map { [$0.label, $0.value] },
                           widths: [labelWidth, maker.width - labelWidth], boldFirstColumn: true)
    }

    // MARK: Pages

    /// Places blocks top to bottom, starting a page when the next block (with the one it keeps with) does not fit;
    /// a gap at the top of a page is dropped, a table's title row is repeated above its continued rows. A block
    /// taller than a page gets a page of its own and is cut at its foot.
    private func paginate(_ blocks: [LaidOutBlock], bodyHeight: Double) -> [[(block: LaidOutBlock, top: Double)]] {
        var pages: [[(block: LaidOutBlock, top: Double)]] = [[]]
        var y = 0.0
        for (index, block) in blocks.enumerated() {
            if block.isGap {
                if y > 0, y + block.height <= bodyHeight { y += block.height }
                continue
            }
            var needed = block.height
            if block.keepsWithNext, let next = blocks[(index + 1)...].first(where: { !$0.isGap }) {
                needed += next.height
            }
            if y > 0, y + needed > bodyHeight {
                pages.append([])
                y = 0
                for header in block.repeatedAbove {
                    pages[pages.count - 1].append((header, y))
                    y += header.height
                }
            }
            pages[pages.count - 1].append((block, y))
            y += block.height
        }
        return pages
    }
}
