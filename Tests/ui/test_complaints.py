"""CLI and GUI: the opinions and complaints register. A complaint with no source is refused naming CMP-01 and
nothing is written; a reply dated before the complaint is refused naming CMP-02; a charge to a client is recorded as
a complaint (CMP-03); the register is read and closed from the command line. In the window a frontline worker
records a complaint (refused first without its source) and replies to it."""
import datetime
import json
import shutil
import os

import harness


def _label_containing(app, text):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if text in n.name])


def test_CMP01_CMP02_CMP03_the_register_from_the_command_line():
    db, _ = harness.init_db(demo=True)
    try:
        worker = harness.worker_code(db, "frontline")
        hr = harness.worker_code(db, "adminHR")
        today = datetime.date.today()

        # CMP-01: no source, nothing written.
        refused = harness.cli(db, "complaint", "add", "--user", worker, "--channel", "phone",
                              "--content", "家访迟到", check=False)
        assert refused.returncode != 0 and "CMP-01" in refused.stderr, refused.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM complaint")[0][0] == 0

        received = (today - datetime.timedelta(days=1)).isoformat()
        added = harness.cli(db, "complaint", "add", "--user", worker, "--source", "服务对象", "--channel", "电话",
                            "--received", received, "--name", "欧阳小明", "--contact", "13812341234",
                            "--content", "社工家访迟到一小时", "--handler", hr, "--json")
        record = json.loads(added.stdout)
        assert record["handlerCode"] == hr and record["source"] == "serviceUser"
        assert record["replyDueOn"] == (today + datetime.timedelta(days=1)).isoformat(), "CMP-02: 2 days"

        # CMP-02: a reply dated before the complaint is refused and nothing is written.
        early = (today - datetime.timedelta(days=3)).isoformat()
        refused = harness.cli(db, "complaint", "reply", record["id"], "--user", hr, "--result", "已致电道歉",
                              "--on", early, check=False)
        assert refused.returncode != 0 and "CMP-02" in refused.stderr, refused.stderr
        assert harness.query(db, "SELECT repliedOn FROM complaint") == [(None,)]

        listed = json.loads(harness.cli(db, "complaint", "list", "--user", hr, "--json").stdout)
        assert [r["state"] for r in listed] == ["awaitingReply"]
        assert "complainantName" not in listed[0], "the register shows no names"

        replied = json.loads(harness.cli(db, "complaint", "reply", record["id"], "--user", hr,
                                         "--result", "已致电道歉并调整家访时间", "--json").stdout)
        assert replied["state"] == "replied" and not replied["late"]
        closed = json.loads(harness.cli(db, "complaint", "follow-up", record["id"], "--user", hr,
                                        "--note", "电话回访，服务对象满意", "--close", "--json").stdout)
        assert closed["state"] == "closed" and len(closed["followUps"]) == 1
        shown = harness.cli(db, "complaint", "show", record["id"], "--user", hr).stdout
        assert "欧阳小明" in shown
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'view' AND recordID = ?",
                             record["id"])[0][0] == 1, "the full read is logged"

        # CMP-03: a charge is always a complaint.
        charged = json.loads(harness.cli(db, "complaint", "add", "--user", worker, "--kind", "opinion",
                                         "--charge", "--source", "serviceUser", "--channel", "inPerson",
                                         "--content", "小组活动收取材料费20元", "--json").stdout)
        assert charged["kind"] == "complaint" and charged["isCharge"]
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)


def test_CMP01_CMP02_a_complaint_is_recorded_and_replied_in_the_window():
    db, _ = harness.init_db(demo=True)
    worker = harness.worker_code(db, "frontline")
    app = harness.App(db, "--section", "complaints", user=worker)
    try:
        app.click("登记意见或投诉")
        app.type_into("意见或投诉的内容", "希望周末也有长者活动", role="text")
        app.choose("意见或投诉的渠道", "意见箱")
        app.click("保存")
        assert _label_containing(app, "CMP-01"), "no source: refused naming the rule"
        assert harness.query(db, "SELECT COUNT(*) FROM complaint")[0][0] == 0
        app.choose("意见或投诉的来源", "服务对象")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT source, channel, content FROM complaint") == [
            ("serviceUser", "suggestionBox", "希望周末也有长者活动")])
        assert _label_containing(app, "CMP-02")

        today = datetime.date.today().isoformat()
        app.select_row("服务对象", within="意见与投诉列表")
        app.click("记录向投诉人反馈的处理结果")
        app.type_into("处理结果或跟进内容", "已安排每月一次周末活动", role="text")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT repliedOn, replyResult FROM complaint") == [
            (today, "已安排每月一次周末活动")])
        if os.environ.get("ZHONGAI_SHOTS"):
            os.makedirs(os.environ["ZHONGAI_SHOTS"], exist_ok=True)
            app.screenshot(os.path.join(os.environ["ZHONGAI_SHOTS"], "complaints.png"))
    finally:
        app.close()
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
