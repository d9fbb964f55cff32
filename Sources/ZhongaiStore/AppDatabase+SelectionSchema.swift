import GRDB

extension AppDatabase {
    /// Supervisor selection rounds, nominations, scores and publicity: issue 10.
    static func registerSelectionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v10Selection) { db in
            try db.execute(sql: """
                -- Rules SEL-01…SEL-04: a selection round (督导人才选拔), a protected record held by the worker who
                -- opened it. A publication date, once set, is final (SEL-04).
                CREATE TABLE selectionRound (
                    id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
                    title TEXT NOT NULL CHECK (title <> ''),
                    target TEXT NOT NULL CHECK (target IN ('assistantSupervisor', 'traineeSupervisor')),
                    openedOn TEXT NOT NULL CHECK (openedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    writtenTestOn TEXT CHECK (writtenTestOn IS NULL OR writtenTestOn >= openedOn),
                    interviewOn TEXT CHECK (interviewOn IS NULL OR interviewOn >= COALESCE(writtenTestOn, openedOn)),
                    candidatesPublishedOn TEXT CHECK (candidatesPublishedOn IS NULL OR candidatesPublishedOn >= openedOn),
                    resultsPublishedOn TEXT CHECK (resultsPublishedOn IS NULL
                        OR (candidatesPublishedOn IS NOT NULL AND resultsPublishedOn > candidatesPublishedOn)),
                    openedBy TEXT NOT NULL REFERENCES worker(code),
                    openedAt TEXT NOT NULL
                );
                CREATE TRIGGER selectionRound_never_deleted BEFORE DELETE ON selectionRound
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: a selection round is kept'); END;
                CREATE TRIGGER selectionRound_publication_final BEFORE UPDATE ON selectionRound
                    WHEN NEW.id IS NOT OLD.id OR NEW.target IS NOT OLD.target OR NEW.openedOn IS NOT OLD.openedOn
                      OR (OLD.candidatesPublishedOn IS NOT NULL AND NEW.candidatesPublishedOn IS NOT OLD.candidatesPublishedOn)
                      OR (OLD.resultsPublishedOn IS NOT NULL AND NEW.resultsPublishedOn IS NOT OLD.resultsPublishedOn)
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: a publication is final'); END;

                -- Rule SEL-02: the interview panel (面试团).
                CREATE TABLE selectionPanelMember (
                    roundID TEXT NOT NULL REFERENCES selectionRound(id),
                    workerCode TEXT NOT NULL REFERENCES worker(code),
                    PRIMARY KEY (roundID, workerCode)
                );

                -- Rule SEL-01: a nomination with its registration form (附表1); only an eligible nominee is kept,
                -- on the regular or the exceptional route. Scores are in hundredths of a point.
                CREATE TABLE selectionNomination (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    roundID TEXT NOT NULL REFERENCES selectionRound(id),
                    workerCode TEXT NOT NULL REFERENCES worker(code),
                    source TEXT NOT NULL CHECK (source IN ('selfNomination', 'supervisor', 'agency', 'colleagues')),
                    nominatedBy TEXT NOT NULL DEFAULT '',
                    -- The nominee's role when nominated: what eligibility was assessed on (SEL-01).
                    roleAtNomination TEXT NOT NULL CHECK (roleAtNomination IN ('frontline', 'assistantSupervisor')),
                    education TEXT NOT NULL CHECK (education IN ('belowJuniorCollege', 'juniorCollege', 'bachelor',
                                                                 'master', 'doctorate')),
                    studyField TEXT NOT NULL CHECK (studyField IN ('socialWork', 'related', 'other')),
                    qualification TEXT NOT NULL CHECK (qualification IN ('none', 'assistantSocialWorker',
                                                                         'socialWorker', 'seniorSocialWorker')),
                    continuingEducationMet BOOLEAN NOT NULL,
                    registrationValidUntil TEXT,
                    supervisorElsewhereYears INTEGER CHECK (supervisorElsewhereYears >= 0),
                    papersPublished INTEGER NOT NULL DEFAULT 0 CHECK (papersPublished >= 0),
                    monographPublished BOOLEAN NOT NULL DEFAULT 0,
                    route TEXT NOT NULL CHECK (route IN ('regular', 'exceptional')),
                    status TEXT NOT NULL DEFAULT 'standing' CHECK (status IN ('standing', 'underReview', 'disqualified')),
                    -- Rule SEL-02: out of 100.
                    writtenScore INTEGER CHECK (writtenScore BETWEEN 0 AND 10000),
                    promotedOn TEXT,
                    recordedBy TEXT NOT NULL REFERENCES worker(code),
                    recordedAt TEXT NOT NULL,
                    UNIQUE (roundID, workerCode),
                    CHECK (source = 'selfNomination' OR nominatedBy <> '')
                );
                CREATE INDEX selectionNomination_workerCode ON selectionNomination(workerCode);
                CREATE TRIGGER selectionNomination_never_deleted BEFORE DELETE ON selectionNomination
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: a nomination is kept; a review disqualifies it'); END;
                CREATE TABLE selectionServiceYear (
                    nominationID INTEGER NOT NULL REFERENCES selectionNomination(id),
                    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
                    daysWorked INTEGER NOT NULL CHECK (daysWorked BETWEEN 0 AND 366),
                    daysExcused INTEGER NOT NULL DEFAULT 0 CHECK (daysExcused BETWEEN 0 AND 366),
                    assessment TEXT CHECK (assessment IS NULL OR assessment IN ('excellent', 'good', 'competent',
                                                                                'unsatisfactory')),
                    PRIMARY KEY (nominationID, year)
                );

                -- Rule SEL-04: objections during the candidate list's notice, and the second review's decision,
                -- taken once.
                CREATE TABLE selectionObjection (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    nominationID INTEGER NOT NULL REFERENCES selectionNomination(id),
                    raisedOn TEXT NOT NULL,
                    text TEXT NOT NULL CHECK (text <> ''),
                    recordedBy TEXT NOT NULL REFERENCES worker(code),
                    recordedAt TEXT NOT NULL,
                    decision TEXT CHECK (decision IS NULL OR decision IN ('upheld', 'dismissed')),
                    decisionNote TEXT,
                    decidedBy TEXT REFERENCES worker(code),
                    decidedAt TEXT,
                    CHECK ((decision IS NULL) = (decidedBy IS NULL) AND (decision IS NULL) = (decidedAt IS NULL)),
                    CHECK (decision IS NULL OR decisionNote <> '')
                );
                CREATE INDEX selectionObjection_nominationID ON selectionObjection(nominationID);
                CREATE TRIGGER selectionObjection_decided_once BEFORE UPDATE ON selectionObjection
                    WHEN OLD.decision IS NOT NULL OR NEW.text IS NOT OLD.text OR NEW.raisedOn IS NOT OLD.raisedOn
                      OR NEW.nominationID IS NOT OLD.nominationID OR NEW.recordedBy IS NOT OLD.recordedBy
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: an objection is decided once'); END;
                CREATE TRIGGER selectionObjection_never_deleted BEFORE DELETE ON selectionObjection
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: an objection is kept'); END;

                -- Rule SEL-02: each interviewer's score, out of 100.
                CREATE TABLE selectionInterviewScore (
                    nominationID INTEGER NOT NULL REFERENCES selectionNomination(id),
                    interviewerCode TEXT NOT NULL REFERENCES worker(code),
                    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10000),
                    recordedBy TEXT NOT NULL REFERENCES worker(code),
                    recordedAt TEXT NOT NULL,
                    PRIMARY KEY (nominationID, interviewerCode)
                );

                -- Rule SEL-03: bonus items of 附表2, each with its evidence.
                CREATE TABLE selectionBonusItem (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    nominationID INTEGER NOT NULL REFERENCES selectionNomination(id),
                    kind TEXT NOT NULL CHECK (kind <> ''),
                    contribution TEXT NOT NULL CHECK (contribution IN ('principal', 'secondAuthor', 'groupMember',
                                                                       'participant', 'teamMember')),
                    subject TEXT NOT NULL CHECK (subject <> ''),
                    evidence TEXT NOT NULL CHECK (evidence <> ''),
                    recordedBy TEXT NOT NULL REFERENCES worker(code),
                    recordedAt TEXT NOT NULL
                );
                CREATE INDEX selectionBonusItem_nominationID ON selectionBonusItem(nominationID);

                -- Rule SEL-04: once the results are on public notice, the scores behind them never change.
                CREATE TRIGGER selectionScore_final_written BEFORE UPDATE OF writtenScore ON selectionNomination
                    WHEN NEW.writtenScore IS NOT OLD.writtenScore AND (SELECT resultsPublishedOn FROM selectionRound
                                                                        WHERE id = OLD.roundID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;
                CREATE TRIGGER selectionScore_final_interview_insert BEFORE INSERT ON selectionInterviewScore
                    WHEN (SELECT r.resultsPublishedOn FROM selectionRound r JOIN selectionNomination n ON n.roundID = r.id
                          WHERE n.id = NEW.nominationID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;
                CREATE TRIGGER selectionScore_final_interview_update BEFORE UPDATE ON selectionInterviewScore
                    WHEN (SELECT r.resultsPublishedOn FROM selectionRound r JOIN selectionNomination n ON n.roundID = r.id
                          WHERE n.id = OLD.nominationID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;
                CREATE TRIGGER selectionScore_final_interview_delete BEFORE DELETE ON selectionInterviewScore
                    WHEN (SELECT r.resultsPublishedOn FROM selectionRound r JOIN selectionNomination n ON n.roundID = r.id
                          WHERE n.id = OLD.nominationID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;
                CREATE TRIGGER selectionScore_final_bonus_insert BEFORE INSERT ON selectionBonusItem
                    WHEN (SELECT r.resultsPublishedOn FROM selectionRound r JOIN selectionNomination n ON n.roundID = r.id
                          WHERE n.id = NEW.nominationID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;
                CREATE TRIGGER selectionScore_final_bonus_change BEFORE UPDATE ON selectionBonusItem
                    BEGIN SELECT RAISE(ABORT, 'SEL-03: a bonus item is removed and entered again, never edited'); END;
                CREATE TRIGGER selectionScore_final_bonus_delete BEFORE DELETE ON selectionBonusItem
                    WHEN (SELECT r.resultsPublishedOn FROM selectionRound r JOIN selectionNomination n ON n.roundID = r.id
                          WHERE n.id = OLD.nominationID) IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'SEL-04: the results are published'); END;

                INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
                    ('selectionObjection', 'text', 'narrative'), ('selectionObjection', 'decisionNote', 'narrative');
                """)
        }
    }
}
