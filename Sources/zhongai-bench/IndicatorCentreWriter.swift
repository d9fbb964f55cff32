import Foundation
import GRDB

/// Writes a centre's years of records straight in SQL, for the indicator benchmark: service points of ten workers,
/// each worker's clients, cases, consultations with their contacts, visits, and (through ProgrammeWriter, shared
/// with the generator) groups and activities and supervision and training sessions, every year. Numbers vary
/// with the worker and year (activities of 95–110 people on both sides of 100, lectures of 35–60 minutes on both
/// sides of 40), so the classification has work to do. Ids are readable (`cf-<k>-<i>`), rows valid for the schema.
enum IndicatorCentreWriter {
    /// Per worker and year.
    static let clients = 50, cases = 30, consultations = 25, visits = 50

    static func write(_ db: Database, workers: Int, firstYear: Int, years: Int, today: String) throws {
        let points = (workers + 9) / 10
        try db.execute(sql: """
            WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < \(points - 1))
            INSERT INTO servicePoint (name, townID, sectorCode, employerUnit)
            SELECT '指标基准服务点' || n, (SELECT MIN(id) FROM town), (SELECT MIN(code) FROM sector), '基准用人单位' || n
            FROM s;
            WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < \(workers - 1))
            INSERT INTO worker (code, name, role, servicePointID, postTypeCode)
            SELECT printf('BW%03d', n), '基准社工' || n, 'frontline',
                   (SELECT id FROM servicePoint WHERE name = '指标基准服务点' || (n / 10)),
                   CASE n % 3 WHEN 0 THEN 'specialised' WHEN 1 THEN 'community' ELSE 'coordination' END
            FROM s;
            """)
        // One row per worker and year: k numbers them.
        try ProgrammeWriter.prepareItems(db, workerYears: """
            SELECT printf('BW%03d', w.n) AS code, printf('BW%03d', (w.n + 1) % \(workers)) AS supervisor,
                   \(firstYear) + y.n AS year, w.n * \(years) + y.n AS k,
                   sp.id AS pointID, sp.townID AS townID, t.code AS townCode, sp.sectorCode AS sectorCode
            FROM seq w JOIN seq y ON y.n < \(years)
            JOIN servicePoint sp ON sp.name = '指标基准服务点' || (w.n / 10) JOIN town t ON t.id = sp.townID
            WHERE w.n < \(workers)
            """, seed: 1)
        try clientsAndCases(db)
        try consultationsAndVisits(db)
        let from = String(format: "%04d-01-01", firstYear)
        try ProgrammeWriter.programmes(db, keepPerMille: 1000, from: from, today: today)
        try ProgrammeWriter.supervision(db, keepPerMille: 1000, from: from, today: today)
    }

    /// An archive code row of `nature` for the items of `filter`, numbered by `sequence`.
    private static func archiveCodes(_ nature: String, prefix: String, sequence: String, filter: String) -> String {
        """
        INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                 openedOn, issuedAt)
        SELECT code || '-\(prefix)-' || k || '-' || i, code, '\(nature)', year, month, \(sequence), townID, townCode,
               sectorCode, day, day || 'T02:00:00.000Z'
        FROM item WHERE \(filter);
        """
    }

    private static func protected(_ kind: String, prefix: String, holder: String = "code", filter: String) -> String {
        """
        INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt)
        SELECT '\(prefix)-' || k || '-' || i, '\(kind)', \(holder), pointID, day || 'T02:00:00.000Z'
        FROM item WHERE \(filter);
        """
    }

    private static func clientsAndCases(_ db: Database) throws {
        try db.execute(sql: protected("client", prefix: "cl", filter: "i < \(clients)") + """
            INSERT INTO client (id, name, categoryCode, createdBy, createdAt)
            SELECT 'cl-' || k || '-' || i, '基准对象', (SELECT code FROM clientCategory ORDER BY position LIMIT 1), code,
                   day || 'T02:00:00.000Z'
            FROM item WHERE i < \(clients);
            """ + archiveCodes("C", prefix: "C", sequence: "i + 1", filter: "i < \(cases)")
            + protected("caseFile", prefix: "cf", filter: "i < \(cases)") + """
            INSERT INTO caseFile (id, code, clientID, openedOn, openedBy, openedAt)
            SELECT 'cf-' || k || '-' || i, code || '-C-' || k || '-' || i, 'cl-' || k || '-' || i, day, code,
                   day || 'T02:00:00.000Z'
            FROM item WHERE i < \(cases);
            """)
    }

    private static func consultationsAndVisits(_ db: Database) throws {
        try db.execute(sql: archiveCodes("I", prefix: "I", sequence: "i + 1", filter: "i < \(consultations)")
            + protected("consultation", prefix: "co", filter: "i < \(consultations)") + """
            INSERT INTO consultation (id, code, clientID, topic, openedOn, openedBy, openedAt)
            SELECT 'co-' || k || '-' || i, code || '-I-' || k || '-' || i, 'cl-' || k || '-' || i, '政策咨询', day,
                   code, day || 'T02:00:00.000Z'
            FROM item WHERE i < \(consultations);
            INSERT INTO consultationContact (consultationID, number, contactDate, durationMinutes, method, content,
                                             recordedBy, recordedAt, recordedOn)
            SELECT 'co-' || k || '-' || i, c.n + 1, day, 30, 'phone', '了解情况', code, day || 'T03:00:00.000Z', day
            FROM item JOIN seq c ON c.n < 2 WHERE i < \(consultations);
            """ + archiveCodes("V", prefix: "V", sequence: "i + 1", filter: "i < \(visits)")
            + protected("visit", prefix: "vi", filter: "i < \(visits)") + """
            INSERT INTO visit (id, code, clientID, visitDate, durationMinutes, place, purpose, content, recordedBy,
                               recordedAt, recordedOn)
            SELECT 'vi-' || k || '-' || i, code || '-V-' || k || '-' || i, 'cl-' || k || '-' || (i % \(clients)), day,
                   45, '服务对象家中', '节前探访', '了解近况', code, day || 'T04:00:00.000Z', day
            FROM item WHERE i < \(visits);
            """)
    }
}
