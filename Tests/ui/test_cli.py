"""CLI: every subcommand's output, its --json form, and its refusals (non-zero, one line, nothing written); signing
in with --user and ZHONGAI_PASSWORD (or the terminal), accounts, and the audit log."""
import datetime
import glob
import json
import os
import pty
import select
import sqlite3
import subprocess
import threading
import time

import harness

# ZHONGAI_BIN runs these tests against another build (e.g. a separate scratch path).
BIN = os.environ.get("ZHONGAI_BIN", harness.BIN)

# The first administrator's password; `init --demo` gives every example-centre account the same one.
ADMIN_PASSWORD = "Centre-admin-2026"


def cli(db, *args, check=True, user=None, password=ADMIN_PASSWORD, new_password=None):
    """Runs a zhongai subcommand on `db`, signed in as `user` with `password` in ZHONGAI_PASSWORD (None: unset).

    The process has no controlling terminal (a new session), so a missing password is refused, never asked."""
    env = {k: v for k, v in os.environ.items() if k not in ("ZHONGAI_PASSWORD", "ZHONGAI_NEW_PASSWORD")}
    if password is not None:
        env["ZHONGAI_PASSWORD"] = password
    if new_password is not None:
        env["ZHONGAI_NEW_PASSWORD"] = new_password
    command = [BIN, *args, "--db", db] + (["--user", user] if user else [])
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, start_new_session=True)
    if check and result.returncode != 0:
        raise AssertionError("zhongai %s failed: %s" % (" ".join(args), result.stderr))
    return result


def init(db, *extra):
    """`zhongai init` with the administrator's password; returns the administrator's staff code."""
    answer = json.loads(cli(db, "init", "--json", *extra).stdout)
    return answer["administrator"]["code"]


def give_account(db, admin, code, password):
    """An account for `code`: reset by the administrator, then changed by the worker, as on a first day."""
    cli(db, "account", "reset", "--worker", code, user=admin, new_password="Temporary-pass-1")
    cli(db, "account", "set-password", user=code, password="Temporary-pass-1", new_password=password)


def code_of(db, role):
    return harness.query(db, "SELECT code FROM worker WHERE role = ? ORDER BY code LIMIT 1", role)[0][0]


def count(db, table):
    return harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]


def _fails(result, *words):
    assert result.returncode != 0, result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, (word, message)


# MARK: Commands without a sign-in


def test_initials_of_places_and_surnames():
    db = harness.temp_db()
    assert cli(db, "initials", "茶山", "--place").stdout.strip() == "CS"
    assert cli(db, "initials", "麻涌", "--place").stdout.strip() == "MC"
    assert cli(db, "initials", "曾小华").stdout.strip() == "ZXH"
    assert cli(db, "initials", "John Smith").stdout.strip() == "JS"
    assert json.loads(cli(db, "initials", "单丽娟", "--json").stdout)["initials"] == "SLJ"
    _fails(cli(db, "initials", "  ", check=False), "姓名")
    assert not os.path.exists(db), "initials touches no database"


def test_calendar_with_make_up_days_and_unpublished_years():
    db = harness.temp_db()
    # 2026-02-14 is a Saturday worked in exchange for the Spring Festival (调休).
    assert cli(db, "calendar", "add-workdays", "2026-02-13", "1").stdout.strip() == "2026-02-14"
    assert cli(db, "calendar", "workdays-between", "2026-02-13", "2026-02-24").stdout.strip() == "2"
    late = cli(db, "calendar", "add-workdays", "2026-12-30", "5", "--json")
    answer = json.loads(late.stdout)
    assert answer["assumedWeekendsOnlyYears"] == [2027], answer
    assert cli(db, "calendar", "add-workdays", "2026-12-30", "5").stderr.strip(), "says weekends alone were counted"
    _fails(cli(db, "calendar", "add-workdays", "2026-02-30", "1", check=False), "2026-02-30")
    _fails(cli(db, "calendar", "add-workdays", "2026-02-13", "-1", check=False), "N")


def test_holiday_file_with_a_malformed_line_names_the_line():
    db = harness.temp_db()
    path = db + ".holidays.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-01\noff 2027-01-01 元旦\nholiday 2027-02-01 春节\n")
    _fails(cli(db, "calendar", "add-workdays", "2027-01-01", "1", "--holidays", path, check=False), "3")


# MARK: init and signing in


def test_init_creates_the_administrator_and_prints_the_code():
    db = harness.temp_db()
    answer = json.loads(cli(db, "init", "--json", "--admin-name", "何思敏").stdout)
    assert answer["administrator"] == {"code": "HSM", "name": "何思敏"}, answer
    assert answer["demo"] == "none" and answer["database"] == db, answer
    assert harness.query(db, "SELECT role FROM worker") == [("administrator",)]
    hashes = harness.query(db, "SELECT passwordHash FROM account WHERE workerCode = 'HSM'")
    assert hashes[0][0].startswith("$argon2id$"), hashes
    # A second init asks for nothing and creates no second administrator.
    again = json.loads(cli(db, "init", "--json", password=None).stdout)
    assert "administrator" not in again, again
    assert count(db, "worker") == 1
    # The text form prints the default name and the issued code.
    other = harness.temp_db()
    out = cli(other, "init").stdout
    assert "XTGLY" in out and "系统管理员" in out, out


def test_init_without_a_password_or_terminal_is_refused_and_writes_nothing():
    db = harness.temp_db()
    _fails(cli(db, "init", password=None, check=False), "ZHONGAI_PASSWORD")
    assert not os.path.exists(db)
    _fails(cli(db, "init", password="short", check=False))
    assert not os.path.exists(db)


def test_signed_in_commands_need_a_user_and_a_database():
    db = harness.temp_db()
    _fails(cli(db, "worker", "list", check=False), "--user")
    _fails(cli(db, "worker", "list", user="XTGLY", check=False), "init")
    assert not os.path.exists(db), "a refused command creates no database"
    admin = init(db)
    _fails(cli(db, "worker", "list", user=admin, password=None, check=False), "ZHONGAI_PASSWORD")
    _fails(cli(db, "worker", "list", user="NOBODY", check=False), "NOBODY")


def test_wrong_password_is_refused_with_the_attempts_left_and_nothing_written():
    db = harness.temp_db()
    admin = init(db)
    before = count(db, "worker")
    result = cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin, password="Wrong-password-1",
                 check=False)
    _fails(result, "5")  # 6 attempts by default (account.max_failed_logins): 5 left
    assert count(db, "worker") == before
    failed = harness.query(db, "SELECT actorCode, detail FROM auditEntry WHERE action = 'loginFailed'")
    assert failed == [(admin, "wrong password; 5 attempts left")], failed
    # The right password still works, and clears the count.
    assert cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin).stdout.strip() == "WM"


def test_lockout_after_six_failures():
    db = harness.temp_db()
    admin = init(db)
    for left in [5, 4, 3, 2, 1]:
        _fails(cli(db, "worker", "list", user=admin, password="Wrong-password-1", check=False), str(left))
    sixth = cli(db, "worker", "list", user=admin, password="Wrong-password-1", check=False)
    _fails(sixth)
    until = harness.query(db, "SELECT lockedUntil FROM account WHERE workerCode = ?", admin)[0][0]
    assert until and until in sixth.stderr, (until, sixth.stderr)
    # Locked: the right password is refused too, naming the end of the lock; nothing is listed.
    locked = cli(db, "worker", "list", user=admin, check=False)
    _fails(locked, until)
    assert locked.stdout == ""


def test_password_is_asked_on_the_terminal_with_echo_off():
    db = harness.temp_db()
    admin = init(db)
    env = {k: v for k, v in os.environ.items() if k != "ZHONGAI_PASSWORD"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        try:
            os.execve(BIN, [BIN, "worker", "list", "--json", "--user", admin, "--db", db], env)
        finally:
            os._exit(127)
    output = b""

    def read_until(predicate, timeout=30):
        nonlocal output
        deadline = time.time() + timeout
        while not predicate(output) and time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
        return predicate(output)

    assert read_until(lambda out: admin.encode() in out), output  # the prompt names the user
    os.write(fd, (ADMIN_PASSWORD + "\n").encode())
    read_until(lambda out: b"]" in out)
    deadline = time.time() + 30
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.time() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            raise AssertionError("the command still waits for its password: %r" % output)
        time.sleep(0.1)
    read_until(lambda out: False, timeout=0.5)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert ADMIN_PASSWORD.encode() not in output, "the password was echoed: %r" % output
    listed = json.loads(output[output.index(b"["):].decode())
    assert [w["code"] for w in listed] == [admin], listed


# MARK: The directory and the reference data, signed in


def test_init_worker_add_and_list():
    db = harness.temp_db()
    admin = init(db)
    assert cli(db, "worker", "add", "--name", "王明", "--role", "督导", user=admin).stdout.strip() == "WM"
    added = json.loads(cli(db, "worker", "add", "--name", "吴敏", "--role", "frontline", "--supervisor", "WM", "--json",
                           user=admin).stdout)
    assert added["code"] == "WUM" and added["supervisorCode"] == "WM", added  # initials collide: told apart
    listed = json.loads(cli(db, "worker", "list", "--json", user=admin).stdout)
    assert [w["code"] for w in listed] == ["WM", "WUM", admin], listed
    added_rows = harness.query(db, "SELECT actorCode, recordID FROM auditEntry WHERE action = 'workerAdded'")
    assert added_rows == [(admin, "WM"), (admin, "WUM")], added_rows


def test_worker_refusals_change_nothing():
    db = harness.temp_db()
    admin = init(db)
    _fails(cli(db, "worker", "add", "--name", "", "--role", "frontline", user=admin, check=False), "姓名")
    _fails(cli(db, "worker", "add", "--name", "李四", "--role", "frontline", "--supervisor", "NOPE", user=admin,
               check=False), "督导")
    _fails(cli(db, "worker", "add", "--name", "李四", "--role", "boss", user=admin, check=False), "角色")
    assert harness.query(db, "SELECT COUNT(*) FROM worker") == [(1,)]


def test_towns_add_and_list():
    db = harness.temp_db()
    admin = init(db)
    towns = {t["name"]: t["code"] for t in json.loads(cli(db, "town", "list", "--json", user=admin).stdout)}
    assert towns["莞城"] == "GC" and towns["厚街"] != towns["黄江"], towns
    assert cli(db, "town", "add", "--name", "新湾", user=admin).stdout.strip() == "XW"
    _fails(cli(db, "town", "add", "--name", "新湾", user=admin, check=False), "新湾")


def test_archive_codes_count_per_worker_across_sectors():
    db = harness.temp_db()
    admin = init(db)
    cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin)
    give_account(db, admin, "WM", "Wang-ming-pass-1")
    first = cli(db, "code", "next", "--worker", "WM", "--nature", "C", "--town", "莞城", "--sector", "CAB",
                "--date", "2026-01-15", user="WM", password="Wang-ming-pass-1").stdout.strip()
    # Without --worker: one's own.
    second = json.loads(cli(db, "code", "next", "--nature", "C", "--town", "茶山", "--sector", "REC",
                            "--date", "2026-02-01", "--json", user="WM", password="Wang-ming-pass-1").stdout)["code"]
    assert (first, second) == ("GC-CAB-C01-202601-WM", "CS-REC-C02-202602-WM"), (first, second)
    _fails(cli(db, "code", "next", "--nature", "C", "--town", "火星", "--sector", "CAB", "--date", "2026-01-15",
               user="WM", password="Wang-ming-pass-1", check=False), "火星")
    _fails(cli(db, "code", "next", "--nature", "X", "--town", "莞城", "--sector", "CAB", "--date", "2026-01-15",
               user="WM", password="Wang-ming-pass-1", check=False), "ARC-04")
    # The administrator holds no case work: may not open WM's.
    _fails(cli(db, "code", "next", "--worker", "WM", "--nature", "C", "--town", "莞城", "--sector", "CAB",
               "--date", "2026-01-15", user=admin, check=False), "CONF-02")
    assert harness.query(db, "SELECT COUNT(*) FROM archiveCode") == [(2,)]


def test_two_processes_writing_at_once_both_land():
    db = harness.temp_db()
    admin = init(db)
    names = ["甲", "乙"]
    results = {}

    def add_many(prefix):
        codes = []
        for i in range(8):
            result = cli(db, "worker", "add", "--name", "张%s%s" % (prefix, "一二三四五六七八"[i]), "--role", "frontline",
                         user=admin, check=False)
            assert result.returncode == 0, result.stderr
            codes.append(result.stdout.strip())
        results[prefix] = codes

    threads = [threading.Thread(target=add_many, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(len(v) for v in results.values()) == 16, results
    assert harness.query(db, "SELECT COUNT(*) FROM worker WHERE role = 'frontline'") == [(16,)]


def test_policy_values_change_only_when_valid():
    db = harness.temp_db()
    admin = init(db)
    entries = {e["key"]: e for e in json.loads(cli(db, "policy", "list", "--json", user=admin).stdout)}
    assert entries["case.second_contact_working_days"]["value"] == 7  # CASE-06
    assert entries["plan.lead_time.block_below_working_days"]["value"] == 5  # C1 default
    cli(db, "policy", "set", "case.second_contact_working_days", "10", user=admin)
    _fails(cli(db, "policy", "set", "case.second_contact_working_days", "-3", user=admin, check=False), "-3")
    _fails(cli(db, "policy", "set", "no.such.key", "3", user=admin, check=False), "no.such.key")
    after = {e["key"]: e for e in json.loads(cli(db, "policy", "list", "--json", user=admin).stdout)}
    assert after["case.second_contact_working_days"]["value"] == 10
    changed = harness.query(db, "SELECT actorCode, recordID, detail FROM auditEntry WHERE action = 'policyChanged'")
    assert changed == [(admin, "case.second_contact_working_days", "7 → 10")], changed


def test_next_years_holidays_are_imported_and_used():
    db = harness.temp_db()
    admin = init(db)
    path = db + ".2027.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-05\noff 2027-01-01..2027-01-03 元旦\n")
    assert cli(db, "holidays", "import", path, user=admin).stdout.strip() == "2027"
    # The calendar reads the database's holidays without a sign-in: they are public.
    answer = json.loads(cli(db, "calendar", "add-workdays", "2026-12-31", "1", "--json", password=None).stdout)
    assert answer == {"value": "2027-01-04", "assumedWeekendsOnlyYears": []}, answer
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-05\noff 2027-02-30 春节\n")
    _fails(cli(db, "holidays", "import", path, user=admin, check=False), "2")
    years = [y["year"] for y in json.loads(cli(db, "holidays", "list", "--json", user=admin).stdout)["years"]]
    assert years == [2025, 2026, 2027], years


# MARK: Permissions, accounts and the audit log


def test_frontline_worker_may_not_change_the_directory_or_the_policy_and_the_denial_is_logged():
    db = harness.temp_db()
    admin = init(db)
    cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin)
    cli(db, "worker", "add", "--name", "梁嘉欣", "--role", "serviceDepartment", user=admin)
    give_account(db, admin, "WM", "Wang-ming-pass-1")
    give_account(db, admin, "LJX", "Liang-jx-pass-1")
    workers, policy = count(db, "worker"), harness.query(db, "SELECT key, value FROM policy ORDER BY key")
    _fails(cli(db, "worker", "add", "--name", "李四", "--role", "frontline", user="WM", password="Wang-ming-pass-1",
               check=False), "CONF-02")
    _fails(cli(db, "policy", "set", "case.second_contact_working_days", "3", user="WM", password="Wang-ming-pass-1",
               check=False), "CONF-02")
    _fails(cli(db, "town", "add", "--name", "新湾", user="WM", password="Wang-ming-pass-1", check=False), "CONF-02")
    _fails(cli(db, "account", "reset", "--worker", "LJX", user="WM", password="Wang-ming-pass-1",
               new_password="Hijacked-pass-1", check=False), "CONF-02")
    assert count(db, "worker") == workers
    assert harness.query(db, "SELECT key, value FROM policy ORDER BY key") == policy
    assert harness.query(db, "SELECT COUNT(*) FROM town WHERE name = '新湾'") == [(0,)]
    # The frontline worker may not read the log; 服务部 may, and finds the denials there.
    _fails(cli(db, "audit", "list", user="WM", password="Wang-ming-pass-1", check=False), "CONF-02")
    denied = json.loads(cli(db, "audit", "list", "--json", "--person", "WM", "--action", "accessDenied",
                            user="LJX", password="Liang-jx-pass-1").stdout)
    assert [e["detail"] for e in denied] == ["viewAudit: actionNotGranted", "manageAccounts: actionNotGranted",
                                             "manageReferenceData: actionNotGranted",  # town add
                                             "manageReferenceData: actionNotGranted",  # policy set
                                             "manageDirectory: actionNotGranted"], denied
    assert all(e["actorCode"] == "WM" and len(e["hash"]) == 64 for e in denied), denied
    # The look itself is logged.
    assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'auditViewed' AND actorCode = 'LJX'") == [(1,)]


def test_audit_list_filters_by_record_action_and_date():
    db = harness.temp_db()
    admin = init(db)
    cli(db, "worker", "add", "--name", "梁嘉欣", "--role", "serviceDepartment", user=admin)
    give_account(db, admin, "LJX", "Liang-jx-pass-1")
    reader = dict(user="LJX", password="Liang-jx-pass-1")
    about = json.loads(cli(db, "audit", "list", "--json", "--record", "worker:LJX", **reader).stdout)
    assert [e["action"] for e in about] == ["passwordChanged", "accountCreated", "workerAdded"], about
    assert about[-1]["actorCode"] == admin and about[0]["actorCode"] == "LJX", about
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    yesterday = today - datetime.timedelta(days=1)
    todays = json.loads(cli(db, "audit", "list", "--json", "--from", str(today), "--to", str(today), **reader).stdout)
    assert len(todays) >= 8, todays
    assert json.loads(cli(db, "audit", "list", "--json", "--to", str(yesterday), **reader).stdout) == []
    text = cli(db, "audit", "list", "--action", "login", "--limit", "1", **reader).stdout
    assert len(text.splitlines()) == 1 and "\tLJX\tlogin\t" in text, text
    _fails(cli(db, "audit", "list", "--action", "nap", check=False, **reader), "nap")
    _fails(cli(db, "audit", "list", "--record", "WM", check=False, **reader), "WM")
    _fails(cli(db, "audit", "list", "--from", "2026-02-30", check=False, **reader), "2026-02-30")


def test_audit_verify_passes_then_names_a_row_edited_behind_the_triggers():
    db = harness.temp_db()
    admin = init(db)
    cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin)
    rows = count(db, "auditEntry")
    ok = cli(db, "audit", "verify", password=None).stdout.split()
    head = harness.query(db, "SELECT hash FROM auditEntry ORDER BY sequence DESC LIMIT 1")[0][0]
    assert ok == ["ok", str(rows), head], ok
    answer = json.loads(cli(db, "audit", "verify", "--json", password=None).stdout)
    assert answer == {"ok": True, "count": rows, "headHash": head}, answer
    # The triggers refuse an edit…
    with sqlite3.connect(db) as connection:
        try:
            connection.execute("UPDATE auditEntry SET detail = 'nothing' WHERE sequence = 3")
            raise AssertionError("the UPDATE trigger let an edit through")
        except sqlite3.DatabaseError:
            pass
    # …so drop the UPDATE trigger, edit a row, recreate nothing.
    triggers = harness.query(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'auditEntry' "
                                 "AND sql LIKE '%BEFORE UPDATE%'")
    assert len(triggers) == 1, triggers
    connection = sqlite3.connect(db)
    connection.execute('DROP TRIGGER "%s"' % triggers[0][0])
    connection.execute("UPDATE auditEntry SET actorCode = 'SOMEONE' WHERE sequence = 3")
    connection.commit()
    connection.close()
    broken = cli(db, "audit", "verify", password=None, check=False)
    assert broken.returncode == 1, broken
    _fails(broken, "3", "CONF-02")
    answer = json.loads(cli(db, "audit", "verify", "--json", password=None, check=False).stdout)
    assert answer["ok"] is False and answer["count"] == 2, answer
    assert answer["firstBreak"]["sequence"] == 3 and answer["firstBreak"]["problem"] == "rowAltered", answer


def test_accounts_reset_change_and_list():
    db = harness.temp_db()
    admin = init(db)
    cli(db, "worker", "add", "--name", "王明", "--role", "frontline", user=admin)
    listed = {a["workerCode"]: a for a in json.loads(cli(db, "account", "list", "--json", user=admin).stdout)}
    assert listed["WM"]["hasAccount"] is False and listed[admin]["hasAccount"] is True, listed
    assert all("hash" not in key.lower() for a in listed.values() for key in a), listed
    _fails(cli(db, "account", "reset", "--worker", "WM", user=admin, new_password="short", check=False))
    cli(db, "account", "reset", "--worker", "WM", user=admin, new_password="Temporary-pass-1")
    listed = {a["workerCode"]: a for a in json.loads(cli(db, "account", "list", "--json", user=admin).stdout)}
    assert listed["WM"]["hasAccount"] and listed["WM"]["mustChangePassword"], listed
    # A reset password opens only `account set-password`.
    _fails(cli(db, "worker", "list", user="WM", password="Temporary-pass-1", check=False), "set-password")
    _fails(cli(db, "account", "set-password", user="WM", password="Temporary-pass-1", check=False),
           "ZHONGAI_NEW_PASSWORD")
    cli(db, "account", "set-password", user="WM", password="Temporary-pass-1", new_password="Wang-ming-pass-1")
    assert cli(db, "worker", "list", user="WM", password="Wang-ming-pass-1").returncode == 0
    _fails(cli(db, "worker", "list", user="WM", password="Temporary-pass-1", check=False), "5")
    # Only the administrator lists accounts.
    _fails(cli(db, "account", "list", user="WM", password="Wang-ming-pass-1", check=False), "CONF-02")
    logged = harness.query(db, "SELECT actorCode, action, recordID FROM auditEntry "
                               "WHERE action IN ('accountCreated', 'passwordChanged') ORDER BY sequence")
    assert logged == [(admin, "accountCreated", admin), (admin, "accountCreated", "WM"),
                      ("WM", "passwordChanged", "WM")], logged


def test_passwords_never_reach_the_database_file():
    db = harness.temp_db()
    admin = init(db, "--demo")
    give_account(db, admin, code_of(db, "frontline"), "Secret-new-pass-9")
    cli(db, "worker", "list", user=admin, password="Wrong-password-7", check=False)
    for path in glob.glob(db + "*"):
        with open(path, "rb") as f:
            data = f.read()
        for secret in [ADMIN_PASSWORD, "Temporary-pass-1", "Secret-new-pass-9", "Wrong-password-7"]:
            assert secret.encode() not in data, (secret, path)


def test_demo_accounts_sign_in_with_the_administrators_password():
    db = harness.temp_db()
    out = cli(db, "init", "--demo").stdout
    assert "XTGLY" in out, out
    codes = {role: code_of(db, role) for role in ["frontline", "supervisor", "serviceDepartment", "chair",
                                                  "assistantSupervisor"]}
    accounts = json.loads(cli(db, "account", "list", "--json", user="XTGLY").stdout)
    assert len(accounts) >= 29 and all(a["hasAccount"] and not a["mustChangePassword"] for a in accounts), accounts
    for role, code in codes.items():
        listed = json.loads(cli(db, "worker", "list", "--json", user=code).stdout)
        assert len(listed) == len(accounts), (role, listed)
        audit = cli(db, "audit", "list", "--limit", "1", user=code, check=False)
        assert (audit.returncode == 0) == (role in ("serviceDepartment", "chair")), (role, audit.stderr)
    # A supervisor opens work for the frontline workers down the chain, not for a colleague's peer.
    frontline = codes["frontline"]
    supervisor = harness.query(db, "SELECT supervisorCode FROM worker WHERE code = ?", frontline)[0][0]
    peer = harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND code <> ? ORDER BY code LIMIT 1",
                         frontline)[0][0]
    issued = cli(db, "code", "next", "--worker", frontline, "--nature", "G", "--town", "茶山", "--sector", "REH",
                 "--date", "2026-03-02", user=supervisor).stdout.strip()
    assert issued == "CS-REH-G01-202603-%s" % frontline, issued
    _fails(cli(db, "code", "next", "--worker", frontline, "--nature", "G", "--town", "茶山", "--sector", "REH",
               "--date", "2026-03-02", user=peer, check=False), "CONF-02")
    # A second `init --demo --if-empty` does nothing and asks nothing; without --if-empty it is refused.
    assert json.loads(cli(db, "init", "--demo", "--if-empty", "--json", password=None).stdout)["demo"] == "none"
    _fails(cli(db, "init", "--demo", password=None, check=False))
    assert cli(db, "audit", "verify", password=None).stdout.startswith("ok")


def test_demo_on_a_database_with_an_administrator_needs_that_administrator():
    db = harness.temp_db()
    admin = init(db)
    _fails(cli(db, "init", "--demo", check=False), "--user")
    assert count(db, "worker") == 1
    answer = json.loads(cli(db, "init", "--demo", "--json", "--user", admin).stdout)
    assert answer["demo"] == "created" and answer["demoAccounts"] >= 29 and "administrator" not in answer, answer
    assert cli(db, "worker", "list", user=code_of(db, "chair")).returncode == 0
