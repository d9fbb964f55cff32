"""GUI: the venue sign-in station on an offline laptop (issue 5 items 2 and 3, GRP-04). A programme with a session and
three registrations is made in the office through the CLI and exported as a station bundle; `zhongai station` opens
it under AT-SPI; two registered members sign in (one found by pinyin initials, one by the last four phone digits,
with a drawn signature) and one walk-in; a second tap is told, not counted; leaving needs the passphrase (a wrong one
keeps the kiosk); the batch is exported, imported in the office, and the roll call holds all three once. In the office
the kiosk opened from the programme window hides every other window and is left only with the worker's password; at
the last session it hands out the feedback form (GRP-05)."""
import datetime
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import time

import harness

PASSPHRASE = "venue-laptop-2026"
SHOTS = os.environ.get("ZHONGAI_KIOSK_SHOTS")  # a folder to keep the kiosk's screenshots in, for looking at them


MEMBERS = [("王小明", "13800001234"), ("李华", "13912345678"), ("陈大文", "13700009999")]


def _programme_with_session(db, worker):
    """An activity in ten days (its plan approved by the worker's supervisor: C1 lead time) with one session and three
    registered members; returns (programme id, session id)."""
    day = str(datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date() + datetime.timedelta(days=10))
    supervisor = harness.query(db, "SELECT supervisorCode FROM worker WHERE code = ?", worker)[0][0]
    programme = json.loads(harness.cli(db, "programme", "create", "--user", worker, "--kind", "smallActivity",
                                       "--title", "长者健康讲座", "--starts", day, "--ends", day, "--json").stdout)["id"]
    harness.cli(db, "programme", "plan", "--user", worker, programme, "--aims", "健康饮食", "--target", "社区长者",
                "--item", "讲座: 健康饮食", "--budget", "茶点=100")
    harness.cli(db, "programme", "submit-plan", "--user", worker, programme)
    harness.cli(db, "programme", "approve-plan", "--user", supervisor, programme)
    session = json.loads(harness.cli(db, "programme", "session", "--user", worker, programme, "--on", day,
                                     "--start", "09:30", "--minutes", "90", "--venue", "中心活动室", "--json").stdout)["id"]
    for name, phone in MEMBERS:
        harness.cli(db, "programme", "register", "--user", worker, programme, "--name", name, "--phone", phone)
    return programme, session


def _station_cli(db, *args):
    """A `zhongai signin …` command that needs the station passphrase ($ZHONGAI_STATION_PASSPHRASE)."""
    os.environ["ZHONGAI_STATION_PASSPHRASE"] = PASSPHRASE
    try:
        return harness.cli(db, "signin", *args)
    finally:
        del os.environ["ZHONGAI_STATION_PASSPHRASE"]


def _message(app):
    """The kiosk's last confirmation or warning ("" when there is none)."""
    return harness.label_matching(app, r"^(已签到 \S+ \d\d:\d\d|\S+ 已于 \d\d:\d\d 签到)") or ""


def _refusal(app, act, pattern="口令|密码|passphrase|password"):
    """Does `act` and returns the new labels that then say why it was refused (a password, a passphrase…), if any."""
    before = {n.name for n in app.find_all(role="label")}
    act()
    return harness.wait_until(lambda: [n.name for n in app.find_all(role="label")
                                       if n.name not in before and re.search(pattern, n.name)])


def _count(app):
    return harness.label_matching(app, r"^已签到 \d+ 人 / 报名 \d+ 人$")


def _sign_in(app, query, row_name):
    """Types `query` into the search and taps the row named `row_name`; returns the new message the kiosk then
    shows (it appears only once the sign-in is committed)."""
    before = _message(app)
    app.type_into("搜索签到名单", query, role="entry")
    row = harness.wait_until(lambda: app.find_all(row_name, role="push button"))
    assert row, "no row %r for %r" % (row_name, query)
    row[0].queryAction().doAction(0)
    return harness.wait_until(lambda: _message(app) != before and _message(app))


def _draw_signature(app):
    """Drags the pointer across the signature pad, as a finger or a pen would (XTest)."""
    pad = app.find("签名板")
    box = pad.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 4, box.y + box.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1"], check=True)
    for step in range(1, 9):
        subprocess.run(["xdotool", "mousemove", str(x + step * box.width // 16), str(y + (step % 3 - 1) * 20)],
                       check=True)
        time.sleep(0.03)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.3)


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def drive_station(bundle, folder, registered):
    """Runs `zhongai station` on `bundle` through the whole venue story; returns the path of the batch it wrote."""
    home = os.path.join(folder, "home")
    os.makedirs(home, exist_ok=True)
    app = harness.StationApp(bundle, "--station-db", os.path.join(folder, "station.sqlite"), home=home)
    try:
        # The passphrase window first: a wrong passphrase is refused, the right one opens the kiosk.
        app.type_into("签到站口令", "not-the-passphrase", role="password text")
        refused = _refusal(app, lambda: app.click("打开签到站"))
        assert refused, "a wrong passphrase opened the station"
        app.type_into("签到站口令", PASSPHRASE, role="password text")
        app.click("打开签到站")
        app.find("搜索签到名单", role="entry")
        assert _count(app) == "已签到 0 人 / 报名 %d 人" % registered
        _shot(app, "kiosk-start.png")

        # By pinyin initials: 王小明 → WXM; the row shows the name and phone masked.
        said = _sign_in(app, "WXM", "签到 王*明 ****1234")
        assert re.fullmatch(r"已签到 王\*明 \d\d:\d\d", said), said

        # By the last four digits, with a signature drawn first.
        app.type_into("搜索签到名单", "5678", role="entry")
        _draw_signature(app)
        _shot(app, "kiosk-signature.png")
        said = _sign_in(app, "5678", "签到 李* ****5678")
        assert re.fullmatch(r"已签到 李\* \d\d:\d\d", said), said

        # A walk-in with the short form.
        app.click("我没有报名")
        app.type_into("未报名者姓名", "赵敏")
        app.type_into("未报名者手机号", "13600004321")
        _shot(app, "kiosk-walk-in.png")
        app.click("以未报名者身份签到")
        said = harness.wait_until(lambda: _message(app).startswith("已签到 赵*") and _message(app))
        assert said, _message(app)
        assert _count(app) == "已签到 3 人 / 报名 %d 人" % registered

        # A second tap is told and not counted.
        said = _sign_in(app, "WXM", "签到 王*明 ****1234")
        assert re.fullmatch(r"王\*明 已于 \d\d:\d\d 签到，不重复计算", said), _message(app)
        assert _count(app) == "已签到 3 人 / 报名 %d 人" % registered
        _shot(app, "kiosk-twice.png")

        # Leaving: a wrong passphrase keeps the kiosk, the right one offers the batch.
        app.click("离开签到站")
        app.type_into("离开密码", "wrong-passphrase", role="password text")
        refused = _refusal(app, lambda: app.click("确认离开签到站"))
        assert refused, "a wrong passphrase was not refused"
        assert app.process.poll() is None
        _shot(app, "kiosk-leave.png")
        app.type_into("离开密码", PASSPHRASE, role="password text")
        app.click("确认离开签到站")
        app.click("导出签到批次")
        status = harness.wait_until(lambda: harness.label_matching(app, "^签到批次已写入"))
        assert status, harness.label_matching(app, ".")
        _shot(app, "kiosk-export.png")
        batch = re.search(r"已写入 (.+\.zhongai-batch)", status).group(1)
        assert batch.startswith(home) and os.path.exists(batch), batch
        app.click("关闭签到站")
        app.process.wait(timeout=10)
        assert app.process.returncode == 0, (app.process.returncode, app.process.stdout.read().decode()[-9000:].replace("swift-runtime: failed to suspend", ""))
    finally:
        app.close()

    return batch


def test_GRP04_station_signs_in_members_and_a_walk_in_once_and_the_office_imports_the_batch():
    db, _ = harness.init_db(demo=True)
    worker = harness.worker_code(db, "frontline")
    programme, session = _programme_with_session(db, worker)
    folder = tempfile.mkdtemp(prefix="zhongai-station-")
    bundle = os.path.join(folder, "session.zhongai-station")
    _station_cli(db, "export-bundle", "--user", worker, "--session", session, "--out", bundle)

    batch = drive_station(bundle, folder, registered=len(MEMBERS))

    _station_cli(db, "import-batch", "--user", worker, "--file", batch, "--session", session)
    roll = json.loads(harness.cli(db, "signin", "rollcall", "--user", worker, "--programme", programme, "--json").stdout)
    text = json.dumps(roll, ensure_ascii=False)
    for name in ("王小明", "李华", "赵敏"):
        assert text.count(name) == 1, (name, text)
    rows = harness.query(db, "SELECT r.name, r.isWalkIn, s.signature IS NOT NULL FROM signIn s "
                             "JOIN registration r ON r.id = s.registrationID WHERE s.sessionID = ? ORDER BY r.name",
                         session)
    assert sorted(rows) == sorted([("王小明", 0, 0), ("李华", 0, 1), ("赵敏", 1, 0)]), rows


def _frames(app):
    """The program's windows as (title, showing)."""
    return [(n.name, n.getState().contains(app.pyatspi.STATE_SHOWING)) for n in app.find_all(role="frame")]


def _office_kiosk(db, worker):
    """The workbench signed in as `worker`, with the kiosk opened from the programme window for its one session."""
    app = harness.App(db, "--section", "groups", user=worker)
    try:
        app.select_row("长者健康讲座", within="小组与活动列表")
        app.click("打开所选小组或活动")
        window = harness.wait_until(lambda: [n for n in app.find_all(role="frame") if n.name.startswith("小组或活动 ")])
        assert window, _frames(app)
        tab = harness.wait_until(lambda: app.find_all("节次", role="page tab", root=window[0]))
        tab[0].queryAction().doAction(0)
        app.select_row("中心活动室", within="节次列表")
        app.click("为所选节次打开签到站")
        app.find("搜索签到名单", role="entry", timeout=20)
        return app
    except Exception:
        app.close()
        raise


def test_GRP04_office_kiosk_hides_the_workbench_and_leaves_only_with_the_password():
    db, _ = harness.init_db(demo=True)
    worker = harness.worker_code(db, "frontline")
    _, session = _programme_with_session(db, worker)
    app = _office_kiosk(db, worker)
    try:
        # Nothing of the workbench is reachable: every other window is hidden while the kiosk runs.
        shown = harness.wait_until(lambda: [t for t, showing in _frames(app) if showing] == ["签到：长者健康讲座"])
        assert shown, _frames(app)
        said = _sign_in(app, "WXM", "签到 王*明 ****1234")
        assert re.fullmatch(r"已签到 王\*明 \d\d:\d\d", said), said
        assert harness.query(db, "SELECT COUNT(*) FROM signIn WHERE sessionID = ?", session) == [(1,)]
        _shot(app, "office-kiosk.png")

        # Escape does not leave; a wrong password keeps the kiosk; the worker's password leaves it.
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        app.click("离开签到站")
        app.type_into("离开密码", "not-my-password", role="password text")
        refused = _refusal(app, lambda: app.click("确认离开签到站"))
        assert refused, "a wrong password was not refused"
        assert [t for t, showing in _frames(app) if showing] == ["签到：长者健康讲座"], _frames(app)
        app.type_into("离开密码", harness.PASSWORD, role="password text")
        app.click("确认离开签到站")
        back = harness.wait_until(lambda: not any(t.startswith("签到：") for t, _ in _frames(app))
                                  and any(showing for t, showing in _frames(app) if t.startswith("小组或活动 ")))
        assert back, _frames(app)
    finally:
        app.close()


def test_GRP05_the_last_session_offers_the_feedback_form_at_the_kiosk():
    db, _ = harness.init_db(demo=True)
    worker = harness.worker_code(db, "frontline")
    programme, _ = _programme_with_session(db, worker)
    # C1 keeps a plan from being approved for a session today, so the approved session is moved to today in the file:
    # the form is handed out at the last session, on its day (GRP-05).
    today = str(datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date())
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE programmeSession SET heldOn = ? WHERE programmeID = ?", (today, programme))
    app = _office_kiosk(db, worker)
    try:
        _sign_in(app, "WXM", "签到 王*明 ****1234")
        app.click("为 王*明 填写参加者意见表")
        # Every item must be scored: refused, naming the item and the rule, and nothing is written.
        refused = _refusal(app, lambda: app.click("提交参加者意见表"), pattern="GRP-05")
        assert refused, harness.label_matching(app, ".")
        assert harness.query(db, "SELECT COUNT(*) FROM programmeFeedback") == [(0,)]
        for name in ("意见表：内容", "意见表：活动安排", "意见表：社工表现", "意见表：整体"):
            app.choose(name, "5 — 非常满意")
        app.type_into("意见表：意见", "讲得很清楚")
        _shot(app, "office-feedback.png")
        app.click("提交参加者意见表")
        assert harness.wait_until(lambda: harness.label_matching(app, r"^谢谢 王\*明，意见表已提交")), \
            harness.label_matching(app, ".")
        assert harness.query(db, "SELECT r.name, f.comments FROM programmeFeedback f "
                                 "JOIN registration r ON r.id = f.registrationID") == [("王小明", "讲得很清楚")]
    finally:
        app.close()
