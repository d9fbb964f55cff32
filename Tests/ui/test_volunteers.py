"""CLI and GUI: volunteers and publicity (IND-01). Through the command line a frontline worker enters two volunteers
(a third with the same name and phone is asked about), records a training, a service time, an outreach event and a
newsletter, and their year's counts are the five volunteer and publicity indicators; bad input (a service with no
volunteer, a newsletter with no title, hours of 0) is refused and writes nothing. In the GUI the worker adds a
volunteer and records their service, and the counts at the top of 志愿者与宣传 go up; then marks the volunteer
as left."""
import json
import os
import re
import shutil

import harness

SHOTS = os.environ.get("ZHONGAI_SHOTS")  # a folder to keep the screenshots in, when set


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _frontline(db):
    return harness.worker_code(db, "frontline")


def _count_rows(db):
    return [harness.query(db, "SELECT COUNT(*) FROM %s" % table)[0][0]
            for table in ("volunteer", "volunteerTraining", "volunteerService", "volunteerServiceVolunteer",
                          "outreach", "newsletter")]


def test_IND01_cli_adds_volunteers_and_publicity_and_counts_them():
    db, _ = harness.init_db(demo=True)
    try:
        me = _frontline(db)
        first = json.loads(harness.cli(db, "volunteer", "add", "--user", me, "--name", "陈美华", "--gender", "female",
                                       "--phone", "13800138001", "--skills", "手工", "--json").stdout)
        second = harness.cli(db, "volunteer", "add", "--user", me, "--name", "李志强").stdout.strip()
        assert first["name"] == "陈*华" and first["phone"] == "138****8001", first
        again = harness.cli(db, "volunteer", "add", "--user", me, "--name", "陈美华", "--phone", "13800138001",
                            check=False)
        assert again.returncode != 0 and "--allow-duplicate" in again.stderr, again.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM volunteer")[0][0] == 2

        harness.cli(db, "volunteer", "training", "--user", me, "--title", "长者陪伴技巧", "--minutes", "90",
                    "--attendee", str(first["number"]), "--attendee", second)
        service = json.loads(harness.cli(db, "volunteer", "service", "--user", me, "--hours", "2.5",
                                         "--activity", "长者生日会协助", "--volunteer", str(first["number"]),
                                         "--volunteer", second, "--json").stdout)
        assert service["personTimes"] == 2, service
        harness.cli(db, "publicity", "outreach", "--user", me, "--place", "南社村文化广场", "--theme", "防诈骗宣传",
                    "--people", "60")
        harness.cli(db, "publicity", "newsletter", "--user", me, "--issue", "第1期", "--title", "社工服务简报")

        before = _count_rows(db)
        for bad in (["volunteer", "service", "--hours", "2", "--activity", "义卖"],
                    ["volunteer", "service", "--hours", "0", "--activity", "义卖", "--volunteer", second],
                    ["publicity", "newsletter", "--issue", "第2期", "--title", " "]):
            refused = harness.cli(db, *bad, "--user", me, check=False)
            assert refused.returncode != 0 and "IND-01" in refused.stderr, (bad, refused.stderr)
        assert _count_rows(db) == before, "a refusal wrote nothing"

        counts = json.loads(harness.cli(db, "volunteer", "count", "--user", me, "--json").stdout)["indicators"]
        assert {k: v["total"] for k, v in counts.items()} == {
            "volunteersRecruited": 2, "volunteerTraining": 1, "volunteerServices": 2, "outreach": 1,
            "newsletter": 1}, counts
        listed = json.loads(harness.cli(db, "publicity", "list", "--user", me, "--json").stdout)
        assert sorted(row["kind"] for row in listed) == ["newsletter", "outreach"], listed
        names = [v["name"] for v in json.loads(harness.cli(db, "volunteer", "list", "--user", me, "--json").stdout)]
        assert names == ["陈*华", "李*强"], names
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def _tab(app, title):
    """Shows a page of the section through its switcher."""
    tabs = [t for t in app.find_all(role="page tab") if t.name == title]
    assert tabs, "no page %r" % title
    tabs[0].queryAction().doAction(0)


def test_IND01_gui_adds_a_volunteer_and_records_their_service():
    db, _ = harness.init_db(demo=True)
    me = _frontline(db)
    app = harness.App(db, "--section", "volunteers", user=me)
    try:
        assert harness.wait_until(lambda: harness.label_matching(app, "志愿者提供服务 0 人次"))
        app.click("添加志愿者")
        app.type_into("志愿者姓名", "黄小玲")
        app.type_into("志愿者电话", "13900139000")
        app.type_into("特长", "摄影")
        _shot(app, "volunteer-editor.png")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT name, recruitedBy FROM volunteer")
                                  == [("黄小玲", me)])
        number = harness.query(db, "SELECT number FROM volunteer")[0][0]
        assert harness.wait_until(lambda: harness.label_matching(app, "发展志愿者人数 1 人"))

        _tab(app, "志愿服务")
        app.click("记录志愿者服务")
        app.type_into("每位志愿者服务时数", "0")
        app.type_into("志愿者服务内容", "长者生日会协助")
        app.select_row("黄*玲", within="可选志愿者")
        app.click("加入所选志愿者")
        app.click("保存")
        assert harness.wait_until(lambda: harness.label_matching(app, r"时数.*IND-01")), "hours of 0 are refused"
        assert harness.query(db, "SELECT COUNT(*) FROM volunteerService")[0][0] == 0
        app.type_into("每位志愿者服务时数", "2")
        _shot(app, "volunteer-service.png")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(
            db, "SELECT v.number FROM volunteerServiceVolunteer s JOIN volunteer v ON v.id = s.volunteerID")
            == [(number,)])
        assert harness.wait_until(lambda: harness.label_matching(app, "志愿者提供服务 1 人次"))
        _shot(app, "volunteers-view.png")

        # Leaving is recorded, never a deletion (CONF-05): the volunteer stays counted as recruited.
        _tab(app, "志愿者名册")
        app.select_row("黄*玲", within="志愿者名单")
        app.click("登记所选志愿者已离开")
        app.type_into("离开原因", "外出务工")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT leftReason FROM volunteer") == [("外出务工",)])
        assert harness.wait_until(lambda: harness.label_matching(app, "发展志愿者人数 1 人"))
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
