"""GUI: the 小组与活动 section and the programme window (issue 5). A worker creates a group and schedules its session
in the GUI, writes and submits its plan; their supervisor approves it and is shown the C1 lead-time warning (GRP-02).
Then the worker registers two members, opens the sign-in station for session 1 from the programme window, two
registered members and one walk-in sign in, the worker leaves the station with the password, and all three are in
the roll call tab (GRP-04)."""
import datetime
import os
import re
import shutil
import time

import harness

SHOTS = os.environ.get("ZHONGAI_GROUPS_SHOTS")  # a folder to keep screenshots in, for looking at them


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _close(app):
    """Ends the program and waits until the accessibility bus has let go of it: a program started while the bus still
    lists a big window tree of a dead one may not appear on it in time."""
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


def _today():
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


def _holder_and_supervisor(db):
    """A frontline worker of the demo centre and the 督导/督导助理 they report to."""
    rows = harness.query(db, "SELECT w.code, s.code FROM worker w JOIN worker s ON s.code = w.supervisorCode "
                             "WHERE w.role = 'frontline' AND w.isActive = 1 AND s.isActive = 1 "
                             "AND s.role IN ('assistantSupervisor', 'traineeSupervisor', 'supervisor') ORDER BY w.code")
    assert rows, "the demo centre has no frontline worker with a supervisor"
    return rows[0]


def _label(app, pattern):
    return harness.wait_until(lambda: harness.label_matching(app, pattern))


def _page(app, title):
    """Shows a page of the programme window through its switcher (other windows' tabs may share the name): the page
    tab list that holds the programme window's 概况 and 点名表 tabs."""
    def switcher():
        for tabs in app.find_all(role="page tab list"):
            names = [tabs.getChildAtIndex(i).name for i in range(tabs.childCount)]
            if "概况" in names and "点名表" in names:
                return tabs
        return None
    tabs = harness.wait_until(switcher)
    if not tabs:
        _shot(app, "no-programme-window.png")
    assert tabs, "no programme window"
    tab = [tabs.getChildAtIndex(i) for i in range(tabs.childCount) if tabs.getChildAtIndex(i).name == title]
    assert tab, "no page %r" % title
    tab[0].queryAction().doAction(0)
    time.sleep(0.3)


def _create_group(app, title, starts, ends, opens=None, closes=None):
    """The new-programme editor, from the section; the programme window opens after saving."""
    app.click("新建小组或活动")
    app.type_into("名称", title)
    app.type_into("开始日期", str(starts))
    app.type_into("结束日期", str(ends))
    if opens:
        app.type_into("报名开始", str(opens))
        app.type_into("报名截止", str(closes))
    app.click("保存")
    assert _label(app, re.escape(title)), "the programme window did not open"


def _add_session(app, on):
    _page(app, "节次")
    app.click("添加节次")
    app.type_into("节次日期", str(on))
    app.type_into("开始时间", "09:30")
    app.type_into("时长（分钟）", "90")
    app.type_into("地点", "中心活动室")
    app.click("保存")
    assert _label(app, r"^第 1 节已安排"), harness.label_matching(app, ".")


def _write_and_submit_plan(app, db, title):
    _page(app, "计划")
    app.type_into("目标", "提升长者健康意识")
    app.type_into("计划服务对象", "社区独居长者 8 人")
    app.type_into("程序安排", "第一节 | 认识彼此，订立小组契约")
    app.type_into("财务预算", "茶点 | 120")
    app.click("保存计划书")
    assert _label(app, "^计划已保存"), harness.label_matching(app, ".")
    app.click("提交计划书给督导")
    assert harness.wait_until(lambda: harness.query(db, "SELECT stage FROM programme WHERE title = ?", title)
                              == [("planSubmitted",)]), harness.label_matching(app, ".")


def _approve_plan(db, supervisor, title, expect_warning):
    """The supervisor opens the programme from the section and approves its plan; returns the window's message."""
    app = harness.App(db, "--section", "groups", user=supervisor)
    try:
        app.select_row(title, within="小组与活动列表")
        app.click("打开所选小组或活动")
        _page(app, "计划")
        status = _label(app, "^C1：若今天批准")
        assert status, harness.label_matching(app, ".")
        if expect_warning:
            assert _label(app, "(?m)^提醒："), "no C1 warning is shown"
        _shot(app, "plan-before-approval.png")
        app.click("批准计划书")
        said = _label(app, "^计划书已批准")
        _shot(app, "plan-approved.png")
        return said
    finally:
        _close(app)


def test_GRP02_the_supervisor_approves_the_plan_and_sees_the_C1_warning():
    db, _ = harness.init_db(demo=True)
    try:
        holder, supervisor = _holder_and_supervisor(db)
        # Six working days ahead: above the 5-working-day block, below the two weeks that warn (C1).
        first = datetime.date.fromisoformat(
            harness.cli(db, "calendar", "add-workdays", str(_today()), "6").stdout.strip())
        title = "长者健康小组"
        app = harness.App(db, "--section", "groups", user=holder)
        try:
            _create_group(app, title, first, first + datetime.timedelta(days=14))
            _add_session(app, first)
            _write_and_submit_plan(app, db, title)
            # The holder may not approve their own plan (GRP-02).
            assert not app.find("批准计划书").getState().contains(app.pyatspi.STATE_SENSITIVE)
            _shot(app, "plan-submitted.png")
        finally:
            _close(app)

        said = _approve_plan(db, supervisor, title, expect_warning=True)
        assert said.startswith("计划书已批准，但有提醒：") and "C1" in said, said
        assert harness.query(db, "SELECT stage FROM programme WHERE title = ?", title) == [("planApproved",)]
        warning = harness.query(db, "SELECT warning FROM programmeReview WHERE event = 'approved'")
        assert len(warning) == 1 and warning[0][0], warning
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)


def _kiosk_sign_in(app, query, row_name):
    app.type_into("搜索签到名单", query, role="entry")
    row = harness.wait_until(lambda: app.find_all(row_name, role="push button"))
    assert row, "no row %r for %r" % (row_name, query)
    row[0].queryAction().doAction(0)
    said = _label(app, r"^已签到 \S+ \d\d:\d\d")
    assert said, harness.label_matching(app, ".")
    return said


def test_GRP04_members_and_a_walk_in_signed_in_at_the_station_are_in_the_roll_call():
    db, _ = harness.init_db(demo=True)
    try:
        holder, supervisor = _holder_and_supervisor(db)
        today = _today()
        starts = today + datetime.timedelta(days=15)
        title = "亲子沟通小组"
        app = harness.App(db, "--section", "groups", user=holder)
        try:
            # GRP-03: registration opens between a month and two weeks before the start; here, today.
            _create_group(app, title, starts, starts + datetime.timedelta(days=28), today, starts)
            _add_session(app, starts)
            _write_and_submit_plan(app, db, title)
        finally:
            _close(app)
        _approve_plan(db, supervisor, title, expect_warning=False)

        app = harness.App(db, "--section", "groups", user=holder)
        try:
            app.select_row(title, within="小组与活动列表")
            app.click("打开所选小组或活动")
            _page(app, "报名")
            for name, phone in (("王小明", "13800001234"), ("李华", "13912345678")):
                app.click("添加报名")
                app.type_into("参加者姓名", name)
                app.type_into("电话", phone)
                app.click("保存")
                assert _label(app, "^%s 已报名" % name), harness.label_matching(app, ".")
            _shot(app, "registrations.png")

            _page(app, "节次")
            app.select_row("中心活动室", within="节次列表")
            app.click("为所选节次打开签到站")
            app.find("搜索签到名单", role="entry", timeout=20)
            _kiosk_sign_in(app, "WXM", "签到 王*明 ****1234")
            _kiosk_sign_in(app, "5678", "签到 李* ****5678")
            app.click("我没有报名")
            app.type_into("未报名者姓名", "赵敏")
            app.type_into("未报名者手机号", "13600004321")
            app.click("以未报名者身份签到")
            assert _label(app, r"^已签到 赵\*"), harness.label_matching(app, ".")
            _shot(app, "kiosk.png")
            assert harness.query(db, "SELECT COUNT(*) FROM signIn")[0][0] == 3

            # Leaving needs the worker's password; the programme window comes back.
            app.click("离开签到站")
            app.type_into("离开密码", harness.PASSWORD, role="password text")
            app.click("确认离开签到站")
            _page(app, "点名表")
            for name in ("王小明", "李华", "赵敏"):
                assert harness.wait_until(lambda: app.find_all(name, role="label", root=app.find("点名表", role="tree table"))), \
                    "%s is not in the roll call" % name
            assert _label(app, r"^组员 3 人"), harness.label_matching(app, ".")
            _shot(app, "roll-call.png")

            # The walk-in waits for matching in the registrations tab.
            _page(app, "报名")
            app.select_row("赵敏", within="待匹配现场报名者列表")
            app.click("确认所选现场报名者为新参加者")
            assert _label(app, "^赵敏 已确认为新参加者"), harness.label_matching(app, ".")
        finally:
            _close(app)
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)
