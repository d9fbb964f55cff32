"""CLI: `zhongai supervision add|list|confirm|compliance --month YYYY-MM --json` (SUP-01..06, ROLE-02) on the example
centre: a group session counted for each member, confirmed and disputed by its supervisees, refused when it is in
the future or names nobody, and a supervisee outside the chain accepted only with a reason."""
import datetime
import json
import shutil

import harness


def _assistant_with_two(db):
    for (assistant,) in harness.query(db, "SELECT code FROM worker WHERE role = 'assistantSupervisor' ORDER BY code"):
        workers = [c for (c,) in harness.query(db, "SELECT code FROM worker WHERE supervisorCode = ? "
                                                   "AND role = 'frontline' ORDER BY code LIMIT 2", assistant)]
        if len(workers) == 2:
            return assistant, workers
    raise AssertionError("no assistant supervisor with two frontline workers")


def _cli(db, *args, user, check=True):
    return harness.cli(db, *args, "--user", user, check=check)


def test_SUP02_supervision_cli_counts_a_group_for_each_member_and_records_answers():
    db, _ = harness.init_db(demo=True)
    try:
        assistant, (one, two) = _assistant_with_two(db)
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
        month = today.strftime("%Y-%m")
        base = ["supervision", "add", "--type", "实务能力督导", "--start", "14:00", "--minutes", "90"]

        future = _cli(db, *base, "--on", str(today + datetime.timedelta(days=1)), "--supervisee", one,
                      user=assistant, check=False)
        assert future.returncode != 0 and "SUP-05" in future.stderr, future.stderr
        nobody = _cli(db, *base, "--group", "--on", str(today), user=assistant, check=False)
        assert nobody.returncode != 0 and "SUP-05" in nobody.stderr, nobody.stderr
        outsider = harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND supervisorCode <> ? "
                                     "ORDER BY code LIMIT 1", assistant)[0][0]
        cross = _cli(db, *base, "--on", str(today), "--supervisee", outsider, user=assistant, check=False)
        assert cross.returncode != 0 and "SUP-05" in cross.stderr, cross.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM supervisionSession") == [(0,)], "nothing written"

        added = json.loads(_cli(db, *base, "--group", "--on", str(today), "--supervisee", one, "--supervisee", two,
                                "--topic", "预估方法", "--follow-up", "交报告@%s" % (today + datetime.timedelta(days=7)),
                                "--json", user=assistant).stdout)
        session = added["id"]
        assert [p["response"] for p in added["participants"]] == ["pending", "pending"]

        waiting = json.loads(_cli(db, "supervision", "list", "--waiting", "--json", user=one).stdout)
        assert [s["id"] for s in waiting] == [session]
        assert _cli(db, "supervision", "confirm", session, user=one).stdout.strip() == "confirmed"
        assert _cli(db, "supervision", "confirm", session, "--dispute", "时长不对", user=two).stdout.strip() == "disputed"
        again = _cli(db, "supervision", "confirm", session, user=one, check=False)
        assert again.returncode != 0, "an answer is given once"

        grid = json.loads(_cli(db, "supervision", "compliance", "--month", month, "--json", user=assistant).stdout)
        mine = {e["superviseeCode"]: e for e in grid if e["supervisorCode"] == assistant}
        assert mine[one]["held"] == 1 and mine[two]["held"] == 1, mine
        assert mine[one]["required"] == 2 and mine[one]["rule"] == "SUP-04", mine[one]

        counts = json.loads(_cli(db, "supervision", "indicators", "--year", str(today.year), "--json",
                                 user=assistant).stdout)
        assert {c["workerCode"]: c["supervisionCount"] for c in counts}[one] == 1
        _cli(db, "supervision", "ratios", user=one)
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)
