import CGtk

/// A handwritten signature: a GtkDrawingArea that records strokes drawn with a mouse, a finger or a pen
/// (GtkGestureDrag takes all three: touch and stylus events reach it as pointer sequences) and draws them
/// with cairo. The strokes leave this layer as plain values, in the pad's own coordinates.
public final class SignaturePad: Widget {
    public struct Point: Equatable, Sendable {
        public let x: Double
        public let y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Every finished or running stroke, oldest first; each is the points the pointer passed through.
    public private(set) var strokes: [[Point]] = []
    /// Called when a stroke ends or the pad is cleared.
    public var onChanged: () -> Void = {}

    private var dragStart = Point(x: 0, y: 0)
    private var gesture: ObjectRef?

    public var isEmpty: Bool { strokes.isEmpty }

    /// The pad's size on screen, so that the strokes can be scaled when shown elsewhere.
    public var width: Int { Int(gtk_widget_get_width(widget)) }
    public var height: Int { Int(gtk_widget_get_height(widget)) }

    /// A new pad; the owner places it in a box of its .ui file (made here, not by GtkBuilder, so that the strokes
    /// and the drawing are wired exactly once).
    public convenience init(accessibleName: String) {
        self.init(owning: UnsafeMutableRawPointer(gtk_drawing_area_new()!))
        setAccessibleLabel(accessibleName)
        setUp()
    }

    public func clear() {
        strokes = []
        gtk_widget_queue_draw(widget)
        onChanged()
    }

    private func setUp() {
        gtk_widget_set_focusable(widget, 1)
        gtk_widget_add_css_class(widget, "signature-pad")
        installDrawing()
        installGesture()
    }

    private func installDrawing() {
        let draw: GtkDrawingAreaDrawFunc = { _, cairo, width, height, data in
            guard let cairo, let data else { return }
            let pad = Unmanaged<PadReference>.fromOpaque(data).takeUnretainedValue().pad
            pad?.draw(cairo, width: Double(width), height: Double(height))
        }
        let reference = Unmanaged.passRetained(PadReference(self)).toOpaque()
        gtk_drawing_area_set_draw_func(pointer(), draw, reference) { data in
            guard let data else { return }
            Unmanaged<PadReference>.fromOpaque(data).release()
        }
    }

    private func installGesture() {
        let drag = ObjectRef(owning: UnsafeMutableRawPointer(gtk_gesture_drag_new()!))
        // Any button, any device: a pen's tip and a finger arrive as button 1 or a touch sequence.
        gtk_gesture_single_set_button(drag.opaque, 0)
        gtk_gesture_single_set_touch_only(drag.opaque, 0)
        connectPoint(drag, "drag-begin") { [weak self] x, y in self?.begin(at: Point(x: x, y: y)) }
        connectPoint(drag, "drag-update") { [weak self] dx, dy in self?.extend(by: dx, dy) }
        connectPoint(drag, "drag-end") { [weak self] dx, dy in
            self?.extend(by: dx, dy)
            self?.onChanged()
        }
        g_object_ref(drag.raw)  // the widget takes the controller's reference; ours ends with `drag`
        gtk_widget_add_controller(widget, drag.opaque)
        gesture = drag
    }

    private func begin(at point: Point) {
        dragStart = point
        strokes.append([point])
        gtk_widget_grab_focus(widget)
        gtk_widget_queue_draw(widget)
    }

    private func extend(by dx: Double, _ dy: Double) {
        guard !strokes.isEmpty else { return }
        let point = Point(x: dragStart.x + dx, y: dragStart.y + dy)
        if strokes[strokes.count - 1].last != point { strokes[strokes.count - 1].append(point) }
        gtk_widget_queue_draw(widget)
    }

    private func draw(_ cairo: OpaquePointer, width: Double, height: Double) {
        // A white sheet with a baseline, like the line on a paper sign-in sheet.
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_rectangle(cairo, 0, 0, width, height)
        cairo_fill(cairo)
        cairo_set_source_rgb(cairo, 0.75, 0.75, 0.75)
        cairo_set_line_width(cairo, 1)
        cairo_move_to(cairo, width * 0.08, height * 0.78)
        cairo_line_to(cairo, width * 0.92, height * 0.78)
        cairo_stroke(cairo)
        cairo_set_source_rgb(cairo, 0.08, 0.08, 0.2)
        cairo_set_line_width(cairo, 3)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
        for stroke in strokes {
            guard let first = stroke.first else { continue }
            cairo_move_to(cairo, first.x, first.y)
            // A tap leaves a dot: a zero-length segment with round caps.
            if stroke.count == 1 { cairo_line_to(cairo, first.x, first.y) }
            for point in stroke.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
            cairo_stroke(cairo)
        }
    }

    /// The gesture signals carry two doubles (`drag-begin`: start x, y; `drag-update`/`drag-end`: offset x, y).
    private func connectPoint(_ object: ObjectRef, _ signal: String, _ handler: @escaping (Double, Double) -> Void) {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, gdouble, gdouble, UnsafeMutableRawPointer?) -> Void = { _, x, y, data in
            Unmanaged<PointHandler>.fromOpaque(data!).takeUnretainedValue().handler(x, y)
        }
        let box = Unmanaged.passRetained(PointHandler(handler)).toOpaque()
        g_signal_connect_data(object.gobject, signal, unsafeBitCast(thunk, to: GCallback.self), box,
                              { data, _ in
                                  guard let data else { return }
                                  Unmanaged<PointHandler>.fromOpaque(data).release()
                              }, GConnectFlags(rawValue: 0))
    }
}

/// The draw function's link back to the pad: weak, because the drawing area (which holds it) outlives no wrapper.
private final class PadReference {
    weak var pad: SignaturePad?
    init(_ pad: SignaturePad) { self.pad = pad }
}

private final class PointHandler {
    let handler: (Double, Double) -> Void
    init(_ handler: @escaping (Double, Double) -> Void) { self.handler = handler }
}
