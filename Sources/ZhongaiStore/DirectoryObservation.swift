import GRDB

/// A running observation of the directory; the app keeps it, and cancels it when the view goes, without
/// importing GRDB. Cancel explicitly: relying on deallocation alone is not tested by GRDB on Linux.
public final class DirectoryObservation: Sendable {
    private let cancellable: AnyDatabaseCancellable

    init(_ cancellable: AnyDatabaseCancellable) {
        self.cancellable = cancellable
    }

    public func cancel() {
        cancellable.cancel()
    }

    deinit {
        cancellable.cancel()
    }
}
