"""CLI: every subcommand's output, its --json form, and its refusals (non-zero, one line, nothing written)."""
import json
import subprocess
import threading

import harness


def _fails(result, *words):
    assert result.returncode != 0, result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, (word, message)


def test_initials_of_places_and_surnames():
    db = harness.temp_db()
    assert harness.cli(db, "initials", "茶山", "--place").stdout.strip() == "CS"
    assert harness.cli(db, "initials", "麻涌", "--place").stdout.strip() == "MC"
    assert harness.cli(db, "initials", "曾小华").stdout.strip() == "ZXH"
    assert harness.cli(db, "initials", "John Smith").stdout.strip() == "JS"
    assert json.loads(harness.cli(db, "initials", "单丽娟", "--json").stdout)["initials"] == "SLJ"
    _fails(harness.cli(db, "initials", "  ", check=False), "姓名")


def test_init_worker_add_and_list():
    db = harness.temp_db()
    harness.cli(db, "init")
    assert harness.cli(db, "worker", "add", "--name", "王明", "--role", "督导").stdout.strip() == "WM"
    added = json.loads(harness.cli(db, "worker", "add", "--name", "吴敏", "--role", "frontline",
                                   "--supervisor", "WM", "--json").stdout)
    assert added["code"] == "WUM" and added["supervisorCode"] == "WM", added  # initials collide: told apart
    listed = json.loads(harness.cli(db, "worker", "list", "--json").stdout)
    assert [w["code"] for w in listed] == ["WM", "WUM"], listed


def test_worker_refusals_change_nothing():
    db = harness.temp_db()
    harness.cli(db, "init")
    _fails(harness.cli(db, "worker", "add", "--name", "", "--role", "frontline", check=False), "姓名")
    _fails(harness.cli(db, "worker", "add", "--name", "李四", "--role", "frontline", "--supervisor", "NOPE",
                       check=False), "督导")
    _fails(harness.cli(db, "worker", "add", "--name", "李四", "--role", "boss", check=False), "角色")
    assert harness.query(db, "SELECT COUNT(*) FROM worker") == [(0,)]


def test_towns_add_and_list():
    db = harness.temp_db()
    harness.cli(db, "init")
    towns = {t["name"]: t["code"] for t in json.loads(harness.cli(db, "town", "list", "--json").stdout)}
    assert towns["莞城"] == "GC" and towns["厚街"] != towns["黄江"], towns
    assert harness.cli(db, "town", "add", "--name", "新湾").stdout.strip() == "XW"
    _fails(harness.cli(db, "town", "add", "--name", "新湾", check=False), "新湾")


def test_calendar_with_make_up_days_and_unpublished_years():
    db = harness.temp_db()
    # 2026-02-14 is a Saturday worked in exchange for the Spring Festival (调休).
    assert harness.cli(db, "calendar", "add-workdays", "2026-02-13", "1").stdout.strip() == "2026-02-14"
    assert harness.cli(db, "calendar", "workdays-between", "2026-02-13", "2026-02-24").stdout.strip() == "2"
    late = harness.cli(db, "calendar", "add-workdays", "2026-12-30", "5", "--json")
    answer = json.loads(late.stdout)
    assert answer["assumedWeekendsOnlyYears"] == [2027], answer
    assert harness.cli(db, "calendar", "add-workdays", "2026-12-30", "5").stderr.strip(), "says weekends alone were counted"
    _fails(harness.cli(db, "calendar", "add-workdays", "2026-02-30", "1", check=False), "2026-02-30")
    _fails(harness.cli(db, "calendar", "add-workdays", "2026-02-13", "-1", check=False), "N")


def test_holiday_file_with_a_malformed_line_names_the_line():
    db = harness.temp_db()
    path = db + ".holidays.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-01\noff 2027-01-01 元旦\nholiday 2027-02-01 春节\n")
    _fails(harness.cli(db, "calendar", "add-workdays", "2027-01-01", "1", "--holidays", path, check=False), "3")


def test_archive_codes_count_per_worker_across_sectors():
    db = harness.temp_db()
    harness.cli(db, "init")
    harness.cli(db, "worker", "add", "--name", "王明", "--role", "frontline")
    first = harness.cli(db, "code", "next", "--worker", "WM", "--nature", "C", "--town", "莞城", "--sector", "CAB",
                        "--date", "2026-01-15").stdout.strip()
    second = json.loads(harness.cli(db, "code", "next", "--worker", "WM", "--nature", "C", "--town", "茶山",
                                    "--sector", "REC", "--date", "2026-02-01", "--json").stdout)["code"]
    assert (first, second) == ("GC-CAB-C01-202601-WM", "CS-REC-C02-202602-WM"), (first, second)
    _fails(harness.cli(db, "code", "next", "--worker", "WM", "--nature", "C", "--town", "火星", "--sector", "CAB",
                       "--date", "2026-01-15", check=False), "火星")
    _fails(harness.cli(db, "code", "next", "--worker", "WM", "--nature", "X", "--town", "莞城", "--sector", "CAB",
                       "--date", "2026-01-15", check=False), "ARC-04")
    assert harness.query(db, "SELECT COUNT(*) FROM archiveCode") == [(2,)]


def test_two_processes_writing_at_once_both_land():
    db = harness.temp_db()
    harness.cli(db, "init")
    names = ["甲", "乙"]
    results = {}

    def add_many(prefix):
        codes = []
        for i in range(8):
            result = subprocess.run([harness.BIN, "worker", "add", "--name", "张%s%s" % (prefix, "一二三四五六七八"[i]),
                                     "--role", "frontline", "--db", db], capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, result.stderr
            codes.append(result.stdout.strip())
        results[prefix] = codes

    threads = [threading.Thread(target=add_many, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(len(v) for v in results.values()) == 16, results
    assert harness.query(db, "SELECT COUNT(*) FROM worker") == [(16,)]


def test_policy_values_change_only_when_valid():
    db = harness.temp_db()
    harness.cli(db, "init")
    entries = {e["key"]: e for e in json.loads(harness.cli(db, "policy", "list", "--json").stdout)}
    assert entries["case.second_contact_working_days"]["value"] == 7  # CASE-06
    assert entries["plan.lead_time.block_below_working_days"]["value"] == 5  # C1 default
    harness.cli(db, "policy", "set", "case.second_contact_working_days", "10")
    _fails(harness.cli(db, "policy", "set", "case.second_contact_working_days", "-3", check=False), "-3")
    _fails(harness.cli(db, "policy", "set", "no.such.key", "3", check=False), "no.such.key")
    after = {e["key"]: e for e in json.loads(harness.cli(db, "policy", "list", "--json").stdout)}
    assert after["case.second_contact_working_days"]["value"] == 10


def test_next_years_holidays_are_imported_and_used():
    db = harness.temp_db()
    harness.cli(db, "init")
    path = db + ".2027.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-05\noff 2027-01-01..2027-01-03 元旦\n")
    assert harness.cli(db, "holidays", "import", path).stdout.strip() == "2027"
    answer = json.loads(harness.cli(db, "calendar", "add-workdays", "2026-12-31", "1", "--json").stdout)
    assert answer == {"value": "2027-01-04", "assumedWeekendsOnlyYears": []}, answer
    with open(path, "w", encoding="utf-8") as f:
        f.write("year 2027 国务院办公厅 2026-11-05\noff 2027-02-30 春节\n")
    _fails(harness.cli(db, "holidays", "import", path, check=False), "2")
    years = [y["year"] for y in json.loads(harness.cli(db, "holidays", "list", "--json").stdout)["years"]]
    assert years == [2025, 2026, 2027], years
