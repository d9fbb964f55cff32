"""GUI: signing in, and the 人员与服务点 view, through AT-SPI against the real program and a real SQLite file."""
import json

import harness


def test_first_run_creates_the_administrator_and_the_example_centre():
    db = harness.temp_db()
    app = harness.App(db)
    try:
        app.type_into("姓名", "李管理")
        app.type_into("密码", harness.PASSWORD, role="password text")
        app.type_into("重复密码", harness.PASSWORD, role="password text")
        app.click("创建示例机构", role="check box")
        app.click("创建管理员")
        app.find("人员与服务点")
        admin = harness.query(db, "SELECT code FROM worker WHERE role = 'administrator'")
        assert admin == [("LGL",)], admin
        hashes = harness.query(db, "SELECT passwordHash FROM account")
        assert len(hashes) >= 25 and all(h.startswith("$argon2id$") for (h,) in hashes), len(hashes)
        roles = {r for (r,) in harness.query(db, "SELECT DISTINCT role FROM worker")}
        assert {"frontline", "assistantSupervisor", "traineeSupervisor", "supervisor", "chair"} <= roles, roles
    finally:
        app.close()


def test_wrong_password_is_refused_and_logged():
    db, admin = harness.init_db()
    app = harness.App(db)
    try:
        app.type_into("人员编码", admin)
        app.type_into("密码", "not-the-password", role="password text")
        app.click("登录")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label") if "密码" in n.name and "5" in n.name])
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'loginFailed'")[0][0] == 1
        app.type_into("密码", harness.PASSWORD, role="password text")
        app.click("登录")
        app.find("人员与服务点")
    finally:
        app.close()


def test_add_worker_through_the_form_lands_in_the_file_and_the_list():
    db, admin = harness.init_db()
    app = harness.App(db, user=admin)
    try:
        app.click("新增工作人员")
        app.type_into("姓名", "曾小华")
        app.type_into("电话", "13800001234")
        app.click("保存")
        rows = harness.wait_until(lambda: harness.query(
            db, "SELECT code, name, role, phone FROM worker WHERE name = '曾小华'"))
        assert rows == [("ZXH", "曾小华", "frontline", "13800001234")], rows  # 曾 read as a surname: Zēng
        assert app.find("曾小华", role="label"), "the new worker shows in the list"
        assert app.find("ZXH", role="label"), "with the issued staff code"
        app.process.kill()  # SIGKILL: a confirmed record survives the process dying at once
        app.process.wait()
        listed = json.loads(harness.cli(db, "worker", "list", "--json", "--user", admin).stdout)
        assert "ZXH" in [w["code"] for w in listed], listed
    finally:
        app.close()


def test_empty_name_is_refused_with_the_field_named_and_nothing_written():
    db, admin = harness.init_db()
    app = harness.App(db, user=admin)
    try:
        app.click("新增工作人员")
        app.type_into("姓名", "   ")
        app.click("保存")
        message = harness.wait_until(lambda: [n.name for n in app.find_all(role="label") if "不能为空" in n.name])
        assert message and message[0].startswith("姓名"), message  # the field is named
        assert harness.query(db, "SELECT COUNT(*) FROM worker") == [(1,)]  # the administrator alone
        app.click("取消")
    finally:
        app.close()


def test_a_frontline_worker_cannot_change_the_directory():
    db, _ = harness.init_db(demo=True)
    app = harness.App(db, user=harness.worker_code(db, "frontline"))
    try:
        add = app.find("新增工作人员")
        assert not add.getState().contains(app.pyatspi.STATE_SENSITIVE), "ROLE-01: only the directory's managers add staff"
    finally:
        app.close()


def test_every_section_is_reachable_and_named():
    db, admin = harness.init_db()
    app = harness.App(db, user=admin)
    try:
        for section in ["个案", "小组与活动", "督导", "应急预案", "待办", "指标", "人员与服务点", "参考数据"]:
            assert app.find_all(section), "section %s is in the sidebar" % section
        assert app.find("众爱社工工作台")
    finally:
        app.close()


def test_deactivating_a_worker_asks_first_and_keeps_the_code():
    db, admin = harness.init_db()
    harness.cli(db, "worker", "add", "--name", "王明", "--role", "frontline", "--user", admin)
    app = harness.App(db, "--section", "directory", user=admin)
    try:
        app.select_row("王明")
        app.click("停用所选人员")
        app.click("停用(D)")
        assert harness.wait_until(lambda: harness.query(db, "SELECT isActive FROM worker WHERE code = 'WM'") == [(0,)])
        # A code once issued is never issued again (ARC-06).
        added = harness.cli(db, "worker", "add", "--name", "王敏", "--role", "frontline", "--user", admin)
        assert added.stdout.strip() != "WM"
    finally:
        app.close()


def test_reset_password_forces_the_colleague_to_choose_their_own():
    db, admin = harness.init_db()
    code = harness.cli(db, "worker", "add", "--name", "林晓婷", "--role", "frontline", "--user", admin).stdout.strip()
    app = harness.App(db, "--section", "directory", user=admin)
    try:
        app.select_row("林晓婷")
        app.click("重置所选人员的密码")
        app.type_into("新密码", "Temporary-pass-1", role="password text")
        app.type_into("重复新密码", "Temporary-pass-1", role="password text")
        app.click("保存")
        # The colleague had no account yet: the reset opens one, which must be changed at the first sign-in.
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT mustChangePassword FROM account WHERE workerCode = ?", code) == [(1,)])
    finally:
        app.close()
    app = harness.App(db, user=code, password="Temporary-pass-1")
    try:
        app.type_into("当前密码", "Temporary-pass-1", role="password text")
        app.type_into("新密码", "Own-choice-2026", role="password text")
        app.type_into("重复新密码", "Own-choice-2026", role="password text")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT mustChangePassword FROM account WHERE workerCode = ?", code) == [(0,)])
    finally:
        app.close()
    assert harness.cli(db, "worker", "list", "--user", code, password="Own-choice-2026").returncode == 0


def test_the_window_locks_itself_when_idle_and_the_same_worker_unlocks_it():
    db, admin = harness.init_db()
    harness.cli(db, "policy", "set", "account.idle_lock_minutes", "1", "--user", admin)
    app = harness.App(db, user=admin)
    try:
        # Nobody touches the window: within the minute and the half-minute check it hides and asks again.
        assert harness.wait_until(lambda: app.find_all("解锁"), timeout=150), "the lock window appears"
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'idleLock'")[0][0] == 1
        app.type_into("密码", harness.PASSWORD, role="password text")
        app.click("解锁")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'login'")[0][0] == 2), "signed in again"
    finally:
        app.close()
