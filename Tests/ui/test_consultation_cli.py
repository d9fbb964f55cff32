"""CLI: `zhongai consultation open|contact|list|show` and `zhongai visit add|list|show` (CONS-01, CONS-02, INTAKE-04,
ARC-01) on the example centre: consultations and visits as their own records with archive codes of nature I and V, a
contact beyond the maximum making a case candidate, each visit its own code, a date in the future refused with
nothing written, and lists masked for a supervisor and empty for a worker in another chain."""
import datetime
import json

import harness
from test_consent_cli import cli, demo_db, two_chains, supervisor_of, days_ago, today, _fails  # noqa: F401


def count(db, table):
    return harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]


def new_client(db, worker, name="王小明", phone="13812341234"):
    return cli(db, "client", "add", "--name", name, "--category", "elderly", "--birth-date", "1950-05-01",
               "--phone", phone, user=worker).stdout.strip()


def record_id(db, table, code):
    return harness.query(db, "SELECT id FROM %s WHERE code = ?" % table, code)[0][0]


def test_CONS01_INTAKE04_a_fourth_contact_makes_the_consultation_a_case_candidate():
    db = demo_db()
    worker, other = two_chains(db)
    supervisor = supervisor_of(db, worker)
    client = new_client(db, worker)
    code = cli(db, "consultation", "open", "--client-id", client, "--topic", "低保申请", "--date", days_ago(3),
               "--minutes", "30", "--method", "phone", "--content", "了解低保申请流程", user=worker).stdout.strip()
    assert code.split("-")[2] == "I01" and code.endswith("-" + worker), code
    consultation = record_id(db, "consultation", code)
    for n, day in ((2, 2), (3, 1)):
        printed = cli(db, "consultation", "contact", consultation, "--date", days_ago(day), "--minutes", "20",
                      "--content", "跟进材料准备", user=worker).stdout.strip()
        assert printed == str(n), printed
    printed = cli(db, "consultation", "contact", consultation, "--minutes", "20", "--method", "interview",
                  "--content", "材料齐全，情况复杂", user=worker).stdout.strip()
    assert printed == "4\tcaseCandidate", printed
    shown = json.loads(cli(db, "consultation", "show", consultation, "--json", user=worker).stdout)
    assert (shown["caseCandidate"], shown["caseCandidateOn"], len(shown["contacts"])) == (True, days_ago(0), 4), shown
    # INTAKE-04: contacts written after their day are kept and flagged.
    assert [c["recordedLate"] for c in shown["contacts"]] == [True, True, True, False], shown
    assert harness.query(db, "SELECT action FROM auditEntry WHERE recordID = ? ORDER BY sequence DESC LIMIT 1",
                         consultation) == [("view",)]
    listed = json.loads(cli(db, "consultation", "list", "--json", user=supervisor).stdout)
    assert [(c["code"], c["clientName"], c["contactCount"], c["caseCandidate"], c["hasLateRecords"])
            for c in listed] == [(code, "王*明", 4, True, True)], listed
    assert "低保" not in json.dumps(listed, ensure_ascii=False), "a list shows no topic or content"
    assert json.loads(cli(db, "consultation", "list", "--json", user=other).stdout) == []
    _fails(cli(db, "consultation", "show", consultation, user=other, check=False))
    # A contact before the previous one is refused; nothing is added.
    _fails(cli(db, "consultation", "contact", consultation, "--date", days_ago(5), "--minutes", "20",
               "--content", "补记", user=worker, check=False), "接触日期")
    assert count(db, "consultationContact") == 4
    assert cli(db, "audit", "verify").stdout.startswith("ok")


def test_CONS02_each_visit_has_its_own_V_code_and_lists_are_masked():
    db = demo_db()
    worker, other = two_chains(db)
    supervisor = supervisor_of(db, worker)
    client = new_client(db, worker)
    visit = ["visit", "add", "--client-id", client, "--minutes", "45", "--place", "广东省东莞市茶山镇南社村12号",
             "--purpose", "节前探访", "--content", "老人精神尚可，独居"]
    first = cli(db, *visit, "--date", days_ago(1), user=worker).stdout.strip()
    second = cli(db, *visit, user=worker).stdout.strip()
    assert first.split("-")[2] == "V01" and first.endswith("-" + worker), first
    assert second != first and second.split("-")[2] in ("V01", "V02"), (first, second)
    assert count(db, "visit") == 2
    listed = json.loads(cli(db, "visit", "list", "--client-id", client, "--json", user=supervisor).stdout)
    assert [(v["code"], v["clientName"], v["place"], v["date"]) for v in listed] == \
        [(first, "王*明", "茶山镇****", days_ago(1)), (second, "王*明", "茶山镇****", days_ago(0))], listed
    assert [v["recordedLate"] for v in listed] == [True, False], listed  # INTAKE-04
    assert json.loads(cli(db, "visit", "list", "--json", user=other).stdout) == []
    shown = json.loads(cli(db, "visit", "show", record_id(db, "visit", second), "--json", user=worker).stdout)
    assert (shown["place"], shown["purpose"], shown["clientID"]) == ("广东省东莞市茶山镇南社村12号", "节前探访", client)
    _fails(cli(db, "visit", "show", record_id(db, "visit", second), user=other, check=False))


def test_INTAKE04_a_date_in_the_future_is_refused_naming_the_field_and_nothing_is_written():
    # The messages are in the interface language, Chinese by default: 探访日期 is "Visit date", 接触日期 "Contact date".
    db = demo_db()
    worker, _ = two_chains(db)
    client = new_client(db, worker)
    tomorrow = str(today() + datetime.timedelta(days=1))
    codes = count(db, "archiveCode")
    _fails(cli(db, "visit", "add", "--client-id", client, "--date", tomorrow, "--minutes", "45", "--place", "家中",
               "--purpose", "探访", "--content", "内容", user=worker, check=False), "探访日期", tomorrow)
    _fails(cli(db, "consultation", "open", "--client-id", client, "--topic", "咨询", "--date", tomorrow,
               "--minutes", "30", "--content", "内容", user=worker, check=False), "接触日期", tomorrow)
    _fails(cli(db, "consultation", "open", "--client-id", client, "--topic", "咨询", "--minutes", "30",
               "--method", "fax", "--content", "内容", user=worker, check=False), "方式", "fax")
    assert (count(db, "visit"), count(db, "consultation"), count(db, "archiveCode")) == (0, 0, codes)
