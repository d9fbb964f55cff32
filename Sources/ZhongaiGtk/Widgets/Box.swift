import CGtk

public final class Box: Widget {
    public func append(_ child: Widget) { gtk_box_append(pointer(), child.widget) }
}
