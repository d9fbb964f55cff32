import CGtk

/// A small bar chart (a GtkDrawingArea drawn with cairo): one bar per value, its number above it and its label
/// (a month's number) under it, with an optional dashed reference line (the monthly pace a target asks for). The
/// numbers are written on the bars so that nothing is told by colour alone; the owner gives screen readers the
/// same values as the accessible description.
public final class BarChart: Widget {
    private var values: [Int] = []
    private var labels: [String] = []
    private var reference: Double?

    public convenience init(accessibleName: String, height: Int = 170) {
        self.init(owning: UnsafeMutableRawPointer(gtk_drawing_area_new()!))
        setAccessibleLabel(accessibleName)
        gtk_drawing_area_set_content_height(pointer(), Int32(height))
        gtk_widget_set_hexpand(widget, 1)
        gtk_widget_add_css_class(widget, "bar-chart")
        installDrawing()
    }

    /// Shows `values` with `labels` under them (as many as values) and, if given, a reference line at `reference`.
    public func show(values: [Int], labels: [String], reference: Double? = nil) {
        self.values = values
        self.labels = labels
        self.reference = reference
        gtk_widget_queue_draw(widget)
    }

    private func installDrawing() {
        let draw: GtkDrawingAreaDrawFunc = { _, cairo, width, height, data in
            guard let cairo, let data else { return }
            let chart = Unmanaged<ChartReference>.fromOpaque(data).takeUnretainedValue().chart
            chart?.draw(cairo, width: Double(width), height: Double(height))
        }
        let reference = Unmanaged.passRetained(ChartReference(self)).toOpaque()
        gtk_drawing_area_set_draw_func(pointer(), draw, reference) { data in
            guard let data else { return }
            Unmanaged<ChartReference>.fromOpaque(data).release()
        }
    }

    private func draw(_ cairo: OpaquePointer, width: Double, height: Double) {
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_rectangle(cairo, 0, 0, width, height)
        cairo_fill(cairo)
        guard !values.isEmpty else { return }
        let fontSize = 11.0
        cairo_select_font_face(cairo, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cairo, fontSize)
        let left = 8.0, right = 8.0, top = fontSize + 8, bottom = fontSize + 10
        let plotHeight = max(1, height - top - bottom)
        let baseline = top + plotHeight
        let slot = (width - left - right) / Double(values.count)
        let peak = max(1, Double(values.max() ?? 0), reference ?? 0)
        // The axis.
        cairo_set_source_rgb(cairo, 0.55, 0.55, 0.55)
        cairo_set_line_width(cairo, 1)
        cairo_move_to(cairo, left, baseline + 0.5)
        cairo_line_to(cairo, width - right, baseline + 0.5)
        cairo_stroke(cairo)
        for (index, value) in values.enumerated() {
            let x = left + slot * Double(index)
            let barHeight = plotHeight * Double(max(0, value)) / peak
            cairo_set_source_rgb(cairo, 0.20, 0.45, 0.75)
            cairo_rectangle(cairo, x + slot * 0.18, baseline - barHeight, slot * 0.64, barHeight)
            cairo_fill(cairo)
            cairo_set_source_rgb(cairo, 0.1, 0.1, 0.1)
            centre(cairo, String(value), x: x + slot / 2, y: baseline - barHeight - 4)
            if index < labels.count {
                cairo_set_source_rgb(cairo, 0.3, 0.3, 0.3)
                centre(cairo, labels[index], x: x + slot / 2, y: baseline + fontSize + 4)
            }
        }
        if let reference, reference > 0 {
            let y = baseline - plotHeight * reference / peak
            var dashes: [Double] = [6, 4]
            cairo_set_dash(cairo, &dashes, Int32(dashes.count), 0)
            cairo_set_source_rgb(cairo, 0.75, 0.25, 0.1)
            cairo_set_line_width(cairo, 1.5)
            cairo_move_to(cairo, left, y)
            cairo_line_to(cairo, width - right, y)
            cairo_stroke(cairo)
            cairo_set_dash(cairo, nil, 0, 0)
        }
    }

    /// Writes `text` (digits: cairo's simple text API has no Chinese shaping, and needs none here) centred on x.
    private func centre(_ cairo: OpaquePointer, _ text: String, x: Double, y: Double) {
        var extents = cairo_text_extents_t()
        cairo_text_extents(cairo, text, &extents)
        cairo_move_to(cairo, x - extents.width / 2 - extents.x_bearing, y)
        cairo_show_text(cairo, text)
    }
}

/// The draw function's link back to the chart: weak, because the drawing area (which holds it) outlives no wrapper.
private final class ChartReference {
    weak var chart: BarChart?
    init(_ chart: BarChart) { self.chart = chart }
}
