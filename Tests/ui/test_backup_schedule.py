"""Scheduled encrypted backups (issue 9 item 5): an administrator sets the schedule from the command line, the
window makes the backup by itself while it stays usable, the passphrase opens it (check, restore into a new file),
and `backup status` shows the run."""
import glob
import json
import os
import shutil
import subprocess
import time

import harness

PASSPHRASE = "scheduled-passphrase-2026"


def backup(*args, passphrase=PASSPHRASE):
    env = dict(os.environ, ZHONGAI_PASSWORD=harness.PASSWORD, ZHONGAI_BACKUP_PASSPHRASE=passphrase)
    return subprocess.run([harness.BIN, "backup", *args], capture_output=True, text=True, timeout=120, env=env,
                          start_new_session=True)


def test_the_open_window_makes_the_scheduled_backup():
    db, admin = harness.init_db(demo=True)
    folder = os.path.dirname(db)
    backups = os.path.join(folder, "backups")
    os.mkdir(backups)
    app = None
    try:
        worker = harness.worker_code(db, "frontline")
        refused = backup("schedule", "--db", db, "--user", worker, "--folder", backups, "--every-hours", "24",
                         "--keep", "7")
        assert refused.returncode != 0, "only an administrator sets the schedule"
        bad = backup("schedule", "--db", db, "--user", admin, "--folder", backups, "--every-hours", "0",
                     "--keep", "7")
        assert bad.returncode != 0 and bad.stderr.strip(), bad.stderr
        assert harness.query(db, "SELECT count(*) FROM backupSchedule") == [(0,)]

        made = backup("schedule", "--db", db, "--user", admin, "--folder", backups, "--every-hours", "24",
                      "--keep", "7")
        assert made.returncode == 0, made.stderr
        assert harness.query(db, "SELECT count(*) FROM backupSchedule WHERE isOn = 1") == [(1,)]

        app = harness.App(db, user=admin)
        found = harness.wait_until(lambda: glob.glob(os.path.join(backups, "zhongai-*.zhongai-backup")), timeout=60)
        assert found and len(found) == 1, os.listdir(backups)
        app.find("人员与服务点")  # the window still answers
        runs = harness.wait_until(lambda: harness.query(db, "SELECT outcome FROM backupRun"), timeout=20)
        assert runs == [("ok",)], runs
        assert not glob.glob(os.path.join(backups, ".*.partial"))

        checked = backup("check", found[0])
        assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked.stderr
        digest = harness.query(db, "SELECT dumpDigest FROM backupRun")[0][0]
        restored = os.path.join(folder, "restored.sqlite")
        result = backup("restore", found[0], "--to", restored, "--digest", digest)
        assert result.returncode == 0, result.stderr
        assert harness.query(restored, "SELECT count(*) FROM worker") == harness.query(db, "SELECT count(*) FROM worker")

        wrong = backup("check", found[0], passphrase="not-the-passphrase")
        assert wrong.returncode != 0, wrong.stdout

        status = backup("status", "--db", db, "--json")
        assert status.returncode == 0, status.stderr
        answer = json.loads(status.stdout)
        assert answer["isOn"] and answer["everyHours"] == 24 and answer["keep"] == 7
        assert answer["runs"][0]["outcome"] == "ok"
        assert answer["runs"][0]["fileName"] == os.path.basename(found[0])

        again = backup("run-due", "--db", db)
        assert again.returncode == 0 and again.stdout.strip() == "not due", again.stdout + again.stderr
    finally:
        if app:
            app.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_failed_scheduled_backup_reaches_the_administrators_due_list():
    db, admin = harness.init_db(demo=True)
    folder = os.path.dirname(db)
    backups = os.path.join(folder, "backups")
    os.mkdir(backups)
    app = None
    try:
        made = backup("schedule", "--db", db, "--user", admin, "--folder", backups, "--every-hours", "24",
                      "--keep", "7")
        assert made.returncode == 0, made.stderr
        os.rmdir(backups)
        failed = backup("run-due", "--db", db)
        assert failed.returncode != 0 and failed.stdout.startswith("failed"), failed.stdout + failed.stderr
        assert harness.query(db, "SELECT outcome FROM backupRun") == [("failed",)]

        app = harness.App(db, "--section", "due", user=admin)
        shown = harness.wait_until(lambda: any("定时备份失败" in text for text in app.texts()), timeout=20)
        if os.environ.get("ZHONGAI_SCREENSHOTS"):
            app.screenshot(os.path.join(os.environ["ZHONGAI_SCREENSHOTS"], "backup-failed-due.png"))
        assert shown, app.texts()
        assert harness.query(db, "SELECT count(*) FROM backupRun") == [(1,)], "no retry within the hour"
    finally:
        if app:
            app.close()
        shutil.rmtree(folder, ignore_errors=True)
