import CGtk

/// Measures text with Pango on one print context and cuts it into `LaidOutBlock`s: a paragraph into its lines,
/// a table into its rows. Units are the context's: points (GTK_UNIT_POINTS), Pango sizes divided by PANGO_SCALE.
final class PangoBlockMaker {
    private let context: OpaquePointer
    private let style: DocumentStyle
    /// The width of the printable area.
    let width: Double

    init(context: OpaquePointer, style: DocumentStyle) {
        self.context = context
        self.style = style
        width = gtk_print_context_get_width(context)
    }

    // MARK: Text

    /// `text` wrapped to `width`, one block per line, so that a paragraph can continue on the next page.
    func lines(_ text: String, points: Double, bold: Bool = false, alignment: PangoAlignment = PANGO_ALIGN_LEFT,
               firstLineIndent: Double = 0) -> [LaidOutBlock] {
        let layout = makeLayout(text, points: points, bold: bold, width: width, alignment: alignment)
        pango_layout_set_indent(layout.opaque, pangoUnits(firstLineIndent))
        let metrics = lineMetrics(layout)
        let total = size(of: layout).height
        let firstBaseline = metrics[0].baseline
        return metrics.enumerated().map { index, line in
            // Line i spans from its baseline's offset from the first to the next one's: the spacing travels with it.
            let top = line.baseline - firstBaseline
            let bottom = index + 1 < metrics.count ? metrics[index + 1].baseline - firstBaseline : total
            let pangoLine = pango_layout_get_line_readonly(layout.opaque, gint(index))
            return LaidOutBlock(height: bottom - top) { cairo, blockTop in
                _ = layout  // The line belongs to the layout: keep it alive while the page is drawn.
                cairo_move_to(cairo, line.x, blockTop + firstBaseline)
                pango_cairo_show_layout_line(cairo, pangoLine)
            }
        }
    }

    // MARK: Tables

    /// A ruled table: the title row (bold, centred, shaded; repeated above rows continued on a new page) if any,
    /// then the rows. `widths` are the columns' widths, summing to `width`.
    func table(titles: [String]?, rows: [[String]], widths: [Double], boldFirstColumn: Bool = false)
        -> [LaidOutBlock] {
        var blocks: [LaidOutBlock] = []
        var header: [LaidOutBlock] = []
        if let titles {
            var titleRow = row(titles, widths: widths, bold: { _ in true }, centred: true, shaded: true)
            titleRow.keepsWithNext = true
            header = [titleRow]
            blocks.append(titleRow)
        }
        for cells in rows {
            var block = row(cells, widths: widths, bold: { boldFirstColumn && $0 == 0 }, centred: false, shaded: false)
            block.repeatedAbove = header
            blocks.append(block)
        }
        return blocks
    }

    /// Column widths for `columns` (each column's texts, title included) summing to `width`: each column's natural
    /// width, at least three characters and at most 60% of the page, then scaled to fill the page.
    func columnWidths(_ columns: [[String]]) -> [Double] {
        let natural = columns.map { cells in
            min(max(naturalWidth(cells, bold: true) + 2 * style.cellPadding, style.fontSizePoints * 3), width * 0.6)
        }
        let total = natural.reduce(0, +)
        return natural.map { $0 * width / total }
    }

    /// The width of the widest of `texts` set on one line.
    func naturalWidth(_ texts: [String], bold: Bool = false) -> Double {
        texts.map { size(of: makeLayout($0, points: style.fontSizePoints, bold: bold)).width }.max() ?? 0
    }

    private func row(_ cells: [String], widths: [Double], bold: (Int) -> Bool, centred: Bool, shaded: Bool)
        -> LaidOutBlock {
        let padding = style.cellPadding
        let layouts = cells.enumerated().map { index, text in
            makeLayout(text, points: style.fontSizePoints, bold: bold(index), width: widths[index] - 2 * padding,
                       alignment: centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT)
        }
        let height = (layouts.map { size(of: $0).height }.max() ?? 0) + 2 * padding
        let ruleWidth = style.ruleWidth
        return LaidOutBlock(height: height) { cairo, top in
            var x = 0.0
            for (index, layout) in layouts.enumerated() {
                cairo_rectangle(cairo, x, top, widths[index], height)
                if shaded {
                    cairo_set_source_rgb(cairo, 0.92, 0.92, 0.92)
                    cairo_fill_preserve(cairo)
                    cairo_set_source_rgb(cairo, 0, 0, 0)
                }
                cairo_set_line_width(cairo, ruleWidth)
                cairo_stroke(cairo)
                cairo_move_to(cairo, x + padding, top + padding)
                pango_cairo_show_layout(cairo, layout.opaque)
                x += widths[index]
            }
        }
    }

    // MARK: Pango

    /// A layout on the print context in the document's font, wrapping at `width` (nil: no wrapping).
    func makeLayout(_ text: String, points: Double, bold: Bool = false, width: Double? = nil,
                    alignment: PangoAlignment = PANGO_ALIGN_LEFT) -> ObjectRef {
        let layout = ObjectRef(owning: UnsafeMutableRawPointer(gtk_print_context_create_pango_layout(context)!))
        let font = style.font(points: points, bold: bold)
        defer { pango_font_description_free(font) }
        pango_layout_set_font_description(layout.opaque, font)
        // Rule ARC-10: the policy's line spacing, a factor of the font's line height (Pango 1.44+).
        pango_layout_set_line_spacing(layout.opaque, Float(style.lineSpacing))
        pango_layout_set_wrap(layout.opaque, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout.opaque, alignment)
        if let width { pango_layout_set_width(layout.opaque, pangoUnits(width)) }
        pango_layout_set_text(layout.opaque, text, -1)
        return layout
    }

    /// The logical size of a layout.
    func size(of layout: ObjectRef) -> (width: Double, height: Double) {
        var width: gint = 0
        var height: gint = 0
        pango_layout_get_size(layout.opaque, &width, &height)
        return (points(width), points(height))
    }

    /// Each line's baseline from the layout's top and its left edge (alignment and indent included).
    private func lineMetrics(_ layout: ObjectRef) -> [(baseline: Double, x: Double)] {
        let iterator = pango_layout_get_iter(layout.opaque)
        defer { pango_layout_iter_free(iterator) }
        var metrics: [(baseline: Double, x: Double)] = []
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            metrics.append((points(pango_layout_iter_get_baseline(iterator)), points(logical.x)))
        } while pango_layout_iter_next_line(iterator) != 0
        return metrics
    }

    private func points(_ units: gint) -> Double { Double(units) / Double(PANGO_SCALE) }
    private func pangoUnits(_ points: Double) -> gint { gint(points * Double(PANGO_SCALE)) }
}
