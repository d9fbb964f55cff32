"""GUI: a frontline worker opens a case for a new client, records consent, writes the intake and asks to move to
预估; the supervisor sees the request waiting, approves it, and the case shows 预估; the intake form exported as
PDF carries the client's name (CASE-01, CASE-02, CASE-04, INTAKE-03, CASE-14, ARC-10)."""
import glob
import os
import subprocess

import harness

CLIENT = "欧阳晓明"


def _frontline_with_supervisor(db):
    return harness.query(db, "SELECT code, supervisorCode FROM worker WHERE role = 'frontline' AND isActive = 1 "
                             "AND supervisorCode IS NOT NULL ORDER BY code LIMIT 1")[0]


def _label_containing(app, text):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if text in n.name])


def test_CASE02_a_worker_opens_a_case_and_the_supervisor_approves_the_move_to_assessment():
    db, _ = harness.init_db(demo=True)
    worker, supervisor = _frontline_with_supervisor(db)
    home = os.path.dirname(db)
    os.environ["HOME"] = home  # the export folder is under the user's documents folder
    app = harness.App(db, user=worker)
    try:
        app.click("新建服务对象")
        app.type_into("姓名", CLIENT)
        app.type_into("出生日期", "1985-04-12")
        app.choose("服务对象类别", "残疾人")
        app.type_into("电话", "13912345678")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM client")[0][0] == 1)

        app.type_into("求助原因", "失业后情绪低落，家庭关系紧张")
        app.type_into("初步问题界定", "情绪困扰与家庭支持不足")
        app.type_into("角色期望", "每周面谈一次，服务对象按时参与")
        app.type_into("预计服务期限", "三个月")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM caseFile")[0][0] == 1)
        code = harness.query(db, "SELECT code FROM caseFile")[0][0]
        assert _label_containing(app, code), "the case window opens on the new case"

        app.click("记录服务对象同意书")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM consent")[0][0] == 1)

        app.click("申请审批")
        app.type_into("给督导的说明", "已完成接案，申请进入预估")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT COUNT(*) FROM approvalRequest")[0][0] == 1), "the request is stored"
        assert harness.query(db, "SELECT stage FROM caseFile")[0][0] == "intake", "a request alone moves nothing"

        app.click("档案", role="page tab")
        app.choose("档案文书", "个案基本信息表或接案信息表")
        app.click("导出文书PDF")
        assert _label_containing(app, "已导出到"), "the export is confirmed once the file is written"
        pdf = glob.glob(os.path.join(home, "**", "*.pdf"), recursive=True)[0]
        assert CLIENT in os.path.basename(pdf), "ARC-10: the file is named after the client"
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert CLIENT in text and code in text, text
    finally:
        app.close()

    app = harness.App(db, "--section", "due", user=supervisor)
    try:
        app.select_row(code, within="待办事项列表")
        app.click("打开所选待办事项的记录")
        app.click("审批申请")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT stage FROM caseFile")[0][0] == "assessment")
        assert _label_containing(app, "预估"), "the case shows 预估"
        decided = harness.query(db, "SELECT decidedBy FROM approvalDecision")
        assert decided == [(supervisor,)], decided
    finally:
        app.close()
