import GRDB

/// Who the benchmarks sign in as: 服务部 (sees every case), the 督导 with the most workers down the chain, and a
/// frontline worker with an open case whose client consented.
struct BenchPeople {
    let serviceDepartment: String
    let busiestSupervisor: String
    let supervisedCount: Int
    let caseHolder: String
    let openCaseID: String

    init(_ db: Database) throws {
        serviceDepartment = try String.fetchOne(db, sql: """
            SELECT code FROM worker WHERE role = 'serviceDepartment' AND isActive ORDER BY code LIMIT 1
            """) ?? ""
        let busiest = try Row.fetchOne(db, sql: """
            WITH RECURSIVE chain(top, code) AS (
                SELECT code, code FROM worker WHERE role = 'supervisor'
                UNION SELECT chain.top, worker.code FROM worker JOIN chain ON worker.supervisorCode = chain.code)
            SELECT top, count(*) - 1 AS n FROM chain GROUP BY top ORDER BY n DESC, top LIMIT 1
            """)
        busiestSupervisor = busiest?["top"] ?? ""
        supervisedCount = busiest?["n"] ?? 0
        let open = try Row.fetchOne(db, sql: """
            SELECT caseFile.id, protectedRecord.holderCode FROM caseFile
            JOIN protectedRecord ON protectedRecord.id = caseFile.id JOIN worker ON worker.code = protectedRecord.holderCode
            WHERE caseFile.state = 'open' AND worker.role = 'frontline' ORDER BY caseFile.openedOn LIMIT 1
            """)
        caseHolder = open?["holderCode"] ?? ""
        openCaseID = open?["id"] ?? ""
    }
}
