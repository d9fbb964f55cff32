"""CLI: `zhongai consent add|list|show|withdraw|covers` (CASE-04, CONF-01, CONF-02), signed in with --user on the
example centre: who sees which consent, masked in lists and in full on the record, every read and denial in the
audit log, guardians for minors, and withdrawal ending what a consent covers."""
import datetime
import json
import os
import subprocess

import harness

# ZHONGAI_BIN runs these tests against another build (e.g. a separate scratch path).
BIN = harness.BIN

SUPERVISING_ROLES = ("assistantSupervisor", "traineeSupervisor", "supervisor")


def cli(db, *args, user=None, check=True, password=harness.PASSWORD):
    """Runs a zhongai subcommand on `db`, signed in as `user` (password in ZHONGAI_PASSWORD, no terminal)."""
    env = {k: v for k, v in os.environ.items() if k not in ("ZHONGAI_PASSWORD", "ZHONGAI_NEW_PASSWORD")}
    env["ZHONGAI_PASSWORD"] = password
    command = [BIN, *args, "--db", db] + (["--user", user] if user else [])
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, start_new_session=True)
    if check and result.returncode != 0:
        raise AssertionError("zhongai %s failed: %s" % (" ".join(args), result.stderr))
    return result


def demo_db():
    """A new database with the example centre; every account opens with harness.PASSWORD."""
    db = harness.temp_db()
    cli(db, "init", "--demo", "--json")
    return db


def today():
    """Today in China, where the centre works."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


def days_ago(n):
    return str(today() - datetime.timedelta(days=n))


def two_chains(db):
    """Two active frontline workers with different supervisors: (worker, worker in another chain)."""
    rows = harness.query(db, "SELECT code, supervisorCode FROM worker WHERE role = 'frontline' AND isActive = 1 "
                             "AND supervisorCode IS NOT NULL ORDER BY code")
    first = rows[0]
    other = next(code for code, supervisor in rows if supervisor != first[1])
    return first[0], other


def supervisor_of(db, code):
    """The first supervising worker up `code`'s chain (the supervisorCode, then theirs…)."""
    current = code
    while True:
        current = harness.query(db, "SELECT supervisorCode FROM worker WHERE code = ?", current)[0][0]
        assert current is not None, "no supervising worker above %s" % code
        if harness.query(db, "SELECT role FROM worker WHERE code = ?", current)[0][0] in SUPERVISING_ROLES:
            return current


def add_consent(db, user, *extra, client="C-0001"):
    """Records the consent of an adult client 王小明 who receives service; returns its id."""
    result = cli(db, "consent", "add", "--client-id", client, "--client-name", "王小明", "--birth-date", "1980-05-01",
                 "--phone", "13812341234", "--id-number", "441900198005011234",
                 "--address", "广东省东莞市茶山镇南社村南社路12号", "--given-on", days_ago(30), "--service",
                 "--recorded-as", "signed-form", "--document", "同意书-0001.pdf", *extra, user=user)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].strip(), result.stdout
    return lines[0].strip()


def audit_rows(db, record_id):
    return harness.query(db, "SELECT actorCode, action, recordKind, recordID FROM auditEntry WHERE recordID = ? "
                             "ORDER BY sequence", record_id)


def count_consents(db):
    return harness.query(db, "SELECT COUNT(*) FROM consent")[0][0]


def _fails(result, *words):
    assert result.returncode != 0, result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, (word, message)


def test_CASE04_CONF01_frontline_worker_records_a_consent_and_reads_it_back():
    db = demo_db()
    worker, _ = two_chains(db)
    consent = add_consent(db, worker, "--share", "东莞市残疾人联合会", "--share", " 东莞市残疾人联合会 ",
                          "--note", "在家访时签署")
    assert audit_rows(db, consent) == [(worker, "create", "consent", consent)]
    # The holder's own list: masked, and the adding itself is not a view.
    listed = json.loads(cli(db, "consent", "list", "--json", user=worker).stdout)
    assert [c["id"] for c in listed] == [consent], listed
    row = listed[0]
    assert (row["clientName"], row["clientPhone"], row["clientIDNumber"], row["clientAddress"]) == \
        ("王*明", "138****1234", "4419**********1234", "茶山镇****"), row
    assert row["sharingAgencies"] == ["东莞市残疾人联合会"] and row["receivingService"], row
    assert row["recordedAs"] == "signed-form" and row["holderCode"] == worker and "withdrawnOn" not in row, row
    text = cli(db, "consent", "list", "--client-id", "C-0001", user=worker).stdout.splitlines()
    assert len(text) == 1 and text[0].startswith(consent + "\tC-0001\t王*明\t138****1234\t"), text
    assert "13812341234" not in text[0] and "王小明" not in text[0], text
    assert cli(db, "consent", "list", "--client-id", "C-9999", user=worker).stdout == ""
    # The record itself, in full.
    full = json.loads(cli(db, "consent", "show", consent, "--json", user=worker).stdout)
    assert (full["clientName"], full["clientPhone"], full["clientIDNumber"], full["clientBirthDate"]) == \
        ("王小明", "13812341234", "441900198005011234", "1980-05-01"), full
    assert full["givenBy"] == "client" and full["note"] == "在家访时签署" and full["recordedBy"] == worker, full
    assert full["documentReference"] == "同意书-0001.pdf" and full["givenOn"] == days_ago(30), full
    shown = cli(db, "consent", "show", consent, user=worker).stdout
    assert "王小明" in shown and "13812341234" in shown, shown
    assert audit_rows(db, consent)[1:] == [(worker, "view", "consent", consent)] * 2
    # --json of add prints the masked summary with the id.
    second = json.loads(cli(db, "consent", "add", "--json", "--client-id", "C-0002", "--client-name", "李华",
                            "--birth-date", "1990-01-01", "--given-on", days_ago(1), "--share", "东莞市民政局",
                            "--recorded-as", "oral", user=worker).stdout)
    assert second["clientName"] == "李*" and second["recordedAs"] == "oral" and not second["receivingService"], second
    assert audit_rows(db, second["id"]) == [(worker, "create", "consent", second["id"])]


def test_CONF02_a_worker_in_another_chain_sees_none_of_it_and_a_guessed_id_is_refused_and_logged():
    db = demo_db()
    worker, other = two_chains(db)
    consent = add_consent(db, worker)
    # The other chain's worker, and the assistant supervisor of that chain, see nothing: not even a count.
    assert json.loads(cli(db, "consent", "list", "--json", user=other).stdout) == []
    assert cli(db, "consent", "list", user=other).stdout == ""
    assert json.loads(cli(db, "consent", "list", "--json", "--client-id", "C-0001", user=other).stdout) == []
    other_supervisor = supervisor_of(db, other)
    assert other_supervisor != supervisor_of(db, worker)
    assert json.loads(cli(db, "consent", "list", "--json", user=other_supervisor).stdout) == []
    # Guessing the id: refused, one line, the same as for an id that does not exist, and logged.
    before = audit_rows(db, consent)
    refused = cli(db, "consent", "show", consent, user=other, check=False)
    _fails(refused, "CONF-02")
    assert "王小明" not in refused.stderr and "13812341234" not in refused.stdout + refused.stderr
    missing = cli(db, "consent", "show", "no-such-consent", user=other, check=False)
    _fails(missing, "CONF-02")
    assert refused.stderr.replace(consent, "ID") == missing.stderr.replace("no-such-consent", "ID"), \
        (refused.stderr, missing.stderr)
    assert audit_rows(db, consent) == before + [(other, "accessDenied", "consent", consent)]
    # Nor may they withdraw it, or check what it covers.
    _fails(cli(db, "consent", "withdraw", consent, "--on", days_ago(1), "--reason", "试探", user=other, check=False),
           "CONF-02")
    _fails(cli(db, "consent", "covers", "--client-id", "C-0001", "--purpose", "service", user=other, check=False),
           "CONF-02")
    assert [r[:2] for r in audit_rows(db, consent)[len(before):]] == [(other, "accessDenied")] * 3
    assert harness.query(db, "SELECT withdrawnOn FROM consent WHERE id = ?", consent) == [(None,)]


def test_CONF02_the_workers_supervisor_lists_it_masked_and_show_gives_full_values_logged_as_view():
    db = demo_db()
    worker, _ = two_chains(db)
    consent = add_consent(db, worker)
    supervisor = supervisor_of(db, worker)
    listed = json.loads(cli(db, "consent", "list", "--json", user=supervisor).stdout)
    assert [c["id"] for c in listed] == [consent], listed
    assert (listed[0]["clientName"], listed[0]["clientPhone"], listed[0]["holderCode"]) == \
        ("王*明", "138****1234", worker), listed
    assert audit_rows(db, consent) == [(worker, "create", "consent", consent)], "a list is no view of the record"
    listing = harness.query(db, "SELECT detail FROM auditEntry WHERE actorCode = ? AND action = 'list'", supervisor)
    assert listing == [("consent: 1 shown",)], listing
    full = json.loads(cli(db, "consent", "show", consent, "--json", user=supervisor).stdout)
    assert (full["clientName"], full["clientPhone"], full["clientAddress"]) == \
        ("王小明", "13812341234", "广东省东莞市茶山镇南社村南社路12号"), full
    assert audit_rows(db, consent)[-1] == (supervisor, "view", "consent", consent)
    # Reading it to export or print is logged as such.
    cli(db, "consent", "show", consent, "--for", "export", user=supervisor)
    cli(db, "consent", "show", consent, "--for", "print", user=supervisor)
    assert [r[1] for r in audit_rows(db, consent)[-2:]] == ["export", "print"]
    _fails(cli(db, "consent", "show", consent, "--for", "edit", user=supervisor, check=False))
    assert len(audit_rows(db, consent)) == 4


def test_CASE04_a_minor_without_a_guardian_is_refused_and_with_one_is_recorded():
    db = demo_db()
    worker, _ = two_chains(db)
    minor_born = str(today().replace(year=today().year - 10))
    common = ["consent", "add", "--client-id", "C-0100", "--client-name", "陈小宝", "--given-on", days_ago(0),
              "--service", "--recorded-as", "written"]
    _fails(cli(db, *common, "--birth-date", minor_born, user=worker, check=False), "CASE-04")
    _fails(cli(db, *common, "--lacks-capacity", "--birth-date", "1970-01-01", user=worker, check=False), "CASE-04")
    _fails(cli(db, *common, user=worker, check=False), "CASE-04")  # signing personally needs the birth date
    _fails(cli(db, *common, "--birth-date", minor_born, "--guardian", "陈大文", user=worker, check=False))
    _fails(cli(db, *common, "--birth-date", minor_born, "--relationship", "父亲", user=worker, check=False))
    assert count_consents(db) == 0
    assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'create'") == [(0,)]
    consent = cli(db, *common, "--birth-date", minor_born, "--guardian", "陈大文", "--relationship", "父亲",
                  user=worker).stdout.strip()
    listed = json.loads(cli(db, "consent", "list", "--json", user=worker).stdout)
    assert [(c["id"], c["givenByGuardian"], c["guardianName"]) for c in listed] == [(consent, True, "陈*文")], listed
    full = json.loads(cli(db, "consent", "show", consent, "--json", user=worker).stdout)
    assert (full["givenBy"], full["guardianName"], full["guardianRelationship"]) == ("guardian", "陈大文", "父亲"), full


def test_CASE04_CONF01_withdrawal_makes_covers_answer_no_from_that_date():
    db = demo_db()
    worker, _ = two_chains(db)
    consent = add_consent(db, worker, "--share", "东莞市残疾人联合会")
    supervisor = supervisor_of(db, worker)

    def covers(purpose, on, user=worker):
        text = cli(db, "consent", "covers", "--client-id", "C-0001", "--purpose", purpose, "--on", on, user=user)
        answer = json.loads(cli(db, "consent", "covers", "--client-id", "C-0001", "--purpose", purpose, "--on", on,
                                "--json", user=user).stdout)
        assert answer == {"covers": text.stdout.strip() == "yes"}, (text.stdout, answer)
        return text.stdout.strip()

    assert covers("service", days_ago(31)) == "no"  # before it was given
    assert covers("service", days_ago(30)) == "yes"
    assert covers("share:东莞市残疾人联合会", days_ago(20)) == "yes"
    assert covers("share:东莞市民政局", days_ago(20)) == "no"  # CONF-01: only the named agencies
    assert cli(db, "consent", "covers", "--client-id", "C-0001", "--purpose", "service", user=worker).stdout == "yes\n"
    assert covers("service", days_ago(5), user=supervisor) == "yes"
    withdrawn = json.loads(cli(db, "consent", "withdraw", consent, "--on", days_ago(10), "--reason", "服务对象搬离东莞",
                               "--json", user=worker).stdout)
    assert withdrawn["id"] == consent and withdrawn["withdrawnOn"] == days_ago(10), withdrawn
    assert covers("service", days_ago(11)) == "yes"
    assert covers("service", days_ago(10)) == "no"
    assert covers("share:东莞市残疾人联合会", days_ago(10)) == "no"
    assert covers("service", days_ago(0)) == "no"
    assert covers("service", days_ago(5), user=supervisor) == "no"
    full = json.loads(cli(db, "consent", "show", consent, "--json", user=worker).stdout)
    assert (full["withdrawnOn"], full["withdrawalReason"], full["withdrawalRecordedBy"]) == \
        (days_ago(10), "服务对象搬离东莞", worker), full
    assert (worker, "withdrawConsent", "consent", consent) in audit_rows(db, consent)
    checks = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'checkConsent'")[0][0]
    assert checks == 21, checks
    # Once withdrawn, it stays withdrawn.
    _fails(cli(db, "consent", "withdraw", consent, "--on", days_ago(1), "--reason", "再次", user=worker, check=False),
           "CASE-04")
    # A client without a consent is not covered either; the answer is no, not an error.
    assert cli(db, "consent", "covers", "--client-id", "C-NONE", "--purpose", "service", user=worker).stdout == "no\n"


def test_consent_refusals_name_the_field_and_change_nothing():
    db = demo_db()
    worker, _ = two_chains(db)
    adult = ["consent", "add", "--client-id", "C-0200", "--client-name", "赵敏", "--birth-date", "1985-03-03",
             "--given-on", days_ago(2)]
    _fails(cli(db, *adult, "--service", "--recorded-as", "fax", user=worker, check=False), "fax")
    _fails(cli(db, *adult, "--recorded-as", "oral", user=worker, check=False), "CASE-04")  # covers nothing
    _fails(cli(db, *adult, "--service", "--recorded-as", "oral", "--share", " ", user=worker, check=False), "CONF-01")
    _fails(cli(db, "consent", "add", "--client-id", "C-0200", "--client-name", "赵敏", "--birth-date", "1985-03-03",
               "--given-on", str(today() + datetime.timedelta(days=1)), "--service", "--recorded-as", "oral",
               user=worker, check=False), str(today() + datetime.timedelta(days=1)))
    _fails(cli(db, *adult, "--service", "--recorded-as", "oral", "--given-on", "2026-02-30", user=worker, check=False),
           "2026-02-30")
    _fails(cli(db, *adult, "--service", "--recorded-as", "oral", "--phone", "12", user=worker, check=False))
    _fails(cli(db, *adult, "--service", "--recorded-as", "oral", "--holder", "NOBODY", user=worker, check=False),
           "NOBODY")
    _fails(cli(db, *adult, "--service", "--recorded-as", "oral", check=False), "--user")
    assert count_consents(db) == 0
    consent = cli(db, *adult, "--service", "--recorded-as", "oral", user=worker).stdout.strip()
    _fails(cli(db, "consent", "covers", "--client-id", "C-0200", "--purpose", "sharing", user=worker, check=False),
           "sharing")
    _fails(cli(db, "consent", "covers", "--client-id", "C-0200", "--purpose", "share:", user=worker, check=False),
           "CONF-01")
    _fails(cli(db, "consent", "withdraw", consent, "--on", days_ago(1), "--reason", " ", user=worker, check=False))
    _fails(cli(db, "consent", "withdraw", consent, "--on", days_ago(3), "--reason", "x", user=worker, check=False),
           days_ago(3))
    assert harness.query(db, "SELECT withdrawnOn FROM consent WHERE id = ?", consent) == [(None,)]
    assert cli(db, "audit", "verify").stdout.startswith("ok")
