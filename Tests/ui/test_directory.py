"""GUI: the 人员与服务点 view through AT-SPI, against the real program and a real SQLite file."""
import harness


def _fresh_app():
    db = harness.temp_db()
    harness.cli(db, "init")
    app = harness.App(db)
    app.click("从空白开始")  # the first-run choice on an empty database
    return db, app


def test_add_worker_through_the_form_lands_in_the_file_and_the_list():
    db, app = _fresh_app()
    try:
        app.click("新增工作人员")
        app.type_into("姓名", "曾小华")
        app.type_into("电话", "13800001234")
        app.click("保存")
        rows = harness.wait_until(lambda: harness.query(db, "SELECT code, name, role, phone FROM worker"))
        assert rows == [("ZXH", "曾小华", "frontline", "13800001234")], rows  # 曾 read as a surname: Zēng
        assert app.find("曾小华", role="label"), "the new worker shows in the list"
        assert app.find("ZXH", role="label"), "with the issued staff code"
    finally:
        app.close()


def test_empty_name_is_refused_with_the_field_named_and_nothing_written():
    db, app = _fresh_app()
    try:
        app.click("新增工作人员")
        app.type_into("姓名", "   ")
        app.click("保存")
        message = harness.wait_until(lambda: [n.name for n in app.find_all(role="label") if "不能为空" in n.name])
        assert message and message[0].startswith("姓名"), message  # the field is named
        assert harness.query(db, "SELECT COUNT(*) FROM worker") == [(0,)]
        app.click("取消")
    finally:
        app.close()


def test_example_centre_from_the_first_run_choice():
    db = harness.temp_db()
    harness.cli(db, "init")
    app = harness.App(db)
    try:
        app.click("创建示例机构")
        count = harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM worker")[0][0] >= 25 and
                                   harness.query(db, "SELECT COUNT(*) FROM worker")[0][0])
        assert count >= 25, count
        roles = {r for (r,) in harness.query(db, "SELECT DISTINCT role FROM worker")}
        assert {"frontline", "assistantSupervisor", "traineeSupervisor", "supervisor", "chair"} <= roles, roles
        # The list follows the database through the store's observation.
        name = harness.query(db, "SELECT name FROM worker ORDER BY code LIMIT 1")[0][0]
        assert app.find(name, role="label")
    finally:
        app.close()


def test_every_section_is_reachable_and_named():
    db = harness.temp_db()
    harness.cli(db, "init", "--demo")
    app = harness.App(db)
    try:
        for section in ["个案", "小组与活动", "督导", "应急预案", "待办", "指标", "人员与服务点", "参考数据"]:
            assert app.find_all(section), "section %s is in the sidebar" % section
        assert app.find("众爱社工工作台")
    finally:
        app.close()


def test_deactivating_a_worker_asks_first_and_keeps_the_code():
    db = harness.temp_db()
    harness.cli(db, "init")
    harness.cli(db, "worker", "add", "--name", "王明", "--role", "frontline")
    app = harness.App(db, "--section", "directory")
    try:
        app.select_row("王明")
        app.click("停用所选人员")
        app.click("停用(D)")
        assert harness.wait_until(lambda: harness.query(db, "SELECT isActive FROM worker WHERE code = 'WM'") == [(0,)])
        # A code once issued is never issued again (ARC-06).
        assert harness.cli(db, "worker", "add", "--name", "王敏", "--role", "frontline").stdout.strip() != "WM"
    finally:
        app.close()
