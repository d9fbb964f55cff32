"""GUI: the 指标 section (IND-01..04). A frontline worker with two visits and a consultation recorded through the CLI
opens 指标 and reads the counts against the post's targets, with the shortfall in words and the month-by-month
chart summarised for screen readers. Their supervisor picks the worker, is refused a conversion the contract does
not allow (nothing written), allows clause A in the contract, and exports the sheet as PDF and .xlsx (ARC-10)."""
import glob
import os
import shutil
import subprocess

import harness
from test_consent_cli import cli, demo_db, days_ago, today

SHOTS = os.environ.get("ZHONGAI_INDICATORS_SHOTS")  # a folder to keep screenshots in, for looking at them


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _label_with(app, snippet):
    """The text of the first label showing `snippet` (a GTK 4.8 label's accessible name is its text)."""
    return next((n.name for n in app.find_all(role="label") if snippet in n.name), "")


def _close(app):
    """Ends the program and waits until the accessibility bus has let go of it, so the next one appears in time."""
    pid = app.process.pid
    app.close()
    desktop = app.pyatspi.Registry.getDesktop(0)

    def gone():
        for index in range(desktop.childCount):
            try:
                child = desktop.getChildAtIndex(index)
                if child is not None and child.get_process_id() == pid:
                    return False
            except Exception:
                continue
        return True
    harness.wait_until(gone, timeout=30, interval=0.5)


def _worker_with_post(db):
    """A frontline worker holding a post with a visit target, their name, post type and supervisor."""
    rows = harness.query(db, "SELECT w.code, w.name, w.postTypeCode, w.supervisorCode FROM worker w "
                             "JOIN postTarget t ON t.postTypeCode = w.postTypeCode AND t.indicator = 'visit' "
                             "WHERE w.role = 'frontline' AND w.isActive = 1 AND w.supervisorCode IS NOT NULL "
                             "ORDER BY w.code")
    assert rows, "the demo centre has no frontline worker with a visit target and a supervisor"
    return rows[0]


def _record_work(db, worker):
    client = cli(db, "client", "add", "--name", "王小明", "--category", "elderly", "--birth-date", "1950-05-01",
                 "--phone", "13812341234", user=worker).stdout.strip()
    for day in (0, 1):
        cli(db, "visit", "add", "--client-id", client, "--date", days_ago(day), "--minutes", "45",
            "--place", "广东省东莞市茶山镇南社村12号", "--purpose", "节前探访", "--content", "老人精神尚可",
            user=worker)
    cli(db, "consultation", "open", "--client-id", client, "--topic", "低保申请", "--date", days_ago(0),
        "--minutes", "30", "--method", "phone", "--content", "了解低保申请流程", user=worker)


def test_IND01_IND04_a_worker_reads_counts_and_shortfalls_and_a_supervisor_exports_the_sheet():
    db = demo_db()
    worker, name, post_type, supervisor = _worker_with_post(db)
    (visit_target,), = harness.query(db, "SELECT minimum FROM postTarget WHERE postTypeCode = ? AND indicator = 'visit'",
                                     post_type)
    _record_work(db, worker)
    home, previous_home = os.path.dirname(db), os.environ.get("HOME")
    os.environ["HOME"] = home  # the export folder is under the user's documents folder
    app = harness.App(db, "--section", "indicators", user=worker)
    try:
        # IND-01: the visits counted against the post's target, the shortfall said in words.
        app.select_row("社区探访/家访", within="指标完成情况")
        table = app.find("指标完成情况")
        assert app.find_all("未达标，差 %d" % (visit_target - 2), role="label", root=table), "the visit shortfall"
        summary = harness.wait_until(lambda: _label_with(app, "未达标："))
        assert "社区探访/家访 %d" % (visit_target - 2) in summary, summary
        assert "%s（%s）" % (name, worker) in summary, summary
        # The chart of the selected indicator, its twelve values in words for screen readers.
        title = harness.wait_until(lambda: _label_with(app, "社区探访/家访 每月完成数"))
        assert str(today().year) in title, title
        months = _label_with(app, "合计 2")
        assert "%d月：" % today().month in months and "指标 %d" % visit_target in months, months
        chart = app.find("月度图表")
        assert "合计 2" in chart.description, chart.description
        _shot(app, "indicators-worker.png")
        # IND-04: a frontline worker does not agree their own conversions.
        assert not app.find("确认折算").getState().contains(app.pyatspi.STATE_SENSITIVE)
    finally:
        _close(app)

    app = harness.App(db, "--section", "indicators", user=supervisor)
    try:
        app.choose("指标对象", "%s（%s）" % (name, worker))
        assert harness.wait_until(lambda: _label_with(app, "%s（%s） · " % (name, worker)))
        assert _label_with(app, "合同不允许折算"), "no contract: no conversion"
        # IND-04: a conversion the contract forbids is refused with its rule, and nothing is written.
        app.click("确认折算")
        app.click("确认此折算")
        refusal = harness.wait_until(lambda: _label_with(app, "[IND-04]"))
        assert refusal, "the refusal names the rule"
        _shot(app, "indicators-conversion-refused.png")
        assert harness.query(db, "SELECT COUNT(*) FROM indicatorConversion")[0][0] == 0
        subprocess.run(["xdotool", "key", "Escape"], check=True)  # closes the form unsaved
        # The contract allows clause A.
        app.click("设定合同允许的折算")
        app.click("折算标准 A", role="check box")
        _shot(app, "indicators-contract.png")
        app.click("保存合同折算条款")
        assert harness.wait_until(lambda: _label_with(app, "合同允许按折算标准 A 折算")), "the contract is shown"
        _shot(app, "indicators-supervisor.png")

        # ARC-10: the sheet as PDF and as .xlsx in the export folder.
        app.click("导出指标 PDF")
        assert harness.wait_until(lambda: _label_with(app, "已导出到")), "the export is confirmed"
        pdf = glob.glob(os.path.join(home, "**", "*.pdf"), recursive=True)
        assert pdf and os.path.basename(pdf[0]).startswith("%s-" % name), pdf
        if SHOTS:
            shutil.copy(pdf[0], os.path.join(SHOTS, "indicators.pdf"))
        text = subprocess.run(["pdftotext", pdf[0], "-"], capture_output=True, text=True, check=True).stdout
        assert "年度服务指标完成情况" in text and "社区探访/家访" in text and name in text, text
        app.click("导出指标电子表格")
        xlsx = harness.wait_until(lambda: glob.glob(os.path.join(home, "**", "*.xlsx"), recursive=True))
        assert xlsx, "the workbook is written"
        strings = subprocess.run(["unzip", "-p", xlsx[0], "xl/sharedStrings.xml"], capture_output=True,
                                 text=True).stdout
        assert "社区探访/家访" in strings and "未达标，差 %d" % (visit_target - 2) in strings, strings[:300]
        # IND-03: the worker's team, judged on its totals with its number of posts.
        (team,), = harness.query(db, "SELECT p.name FROM servicePoint p JOIN worker w ON w.servicePointID = p.id "
                                     "WHERE w.code = ?", worker)
        app.choose("指标对象", "团队：%s" % team)
        team_summary = harness.wait_until(lambda: _label_with(app, "团队：%s · " % team))
        assert "个岗位（指标 × 岗位数）" in team_summary, team_summary
        assert app.find_all("社区探访/家访", role="label", root=app.find("指标完成情况")), "the team's lines"
        _shot(app, "indicators-team.png")
        looks = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE actorCode = ? AND detail LIKE ?",
                              supervisor, "indicators % of " + worker + "%")[0][0]
        assert looks >= 3, "the supervisor's look and both exports are logged"
        exports = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE actorCode = ? AND action = 'export' "
                                    "AND detail LIKE ?", supervisor, "indicators % of " + worker + " to %")[0][0]
        assert exports == 2, "each export is logged as an export, with its file"
    finally:
        app.close()
        if previous_home is not None:
            os.environ["HOME"] = previous_home
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
