"""CLI: `zhongai programme create|session|plan|submit-plan|approve-plan|register|feedback|report|review-report|
archive-item|archive|show|list|deadlines --json` on the example centre, from creation to archive (GRP-01..08, C1,
C2, IND-02), with the refusals on the way. The days after the sessions are reached by moving the programme's dates
back in the database file, as if seven weeks had passed."""
import datetime
import json

import harness


def _cli(db, *args, user, check=True):
    return harness.cli(db, *args, "--user", user, check=check)


def _holder_and_supervisor(db):
    return harness.query(db, "SELECT w.code, w.supervisorCode FROM worker w JOIN worker s ON s.code = w.supervisorCode "
                             "WHERE w.role = 'frontline' AND w.servicePointID IS NOT NULL AND w.isActive = 1 "
                             "AND s.role IN ('assistantSupervisor', 'traineeSupervisor', 'supervisor') "
                             "ORDER BY w.code LIMIT 1")[0]


def test_GRP01_programme_cli_runs_a_group_from_plan_to_archive():
    db, _ = harness.init_db(demo=True)
    holder, supervisor = _holder_and_supervisor(db)
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    start = today + datetime.timedelta(days=21)
    end = start + datetime.timedelta(days=7)

    early = _cli(db, "programme", "create", "--kind", "therapeuticGroup", "--title", "情绪管理小组",
                 "--starts", str(start), "--ends", str(end), "--registration-opens", str(start - datetime.timedelta(days=10)),
                 "--registration-closes", str(start), user=holder, check=False)
    assert early.returncode != 0 and "GRP-03" in early.stderr, early.stderr
    assert harness.query(db, "SELECT COUNT(*) FROM programme") == [(0,)], "nothing written"

    created = json.loads(_cli(db, "programme", "create", "--kind", "therapeuticGroup", "--title", "情绪管理小组",
                              "--starts", str(start), "--ends", str(end), "--registration-opens", str(today),
                              "--registration-closes", str(start - datetime.timedelta(days=1)), "--json",
                              user=holder).stdout)
    pid = created["id"]
    assert "-G" in created["code"] and created["code"].endswith("-" + holder), created["code"]
    assert created["stage"] == "planning"
    for day in (start, end):
        _cli(db, "programme", "session", pid, "--on", str(day), "--start", "14:30", "--minutes", "90",
             "--venue", "社区服务中心活动室", user=holder)

    early_register = _cli(db, "programme", "register", pid, "--name", "陈小红", user=holder, check=False)
    assert early_register.returncode != 0 and "GRP-02" in early_register.stderr, early_register.stderr
    _cli(db, "programme", "plan", pid, "--aims", "学习情绪管理方法", "--target", "社区青少年 8 人",
         "--item", "第一节: 相识与契约", "--item", "第二节: 认识情绪", "--budget", "物资=120.50", "--budget", "茶点=80",
         user=holder)
    assert _cli(db, "programme", "submit-plan", pid, user=holder).stdout.strip() == "submitted"
    own = _cli(db, "programme", "approve-plan", pid, user=holder, check=False)
    assert own.returncode != 0, "the holder never approves"
    approved = json.loads(_cli(db, "programme", "approve-plan", pid, "--json", user=supervisor).stdout)
    assert approved["event"] == "approved" and approved["warning"] == "", approved

    members = [_cli(db, "programme", "register", pid, "--name", name, "--phone", phone, "--gender", "female",
                    "--age-group", "youth", user=holder).stdout.strip()
               for name, phone in (("陈小红", "13800001111"), ("李小明", "13800002222"))]
    twice = _cli(db, "programme", "register", pid, "--name", "陈晓红", "--phone", "13800001111", user=holder,
                 check=False)
    assert twice.returncode != 0 and ("Phone" in twice.stderr or "电话" in twice.stderr), twice.stderr
    too_soon = _cli(db, "programme", "feedback", pid, "--registration", members[0], "--content", "5",
                    "--arrangement", "5", "--worker", "5", "--overall", "5", user=holder, check=False)
    assert too_soon.returncode != 0 and "GRP-05" in too_soon.stderr, too_soon.stderr

    # Seven weeks later: the sessions are over and the report is overdue (C2).
    shift = "'-50 days'"
    harness.query(db, "UPDATE programme SET startsOn = date(startsOn, %s), endsOn = date(endsOn, %s), "
                      "registrationOpensOn = date(registrationOpensOn, %s), "
                      "registrationClosesOn = date(registrationClosesOn, %s) WHERE id = ?" % (shift, shift, shift, shift),
                  pid)
    harness.query(db, "UPDATE programmeSession SET heldOn = date(heldOn, %s) WHERE programmeID = ?" % shift, pid)

    due = json.loads(_cli(db, "programme", "deadlines", "--json", user=holder).stdout)
    report_due = [d for d in due if d["programmeID"] == pid and d["kind"] == "report"][0]
    assert report_due["rule"] == "C2, GRP-06" and report_due["status"] == "overdue", report_due
    assert len(report_due["clauses"]) == 2, report_due

    for member, worker_score in zip(members, ("5", "3")):
        _cli(db, "programme", "feedback", pid, "--registration", member, "--content", "5", "--arrangement", "4",
             "--worker", worker_score, "--overall", "5", "--comments", "很有收获", user=holder)
    again = _cli(db, "programme", "feedback", pid, "--registration", members[0], "--content", "5", "--arrangement",
                 "5", "--worker", "5", "--overall", "5", user=holder, check=False)
    assert again.returncode != 0 and "GRP-05" in again.stderr, again.stderr
    summary = {row["item"]: row for row in
               json.loads(_cli(db, "programme", "feedback", pid, "--summary", "--json", user=holder).stdout)}
    assert summary["workerPerformance"]["belowThreshold"] is True, summary
    assert summary["workerPerformance"]["percent"] == 50, summary
    assert summary["overall"]["percent"] == 100, summary

    assert _cli(db, "programme", "report", pid, "--aims-achieved", "组员掌握三种方法", "--process", "两节按计划进行",
                "--evaluation", "出席率 100%", "--follow-up", "一名组员转介个案", "--expense", "物资=110",
                "--submit", user=holder).stdout.strip() == "submitted"
    returned = _cli(db, "programme", "review-report", pid, "--return", "补充活动照片", user=supervisor)
    assert returned.stdout.strip() == "returned"
    _cli(db, "programme", "report", pid, "--aims-achieved", "组员掌握三种方法", "--process", "两节按计划进行",
         "--evaluation", "出席率 100%", "--follow-up", "一名组员转介个案", "--expense", "物资=110", "--submit",
         user=holder)
    assert _cli(db, "programme", "review-report", pid, user=supervisor).stdout.strip() == "approved"

    early_archive = _cli(db, "programme", "archive", pid, user=holder, check=False)
    assert early_archive.returncode != 0 and "GRP-08" in early_archive.stderr, early_archive.stderr
    order = ["plan", "registrationForm", "rollCall", "groupRecord", "feedbackForms", "report", "pressRelease",
             "attachmentList"]
    for document in order:
        checklist = json.loads(_cli(db, "programme", "archive-item", pid, document, "--json", user=holder).stdout)
    assert [row["document"] for row in checklist] == order
    assert all(row["tickedBy"] == holder for row in checklist), checklist
    assert _cli(db, "programme", "archive", pid, user=holder).stdout.strip() == "archived"

    shown = json.loads(_cli(db, "programme", "show", pid, "--json", user=supervisor).stdout)
    assert shown["programme"]["stage"] == "archived"
    assert [r["event"] for r in shown["reviews"]] == ["submitted", "approved", "submitted", "returned", "submitted",
                                                       "approved"]
    assert shown["budgetTotal"] == "200.50" and shown["feedbackForms"] == 2
    assert shown["deadlines"] == []
    counted = json.loads(_cli(db, "programme", "classify", pid, "--json", user=holder).stdout)
    assert counted["countsAs"] == "therapeuticGroup" and counted["rule"] == "IND-05", counted
    listed = json.loads(_cli(db, "programme", "list", "--json", user=holder).stdout)
    assert [p["id"] for p in listed] == [pid]
    assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE recordKind = 'programme' AND action = 'view' "
                             "AND actorCode = ?", supervisor) == [(1,)], "the read is logged"
