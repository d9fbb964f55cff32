"""CLI: `zhongai client add|find|show|merge` (INTAKE-01, CASE-04, CONF-02), signed in with --user on the example
centre: a resident ID checked by its check digit, guardians for minors, duplicates caught, lists masked and scoped,
every read logged, and a merge that moves the consents to the record kept."""
import datetime
import json

import harness
from test_consent_cli import _fails, cli, demo_db, supervisor_of, two_chains

# 441900198005061231 is a valid resident ID (check digit 1); ...1232 is the same number mistyped.
ID_NUMBER = "441900198005061231"


def add_client(db, user, *extra, name="王小明", phone="13812341234"):
    """Enters an adult client in the elderly category; returns the printed id."""
    result = cli(db, "client", "add", "--name", name, "--category", "elderly", "--phone", phone, *extra, user=user)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].strip(), result.stdout
    return lines[0].strip()


def count_clients(db):
    return harness.query(db, "SELECT COUNT(*) FROM client")[0][0]


def test_INTAKE01_a_worker_enters_a_client_finds_them_masked_and_reads_them_in_full():
    db = demo_db()
    worker, other = two_chains(db)
    client = add_client(db, worker, "--id-number", ID_NUMBER, "--gender", "male", "--address", "东莞市茶山镇南社村12号",
                        "--member", "王大明:儿子:2005", "--note", "独居")
    full = json.loads(cli(db, "client", "show", client, "--json", user=worker).stdout)
    assert (full["name"], full["phone"], full["idNumber"], full["birthDate"]) == \
        ("王小明", "13812341234", ID_NUMBER, "1980-05-06"), full
    assert full["household"] == [{"name": "王大明", "relationship": "儿子", "birthYear": 2005, "note": ""}], full
    assert full["holderCode"] == worker and full["categoryCode"] == "elderly", full
    for text in ("小明", "1234", "138-1234-1234", ID_NUMBER):
        found = json.loads(cli(db, "client", "find", text, "--json", user=worker).stdout)
        assert [(c["id"], c["name"], c["phone"]) for c in found] == [(client, "王*明", "138****1234")], (text, found)
    line = cli(db, "client", "find", "王", user=worker).stdout.splitlines()
    assert line == ["\t".join([client, "王*明", "138****1234", "elderly", "1980", worker])], line
    # The supervisor finds them; the other chain's worker neither finds nor reads them, and the attempt is logged.
    assert len(json.loads(cli(db, "client", "find", "王", "--json", user=supervisor_of(db, worker)).stdout)) == 1
    assert json.loads(cli(db, "client", "find", "王", "--json", user=other).stdout) == []
    _fails(cli(db, "client", "show", client, user=other, check=False), "CONF-02")
    actions = harness.query(db, "SELECT actorCode, action FROM auditEntry WHERE recordID = ? ORDER BY sequence", client)
    assert actions == [(worker, "create"), (worker, "view"), (other, "accessDenied")], actions


def test_bad_input_is_refused_naming_the_field_and_rule_with_nothing_written():
    db = demo_db()
    worker, _ = two_chains(db)
    _fails(cli(db, "client", "add", "--name", "王小明", "--category", "elderly", "--id-number", "441900198005061232",
               user=worker, check=False), "441900198005061232")
    _fails(cli(db, "client", "add", "--name", "王小明", "--category", "astronaut", user=worker, check=False),
           "INTAKE-01")
    minor = str(datetime.date.today().replace(year=datetime.date.today().year - 10))
    _fails(cli(db, "client", "add", "--name", "陈小宝", "--category", "youth", "--birth-date", minor, user=worker,
               check=False), "CASE-04")
    assert count_clients(db) == 0
    add_client(db, worker, "--birth-date", minor, "--guardian", "陈大文", "--relationship", "父亲", name="陈小宝")
    assert count_clients(db) == 1


def test_duplicates_are_caught_and_a_merge_keeps_every_link():
    db = demo_db()
    worker, _ = two_chains(db)
    kept = add_client(db, worker, "--id-number", ID_NUMBER)
    # The same ID number: the same person, never entered twice.
    _fails(cli(db, "client", "add", "--name", "王晓明", "--category", "elderly", "--id-number", ID_NUMBER,
               "--allow-duplicate", user=worker, check=False), kept)
    # The same name and phone: asked first, entered with --allow-duplicate.
    _fails(cli(db, "client", "add", "--name", "王小明", "--category", "elderly", "--phone", "13812341234",
               user=worker, check=False), "--allow-duplicate")
    assert count_clients(db) == 1
    absorbed = add_client(db, worker, "--allow-duplicate")
    consent = cli(db, "consent", "add", "--client-id", absorbed, "--client-name", "王小明", "--birth-date", "1980-05-06",
                  "--given-on", str(datetime.date.today() - datetime.timedelta(days=1)), "--service",
                  "--recorded-as", "written", user=worker).stdout.strip()
    merged = json.loads(cli(db, "client", "merge", "--keep", kept, "--absorb", absorbed, "--json", user=worker).stdout)
    assert merged["id"] == kept, merged
    assert harness.query(db, "SELECT clientID FROM consent WHERE id = ?", consent) == [(kept,)]
    assert json.loads(cli(db, "client", "show", absorbed, "--json", user=worker).stdout)["mergedInto"] == kept
    assert [c["id"] for c in json.loads(cli(db, "client", "find", "王小明", "--json", user=worker).stdout)] == [kept]
    _fails(cli(db, "client", "merge", "--keep", kept, "--absorb", absorbed, user=worker, check=False))
