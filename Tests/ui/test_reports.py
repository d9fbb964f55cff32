"""GUI and CLI: 月报与总结 (CHK-01, CHK-03, ARC-07, ARC-10). The CLI drafts a worker's monthly report from the records
and writes it as PDF (pdftotext reads back the worker's name and the cases opened) and its statistics as .xlsx; a
summary needs --half or --year. In the GUI a worker drafts this month's report, writes a summary and a reflection and
submits it to the supervisor, who approves it; a returned report carries its reason."""
import datetime
import json
import os
import shutil
import subprocess
import tempfile

import harness
from test_consent_cli import cli, demo_db

SHOTS = os.environ.get("ZHONGAI_REPORTS_SHOTS")  # a folder to keep screenshots in, for looking at them


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _this_month():
    now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8)))
    return "%04d-%02d" % (now.year, now.month)


def _open_case(db, worker, name, phone):
    client = cli(db, "client", "add", "--name", name, "--category", "elderly", "--birth-date", "1950-05-01",
                 "--phone", phone, user=worker).stdout.strip()
    cli(db, "case", "open", "--client-id", client, user=worker)


def test_CHK01_ARC10_the_cli_writes_the_monthly_report_as_pdf_and_xlsx():
    db = demo_db()
    folder = tempfile.mkdtemp(prefix="zhongai-reports-")
    try:
        _open_case(db, "WM", "欧阳明", "13812340001")
        _open_case(db, "WM", "司徒华", "13812340002")
        month = _this_month()
        pdf = os.path.join(folder, "王明-月报.pdf")
        row = json.loads(cli(db, "report", "monthly", "--worker", "WM", "--month", month, "--out", pdf, "--json",
                             user="WM").stdout)
        assert row["casesOpened"] == 2 and row["state"] == "draft" and row["period"] == month, row
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "王明" in text and "工作月报" in text, text
        opened = [line for line in text.splitlines() if "新开个案" in line]
        assert opened and opened[0].split()[-1] == "2", opened
        xlsx = os.path.join(folder, "stats.xlsx")
        cli(db, "report", "monthly", "--worker", "WM", "--month", month, "--out", xlsx, user="WM")
        assert os.path.getsize(xlsx) > 1000
        assert harness.query(db, "SELECT COUNT(*) FROM workReport") == [(1,)], "one report per worker and month"
        exports = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'export' AND recordKind = 'workReport'")
        assert exports == [(2,)], exports
        # A future month is refused, naming the rule, and nothing is written.
        future = datetime.date.fromisoformat(month + "-01") + datetime.timedelta(days=40)
        refused = cli(db, "report", "monthly", "--worker", "WM", "--month", future.strftime("%Y-%m"), "--out", pdf,
                      user="WM", check=False)
        assert refused.returncode != 0 and "CHK-01" in refused.stderr, refused.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM workReport") == [(1,)]
        # A summary names its half or its year (CHK-03).
        missing = cli(db, "report", "summary", "--worker", "WM", "--out", pdf, user="WM", check=False)
        assert missing.returncode != 0
        year = month[:4]
        cli(db, "report", "summary", "--worker", "WM", "--year", year, "--out", os.path.join(folder, "y.pdf"),
            user="WM")
        listed = json.loads(cli(db, "report", "list", "--json", user="WM").stdout)
        assert sorted(r["kind"] for r in listed) == ["annual", "monthly"], listed
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)


def test_CHK01_a_returned_report_carries_its_reason_on_the_cli():
    db = demo_db()
    try:
        key = "WM:" + _this_month()
        cli(db, "report", "write", key, "--summary", "本月开展家访", "--reflections", "记录需及时", user="WM")
        submitted = json.loads(cli(db, "report", "submit", key, "--json", user="WM").stdout)
        assert submitted["state"] == "submitted" and submitted["reviewerCode"] == "ZJH", submitted
        refused = cli(db, "report", "return", key, "--reason", " ", user="ZJH", check=False)
        assert refused.returncode != 0
        cli(db, "report", "return", key, "--reason", "请补充家访记录", user="ZJH")
        row = [r for r in json.loads(cli(db, "report", "list", "--json", user="WM").stdout)][0]
        assert row["state"] == "draft" and row["returnReason"] == "请补充家访记录", row
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)


def test_CHK01_a_worker_drafts_and_submits_in_the_gui_and_the_supervisor_approves():
    db = demo_db()
    try:
        month = _this_month()
        app = harness.App(db, "--section", "reports", user="WM")
        try:
            app.type_into("报告期间", month)
            app.click("起草或打开该期间的报告")
            assert harness.wait_until(lambda: harness.query(db, "SELECT state FROM workReport") == [("draft",)])
            app.find("根据记录刷新统计数据")
            app.type_into("工作总结", "本月完成长者家访六次")
            app.type_into("反思", "需要更及时地整理服务记录")
            app.type_into("工作日志（每天一行：YYYY-MM-DD 工作内容）", month + "-02 家访李伯")
            _shot(app, "report-editor.png")
            app.click("提交报告")
            app.click("提交(S)")
            assert harness.wait_until(lambda: harness.query(db, "SELECT state, reviewerCode, reflections FROM workReport")
                                      == [("submitted", "ZJH", "需要更及时地整理服务记录")]), \
                harness.label_matching(app, ".")
            log = harness.query(db, "SELECT workLog FROM workReport")[0][0]
            assert "家访李伯" in log, log
        finally:
            app.close()
        app = harness.App(db, "--section", "reports", user="ZJH")
        try:
            app.select_row("王明（WM）", within="报告列表")
            _shot(app, "report-list.png")
            app.click("批准所选报告")
            app.click("批准(A)")
            assert harness.wait_until(lambda: harness.query(db, "SELECT state, approvedBy FROM workReport")
                                      == [("approved", "ZJH")]), harness.label_matching(app, ".")
        finally:
            app.close()
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)
