"""CLI: `zhongai selection round|nominate|publish|score|rank|promote|export` (SEL-01..04, ROLE-02) on the example
centre: an ineligible nominee refused with the failed condition and nothing written, the written pass mark, the
panel, bonus caps, the ranked table with every total explained, and the .xlsx export."""
import json
import os
import shutil
import subprocess

import harness
from test_consent_cli import cli, demo_db, days_ago


def count(db, table):
    return harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]


def nominate(db, hr, round_id, worker, days="250"):
    return cli(db, "selection", "nominate", round_id, "--worker", worker, "--education", "bachelor",
               "--field", "socialWork", "--qualification", "assistantSocialWorker", "--continuing-education",
               "--registered-until", "2099-12-31", "--year", "%s:%s:0:competent" % (int(days_ago(0)[:4]) - 1, days),
               "--json", user=hr, check=False)


def test_SEL01_SEL02_SEL03_a_round_from_nomination_to_the_explained_ranking():
    db = demo_db()
    try:
        _run_a_round(db)
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def _run_a_round(db):
    hr = harness.worker_code(db, "adminHR")
    chair = harness.worker_code(db, "chair")
    sd = harness.worker_code(db, "serviceDepartment")
    frontline = [r[0] for r in harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND isActive = 1 "
                                                 "ORDER BY code LIMIT 3")]
    # A frontline worker runs no round.
    refused = cli(db, "selection", "round", "--title", "x", "--target", "督导助理", "--panel", chair,
                  user=frontline[0], check=False)
    assert refused.returncode != 0 and count(db, "selectionRound") == 0, refused.stderr
    round_id = cli(db, "selection", "round", "--title", "2026年督导助理选拔", "--target", "督导助理",
                   "--opened-on", days_ago(30), "--panel", chair, "--panel", sd, user=hr).stdout.strip()

    # SEL-01: 200 days a year is not enough: refused, naming the condition and its clause, nothing written.
    short = nominate(db, hr, round_id, frontline[0], days="200")
    assert short.returncode != 0 and "SEL-01" in short.stderr and "第三章 一(二)3" in short.stderr, short.stderr
    assert count(db, "selectionNomination") == 0
    first = json.loads(nominate(db, hr, round_id, frontline[0]).stdout)
    assert first["route"] == "regular" and all(c["passed"] == "yes" for c in first["conditions"]), first
    second = json.loads(nominate(db, hr, round_id, frontline[1]).stdout)["id"]
    third = json.loads(nominate(db, hr, round_id, frontline[2]).stdout)["id"]
    cli(db, "selection", "publish", round_id, "--candidates", "--on", days_ago(29), user=hr)

    # SEL-02: over 100 refused; 59.5 fails and gets no interview; 60 passes; only the panel scores.
    over = cli(db, "selection", "score", str(first["id"]), "--written", "100.5", user=hr, check=False)
    assert over.returncode != 0
    cli(db, "selection", "score", str(first["id"]), "--written", "80", user=hr)
    cli(db, "selection", "score", str(second), "--written", "59.5", user=hr)
    cli(db, "selection", "score", str(third), "--written", "60", user=hr)
    off_panel = cli(db, "selection", "score", str(first["id"]), "--interviewer", hr, "--interview", "90", user=hr,
                    check=False)
    assert off_panel.returncode != 0 and "SEL-02" in off_panel.stderr, off_panel.stderr
    no_interview = cli(db, "selection", "score", str(second), "--interviewer", chair, "--interview", "90", user=hr,
                       check=False)
    assert no_interview.returncode != 0 and count(db, "selectionInterviewScore") == 0
    for nomination, score in ((first["id"], "70"), (third, "90")):
        for member in (chair, sd):
            cli(db, "selection", "score", str(nomination), "--interviewer", member, "--interview", score, user=hr)
    # SEL-03: no evidence, refused; four excellent appraisals come to the sub-item's cap of 15.
    bare = cli(db, "selection", "score", str(first["id"]), "--bonus", "doctorate", "--subject", "博士", user=hr,
               check=False)
    assert bare.returncode != 0 and "SEL-03" in bare.stderr and count(db, "selectionBonusItem") == 0
    for year in ("2022", "2023", "2024", "2025"):
        cli(db, "selection", "score", str(first["id"]), "--bonus", "excellentAppraisal", "--subject", year,
            "--evidence", "年度考核表", user=hr)

    ranking = json.loads(cli(db, "selection", "rank", round_id, "--json", user=chair).stdout)
    assert [r["nomination"] for r in ranking] == [first["id"], third, second], ranking
    top = ranking[0]
    assert top["total"] == "60" and top["place"] == "1", top  # 24 + 21 + 15
    assert any("15" in line for line in top["explanation"]), top["explanation"]
    assert ranking[1]["total"] == "45" and ranking[2].get("total") is None and ranking[2]["status"] == "failedWrittenTest"

    path = os.path.join(os.path.dirname(db), "selection.xlsx")
    cli(db, "selection", "export", round_id, "--xlsx", path, user=hr)
    strings = subprocess.run(["unzip", "-p", path, "xl/sharedStrings.xml"], capture_output=True,
                             text=True).stdout
    assert "2026年督导助理选拔" in strings, strings[:200]
    exports = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'export' AND recordKind = "
                                "'selectionRound' AND actorCode = ?", hr)[0][0]
    assert exports == 1
