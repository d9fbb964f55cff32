"""GUI, issue 9 item 4: an attachment whose bytes were changed or lost behind the program's back (attachments keep
their bytes in the database, CASE-14). Exporting it from the case window's attachments tab shows a message naming
the file and the case, writes no file and logs nothing; the window stays usable and the case's other attachment
still exports."""
import datetime
import hashlib
import os
import sqlite3

import harness
from test_consent_cli import cli, demo_db, two_chains

PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) + "IHDR家访照片".encode()


def _attach(db, case_id, holder, name, content, recorded_sha256):
    """Inserts an attachment row as `attach` would have, its fingerprint `recorded_sha256`."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(
            "INSERT INTO attachment (id, recordKind, recordID, fileName, mediaType, byteCount, sha256, content, "
            "addedBy, addedAt) VALUES (lower(hex(randomblob(16))), 'caseFile', ?, ?, 'image/png', ?, ?, ?, ?, ?)",
            (case_id, name, len(content), recorded_sha256, content, holder, now))
    connection.close()


def _label_containing(app, *texts):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if all(t in n.name for t in texts)])


def test_CASE14_a_damaged_attachment_is_refused_by_name_and_the_case_window_stays_usable():
    db = demo_db()
    holder, _ = two_chains(db)
    client = cli(db, "client", "add", "--name", "王小明", "--category", "elderly", "--birth-date", "1950-05-01",
                 "--phone", "13812341234", user=holder).stdout.strip()
    code = cli(db, "case", "open", "--client-id", client, user=holder).stdout.strip()
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", code)[0][0]
    # The bytes no longer match the fingerprint taken when the file was attached.
    _attach(db, case_id, holder, "家访照片.png", b"\x00" + PNG[1:], hashlib.sha256(PNG).hexdigest())
    _attach(db, case_id, holder, "同意书.png", PNG, hashlib.sha256(PNG).hexdigest())
    audit_rows = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE detail LIKE '%家访照片%'")[0][0]
    home = os.path.dirname(db)
    os.environ["HOME"] = home  # the export folder is under the user's documents folder
    app = harness.App(db, "--section", "cases", user=holder)
    try:
        app.select_row(code, within="个案列表")
        app.click("打开所选个案")
        assert _label_containing(app, code), "the case window opens"
        app.click("档案", role="page tab")
        app.select_row("家访照片.png", within="个案附件")
        app.click("导出所选附件")
        assert _label_containing(app, "家访照片.png", code, "SHA-256"), \
            "the message names the file and the case: %s" % app.texts()
        exported = [name for _, _, names in os.walk(home) for name in names if name.endswith(".png")]
        assert exported == [], "no file is written: %s" % exported
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE detail LIKE '%家访照片%'")[0][0] == audit_rows
        app.screenshot(os.path.join(home, "fault-attachment.png"))

        app.select_row("同意书.png", within="个案附件")
        app.click("导出所选附件")
        assert _label_containing(app, "已导出到", "同意书.png"), "the window stays usable"
        assert app.process.poll() is None, "the program keeps running"
    finally:
        app.close()
