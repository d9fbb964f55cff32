"""GUI + CLI: a worker's case is closed (CLI); in 档案移交 the worker makes the quarter's 移交清单 and hands it over;
服务部 opens it from 待办, receives it in the GUI and exports the list, in duplicate, as PDF (ARC-08, ARC-09, ARC-10);
the CLI refuses a list holding a record that is not closed and lends the received record once (CONF-04)."""
import datetime
import glob
import json
import os
import re
import shutil
import subprocess

import harness

SHOTS = os.environ.get("ZHONGAI_SHOTS")


def _shot(app, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        app.screenshot(os.path.join(SHOTS, name))


def _closed_case(db, worker, supervisor, name, phone):
    client = harness.cli(db, "client", "add", "--name", name, "--category", "elderly", "--birth-date", "1950-05-01",
                         "--phone", phone, "--user", worker).stdout.strip()
    code = harness.cli(db, "case", "open", "--client-id", client, "--user", worker).stdout.strip()
    case_id = harness.query(db, "SELECT id FROM caseFile WHERE code = ?", code)[0][0]
    request = harness.cli(db, "case", "close", case_id, "--reason", "clientRefusesService", "--user", worker).stdout.strip()
    harness.cli(db, "case", "approve", request, "--user", supervisor)
    return code


def _label_containing(app, text):
    return harness.wait_until(lambda: [n for n in app.find_all(role="label") if text in (n.name or "")])


def test_ARC08_C3_a_worker_hands_over_the_quarters_closed_case_and_the_service_department_receives_it():
    db, _ = harness.init_db(demo=True)
    home = os.path.dirname(db)
    config = os.path.join(home, "config")
    os.makedirs(config)
    with open(os.path.join(config, "user-dirs.dirs"), "w") as f:
        f.write('XDG_DOCUMENTS_DIR="%s"\n' % os.path.join(home, "documents"))
    saved_config = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = config
    try:
        worker = "WM"
        supervisor = harness.query(db, "SELECT supervisorCode FROM worker WHERE code = ?", worker)[0][0]
        keeper = harness.worker_code(db, "serviceDepartment")
        code = _closed_case(db, worker, supervisor, "王小明", "13812341234")
        client = harness.cli(db, "client", "add", "--name", "李大华", "--category", "elderly", "--birth-date",
                             "1950-05-01", "--phone", "13812345678", "--user", worker).stdout.strip()
        open_code = harness.cli(db, "case", "open", "--client-id", client, "--user", worker).stdout.strip()
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
        quarter = "%d-Q%d" % (today.year, (today.month - 1) // 3 + 1)

        # ARC-08: a list with a record that is not closed is refused, naming it; nothing is written.
        refused = harness.cli(db, "archive", "handover-list", "--quarter", quarter, "--record", code, "--record",
                              open_code, "--user", worker, check=False)
        assert refused.returncode != 0 and open_code in refused.stderr and "ARC-08" in refused.stderr, refused.stderr
        assert harness.query(db, "SELECT COUNT(*) FROM archiveHandoverList") == [(0,)]

        app = harness.App(db, "--section", "archive", user=worker)
        try:
            app.type_into("季度", quarter)
            app.click("显示本季度已结束的记录")
            assert harness.wait_until(lambda: app.find_all(code, role="label", root=app.find("尚未移交的已结束记录")))
            assert not app.find_all(open_code, role="label", root=app.find("尚未移交的已结束记录")), \
                "an open case is not a candidate"
            app.click("生成本季度移交清单")
            assert harness.wait_until(lambda: harness.query(db, "SELECT state FROM archiveHandoverList") == [("draft",)])
            app.select_row("草稿", within="移交清单一览")
            _shot(app, "archive-worker.png")
            app.click("移交所选清单")
            assert harness.wait_until(lambda: harness.query(
                db, "SELECT state, handedOverAt IS NOT NULL FROM archiveHandoverList") == [("handedOver", 1)])
        finally:
            app.close()

        # 服务部 finds the list on the due board (ARC-08) and opens it in one click: the list is selected.
        app = harness.App(db, "--section", "due", user=keeper)
        try:
            worker_name = harness.query(db, "SELECT name FROM worker WHERE code = ?", worker)[0][0]
            app.select_row("%s %d年第%d季度" % (worker_name, today.year, (today.month - 1) // 3 + 1),
                           within="待办事项列表")
            app.click("打开所选待办事项的记录")
            assert harness.wait_until(lambda: app.find_all("已移交", role="label", root=app.find("移交清单一览")))
            app.click("接收所选清单")
            assert harness.wait_until(lambda: harness.query(
                db, "SELECT state, receiverCode FROM archiveHandoverList") == [("received", keeper)])
            app.select_row("已接收归档", within="移交清单一览")
            app.click("将所选移交清单导出为 PDF")
            assert _label_containing(app, "已导出到")
            _shot(app, "archive-keeper.png")
        finally:
            app.close()

        pdfs = glob.glob(os.path.join(home, "documents", "**", "*.pdf"), recursive=True)
        assert len(pdfs) == 1, pdfs
        if SHOTS:
            shutil.copy(pdfs[0], os.path.join(SHOTS, "handover-list.pdf"))
        assert os.path.basename(pdfs[0]).startswith("王明-") and "移交清单" in os.path.basename(pdfs[0]), pdfs[0]
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", pdfs[0], "-"], capture_output=True, text=True,
                                                 check=True).stdout)
        for expected in ["移交清单", "一式两份", "第一联", "第二联", code, "王*明", "移交数量", "移交时间", "接收时间"]:
            assert expected in text, "%s is in the PDF" % expected
        keeper_name = harness.query(db, "SELECT name FROM worker WHERE code = ?", keeper)[0][0]
        assert keeper_name in text
        actions = [a for (a,) in harness.query(db, "SELECT action FROM auditEntry WHERE recordKind = "
                                                   "'archiveHandoverList' ORDER BY sequence")]
        assert actions[:3] == ["create", "handover", "approve"] and "export" in actions, actions

        # CONF-04: the received case can be lent, once; the loan is recorded.
        loan = json.loads(harness.cli(db, "archive", "borrow", code, "--to", supervisor, "--purpose", "个案督导",
                                      "--due", str(today + datetime.timedelta(days=7)), "--json",
                                      "--user", keeper).stdout)
        assert loan["borrowerCode"] == supervisor and loan["code"] == code
        again = harness.cli(db, "archive", "borrow", code, "--to", worker, "--purpose", "x", "--due", str(today),
                            "--user", keeper, check=False)
        assert again.returncode != 0 and "CONF-04" in again.stderr
        assert harness.cli(db, "audit", "verify").stdout.startswith("ok")
    finally:
        if saved_config is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = saved_config
        shutil.rmtree(home, ignore_errors=True)
