"""Encrypted backups (issue 9) from the command line, of a database the window has open: create, check, restore
into a new file compared by its full-dump digest; a wrong passphrase and a live database are refused."""
import os
import shutil
import subprocess

import harness

PASSPHRASE = "backup-passphrase-2026"


def backup(db, *args, passphrase=PASSPHRASE):
    env = dict(os.environ, ZHONGAI_PASSWORD=harness.PASSWORD, ZHONGAI_BACKUP_PASSPHRASE=passphrase)
    return subprocess.run([harness.BIN, "backup", *args], capture_output=True, text=True, timeout=120, env=env,
                          start_new_session=True)


def test_backup_of_the_open_database_restores_the_same_data():
    db, admin = harness.init_db(demo=True)
    folder = os.path.dirname(db)
    app = harness.App(db, user=admin)
    try:
        out = os.path.join(folder, "centre.zhongai-backup")
        made = backup(db, "create", "--db", db, "--user", admin, "--out", out)
        assert made.returncode == 0, made.stderr
        digest = made.stdout.split("\t")[1].strip()
        assert b"workers" not in open(out, "rb").read()[:4096]

        checked = backup(db, "check", out)
        assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked.stderr
        assert digest in checked.stdout

        restored = os.path.join(folder, "restored.sqlite")
        result = backup(db, "restore", out, "--to", restored, "--digest", digest)
        assert result.returncode == 0, result.stderr
        names = harness.query(restored, "SELECT name FROM worker ORDER BY code")
        assert names == harness.query(db, "SELECT name FROM worker ORDER BY code")

        wrong = backup(db, "check", out, passphrase="not-the-passphrase")
        assert wrong.returncode != 0 and wrong.stderr.strip() and "\n" not in wrong.stderr.strip(), wrong.stderr

        live = backup(db, "restore", out, "--to", db)
        assert live.returncode != 0, "restoring over the live database needs --force"
    finally:
        app.close()
        shutil.rmtree(folder, ignore_errors=True)
