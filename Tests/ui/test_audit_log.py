"""GUI: the audit log is shown to 服务部 (and 理事长) and hidden from a frontline worker (CONF-02)."""
import harness


def test_CONF02_service_department_reads_the_audit_log_and_verifies_it():
    db, admin = harness.init_db(demo=True)
    frontline = harness.worker_code(db, "frontline")
    harness.cli(db, "worker", "list", "--user", frontline)  # leaves a sign-in row to find
    app = harness.App(db, "--section", "audit", user=harness.worker_code(db, "serviceDepartment"))
    try:
        assert app.find("审计日志", role="label"), "the section is in the sidebar"
        app.type_into("按人员编码筛选", frontline)
        app.click("显示审计记录")
        assert harness.wait_until(lambda: app.find_all(frontline, role="label")), "the frontline worker's rows show"
        app.click("校验审计链")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label") if "审计链完整" in n.name])
        viewed = harness.query(db, "SELECT COUNT(*) FROM auditEntry WHERE action = 'auditViewed'")[0][0]
        assert viewed >= 1, "looking at the log is itself logged"
    finally:
        app.close()


def test_CONF02_a_frontline_worker_has_no_audit_section():
    db, _ = harness.init_db(demo=True)
    app = harness.App(db, user=harness.worker_code(db, "frontline"))
    try:
        assert app.find_all("人员与服务点")
        assert not app.find_all("审计日志", role="label"), "the section is not in the sidebar"
    finally:
        app.close()
