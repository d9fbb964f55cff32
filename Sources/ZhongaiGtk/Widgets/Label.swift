import CGtk

public final class Label: Widget {
    public convenience init(_ text: String) {
        self.init(owning: UnsafeMutableRawPointer(gtk_label_new(text)!))
    }

    public var text: String {
        get { String(cString: gtk_label_get_text(opaque)) }
        set { gtk_label_set_text(opaque, newValue) }
    }

    public func setXAlign(_ x: Float) { gtk_label_set_xalign(opaque, x) }
    public func setEllipsizeEnd() { gtk_label_set_ellipsize(opaque, PANGO_ELLIPSIZE_END) }
}
