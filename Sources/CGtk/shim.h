#include <gtk/gtk.h>
#include <glib-unix.h>

// libdispatch's main-queue hooks (private, exported by libdispatch on Linux): GLib polls the handle and
// drains Swift's main queue, so DispatchQueue.main and @MainActor tasks run while GTK's loop runs.
extern int _dispatch_get_main_queue_handle_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *msg);
