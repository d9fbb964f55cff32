"""CLI: `zhongai case open|show|list|request|pending|approve|reject|record|close` (CASE-01..04, CASE-12, CASE-13,
ARC-01) on the example centre: the archive code printed at opening, masked lists, refusals that name the rule and
change nothing, and a closing that takes effect only on the supervisor's approval."""
import json

import harness
from test_consent_cli import BIN, cli, demo_db, two_chains, supervisor_of, days_ago, _fails  # noqa: F401


def count(db, table):
    return harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]


def new_client(db, worker, name="王小明", phone="13812341234"):
    return cli(db, "client", "add", "--name", name, "--category", "elderly", "--birth-date", "1950-05-01",
               "--phone", phone, user=worker).stdout.strip()


def test_ARC01_CASE02_CASE04_CASE12_a_case_from_opening_to_approved_closure():
    db = demo_db()
    worker, other = two_chains(db)
    supervisor = supervisor_of(db, worker)
    client = new_client(db, worker)
    code = cli(db, "case", "open", "--client-id", client, user=worker).stdout.strip()
    assert code.split("-")[2] == "C01" and code.endswith("-" + worker), code
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", code)[0][0]
    listed = json.loads(cli(db, "case", "list", "--json", user=worker).stdout)
    assert [(c["code"], c["clientName"], c["stage"]) for c in listed] == [(code, "王*明", "intake")], listed
    assert json.loads(cli(db, "case", "list", "--json", user=other).stdout) == []
    # Stages move one at a time, once their content is there (the intake first).
    _fails(cli(db, "case", "request", case_id, "--to", "planning", user=worker, check=False), "CASE-01")
    _fails(cli(db, "case", "request", case_id, "--to", "assessment", user=worker, check=False), "CASE-13")
    # No service before consent (CASE-04).
    record = ["case", "record", case_id, "--minutes", "45", "--place", "家中", "--method", "homeVisit",
              "--content", "首次家访"]
    _fails(cli(db, *record, user=worker, check=False), "CASE-04")
    assert count(db, "serviceRecord") == 0
    cli(db, "consent", "add", "--client-id", client, "--client-name", "王小明", "--birth-date", "1950-05-01",
        "--given-on", days_ago(0), "--service", "--recorded-as", "signed-form", user=worker)
    cli(db, *record, user=worker)
    assert count(db, "serviceRecord") == 1
    # Closing needs a reason (CASE-12) and the supervisor's approval (CASE-03).
    _fails(cli(db, "case", "close", case_id, user=worker, check=False), "CASE-12")
    assert count(db, "approvalRequest") == 0
    request = cli(db, "case", "close", case_id, "--reason", "clientRefusesService", user=worker).stdout.strip()
    shown = json.loads(cli(db, "case", "show", case_id, "--json", user=worker).stdout)
    assert shown["state"] == "open" and shown["approvals"][0].get("outcome") is None, shown
    assert [d["document"] for d in shown["archive"]][0] == "consentForm" and len(shown["archive"]) == 9
    waiting = json.loads(cli(db, "case", "pending", "--json", user=supervisor).stdout)
    assert [w["request"] for w in waiting] == [request] and waiting[0]["clientName"] == "王*明", waiting
    _fails(cli(db, "case", "approve", request, user=other, check=False))
    _fails(cli(db, "case", "reject", request, user=supervisor, check=False), "CASE-02")  # a rejection says why
    decided = json.loads(cli(db, "case", "approve", request, "--comment", "同意", "--json", user=supervisor).stdout)
    assert decided["outcome"] == "approved" and decided["decidedBy"] == supervisor, decided
    shown = json.loads(cli(db, "case", "show", case_id, "--json", user=worker).stdout)
    assert (shown["state"], shown["closingReason"], shown["closedOn"]) == \
        ("closed", "clientRefusesService", days_ago(0)), shown
    assert cli(db, "audit", "verify").stdout.startswith("ok")


def test_CASE02_nobody_approves_their_own_case():
    db = demo_db()
    worker, _ = two_chains(db)
    supervisor = supervisor_of(db, worker)
    client = new_client(db, supervisor, name="李华", phone="13912345678")
    # A supervisor's own case (if their post has a service point) is approved only above them.
    opened = cli(db, "case", "open", "--client-id", client, user=supervisor, check=False)
    if opened.returncode != 0:
        _fails(opened, "ARC-01")
        return
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", opened.stdout.strip())[0][0]
    request = cli(db, "case", "close", case_id, "--reason", "workerLeftOrOther", user=supervisor).stdout.strip()
    _fails(cli(db, "case", "approve", request, user=supervisor, check=False), "CASE-02")
    assert harness.query(db, "SELECT state FROM caseFile WHERE id = ?", case_id) == [("open",)]


def test_INTAKE03_CASE02_an_intake_opens_the_case_and_the_supervisor_moves_it_to_assessment():
    db = demo_db()
    worker, _ = two_chains(db)
    supervisor = supervisor_of(db, worker)
    client = new_client(db, worker, name="陈美玲", phone="13700001111")
    # INTAKE-03: accepting a client needs the preliminary agreement.
    _fails(cli(db, "case", "intake", "--client-id", client, "--reason", "独居，行动不便", "--problem", "生活照顾不足",
               user=worker, check=False), "INTAKE-03")
    assert count(db, "intake") == 0 and count(db, "caseFile") == 0
    code = cli(db, "case", "intake", "--client-id", client, "--reason", "独居，行动不便", "--problem", "生活照顾不足",
               "--roles", "每周探访一次", "--duration", "三个月", user=worker).stdout.strip()
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", code)[0][0]
    assert count(db, "intake") == 1
    request = cli(db, "case", "request", case_id, "--to", "assessment", user=worker).stdout.strip()
    assert harness.query(db, "SELECT stage FROM caseFile") == [("intake",)], "a request alone moves nothing"
    cli(db, "case", "approve", request, user=supervisor)
    assert harness.query(db, "SELECT stage FROM caseFile") == [("assessment",)]
    found = json.loads(cli(db, "case", "list", "--search", "美", "--json", user=supervisor).stdout)
    assert [c["code"] for c in found] == [code], "a one-character search finds the client's name"
