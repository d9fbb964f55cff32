"""GUI: a 行政人事部 worker opens a selection round, nominates a candidate (the eligibility shown condition by
condition), publishes the candidate list, enters the written test, two interviewers' scores and a bonus item, and
reads the ranked table with the total explained (SEL-01..04)."""
import glob
import os
import shutil
import subprocess

import harness
from test_consent_cli import cli, demo_db, days_ago


def _label_with(app, snippet):
    """The text of the first label showing `snippet` (a GTK 4.8 label's accessible name is its text)."""
    return next((n.name for n in app.find_all(role="label") if snippet in n.name), "")


def test_SEL02_SEL03_an_adminHR_worker_runs_a_round_to_the_explained_ranking():
    db = demo_db()
    hr = harness.worker_code(db, "adminHR")
    (chair, chair_name), = harness.query(db, "SELECT code, name FROM worker WHERE role = 'chair' ORDER BY code LIMIT 1")
    (sd, sd_name), = harness.query(db, "SELECT code, name FROM worker WHERE role = 'serviceDepartment' "
                                       "ORDER BY code LIMIT 1")
    (worker, worker_name), = harness.query(db, "SELECT code, name FROM worker WHERE role = 'frontline' "
                                               "AND isActive = 1 ORDER BY code LIMIT 1")
    home, previous_home = os.path.dirname(db), os.environ.get("HOME")
    os.environ["HOME"] = home  # the export folder is under the user's documents folder
    app = harness.App(db, "--section", "selection", user=hr)
    try:
        app.click("新开选拔轮次")
        app.type_into("选拔名称", "2026年督导助理选拔")
        app.type_into("选拔开始日期", days_ago(30))
        app.type_into("面试团", "%s,%s" % (chair, sd))
        app.click("开始选拔")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM selectionRound")[0][0] == 1)
        app.select_row("2026年督导助理选拔", within="选拔轮次列表")

        app.click("报名候选人")
        app.choose("候选人", "%s（%s）" % (worker_name, worker))
        app.type_into("登记注册有效期至", "2099-12-31")
        app.type_into("上一年度服务天数", "250")
        # SEL-01: the form shows each condition with its clause as it is filled.
        eligibility = harness.wait_until(lambda: _label_with(app, "✔ 服务年限（第三章 一(二)3）"))
        assert eligibility.startswith("符合报名条件"), eligibility
        app.click("报名")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM selectionNomination")[0][0] == 1)

        app.click("公示候选名单")
        app.type_into("公示日期", days_ago(29))
        app.click("公示")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT candidatesPublishedOn FROM selectionRound")[0][0] == days_ago(29))

        app.select_row(worker_name, within="候选人排名")
        app.click("录入成绩")
        app.type_into("笔试成绩", "80")
        app.click("保存笔试成绩")
        app.choose("面试人员", "%s（%s）" % (chair_name, chair))
        app.type_into("面试分数", "90")
        app.click("保存面试评分")
        app.choose("面试人员", "%s（%s）" % (sd_name, sd))
        app.type_into("面试分数", "80")
        app.click("保存面试评分")
        app.type_into("加分内容", "东莞日报专题报道")
        app.type_into("证明材料", "报道链接")
        app.click("添加加分项")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM selectionBonusItem")[0][0] == 1)
        app.click("关闭成绩录入")

        # The ranked table: 80 × 30% + 85 × 30% + 15 = 64.5, and how it was reached.
        app.select_row(worker_name, within="候选人排名")
        assert app.find_all("64.5", role="label", root=app.find("候选人排名")), "the total is in the ranked table"
        details = harness.wait_until(lambda: _label_with(app, "总成绩：24"))
        assert "总成绩：24 + 25.5 + 15 = 64.5" in details, details
        assert "思想政治（附表2 一）：15 分" in details, details
        assert "笔试：80 分（及格线 60）× 30% = 24" in details, details

        # ARC-10: the results as PDF and the workbook as .xlsx, each export logged.
        app.click("导出选拔结果 PDF")
        assert harness.wait_until(lambda: _label_with(app, "已导出到")), "the export is confirmed"
        pdf = glob.glob(os.path.join(home, "**", "*.pdf"), recursive=True)[0]
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "督导人才选拔结果" in text and worker_name in text and "64.5" in text, text
        app.click("导出选拔结果电子表格")
        xlsx = harness.wait_until(lambda: glob.glob(os.path.join(home, "**", "*.xlsx"), recursive=True))
        strings = subprocess.run(["unzip", "-p", xlsx[0], "xl/sharedStrings.xml"], capture_output=True,
                                 text=True).stdout
        assert worker_name in strings and "总成绩：24 + 25.5 + 15 = 64.5" in strings, strings[:300]
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'export' "
                                 "AND recordKind = 'selectionRound'")[0][0] == 2
    finally:
        app.close()
        if previous_home is not None:
            os.environ["HOME"] = previous_home
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
