"""GUI: the 理事长 (组长 of every safety group, EMG-01) starts a fire drill from the header button in two clicks, ticks
the plan's six steps on the large checklist, ends the drill, completes and submits the report drafted from the log,
and exports it as PDF, where each step's text is found (EMG-02, EMG-03, ARC-10). A safety inspection of the nine
items is recorded through the GUI with a finding and its follow-up (CHK-04)."""
import datetime
import glob
import os
import re
import shutil
import signal
import subprocess

import harness

SHOTS = os.environ.get("ZHONGAI_SHOTS")  # a folder to keep the screenshots in, when set


def _label_containing(app, text):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if text in n.name])


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _start(db, *extra, user):
    """The window, started again once when it does not reach the accessibility bus (seen on a loaded machine)."""
    try:
        return harness.App(db, *extra, user=user)
    except AssertionError as problem:
        if "accessibility bus" not in str(problem):
            raise
        for pid in os.listdir("/proc"):  # the window started on this test's own database, by its process id
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    args = f.read().split(b"\0")
            except (OSError, ValueError):
                continue
            if pid.isdigit() and db.encode() in args and harness.BIN.encode() in args:
                os.kill(int(pid), signal.SIGTERM)
        return harness.App(db, *extra, user=user)


def _flat(text):
    return re.sub(r"\s+", "", text)


def test_EMG03_a_fire_drill_is_run_from_the_header_reported_and_exported_as_pdf():
    db, _ = harness.init_db(demo=True)
    home = os.path.dirname(db)
    # The export folder is in the user's documents folder: point it here through the XDG user directories
    # (a new HOME, as other tests do, left the window off the accessibility bus after an earlier test).
    config = os.path.join(home, "config")
    os.makedirs(config)
    with open(os.path.join(config, "user-dirs.dirs"), "w") as f:
        f.write('XDG_DOCUMENTS_DIR="%s"\n' % os.path.join(home, "documents"))
    saved_config = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = config
    leader = harness.worker_code(db, "chair")
    app = _start(db, user=leader)
    try:
        # Two clicks from anywhere: the header button, then the kind.
        app.click("启动突发事件或演练")
        app.click("开始演练：火灾")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM emergencyEvent")[0][0] == 1)
        event_id, is_drill = harness.query(db, "SELECT id, isDrill FROM emergencyEvent")[0]
        assert is_drill == 1, "the drill is recorded as a drill"
        steps = harness.query(db, "SELECT s.position, s.text FROM emergencyPlanStep s "
                                  "JOIN emergencyEvent e ON e.planID = s.planID ORDER BY s.position")
        assert len(steps) == 6, steps
        assert app.find("第 1 步完成")
        _shot(app, "emergency-runner-start.png")

        # One click per step, nothing typed.
        for position, _ in steps:
            app.click("第 %d 步完成" % position)
            assert harness.wait_until(lambda: harness.query(
                db, "SELECT COUNT(*) FROM emergencyStepLog WHERE eventID = ?", event_id)[0][0] == position)
        assert _label_containing(app, "所有步骤均已完成")
        _shot(app, "emergency-runner-done.png")

        app.click("结束事件并撰写报告")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT endedAt IS NOT NULL FROM emergencyEvent")[0][0] == 1)
        assert _label_containing(app, "根据记录起草"), "the report opens as a draft from the log"
        app.type_into("受影响人员", "无人受伤；32 名服务对象有序疏散")
        app.type_into("后续跟进", "更换二楼过期灭火器两具")
        _shot(app, "emergency-report.png")
        app.click("提交报告")
        app.click("提交(S)")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT submittedBy FROM emergencyReport WHERE eventID = ?", event_id) == [(leader,)])
        account, affected = harness.query(db, "SELECT account, peopleAffected FROM emergencyReport")[0]
        assert "32 名服务对象" in affected
        for _, text in steps:
            assert text in account, "the account drafted from the log names every step done"

        app.click("将报告导出为 PDF")
        assert _label_containing(app, "已导出到"), "the export is confirmed once the file is written"
        pdfs = glob.glob(os.path.join(home, "**", "*.pdf"), recursive=True)
        assert len(pdfs) == 1, pdfs
        leader_name = harness.query(db, "SELECT name FROM worker WHERE code = ?", leader)[0][0]
        assert os.path.basename(pdfs[0]).startswith(leader_name + "-"), "ARC-10: named after the 组长"
        text = _flat(subprocess.run(["pdftotext", "-raw", pdfs[0], "-"], capture_output=True, text=True,
                                    check=True).stdout)
        for position, step in steps:
            assert _flat(step) in text, "step %d is in the PDF: %s" % (position, step)
        assert "更换二楼过期灭火器两具" in text
    finally:
        app.close()
        if saved_config is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = saved_config
        shutil.rmtree(home, ignore_errors=True)


def test_CHK04_a_safety_inspection_is_recorded_with_a_finding_and_its_follow_up():
    db, _ = harness.init_db(demo=True)
    inspector = harness.worker_code(db, "adminHR")
    app = _start(db, "--section", "emergency", user=inspector)
    try:
        app.click("安全检查", role="page tab")
        app.click("开始一次安全检查")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM safetyInspection")[0][0] == 1)
        items = ["电路", "水路", "房屋牢固程度", "防盗设备", "门窗玻璃", "资料室防潮防火", "档案资料保密程度", "文件材料整理"]
        for item in items:
            app.click("%s合格" % item)
        app.type_into("灭火器发现的问题", "二楼两具灭火器过期")
        app.click("记录灭火器的问题")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT COUNT(*) FROM safetyInspectionItem")[0][0] == 9)
        assert harness.query(db, "SELECT finding FROM safetyInspectionItem WHERE outcome = 'finding'") == \
            [("二楼两具灭火器过期",)]
        due = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
        app.type_into("跟进事项", "更换过期灭火器")
        app.type_into("跟进完成期限", due)
        app.click("添加跟进事项")
        assert harness.wait_until(lambda: harness.query(db, "SELECT action, dueOn FROM safetyFollowUp") == [
            ("更换过期灭火器", due)])
        assert _label_containing(app, "全部项目均已记录")
        _shot(app, "inspection-editor.png")
        app.click("关闭安全检查")
        assert _label_containing(app, "更换过期灭火器"), "the follow-up shows among the next due dates"
        app.select_row("更换过期灭火器", within="到期的检查与跟进")
        app.click("将所选跟进事项标记为完成")
        assert harness.wait_until(lambda: harness.query(db, "SELECT doneBy FROM safetyFollowUp") == [(inspector,)])
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def test_EMG02_hr_names_the_logistics_post_and_edits_a_plan_into_a_new_version():
    db, _ = harness.init_db(demo=True)
    hr = harness.worker_code(db, "adminHR")
    leader = harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND isActive = 1 ORDER BY code")[0][0]
    app = _start(db, "--section", "emergency", user=hr)
    try:
        # EMG-01: the 后勤 (the service point's team leader) is not in the directory: it is named here.
        app.click("指定安全领导小组职务人员")
        app.type_into("该职务负责人", leader)
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT role, workerCode, isDeputy FROM safetyGroupMember") == [("logistics", leader, 0)])

        app.click("编辑所选应急方案")
        lines = app.find("方案步骤，每行一步", role="text").queryText()
        steps = lines.getText(0, -1)
        # A step left without its role is refused naming EMG-02, and nothing is written.
        app.type_into("方案步骤，每行一步", steps.replace("首发者 |", " |", 1), role="text")
        app.click("保存")
        assert _label_containing(app, "EMG-02")
        assert harness.query(db, "SELECT COUNT(*) FROM emergencyPlan WHERE kind = 'fire'")[0][0] == 1
        app.type_into("方案步骤，每行一步", steps, role="text")
        app.type_into("预案标题", "防火预案（2026年修订）")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT version, title, createdBy FROM emergencyPlan WHERE kind = 'fire' ORDER BY version") == [
            (1, "防火预案", None), (2, "防火预案（2026年修订）", hr)])
        assert _label_containing(app, "方案第 2 版已保存")
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
