"""GUI: the 参考数据 view changes a policy value through its form, and refuses one the rule cannot take."""
import harness


def _policy_value(db, key):
    return harness.query(db, "SELECT value FROM policy WHERE key = ?", key)[0][0]


def test_policy_value_changed_through_the_form():
    db, admin = harness.init_db()
    app = harness.App(db, "--section", "reference", user=admin)
    try:
        app.select_row("case.second_contact_working_days")
        app.click("修改所选制度参数")
        app.type_into("数值", "-2")
        app.click("保存")
        assert harness.wait_until(lambda: [n for n in app.find_all(role="label") if "负数" in n.name]), "refusal shown"
        assert _policy_value(db, "case.second_contact_working_days") == 7
        app.type_into("数值", "8")
        app.click("保存")
        assert harness.wait_until(lambda: _policy_value(db, "case.second_contact_working_days") == 8)
    finally:
        app.close()
