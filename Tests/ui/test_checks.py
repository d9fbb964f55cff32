"""CLI and GUI: the quarterly checks (CHK-02) and employer visits (CHK-05). A supervisor checks a worker down their
chain, a frontline worker may not; 行政人事部 checks the employer relationship of a service point, keeps the list of
visit targets and visits a town post's department head (every two months), not the leads the chair visits."""
import datetime
import json
import os
import shutil

import harness


def _label_containing(app, text):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if text in n.name])


def _add_months(day, months):
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    import calendar
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def test_CHK02_CHK05_checks_and_visits_from_the_command_line():
    db, _ = harness.init_db(demo=True)
    try:
        assistant, supervisee = harness.query(db, """
            SELECT s.code, w.code FROM worker w JOIN worker s ON s.code = w.supervisorCode
            WHERE s.role = 'assistantSupervisor' AND w.isActive ORDER BY w.code LIMIT 1""")[0]
        frontline = harness.worker_code(db, "frontline")
        hr = harness.worker_code(db, "adminHR")
        point = harness.query(db, "SELECT id FROM servicePoint WHERE isActive ORDER BY id LIMIT 1")[0][0]

        check = json.loads(harness.cli(db, "check", "supervisor", "--user", assistant, "--worker", supervisee,
                                       "--findings", "个案进展正常", "--problems", "文书滞后",
                                       "--measures", "每周五整理文书", "--json").stdout)
        assert check["subject"] == supervisee and check["checkerCode"] == assistant
        refused = harness.cli(db, "check", "supervisor", "--user", frontline, "--worker", supervisee,
                              "--findings", "x", check=False)
        assert refused.returncode != 0 and "CHK-02" in refused.stderr, refused.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM supervisorCheck")[0][0] == 1

        harness.cli(db, "check", "employer", "--user", hr, "--service-point", str(point), "--findings", "关系融洽")
        kinds = [c["kind"] for c in json.loads(harness.cli(db, "check", "list", "--user", hr, "--json").stdout)]
        assert sorted(kinds) == ["employer", "supervisor"], kinds

        today = datetime.date.today()
        post = harness.cli(db, "check", "target", "add", "--user", hr, "--name", "茶山镇残联康复科",
                           "--kind", "镇街岗位部门负责人").stdout.strip()
        lead = harness.cli(db, "check", "target", "add", "--user", hr, "--name", "东莞市残联",
                           "--kind", "disabledPersonsFederation").stdout.strip()
        targets = json.loads(harness.cli(db, "check", "target", "list", "--user", frontline, "--json").stdout)
        assert {t["nextVisitDue"] for t in targets} == {today.isoformat()}, "never visited: due now"

        refused = harness.cli(db, "check", "visit", "--user", hr, "--target", lead, "--met", "王主任",
                              "--content", "汇报工作", check=False)
        assert refused.returncode != 0 and "CHK-05" in refused.stderr, refused.stderr
        harness.cli(db, "check", "visit", "--user", hr, "--target", post, "--met", "李科长",
                    "--content", "汇报上月工作小结和下月工作计划", "--follow-up", "下月送交季度报告")
        targets = json.loads(harness.cli(db, "check", "target", "list", "--user", hr, "--json").stdout)
        due = {str(t["id"]): t["nextVisitDue"] for t in targets}
        assert due[post] == _add_months(today, 2).isoformat(), due
        visits = json.loads(harness.cli(db, "check", "visits", "--user", hr, "--json").stdout)
        assert [v["peopleMet"] for v in visits] == ["李科长"]
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def test_CHK05_hr_adds_a_target_and_records_a_visit_in_the_window():
    db, _ = harness.init_db(demo=True)
    hr = harness.worker_code(db, "adminHR")
    app = harness.App(db, "--section", "checks", user=hr)
    try:
        app.click("拜访用人单位", role="page tab")
        app.click("新增拜访对象")
        app.type_into("拜访的单位及负责人", "虎门镇社会事务局（陈科长）")
        app.choose("拜访对象类别", "镇街岗位部门负责人")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT name, kind FROM visitTarget") == [
            ("虎门镇社会事务局（陈科长）", "townPostDepartment")])
        app.select_row("虎门镇社会事务局（陈科长）", within="拜访对象名单")
        app.click("记录对所选对象的拜访")
        app.type_into("会见人员", "陈科长")
        app.type_into("汇报及听取的内容", "汇报上月工作小结，听取对社工考勤的意见", role="text")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT peopleMet, visitorCode FROM employerVisit") == [
            ("陈科长", hr)])
        assert _label_containing(app, "已记录对")
        if os.environ.get("ZHONGAI_SHOTS"):
            os.makedirs(os.environ["ZHONGAI_SHOTS"], exist_ok=True)
            app.screenshot(os.path.join(os.environ["ZHONGAI_SHOTS"], "checks.png"))
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def test_CHK02_an_assistant_supervisor_records_the_quarterly_check_from_what_is_due():
    db, _ = harness.init_db(demo=True)
    assistant = harness.query(db, """
        SELECT s.code FROM worker w JOIN worker s ON s.code = w.supervisorCode
        WHERE s.role = 'assistantSupervisor' AND w.isActive ORDER BY s.code LIMIT 1""")[0][0]
    # The first row of the list (same due day for all: sorted by the worker's name and code).
    supervisee, name = min(harness.query(db, "SELECT code, name FROM worker WHERE supervisorCode = ? AND isActive",
                                         assistant), key=lambda w: "%s（%s）" % (w[1], w[0]))
    app = harness.App(db, "--section", "checks", user=assistant)
    try:
        app.select_row("%s（%s）" % (name, supervisee), within="待办检查与拜访列表")
        app.click("记录对社工的季度检查")
        app.type_into("检查情况", "个案进展正常，服务态度良好", role="text")
        app.type_into("应对措施", "每周五整理文书")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT workerCode, checkerCode, measures FROM supervisorCheck") == [
            (supervisee, assistant, "每周五整理文书")]), "the due row chose the worker"
        assert _label_containing(app, "已记录对%s的检查" % name)
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
