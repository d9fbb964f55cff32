"""GUI: a consent recorded by one frontline worker leaves no trace for a colleague in another supervision chain,
and shows (masked) to the worker's supervisor, whose opening it is logged (CASE-04, CONF-01, CONF-02)."""
import harness


def _two_frontline_workers_in_different_chains(db):
    rows = harness.query(db, "SELECT code, supervisorCode FROM worker WHERE role = 'frontline' AND isActive = 1 "
                             "ORDER BY code")
    first = rows[0]
    other = next(r for r in rows if r[1] != first[1])
    return first[0], first[1], other[0]


def test_CONF02_a_consent_is_invisible_outside_the_chain_and_masked_for_the_supervisor():
    db, _ = harness.init_db(demo=True)
    worker, supervisor, stranger = _two_frontline_workers_in_different_chains(db)
    app = harness.App(db, "--section", "consents", user=worker)
    try:
        app.click("记录同意书")
        app.type_into("服务对象编号", "C-2026-001")
        app.type_into("服务对象姓名", "王小明")
        app.type_into("出生日期", "1980-05-01")
        app.type_into("服务对象电话", "13912345678")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM consent")[0][0] == 1)
        assert app.find("C-2026-001", role="label"), "the worker sees their own consent"
    finally:
        app.close()

    app = harness.App(db, "--section", "consents", user=stranger)
    try:
        listing = app.find("同意书列表")
        app.type_into("搜索同意书", "C-2026", role="entry")
        assert not app.find_all("C-2026-001", role="label"), "no trace for a colleague in another chain"
        headers = {"服务对象编号", "服务对象姓名", "服务对象电话", "签署人", "签署日期", "范围", "记录方式", "负责人", "状态"}
        cells = [n.name for n in app.find_all(role="label", root=listing) if n.name not in headers]
        assert not cells, "the list is empty: %r" % cells
    finally:
        app.close()

    app = harness.App(db, "--section", "consents", user=supervisor)
    try:
        app.select_row("C-2026-001")
        assert app.find("王*明", role="label"), "the list shows the name masked"
        assert app.find("139****5678", role="label"), "and the phone masked"
        app.click("查看所选同意书")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label") if "王小明" in n.name]), "opened in full"
        views = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'view' AND actorCode = ? "
                                  "AND recordKind = 'consent'", supervisor)[0][0]
        assert views == 1, views
    finally:
        app.close()


def test_CASE04_a_minor_without_a_guardian_is_refused_in_the_form():
    db, _ = harness.init_db(demo=True)
    worker = harness.worker_code(db, "frontline")
    app = harness.App(db, "--section", "consents", user=worker)
    try:
        app.click("记录同意书")
        app.type_into("服务对象编号", "C-2026-002")
        app.type_into("服务对象姓名", "李小红")
        app.type_into("出生日期", "2015-03-01")
        app.click("保存")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label") if "CASE-04" in n.name])
        assert harness.query(db, "SELECT COUNT(*) FROM consent")[0][0] == 0
    finally:
        app.close()
