"""CLI: `zhongai emergency plans|start|step|annotate|end|report|list|group --json` (EMG-01..03) and `zhongai
inspection start|record|done|list --json` (CHK-04) on the example centre: a fire drill from start to the submitted
report, with the refusals (a step ticked twice, a step of another event, a report with no steps, a report by
someone not leading the safety group, a tick after submission) each writing nothing."""
import json
import shutil

import harness


def _cli(db, *args, user, check=True):
    return harness.cli(db, *args, "--user", user, check=check)


def _counts(db):
    return harness.query(db, "SELECT (SELECT COUNT(*) FROM emergencyEvent), (SELECT COUNT(*) FROM emergencyStepLog), "
                             "(SELECT COUNT(*) FROM emergencyReport), (SELECT COUNT(*) FROM emergencyAnnotation)")


def test_EMG03_a_fire_drill_through_the_cli_from_start_to_submitted_report():
    db, _ = harness.init_db(demo=True)
    try:
        worker, point = harness.query(db, "SELECT code, servicePointID FROM worker WHERE role = 'frontline' "
                                          "AND servicePointID IS NOT NULL AND isActive ORDER BY code LIMIT 1")[0]
        chair = harness.worker_code(db, "chair")
        hr = harness.worker_code(db, "adminHR")

        plans = json.loads(_cli(db, "emergency", "plans", "--json", user=worker).stdout)
        assert [p["kind"] for p in plans] == ["fire", "foodPoisoning", "outingSafety", "suddenIllness",
                                              "psychiatricCrisis", "trafficAccident"]
        assert [len(p["steps"]) for p in plans] == [6, 5, 3, 4, 4, 3]
        assert plans[0]["steps"][4]["callNumbers"] == ["119", "120"]

        group = json.loads(_cli(db, "emergency", "group", "--service-point", str(point), "--json", user=worker).stdout)
        assert chair in [m["workerCode"] for m in group["members"] if m["role"] == "leader" and not m["isDeputy"]]

        drill = json.loads(_cli(db, "emergency", "start", "--kind", "防火预案", "--drill", "--service-point", str(point),
                                "--json", user=worker).stdout)
        event = drill["id"]
        assert drill["isDrill"] and drill["planVersion"] == 1 and drill["startedBy"] == worker

        # A report with no ticked step is refused, and writes nothing.
        before = _counts(db)
        _cli(db, "emergency", "end", event, user=worker)
        empty = _cli(db, "emergency", "report", event, "--submit", user=chair, check=False)
        assert empty.returncode != 0 and "EMG-03" in empty.stderr, empty.stderr
        assert _counts(db)[0][2] == 0, "no report written"

        drill = json.loads(_cli(db, "emergency", "start", "--kind", "fire", "--drill", "--service-point", str(point),
                                "--json", user=worker).stdout)
        event = drill["id"]
        for step in range(1, 7):
            by = ["--by", hr] if step == 4 else []
            _cli(db, "emergency", "step", event, "--step", str(step), *by, "--note", "第%d步完成" % step, user=worker)
        before = _counts(db)
        twice = _cli(db, "emergency", "step", event, "--step", "3", user=worker, check=False)
        assert twice.returncode != 0 and "EMG-03" in twice.stderr, twice.stderr
        assert _counts(db) == before, "a refused tick writes nothing"
        assert _cli(db, "emergency", "end", event, user=worker).stdout.strip().endswith("秒")

        draft = _cli(db, "emergency", "report", event, user=chair).stdout
        assert draft.startswith("draft")
        for step in plans[0]["steps"]:
            assert step["text"] in draft, step["text"]
        refused = _cli(db, "emergency", "report", event, "--submit", user=worker, check=False)
        assert refused.returncode != 0 and "EMG-03" in refused.stderr, refused.stderr
        submitted = json.loads(_cli(db, "emergency", "report", event, "--people", "无人受伤", "--follow-up",
                                    "补充灭火器", "--submit", "--json", user=chair).stdout)
        assert submitted["report"]["submittedBy"] == chair
        assert submitted["report"]["peopleAffected"] == "无人受伤"
        assert [s["doneBy"] for s in submitted["steps"]][3] == hr

        before = _counts(db)
        late = _cli(db, "emergency", "step", event, "--step", "1", user=worker, check=False)
        assert late.returncode != 0 and "EMG-03" in late.stderr, late.stderr
        resave = _cli(db, "emergency", "report", event, "--people", "改", user=chair, check=False)
        assert resave.returncode != 0 and "EMG-03" in resave.stderr, resave.stderr
        assert _counts(db) == before
        _cli(db, "emergency", "annotate", event, "--step", "5", "--text", "119 接警约 1 分钟", user=hr)
        assert _counts(db)[0][3] == 1

        history = json.loads(_cli(db, "emergency", "list", "--service-point", str(point), "--kind", "fire", "--json",
                                  user=worker).stdout)
        assert [h["id"] for h in history][0] == event
        latest = history[0]
        assert latest["stepsDone"] == 6 and latest["reportSubmitted"] and latest["durationSeconds"] is not None
        assert harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE detail LIKE ?",
                             "emergencyEvent %s:%%" % event)[0][0] >= 9
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)


def test_CHK04_an_inspection_through_the_cli_and_its_due_dates():
    db, _ = harness.init_db(demo=True)
    try:
        hr = harness.worker_code(db, "adminHR")
        point = harness.query(db, "SELECT id FROM servicePoint WHERE isActive ORDER BY id LIMIT 1")[0][0]
        due = json.loads(_cli(db, "inspection", "list", "--due", "--service-point", str(point), "--json",
                              user=hr).stdout)
        assert [d["kind"] for d in due] == ["inspection"] and due[0]["rule"] == "CHK-04"

        inspection = _cli(db, "inspection", "start", "--service-point", str(point), user=hr).stdout.strip()
        items = ["电路", "水路", "灭火器", "房屋牢固程度", "防盗设备", "门窗玻璃", "资料室防潮防火", "档案资料保密程度", "文件材料整理"]
        for item in items:
            if item == "灭火器":
                _cli(db, "inspection", "record", inspection, "--item", item, "--finding", "一支过期",
                     "--follow-up", "更换灭火器@2099-01-31", user=hr)
            else:
                _cli(db, "inspection", "record", inspection, "--item", item, "--ok", user=hr)
        twice = _cli(db, "inspection", "record", inspection, "--item", "电路", "--ok", user=hr, check=False)
        assert twice.returncode != 0 and "CHK-04" in twice.stderr, twice.stderr
        listed = json.loads(_cli(db, "inspection", "list", "--service-point", str(point), "--json", user=hr).stdout)
        assert listed[0]["isComplete"] and [i["outcome"] for i in listed[0]["items"]].count("finding") == 1
        due = json.loads(_cli(db, "inspection", "list", "--due", "--service-point", str(point), "--json",
                              user=hr).stdout)
        assert sorted(d["kind"] for d in due) == ["followUp", "inspection"], due
        follow_up = [d for d in due if d["kind"] == "followUp"][0]
        _cli(db, "inspection", "done", str(follow_up["followUpID"]), user=hr)
        due = json.loads(_cli(db, "inspection", "list", "--due", "--service-point", str(point), "--json",
                              user=hr).stdout)
        assert [d["kind"] for d in due] == ["inspection"] and due[0]["status"] == "upcoming", due
    finally:
        shutil.rmtree(db.rsplit("/", 1)[0], ignore_errors=True)
