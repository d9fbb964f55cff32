import GRDB

extension AppDatabase {
    /// Intake records and case files (个案): issue 4.
    static func registerCaseMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v6Cases) { db in
            try db.execute(sql: intakeTable)
            try db.execute(sql: caseTables)
            try db.execute(sql: approvalTables)
            try db.execute(sql: caseSensitiveColumns)
        }
    }

    /// Rules INTAKE-02, INTAKE-03: intake records, protected records of their own (holder in protectedRecord).
    private static let intakeTable = """
        CREATE TABLE intake (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            clientID TEXT NOT NULL REFERENCES client(id),
            contactDate TEXT NOT NULL CHECK (contactDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            source TEXT NOT NULL CHECK (source IN ('selfReferred', 'foundByWorker', 'referredByOthers')),
            route TEXT NOT NULL CHECK (route IN ('servicePhone', 'centreMailbox', 'application', 'referralByPerson',
                                                 'referralByAgency', 'outreach')),
            reasonForHelp TEXT NOT NULL CHECK (reasonForHelp <> ''),
            priorHelpSeeking TEXT NOT NULL DEFAULT '',
            priorServices TEXT NOT NULL DEFAULT '',
            specialCautions TEXT NOT NULL DEFAULT '',
            problemDefinition TEXT NOT NULL CHECK (problemDefinition <> ''),
            priority TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
            decision TEXT NOT NULL CHECK (decision IN ('accept', 'refer', 'end')),
            agreementForm TEXT CHECK (agreementForm IN ('written', 'oral')),
            agreementRoles TEXT,
            agreementDuration TEXT,
            referralAgency TEXT CHECK (referralAgency <> ''),
            note TEXT NOT NULL DEFAULT '',
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            -- The day in China it was written down (INTAKE-04 wants the contact day).
            recordedOn TEXT NOT NULL CHECK (recordedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            CHECK ((agreementForm IS NULL) = (agreementRoles IS NULL)),
            CHECK ((agreementForm IS NULL) = (agreementDuration IS NULL)),
            CHECK (decision <> 'accept' OR agreementForm IS NOT NULL),
            CHECK ((decision = 'refer') = (referralAgency IS NOT NULL))
        );
        CREATE INDEX intake_clientID ON intake(clientID);
        CREATE TRIGGER intake_never_deleted BEFORE DELETE ON intake
            BEGIN SELECT RAISE(ABORT, 'INTAKE-03: an intake record is never deleted'); END;
        CREATE TRIGGER intake_never_changes BEFORE UPDATE ON intake
            WHEN NEW.id IS NOT OLD.id OR NEW.contactDate IS NOT OLD.contactDate
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
              OR NEW.recordedOn IS NOT OLD.recordedOn
            BEGIN SELECT RAISE(ABORT, 'INTAKE-04: an intake keeps its contact day and when it was recorded'); END;
        """

    /// Rules CASE-01, CASE-13: the case file, its structured stage contents and its service records; transfers.
    /// The holder and service point are in protectedRecord (a handover, CONF-03, changes them there).
    private static let caseTables = """
        CREATE TABLE caseFile (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            -- Rule ARC-01: the archive code issued at opening.
            code TEXT NOT NULL UNIQUE REFERENCES archiveCode(code),
            clientID TEXT NOT NULL REFERENCES client(id),
            intakeID TEXT UNIQUE REFERENCES intake(id),
            openedOn TEXT NOT NULL CHECK (openedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            stage TEXT NOT NULL DEFAULT 'intake' CHECK (stage IN ('intake', 'assessment', 'planning', 'intervention',
                                                                  'evaluation', 'closing')),
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'referred')),
            -- Rule CASE-12: a case ends with a reason.
            closingReason TEXT CHECK (closingReason IN ('goalsAchieved', 'relationshipNotEstablished',
                'serviceNotAvailable', 'clientSelfReliant', 'dangerToOthers', 'dangerToSociety',
                'otherAgencyHasAuthority', 'clientRefusesService', 'objectiveCircumstances', 'expectationsMismatch',
                'workerLeftOrOther')),
            referralAgency TEXT CHECK (referralAgency <> ''),
            closedOn TEXT CHECK (closedOn >= openedOn),
            problemSolvedOn TEXT CHECK (problemSolvedOn >= openedOn),
            stageReviewOn TEXT CHECK (stageReviewOn >= openedOn),
            openedBy TEXT NOT NULL REFERENCES worker(code),
            openedAt TEXT NOT NULL,
            CHECK ((state = 'open') = (closedOn IS NULL)),
            CHECK ((state = 'open') = (closingReason IS NULL)),
            CHECK ((state = 'referred') = (referralAgency IS NOT NULL))
        );
        CREATE INDEX caseFile_clientID ON caseFile(clientID);
        CREATE INDEX caseFile_stage_state ON caseFile(stage, state);
        CREATE INDEX caseFile_openedOn ON caseFile(openedOn);
        CREATE INDEX caseFile_closedOn ON caseFile(closedOn);
        CREATE TRIGGER caseFile_never_deleted BEFORE DELETE ON caseFile
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a case file is never deleted outside a logged destruction'); END;
        CREATE TRIGGER caseFile_origin_never_changes BEFORE UPDATE ON caseFile
            WHEN NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.openedOn IS NOT OLD.openedOn
              OR NEW.openedBy IS NOT OLD.openedBy OR NEW.openedAt IS NOT OLD.openedAt
            BEGIN SELECT RAISE(ABORT, 'ARC-01: a case keeps its code and opening'); END;
        -- Rule CASE-02: the stage moves one step forward, and only with the supervisor's approval of that move.
        CREATE TRIGGER caseFile_stage_moves_on_approval BEFORE UPDATE OF stage ON caseFile
            WHEN NEW.stage IS NOT OLD.stage AND NOT EXISTS (
                SELECT 1 FROM approvalRequest r JOIN approvalDecision d ON d.requestID = r.id
                WHERE r.caseID = NEW.id AND r.kind = 'advance' AND r.targetStage = NEW.stage
                  AND d.outcome = 'approved')
            BEGIN SELECT RAISE(ABORT, 'CASE-02: a case moves to a stage only on the supervisor''s approval'); END;
        -- Rule CASE-03: a case ends only with the supervisor's approval, and never reopens.
        CREATE TRIGGER caseFile_ends_on_approval BEFORE UPDATE OF state ON caseFile
            WHEN NEW.state IS NOT OLD.state AND (OLD.state <> 'open' OR NOT EXISTS (
                SELECT 1 FROM approvalRequest r JOIN approvalDecision d ON d.requestID = r.id
                WHERE r.caseID = NEW.id AND r.kind = CASE NEW.state WHEN 'closed' THEN 'close' ELSE 'refer' END
                  AND d.outcome = 'approved'))
            BEGIN SELECT RAISE(ABORT, 'CASE-03: a case ends only on the supervisor''s approval'); END;

        -- Rule CASE-13: each stage's structured content, as JSON of its domain type, replaced on edit.
        CREATE TABLE caseStageContent (
            caseID TEXT NOT NULL REFERENCES caseFile(id),
            part TEXT NOT NULL CHECK (part IN ('assessment', 'plan', 'evaluation', 'closing')),
            content TEXT NOT NULL CHECK (json_valid(content)),
            updatedBy TEXT NOT NULL REFERENCES worker(code),
            updatedAt TEXT NOT NULL,
            PRIMARY KEY (caseID, part)
        );
        CREATE TRIGGER caseStageContent_never_deleted BEFORE DELETE ON caseStageContent
            BEGIN SELECT RAISE(ABORT, 'CASE-13: a part of a case file is edited, never deleted'); END;

        -- Rules CASE-13, CASE-04: service records (个案服务记录表).
        CREATE TABLE serviceRecord (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            caseID TEXT NOT NULL REFERENCES caseFile(id),
            servedOn TEXT NOT NULL CHECK (servedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            durationMinutes INTEGER NOT NULL CHECK (durationMinutes BETWEEN 1 AND 1440),
            place TEXT NOT NULL CHECK (place <> ''),
            method TEXT NOT NULL CHECK (method IN ('interview', 'homeVisit', 'phone', 'online', 'accompaniment',
                                                   'liaison')),
            content TEXT NOT NULL CHECK (content <> ''),
            goalProgress TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goalProgress)),
            notes TEXT NOT NULL DEFAULT '',
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX serviceRecord_caseID ON serviceRecord(caseID, servedOn);
        CREATE TRIGGER serviceRecord_never_deleted BEFORE DELETE ON serviceRecord
            BEGIN SELECT RAISE(ABORT, 'CASE-13: a service record is never deleted'); END;
        CREATE TRIGGER serviceRecord_never_changes BEFORE UPDATE ON serviceRecord
            BEGIN SELECT RAISE(ABORT, 'CASE-13: a service record is never changed'); END;

        -- A case handed to another worker; effective when the receiver accepts (acceptedAt, set once).
        CREATE TABLE caseTransfer (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            caseID TEXT NOT NULL REFERENCES caseFile(id),
            fromCode TEXT NOT NULL REFERENCES worker(code),
            toCode TEXT NOT NULL REFERENCES worker(code) CHECK (toCode <> fromCode),
            requestedBy TEXT NOT NULL REFERENCES worker(code),
            requestedAt TEXT NOT NULL,
            acceptedAt TEXT
        );
        CREATE INDEX caseTransfer_caseID ON caseTransfer(caseID);
        CREATE INDEX caseTransfer_toCode ON caseTransfer(toCode) WHERE acceptedAt IS NULL;
        CREATE UNIQUE INDEX caseTransfer_onePending ON caseTransfer(caseID) WHERE acceptedAt IS NULL;
        CREATE TRIGGER caseTransfer_never_deleted BEFORE DELETE ON caseTransfer
            BEGIN SELECT RAISE(ABORT, 'CONF-03: a transfer is kept'); END;
        CREATE TRIGGER caseTransfer_accepted_once BEFORE UPDATE ON caseTransfer
            WHEN OLD.acceptedAt IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.caseID IS NOT OLD.caseID
              OR NEW.fromCode IS NOT OLD.fromCode OR NEW.toCode IS NOT OLD.toCode
              OR NEW.requestedBy IS NOT OLD.requestedBy OR NEW.requestedAt IS NOT OLD.requestedAt
            BEGIN SELECT RAISE(ABORT, 'CONF-03: a transfer changes only by its acceptance, once'); END;
        """

    /// Rules CASE-02, CASE-03: requests and decisions, append-only: the approval history is never edited.
    private static let approvalTables = """
        CREATE TABLE approvalRequest (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            caseID TEXT NOT NULL REFERENCES caseFile(id),
            kind TEXT NOT NULL CHECK (kind IN ('advance', 'close', 'refer')),
            targetStage TEXT CHECK (targetStage IN ('assessment', 'planning', 'intervention', 'evaluation',
                                                    'closing')),
            closingReason TEXT CHECK (closingReason IN ('goalsAchieved', 'relationshipNotEstablished',
                'serviceNotAvailable', 'clientSelfReliant', 'dangerToOthers', 'dangerToSociety',
                'otherAgencyHasAuthority', 'clientRefusesService', 'objectiveCircumstances', 'expectationsMismatch',
                'workerLeftOrOther')),
            referralAgency TEXT CHECK (referralAgency <> ''),
            -- CONF-01: the consent covering the disclosure to the agency.
            referralConsentID TEXT REFERENCES consent(id),
            note TEXT NOT NULL DEFAULT '',
            requestedBy TEXT NOT NULL REFERENCES worker(code),
            requestedAt TEXT NOT NULL,
            requestedOn TEXT NOT NULL CHECK (requestedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            CHECK ((kind = 'advance') = (targetStage IS NOT NULL)),
            -- Rule CASE-12
            CHECK ((kind <> 'advance') = (closingReason IS NOT NULL)),
            CHECK ((kind = 'refer') = (referralAgency IS NOT NULL)),
            CHECK ((kind = 'refer') = (referralConsentID IS NOT NULL))
        );
        CREATE INDEX approvalRequest_caseID ON approvalRequest(caseID, requestedAt);
        CREATE TABLE approvalDecision (
            requestID TEXT PRIMARY KEY NOT NULL REFERENCES approvalRequest(id),
            outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'rejected', 'revisionRequested')),
            comment TEXT NOT NULL DEFAULT '',
            decidedBy TEXT NOT NULL REFERENCES worker(code),
            decidedAt TEXT NOT NULL,
            -- Rule CASE-02: a rejection or a request for revision says why.
            CHECK (outcome = 'approved' OR comment <> '')
        );
        CREATE TRIGGER approvalRequest_append_only_update BEFORE UPDATE ON approvalRequest
            BEGIN SELECT RAISE(ABORT, 'CASE-02: the approval history is never edited'); END;
        CREATE TRIGGER approvalRequest_append_only_delete BEFORE DELETE ON approvalRequest
            BEGIN SELECT RAISE(ABORT, 'CASE-02: the approval history is never edited'); END;
        CREATE TRIGGER approvalDecision_append_only_update BEFORE UPDATE ON approvalDecision
            BEGIN SELECT RAISE(ABORT, 'CASE-02: the approval history is never edited'); END;
        CREATE TRIGGER approvalDecision_append_only_delete BEFORE DELETE ON approvalDecision
            BEGIN SELECT RAISE(ABORT, 'CASE-02: the approval history is never edited'); END;
        -- Rule CASE-02: nobody decides their own request.
        CREATE TRIGGER approvalDecision_not_by_requester BEFORE INSERT ON approvalDecision
            WHEN NEW.decidedBy = (SELECT requestedBy FROM approvalRequest WHERE id = NEW.requestID)
            BEGIN SELECT RAISE(ABORT, 'CASE-02: nobody decides their own request'); END;
        """

    private static let caseSensitiveColumns = """
        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('intake', 'reasonForHelp', 'narrative'), ('intake', 'priorHelpSeeking', 'narrative'),
            ('intake', 'priorServices', 'narrative'), ('intake', 'specialCautions', 'narrative'),
            ('intake', 'problemDefinition', 'narrative'), ('intake', 'agreementRoles', 'narrative'),
            ('intake', 'note', 'narrative'),
            ('caseStageContent', 'content', 'narrative'),
            ('serviceRecord', 'content', 'narrative'), ('serviceRecord', 'goalProgress', 'narrative'),
            ('serviceRecord', 'notes', 'narrative'),
            ('approvalRequest', 'note', 'narrative'), ('approvalDecision', 'comment', 'narrative');
        """
}
