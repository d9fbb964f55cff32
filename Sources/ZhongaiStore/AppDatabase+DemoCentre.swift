import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Creates the demonstration centre (`DemoCentre`) in one transaction and returns its workers. Refused when
    /// the database already has workers, so real data is never mixed with it; needs the reference data loaded.
    @discardableResult
    public func populateDemoCentre() throws -> [Worker] {
        try writer.write { db in
            guard try WorkerRecord.fetchCount(db) == 0 else {
                throw ValidationError(field: N_("Demo data"),
                                      N_("the database already has workers: demo data goes into an empty centre only"))
            }
            var pointIDs: [Int64] = []
            for point in DemoCentre.points {
                let saved = try AppDatabase.insertServicePoint(db, name: point.name, townName: point.town,
                                                               sectorCode: point.sector, employerUnit: point.employer)
                // A saved service point always has an id.
                pointIDs.append(saved.id!)
            }
            var workers: [Worker] = []
            for (index, person) in DemoCentre.people.enumerated() {
                workers.append(try AppDatabase.insertWorker(db, name: person.name, role: person.role,
                                                            supervisorCode: person.supervisor.map { workers[$0].code },
                                                            servicePointID: person.point.map { pointIDs[$0] },
                                                            postType: person.postType, phone: DemoCentre.phone(index)))
            }
            return workers
        }
    }
}
