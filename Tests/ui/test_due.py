"""GUI and CLI: the due board 待办. A frontline worker's case (CASE-06 and the other open deadlines) and group (C2
report with both clauses of the conflict) are on the board, most urgent first; `zhongai due --json` lists them,
`--worker` narrows to one owner in reach and refuses a worker out of reach (CONF-02); in the window the board
shows the C2 item with both clauses and opens the case in its own window in one click."""
import datetime
import json

import harness


def _cli(db, *args, user, check=True):
    return harness.cli(db, *args, "--user", user, check=check)


def _holder_supervisor_stranger(db):
    holder, supervisor = harness.query(
        db, "SELECT w.code, w.supervisorCode FROM worker w JOIN worker s ON s.code = w.supervisorCode "
            "WHERE w.role = 'frontline' AND w.servicePointID IS NOT NULL AND w.isActive = 1 "
            "AND s.role IN ('assistantSupervisor', 'traineeSupervisor', 'supervisor') ORDER BY w.code LIMIT 1")[0]
    stranger = harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND isActive = 1 AND code <> ? "
                                 "ORDER BY code LIMIT 1", holder)[0][0]
    return holder, supervisor, stranger


def _group_after_its_sessions(db, holder, supervisor, today):
    """A therapeutic group of `holder`, its plan approved, whose last session was 5 days ago: its report is late by
    the 3-day reading and not yet by the 2-week one (C2)."""
    start = today + datetime.timedelta(days=21)
    end = start + datetime.timedelta(days=7)
    pid = json.loads(_cli(db, "programme", "create", "--kind", "therapeuticGroup", "--title", "情绪管理小组",
                          "--starts", str(start), "--ends", str(end), "--registration-opens", str(today),
                          "--registration-closes", str(start - datetime.timedelta(days=1)), "--json",
                          user=holder).stdout)["id"]
    for day in (start, end):
        _cli(db, "programme", "session", pid, "--on", str(day), "--start", "14:30", "--minutes", "90",
             "--venue", "社区服务中心活动室", user=holder)
    _cli(db, "programme", "plan", pid, "--aims", "学习情绪管理方法", "--target", "社区青少年 8 人",
         "--item", "第一节: 相识与契约", "--budget", "物资=120.50", user=holder)
    _cli(db, "programme", "submit-plan", pid, user=holder)
    _cli(db, "programme", "approve-plan", pid, user=supervisor)
    shift = "'-%d days'" % ((end - today).days + 5)
    harness.query(db, "UPDATE programme SET startsOn = date(startsOn, %s), endsOn = date(endsOn, %s), "
                      "registrationOpensOn = date(registrationOpensOn, %s), "
                      "registrationClosesOn = date(registrationClosesOn, %s) WHERE id = ?" % (shift, shift, shift, shift),
                  pid)
    harness.query(db, "UPDATE programmeSession SET heldOn = date(heldOn, %s) WHERE programmeID = ?" % shift, pid)
    return pid, today - datetime.timedelta(days=5)


def test_CASE06_C2_the_board_lists_a_case_deadline_and_a_report_with_both_clauses_and_opens_the_case():
    db, _ = harness.init_db(demo=True)
    holder, supervisor, stranger = _holder_supervisor_stranger(db)
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    client = _cli(db, "client", "add", "--name", "王小明", "--category", "elderly", "--birth-date", "1950-05-01",
                  "--phone", "13812341234", user=holder).stdout.strip()
    code = _cli(db, "case", "open", "--client-id", client, user=holder).stdout.strip()
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", code)[0][0]
    pid, ended = _group_after_its_sessions(db, holder, supervisor, today)
    group_code = harness.query(db, "SELECT code FROM programme WHERE id = ?", pid)[0][0]

    rows = json.loads(_cli(db, "due", "--json", user=holder).stdout)
    second = [r for r in rows if r["subjectKind"] == "caseFile" and r["subjectID"] == case_id and r["rule"] == "CASE-06"]
    assert len(second) == 1 and second[0]["owner"] == holder and second[0]["detail"].startswith(code + " "), rows
    assert "7个工作日" in second[0]["clauses"][0], second
    report = [r for r in rows if r["subjectKind"] == "programme" and r["rule"] == "C2, GRP-06"]
    assert len(report) == 1, rows
    report = report[0]
    assert report["subjectID"] == pid and report["status"] == "dueSoon", report
    assert report["dueOn"] == str(ended + datetime.timedelta(days=3)), report
    assert report["overdueAfter"] == str(ended + datetime.timedelta(days=14)), report
    assert len(report["clauses"]) == 2 and "三日内" in report["clauses"][0] and "两周" in report["clauses"][1], report
    order = {"overdue": 0, "dueSoon": 1, "upcoming": 2, "unknown": 3}
    assert [order[r["status"]] for r in rows] == sorted(order[r["status"]] for r in rows), "most urgent first"

    # The supervisor reaches the holder's items; a colleague in another chain is refused, as is an unknown code.
    narrowed = json.loads(_cli(db, "due", "--json", "--worker", holder, user=supervisor).stdout)
    assert narrowed and all(r["owner"] == holder for r in narrowed), narrowed
    assert any(r["subjectID"] == case_id for r in narrowed)
    for who in (holder, "NOBODY"):
        refused = _cli(db, "due", "--worker", who, user=stranger, check=False)
        assert refused.returncode != 0 and "CONF-02" in refused.stderr, refused.stderr
    assert not any(r["subjectID"] in (case_id, pid) for r in json.loads(_cli(db, "due", "--json", user=stranger).stdout))

    app = harness.App(db, "--section", "due", user=holder)
    try:
        app.find("待办事项列表")
        assert harness.wait_until(lambda: app.find_all(group_code + " 情绪管理小组", role="label")), \
            "the C2 item names the group"
        clauses = [n.name for n in app.find_all(role="label") if "三日内" in n.name and "两周" in n.name]
        assert clauses, "both clauses of C2 are shown on the row"
        app.select_row(group_code + " 情绪管理小组", within="待办事项列表")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label")
                                           if n.name.startswith("[C2, GRP-06]") and n.name.count("条款：") == 2]), \
            "the selected item shows its rule and each clause in full"
        frames = len(app.find_all(role="frame"))
        app.select_row(code, within="待办事项列表")
        app.click("打开所选待办事项的记录")
        assert harness.wait_until(lambda: len(app.find_all(role="frame")) == frames + 1), "the case window opens"
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'view' AND recordID = ?",
                             case_id)[0][0] >= 1, "opening the case is a logged view"
    finally:
        app.close()
