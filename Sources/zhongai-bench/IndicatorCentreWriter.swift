import Foundation
import GRDB

/// Writes a centre's years of records straight in SQL, for the indicator benchmark: service points of ten workers,
/// each worker's clients, cases, consultations with their contacts, visits, groups and activities with sessions,
/// registrations, sign-ins and feedback forms, and supervision and training sessions, every year. Numbers vary
/// with the worker and year (activities of 95–110 people on both sides of 100, lectures of 35–60 minutes on both
/// sides of 40), so the classification has work to do. Ids are readable (`cf-<k>-<i>`), rows valid for the schema.
enum IndicatorCentreWriter {
    /// Per worker and year.
    static let clients = 50, cases = 30, consultations = 25, visits = 50, supervisions = 24, trainings = 6

    static func write(_ db: Database, workers: Int, firstYear: Int, years: Int) throws {
        let points = (workers + 9) / 10
        try db.execute(sql: """
            CREATE TEMP TABLE seq (n INTEGER PRIMARY KEY);
            WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 999) INSERT INTO seq SELECT n FROM s;
            INSERT INTO servicePoint (name, townID, sectorCode, employerUnit)
            SELECT '指标基准服务点' || n,
                   (SELECT MIN(id) FROM town), (SELECT MIN(code) FROM sector),
                   '基准用人单位' || n
            FROM seq WHERE n < \(points);
            INSERT INTO worker (code, name, role, servicePointID, postTypeCode)
            SELECT printf('BW%03d', n), '基准社工' || n, 'frontline',
                   (SELECT id FROM servicePoint WHERE name = '指标基准服务点' || (n / 10)),
                   CASE n % 3 WHEN 0 THEN 'specialised' WHEN 1 THEN 'community' ELSE 'coordination' END
            FROM seq WHERE n < \(workers);
            -- One row per worker and year: k numbers them.
            CREATE TEMP TABLE wy AS
            SELECT w.n AS w, printf('BW%03d', w.n) AS code, printf('BW%03d', (w.n + 1) % \(workers)) AS supervisor,
                   \(firstYear) + y.n AS year, w.n * \(years) + y.n AS k,
                   sp.id AS pointID, sp.townID AS townID, t.code AS townCode, sp.sectorCode AS sectorCode
            FROM seq w JOIN seq y ON y.n < \(years)
            JOIN servicePoint sp ON sp.name = '指标基准服务点' || (w.n / 10) JOIN town t ON t.id = sp.townID
            WHERE w.n < \(workers);
            CREATE TEMP VIEW item AS
            SELECT wy.*, s.n AS i, 1 + (s.n * 7 + wy.k) % 12 AS month,
                   printf('%04d-%02d-%02d', wy.year, 1 + (s.n * 7 + wy.k) % 12, 1 + (s.n * 13 + wy.k) % 28) AS day
            FROM wy JOIN seq s;
            """)
        try clientsAndCases(db)
        try consultationsAndVisits(db)
        try programmes(db)
        try supervision(db)
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

    /// Twelve a year: 2 planned large activities, 4 small ones, 2 lectures, a workshop, 2 therapeutic groups and a
    /// preventive one (groups of four weekly sessions).
    private static func programmes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE prog AS
            SELECT item.*, 'pg-' || k || '-' || i AS id,
                   CASE WHEN i < 2 THEN 'largeActivity' WHEN i < 6 THEN 'smallActivity' WHEN i < 8 THEN 'lecture'
                        WHEN i < 9 THEN 'workshop' WHEN i < 11 THEN 'therapeuticGroup' ELSE 'preventiveGroup' END AS kind,
                   CASE WHEN i < 9 THEN 'P' ELSE 'G' END AS nature,
                   CASE WHEN i < 9 THEN i + 1 ELSE i - 8 END AS sequence,
                   CASE WHEN i < 2 THEN 95 + (k + i) % 16 WHEN i < 6 THEN 20 + (k * 3 + i) % 41
                        WHEN i < 8 THEN 28 + (k + i) % 13 WHEN i < 9 THEN 8 + k % 6 ELSE 8 END AS participants,
                   CASE WHEN i BETWEEN 6 AND 7 THEN 35 + (k + i) % 26 ELSE 90 END AS minutes,
                   CASE WHEN i < 9 THEN 1 ELSE 4 END AS sessions
            FROM item WHERE i < 12;
            INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                     openedOn, issuedAt)
            SELECT code || '-' || nature || '-' || k || '-' || i, code, nature, year, month, sequence, townID, townCode,
                   sectorCode, day, day || 'T02:00:00.000Z'
            FROM prog;
            INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt)
            SELECT id, 'programme', code, pointID, day || 'T02:00:00.000Z' FROM prog;
            INSERT INTO programme (id, code, kind, title, hasFixedMembers, startsOn, endsOn, stage, createdBy,
                                   createdAt, createdOn)
            SELECT id, code || '-' || nature || '-' || k || '-' || i, kind, '基准活动', nature = 'G', day,
                   date(day, '+' || (7 * (sessions - 1)) || ' days'), 'reportApproved', code,
                   day || 'T02:00:00.000Z', day
            FROM prog;
            INSERT INTO programmeSession (id, programmeID, number, heldOn, startTime, durationMinutes, venue)
            SELECT id || '-' || s.n, id, s.n + 1, date(day, '+' || (7 * s.n) || ' days'), '09:30', minutes, '社区服务中心'
            FROM prog JOIN seq s ON s.n < sessions;
            INSERT INTO registration (id, programmeID, name, registeredOn, recordedBy, recordedAt)
            SELECT id || '-' || r.n, id, '居民' || r.n, day, code, day || 'T02:00:00.000Z'
            FROM prog JOIN seq r ON r.n < participants;
            INSERT INTO signIn (id, sessionID, registrationID, signedAt, stationID, recordedBy, recordedAt)
            SELECT printf('si-%033d', (k * 12 + i) * 1000 + r.n), id || '-0', id || '-' || r.n, day || 'T01:30:00.000Z',
                   'office', code, day || 'T01:30:00.000Z'
            FROM prog JOIN seq r ON r.n < participants;
            INSERT INTO programmeFeedback (id, programmeID, registrationID, filledOn, recordedBy, recordedAt)
            SELECT id || '-f' || r.n, id, id || '-' || r.n, day, code, day || 'T05:00:00.000Z'
            FROM prog JOIN seq r ON r.n < 3;
            INSERT INTO programmeFeedbackScore (feedbackID, item, score)
            SELECT id || '-f' || r.n, v.item, 3 + (k + i + r.n + v.rank) % 3
            FROM prog JOIN seq r ON r.n < 3
            JOIN (SELECT 'content' AS item, 0 AS rank UNION ALL SELECT 'arrangement', 1
                  UNION ALL SELECT 'workerPerformance', 2 UNION ALL SELECT 'overall', 3) v;
            """)
    }

    private static func supervision(_ db: Database) throws {
        let count = supervisions + trainings
        try db.execute(sql: protected("supervisionSession", prefix: "ss", holder: "supervisor", filter: "i < \(count)")
            + """
            INSERT INTO supervisionSession (id, supervisorCode, type, format, heldOn, startTime, durationMinutes,
                                            recordedBy, recordedAt)
            SELECT 'ss-' || k || '-' || i, supervisor,
                   CASE WHEN i < \(supervisions) THEN 'practiceCompetence' ELSE 'training' END, 'individual', day,
                   '14:00', 60, supervisor, day || 'T06:00:00.000Z'
            FROM item WHERE i < \(count);
            INSERT INTO supervisionParticipant (sessionID, workerCode) SELECT 'ss-' || k || '-' || i, code
            FROM item WHERE i < \(count);
            """)
    }
}
