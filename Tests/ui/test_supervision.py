"""GUI: a supervisor records a group session for three workers; each of them sees it waiting for confirmation and
confirms it (two in 督导记录, one from the 待办 inbox); the compliance grid shows the new counts (SUP-01, SUP-02,
SUP-04, SUP-05)."""
import datetime
import shutil

import harness


def _assistant_with_three(db):
    """A 督导助理 of the demo centre and three frontline workers directly under them."""
    for (assistant,) in harness.query(db, "SELECT code FROM worker WHERE role = 'assistantSupervisor' "
                                          "AND isActive = 1 ORDER BY code"):
        workers = harness.query(db, "SELECT code, name FROM worker WHERE supervisorCode = ? AND role = 'frontline' "
                                    "AND isActive = 1 ORDER BY code LIMIT 3", assistant)
        if len(workers) == 3:
            return assistant, workers
    raise AssertionError("the demo centre has no assistant supervisor with three frontline workers")


def _row_texts(app, list_name, text):
    """The cell texts of the row of `list_name` that holds `text`."""
    root = app.find(list_name)
    cells = harness.wait_until(lambda: app.find_all(text, role="label", root=root))
    assert cells, "no row of %r holds %r" % (list_name, text)
    row = cells[0]
    while row.parent is not None and "Selection" not in row.parent.get_interfaces():
        row = row.parent
    return [n.name for n in app.find_all(role="label", root=row)]


def test_SUP05_a_group_session_is_confirmed_by_each_supervisee_and_counted():
    db, _ = harness.init_db(demo=True)
    try:
        assistant, workers = _assistant_with_three(db)
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
        app = harness.App(db, "--section", "supervision", user=assistant)
        try:
            app.click("记录新的督导会面")
            app.type_into("开始时间", "09:30")
            app.type_into("督导对象", " ".join(code for code, _ in workers))
            app.type_into("讨论主题", "个案预估的方法")
            app.type_into("督导建议", "多做家访，记录当天完成")
            app.type_into("跟进事项", "交预估报告 @%s" % (today + datetime.timedelta(days=7)))
            app.click("保存")
            assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM supervisionParticipant")[0][0] == 3)
            assert harness.query(db, "SELECT format, supervisorCode FROM supervisionSession") == [("group", assistant)]
            for code, name in workers:
                cells = _row_texts(app, "督导频次表", "%s（%s）" % (name, code))
                assert "1" in cells and "2" in cells, cells  # held 1 of the minimum 2 (SUP-04)
        finally:
            app.close()

        when = "%s 09:30" % today
        for index, (code, _) in enumerate(workers):
            inbox = index == 2
            app = harness.App(db, "--section", "due" if inbox else "supervision", user=code)
            try:
                app.select_row(when, within="待办事项列表" if inbox else "等待你确认的督导记录")
                app.click("在待办中确认所选督导记录" if inbox else "确认所选督导记录")
                assert harness.wait_until(lambda: harness.query(
                    db, "SELECT response FROM supervisionParticipant WHERE workerCode = ?", code) == [("confirmed",)])
            finally:
                app.close()

        app = harness.App(db, "--section", "supervision", user=assistant)
        try:
            cells = _row_texts(app, "督导会面列表", when)
            assert "3/3" in cells, cells
            for code, name in workers:
                assert "1" in _row_texts(app, "督导频次表", "%s（%s）" % (name, code))
        finally:
            app.close()
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)
