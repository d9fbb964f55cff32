"""CLI: `zhongai indicators [--worker|--team|--all]`, `indicators contract` and `indicators convert` (IND-01..04) on
the example centre: records made through the CLI counted in --json, the contract set by the supervisor and never
by the worker, a conversion the contract forbids (or the surplus does not cover) refused with nothing written, and
an allowed one agreed and applied."""
import json

import harness
from test_consent_cli import cli, demo_db, two_chains, supervisor_of, days_ago, today, _fails  # noqa: F401


def count(db, table):
    return harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]


def line(sheet, indicator):
    return next(l for l in sheet["lines"] if l["indicator"] == indicator)


def supervise(db, supervisor, supervisee, day, kind="实务能力督导"):
    cli(db, "supervision", "add", "--type", kind, "--on", day, "--start", "14:00", "--minutes", "60",
        "--supervisee", supervisee, user=supervisor)


def test_IND01_records_made_through_the_cli_are_counted_in_the_sheet():
    db = demo_db()
    worker, other = two_chains(db)
    supervisor = supervisor_of(db, worker)
    year = today().year
    day = str(today())
    clients = [cli(db, "client", "add", "--name", name, "--category", "elderly", "--birth-date", "1950-05-01",
                   "--phone", phone, user=worker).stdout.strip()
               for name, phone in (("王小明", "13812341234"), ("李大文", "13812345678"))]
    code = cli(db, "consultation", "open", "--client-id", clients[0], "--topic", "低保申请", "--date", day,
               "--minutes", "30", "--method", "phone", "--content", "了解低保申请流程", user=worker).stdout.strip()
    consultation = harness.query(db, "SELECT id FROM consultation WHERE code = ?", code)[0][0]
    cli(db, "consultation", "contact", consultation, "--date", day, "--minutes", "20", "--content", "跟进材料",
        user=worker)
    cli(db, "visit", "add", "--client-id", clients[1], "--date", day, "--minutes", "45", "--place", "服务对象家中",
        "--purpose", "节前探访", "--content", "老人精神尚可", user=worker)
    supervise(db, supervisor, worker, day)
    supervise(db, supervisor, worker, day, kind="培训及团建")

    sheet = json.loads(cli(db, "indicators", "--year", str(year), "--json", user=worker).stdout)
    assert (sheet["kind"], sheet["workerCode"], sheet["year"]) == ("worker", worker, year), sheet
    month = today().month - 1
    for indicator, raw in (("filing", 2), ("consultation", 2), ("visit", 1), ("supervision", 1), ("training", 1),
                           ("professionalCase", 0)):
        assert line(sheet, indicator)["raw"] == raw, (indicator, line(sheet, indicator))
        assert line(sheet, indicator)["monthly"][month] == raw, line(sheet, indicator)
    assert line(sheet, "visit")["target"] is not None and line(sheet, "visit")["deficit"] > 0
    assert not sheet["conversionsAllowed"] and sheet["proposedConversions"] == []
    # The supervisor reads it too; a worker of another chain may not; reading is logged.
    assert json.loads(cli(db, "indicators", "--year", str(year), "--worker", worker, "--json",
                          user=supervisor).stdout)["lines"] == sheet["lines"]
    _fails(cli(db, "indicators", "--year", str(year), "--worker", worker, user=other, check=False), "CONF-02")
    assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE actorCode = ? AND action = 'view' "
                             "AND detail LIKE 'indicators %'", supervisor)[0][0] == 1
    text = cli(db, "indicators", "--year", str(year), user=worker).stdout
    assert "建档\t2/" in text, text
    listed = json.loads(cli(db, "indicators", "--year", str(year), "--all", "--json", user=supervisor).stdout)
    assert worker in [s["workerCode"] for s in listed] and other not in [s["workerCode"] for s in listed]
    assert cli(db, "audit", "verify").stdout.startswith("ok")


def test_IND04_a_forbidden_conversion_is_refused_with_nothing_written_and_an_allowed_one_applies():
    db = demo_db()
    worker, other = two_chains(db)
    supervisor = supervisor_of(db, worker)
    admin = harness.worker_code(db, "administrator")
    year = today().year
    # A worker without a post type: no targets, so every count is surplus (a missing target is not 0).
    newcomer = cli(db, "worker", "add", "--name", "邝新人", "--role", "frontline", "--supervisor", supervisor,
                   user=admin).stdout.strip()
    for _ in range(2):
        supervise(db, supervisor, newcomer, str(today()))
    convert = ["indicators", "convert", "--worker", newcomer, "--year", str(year), "--from", "supervision",
               "--to", "training"]

    # Nobody sets their own contract; a frontline worker sets nobody's.
    _fails(cli(db, "indicators", "contract", "--worker", worker, "--year", str(year), "--allow", "A,F",
               user=worker, check=False))
    _fails(cli(db, "indicators", "contract", "--worker", newcomer, "--year", str(year), "--allow", "A,F",
               user=other, check=False))
    assert count(db, "indicatorContract") == 0
    # Without a contract, and with one that allows A only, clause F is refused and nothing is written.
    _fails(cli(db, *convert, "--units", "2", user=supervisor, check=False), "IND-04")
    cli(db, "indicators", "contract", "--worker", newcomer, "--year", str(year), "--allow", "A", "--note", "三方协商",
        user=supervisor)
    before = count(db, "indicatorConversion"), count(db, "indicatorContract")
    _fails(cli(db, *convert, "--units", "2", user=supervisor, check=False), "IND-04")
    assert (count(db, "indicatorConversion"), count(db, "indicatorContract")) == before == (0, 1)

    contract = json.loads(cli(db, "indicators", "contract", "--worker", newcomer, "--year", str(year), "--allow",
                              "a, f", "--json", user=supervisor).stdout)
    assert (contract["allowedClauses"], contract["agreedBy"]) == (["A", "F"], supervisor), contract
    # Not a whole multiple of 2 supervisions = 1 training; more than the surplus: refused, nothing written.
    _fails(cli(db, *convert, "--units", "1", user=supervisor, check=False), "IND-04")
    _fails(cli(db, *convert, "--units", "4", user=supervisor, check=False), "IND-04")
    assert count(db, "indicatorConversion") == 0
    sheet = json.loads(cli(db, *convert, "--units", "2", "--note", "年终折算", "--json", user=supervisor).stdout)
    assert [(c["clause"], c["from"], c["fromUnits"], c["to"], c["toUnits"]) for c in sheet["agreedConversions"]] \
        == [("F", "supervision", 2, "training", 1)], sheet
    assert (line(sheet, "supervision")["raw"], line(sheet, "supervision")["converted"]) == (2, 0)
    assert line(sheet, "training")["converted"] == 1
    assert line(sheet, "training")["target"] is None
    assert harness.query(db, "SELECT agreedBy, note FROM indicatorConversion") == [(supervisor, "年终折算")]
    assert cli(db, "audit", "verify").stdout.startswith("ok")
