"""CLI: the offline sign-in station round trip (issue 5 item 3, GRP-04): the office writes a station bundle, a
"second laptop" (another folder, no office database) opens it, signs people in and adds a walk-in, writes the
batch; the office imports it twice and the roll call shows each sign-in once. Then the crash test: the station
process is SIGKILLed in the middle of a burst of sign-ins; every sign-in it acknowledged (printed after commit) is
in the station file and `PRAGMA integrity_check` is ok."""
import datetime
import json
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
import uuid

import harness

PASSPHRASE = "venue passphrase 2026"


def _cli(db, *args, user, check=True):
    return harness.cli(db, *args, "--user", user, check=check)


def _station(*args, check=True):
    """A `zhongai signin` laptop-side command: no office database, no account; the passphrase from the environment."""
    env = dict(os.environ, ZHONGAI_STATION_PASSPHRASE=PASSPHRASE)
    env.pop("ZHONGAI_PASSWORD", None)
    result = subprocess.run([harness.BIN, "signin", *args], capture_output=True, text=True, timeout=60, env=env)
    if check and result.returncode != 0:
        raise AssertionError("zhongai signin %s failed: %s" % (" ".join(args), result.stderr))
    return result


def _office(db, *args, user, check=True):
    env = dict(os.environ, ZHONGAI_PASSWORD=harness.PASSWORD, ZHONGAI_STATION_PASSPHRASE=PASSPHRASE)
    result = subprocess.run([harness.BIN, "signin", *args, "--db", db, "--user", user], capture_output=True,
                            text=True, timeout=60, env=env)
    if check and result.returncode != 0:
        raise AssertionError("zhongai signin %s failed: %s" % (" ".join(args), result.stderr))
    return result


def _approved_group(db, members):
    """A group held by a frontline worker, its plan approved, two sessions, `members` registered; ids returned."""
    holder, supervisor = harness.query(
        db, "SELECT w.code, w.supervisorCode FROM worker w JOIN worker s ON s.code = w.supervisorCode "
            "WHERE w.role = 'frontline' AND w.servicePointID IS NOT NULL AND w.isActive = 1 "
            "AND s.role IN ('assistantSupervisor', 'traineeSupervisor', 'supervisor') ORDER BY w.code LIMIT 1")[0]
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    start = today + datetime.timedelta(days=21)
    created = json.loads(_cli(db, "programme", "create", "--kind", "therapeuticGroup", "--title", "情绪管理小组",
                              "--starts", str(start), "--ends", str(start + datetime.timedelta(days=7)),
                              "--registration-opens", str(today),
                              "--registration-closes", str(start - datetime.timedelta(days=1)), "--json",
                              user=holder).stdout)
    pid = created["id"]
    sessions = [_cli(db, "programme", "session", pid, "--on", str(day), "--start", "14:30", "--minutes", "90",
                     "--venue", "社区服务中心活动室", user=holder).stdout.split()[0]
                for day in (start, start + datetime.timedelta(days=7))]
    _cli(db, "programme", "plan", pid, "--aims", "学习情绪管理方法", "--target", "社区青少年 8 人",
         "--item", "第一节: 相识与契约", "--budget", "茶点=80", user=holder)
    _cli(db, "programme", "submit-plan", pid, user=holder)
    _cli(db, "programme", "approve-plan", pid, user=supervisor)
    ids = [_cli(db, "programme", "register", pid, "--name", name, "--phone", phone, user=holder).stdout.split()[0]
           for name, phone in members]
    return holder, pid, sessions, ids


def test_GRP04_offline_station_round_trip_imports_each_sign_in_once():
    db, _ = harness.init_db(demo=True)
    laptop = tempfile.mkdtemp(prefix="zhongai-laptop-")
    try:
        holder, pid, sessions, ids = _approved_group(
            db, [("王小明", "13800001234"), ("李娜", "13900005678"), ("欧阳娜娜", "13700009012")])
        # In the office: one member signs in at the office kiosk (CLI), told so the second time.
        first = json.loads(_office(db, "record", "--session", sessions[0], "--registration", ids[0], "--json",
                                   user=holder).stdout)
        assert first["outcome"] == "recorded", first
        again = json.loads(_office(db, "record", "--session", sessions[0], "--registration", ids[0], "--json",
                                   user=holder).stdout)
        assert again["outcome"] == "alreadySignedIn", again

        office_bundle = os.path.join(os.path.dirname(db), "session1.zhongai-station")
        exported = json.loads(_office(db, "export-bundle", "--session", sessions[0], "--out", office_bundle, "--json",
                                      user=holder).stdout)
        assert exported["rosterSize"] == 3 and exported["sessionNumber"] == 1, exported
        with open(office_bundle, "rb") as f:
            assert "13800001234".encode() not in f.read(), "the bundle is encrypted"

        # On the laptop: only the bundle is there.
        bundle = os.path.join(laptop, "session1.zhongai-station")
        shutil.copy(office_bundle, bundle)
        wrong = subprocess.run([harness.BIN, "signin", "open-bundle", "--bundle", bundle], capture_output=True,
                               text=True, timeout=60, env=dict(os.environ, ZHONGAI_STATION_PASSPHRASE="not the one!"))
        assert wrong.returncode != 0 and not os.path.exists(os.path.join(laptop, "session1.station.sqlite")), wrong.stderr
        opened = json.loads(_station("open-bundle", "--bundle", bundle, "--json").stdout)
        station_db = opened["stationDB"]
        assert station_db.startswith(laptop), opened
        lines = _station("station-record", "--station-db", station_db, "--registration", ids[0], "--registration",
                         ids[1], "--registration", ids[1], "--walk-in", "陈大文@13800004321", "--json").stdout
        outcomes = [json.loads(line) for line in lines.splitlines()]
        assert [o["outcome"] for o in outcomes] == ["alreadySignedIn", "recorded", "alreadySignedIn", "recorded"], outcomes
        walk_in = outcomes[3]["registrationID"]
        batch = os.path.join(laptop, "session1.zhongai-batch")
        _station("export-batch", "--station-db", station_db, "--out", batch)

        # Back in the office: imported twice, counted once.
        back = os.path.join(os.path.dirname(db), "session1.zhongai-batch")
        shutil.copy(batch, back)
        wrong_session = _office(db, "import-batch", "--file", back, "--session", sessions[1], user=holder, check=False)
        assert wrong_session.returncode != 0 and "GRP-04" in wrong_session.stderr, wrong_session.stderr
        assert harness.query(db, "SELECT count(*) FROM signIn") == [(1,)], "a refused batch changes nothing"
        once = json.loads(_office(db, "import-batch", "--file", back, "--session", sessions[0], "--json",
                                  user=holder).stdout)
        assert once["signInsAdded"] == 2 and once["walkInsAdded"] == 1 and not once["wasImportedBefore"], once
        twice = json.loads(_office(db, "import-batch", "--file", back, "--json", user=holder).stdout)
        assert twice["wasImportedBefore"] and twice["signInsAdded"] == 0, twice
        assert harness.query(db, "SELECT count(*) FROM signIn") == [(3,)]
        assert harness.query(db, "SELECT isWalkIn, matchedAt FROM registration WHERE id = ?", walk_in) == [(1, None)]

        roll = json.loads(_office(db, "rollcall", "--programme", pid, "--json", user=holder).stdout)
        assert roll["sessions"][0]["attendance"] == 3, roll
        attended = {m["name"]: m["attended"] for m in roll["members"]}
        assert attended == {"王小明": 1, "李娜": 1, "欧阳娜娜": 0, "陈大文": 1}, attended

        # Exports: CSV with a BOM for Excel, and the workbook; each logged.
        csv_path = os.path.join(os.path.dirname(db), "roll.csv")
        xlsx_path = os.path.join(os.path.dirname(db), "signin.xlsx")
        _office(db, "export", "--programme", pid, "--roll-call", csv_path, "--xlsx", xlsx_path, user=holder)
        with open(csv_path, "rb") as f:
            data = f.read()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and "陈大文".encode() in data
        assert os.path.getsize(xlsx_path) > 0
        exports = harness.query(db, "SELECT count(*) FROM auditEntry WHERE action = 'export' AND recordID = ?", pid)
        assert exports[0][0] >= 2, exports
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
        shutil.rmtree(laptop, ignore_errors=True)


def test_GRP04_killed_station_keeps_every_acknowledged_sign_in():
    db, _ = harness.init_db(demo=True)
    laptop = tempfile.mkdtemp(prefix="zhongai-laptop-")
    try:
        holder, pid, sessions, _ = _approved_group(db, [("王小明", "13800001234")])
        # A large roster, written straight into the file (registering 400 people one by one would take minutes).
        recorded_at = harness.query(db, "SELECT recordedAt, registeredOn FROM registration LIMIT 1")[0]
        people = [str(uuid.uuid4()) for _ in range(400)]
        with sqlite3.connect(db) as connection:
            connection.executemany(
                "INSERT INTO registration (id, programmeID, name, phone, registeredOn, recordedBy, recordedAt) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(p, pid, "组员%03d" % i, "1380000%04d" % i, recorded_at[1], holder, recorded_at[0])
                 for i, p in enumerate(people)])
        bundle = os.path.join(laptop, "burst.zhongai-station")
        _office(db, "export-bundle", "--session", sessions[0], "--out", bundle, user=holder)
        station_db = json.loads(_station("open-bundle", "--bundle", bundle, "--json").stdout)["stationDB"]

        env = dict(os.environ, ZHONGAI_STATION_PASSPHRASE=PASSPHRASE)
        acknowledged = set()
        rng = random.Random(5)
        for round_number in range(4):
            args = [harness.BIN, "signin", "station-record", "--station-db", station_db]
            for p in people:
                args += ["--registration", p]
            process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
            time.sleep(0.3 + rng.random() * 1.2)
            process.kill()
            out, _ = process.communicate()
            for line in out.splitlines():
                parts = line.split()
                if parts and parts[0] == "recorded":
                    acknowledged.add(parts[1])
            with sqlite3.connect(station_db) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                present = {row[0] for row in connection.execute("SELECT id FROM stationSignIn")}
            missing = acknowledged - present
            assert not missing, "acknowledged sign-ins lost after SIGKILL in round %d: %s" % (round_number, missing)
        assert acknowledged, "the station never got to sign anyone in before the kills"
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
        shutil.rmtree(laptop, ignore_errors=True)
