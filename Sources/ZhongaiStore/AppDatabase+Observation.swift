import Dispatch
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The directory as it is now.
    public func directorySnapshot() throws -> DirectorySnapshot {
        try writer.read { db in try AppDatabase.fetchDirectory(db) }
    }

    /// Calls `onChange` with the directory now, then after every committed change of workers, towns, service
    /// points, sectors or post types, on `queue` (serial; the main queue by default, which the GTK layer drains).
    public func observeDirectory(queue: DispatchQueue = .main,
                                 onError: @escaping @Sendable (Error) -> Void = { _ in },
                                 onChange: @escaping @Sendable (DirectorySnapshot) -> Void) -> DirectoryObservation {
        let observation = ValueObservation.tracking { db in try AppDatabase.fetchDirectory(db) }
            .removeDuplicates()
        return DirectoryObservation(observation.start(in: writer, scheduling: .async(onQueue: queue),
                                                      onError: onError, onChange: onChange))
    }

    static func fetchDirectory(_ db: Database) throws -> DirectorySnapshot {
        let towns = try fetchTownRecords(db, includeInactive: true)
        var kinds: [Int64: TownKind] = [:]
        for town in towns { if let id = town.id { kinds[id] = town.townKind } }
        return DirectorySnapshot(
            workers: try fetchWorkerRecords(db, includeInactive: true).map(\.worker),
            towns: towns.map(\.town),
            townKinds: kinds,
            servicePoints: try fetchServicePointRecords(db, includeInactive: true).map(\.servicePoint),
            sectors: try SectorRecord.order(SectorRecord.Columns.code).fetchAll(db).map(\.sector),
            postTypes: try fetchPostTypes(db))
    }
}
