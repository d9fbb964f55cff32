import GRDB

extension AppDatabase {
    /// Monthly reports and half-year and annual summaries — issue 8 (CHK-01, CHK-03, ARC-07).
    static func registerReportMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v15Reports) { db in
            try db.execute(sql: workReportSchema)
        }
    }

    /// A report is a protected record held by its worker (its log and reflections may name clients); one per
    /// worker, kind and period. The statistics are a JSON snapshot, redrawn while a draft and frozen at submission.
    /// A submitted report keeps its words; an approved one is final; none is ever deleted. The review history is
    /// append-only and a return carries its reason.
    private static let workReportSchema = """
        CREATE TABLE workReport (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            workerCode TEXT NOT NULL REFERENCES worker(code),
            kind TEXT NOT NULL CHECK (kind IN ('monthly', 'halfYear', 'annual')),
            period TEXT NOT NULL CHECK (
                (kind = 'monthly' AND period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]')
                OR (kind = 'halfYear' AND period GLOB '[0-9][0-9][0-9][0-9]-H1')
                OR (kind = 'annual' AND period GLOB '[0-9][0-9][0-9][0-9]')),
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'approved')),
            statistics TEXT NOT NULL CHECK (json_valid(statistics)),
            summary TEXT NOT NULL DEFAULT '',
            reflections TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            plan TEXT NOT NULL DEFAULT '',
            workLog TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(workLog)),
            reviewerCode TEXT REFERENCES worker(code),
            submittedOn TEXT CHECK (submittedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            approvedOn TEXT CHECK (approvedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            approvedBy TEXT REFERENCES worker(code),
            createdBy TEXT NOT NULL REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            updatedAt TEXT NOT NULL,
            UNIQUE (workerCode, kind, period),
            CHECK ((state = 'draft') = (submittedOn IS NULL)),
            CHECK ((state = 'draft') = (reviewerCode IS NULL)),
            CHECK ((state = 'approved') = (approvedOn IS NOT NULL)),
            CHECK ((approvedOn IS NULL) = (approvedBy IS NULL)),
            CHECK (reviewerCode IS NULL OR reviewerCode <> workerCode)
        );
        CREATE INDEX workReportReviewer ON workReport(reviewerCode) WHERE state = 'submitted';
        CREATE INDEX workReportPeriod ON workReport(period);
        CREATE TRIGGER workReportKeepsItsPlace BEFORE UPDATE ON workReport
            WHEN NEW.id IS NOT OLD.id OR NEW.workerCode IS NOT OLD.workerCode OR NEW.kind IS NOT OLD.kind
              OR NEW.period IS NOT OLD.period OR NEW.createdBy IS NOT OLD.createdBy
              OR NEW.createdAt IS NOT OLD.createdAt
            BEGIN SELECT RAISE(ABORT, 'CHK-01: a report keeps its worker and period'); END;
        CREATE TRIGGER workReportApprovedIsFinal BEFORE UPDATE ON workReport WHEN OLD.state = 'approved'
            BEGIN SELECT RAISE(ABORT, 'CHK-01: an approved report is final'); END;
        CREATE TRIGGER workReportSubmittedKeepsItsWords BEFORE UPDATE ON workReport
            WHEN OLD.state = 'submitted' AND (NEW.statistics IS NOT OLD.statistics OR NEW.summary IS NOT OLD.summary
              OR NEW.reflections IS NOT OLD.reflections OR NEW.problems IS NOT OLD.problems
              OR NEW.plan IS NOT OLD.plan OR NEW.workLog IS NOT OLD.workLog)
            BEGIN SELECT RAISE(ABORT, 'CHK-01: a submitted report is decided as it was submitted'); END;
        CREATE TRIGGER workReportNeverDeleted BEFORE DELETE ON workReport
            BEGIN SELECT RAISE(ABORT, 'CHK-01: a report is kept for the archive and never deleted'); END;

        CREATE TABLE workReportReview (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reportID TEXT NOT NULL REFERENCES workReport(id),
            event TEXT NOT NULL CHECK (event IN ('submitted', 'approved', 'returned')),
            comment TEXT NOT NULL DEFAULT '',
            byCode TEXT NOT NULL REFERENCES worker(code),
            toCode TEXT REFERENCES worker(code),
            happenedOn TEXT NOT NULL CHECK (happenedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            happenedAt TEXT NOT NULL,
            CHECK (event <> 'returned' OR comment <> ''),
            CHECK ((event = 'submitted') = (toCode IS NOT NULL))
        );
        CREATE INDEX workReportReviewReport ON workReportReview(reportID, id);
        CREATE TRIGGER workReportReviewNeverEdited BEFORE UPDATE ON workReportReview
            BEGIN SELECT RAISE(ABORT, 'CHK-01: the review history is never edited'); END;
        CREATE TRIGGER workReportReviewNeverDeleted BEFORE DELETE ON workReportReview
            BEGIN SELECT RAISE(ABORT, 'CHK-01: the review history is never deleted'); END;

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('workReport', 'summary', 'narrative'), ('workReport', 'reflections', 'narrative'),
            ('workReport', 'problems', 'narrative'), ('workReport', 'plan', 'narrative'),
            ('workReport', 'workLog', 'narrative'), ('workReportReview', 'comment', 'narrative');
        """
}
