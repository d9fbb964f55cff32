import ZhongaiDomain
import ZhongaiStore

/// Turns the ids and codes a record holds into the names a list shows, from the latest directory snapshot.
final class SnapshotNames {
    func update(_ snapshot: DirectorySnapshot) {
        do {
            workers = Dictionary(snapshot.workers.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            towns = Dictionary(snapshot.towns.compactMap { t in t.id.map { ($0, t.name) } }, uniquingKeysWith: { a, _ in a })
            points = Dictionary(snapshot.servicePoints.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
            sectors = Dictionary(snapshot.sectors.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            postTypes = Dictionary(snapshot.postTypes.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        }
    }
    private var workers: [String: String] = [:]
    private var towns: [Int64: String] = [:]
    private var points: [Int64: String] = [:]
    private var sectors: [String: String] = [:]
    private var postTypes: [String: String] = [:]

    func workerName(_ code: String?) -> String { code.flatMap { workers[$0] } ?? "" }
    func townName(_ id: Int64?) -> String { id.flatMap { towns[$0] } ?? "" }
    func servicePointName(_ id: Int64?) -> String { id.flatMap { points[$0] } ?? "" }
    func sectorName(_ code: String?) -> String { code.flatMap { sectors[$0] } ?? "" }
    func postTypeName(_ code: String?) -> String { code.flatMap { postTypes[$0] } ?? "" }
}
