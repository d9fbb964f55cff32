"""GUI: a frontline worker opens a consultation (咨询) for a client on file, chosen by a search that shows the
name masked; the consultation gets its own I code (ARC-04) and shows in the 咨询与探访 list (CONS-01)."""
import harness
from test_case_cli import new_client


def test_CONS01_a_consultation_for_a_client_on_file_gets_its_I_code_in_the_list():
    db, _ = harness.init_db(demo=True)
    worker = harness.query(db, "SELECT code FROM worker WHERE role = 'frontline' AND isActive = 1 "
                               "AND servicePointID IS NOT NULL ORDER BY code LIMIT 1")[0][0]
    new_client(db, worker, name="黄丽珍", phone="13600002222")
    app = harness.App(db, "--section", "consultations", user=worker)
    try:
        app.click("新建咨询")
        app.type_into("搜索服务对象", "丽珍", role="entry")
        app.select_row("黄*珍", within="找到的服务对象")
        app.click("选择")
        app.type_into("主题", "就业援助政策")
        app.type_into("内容", "介绍本镇就业援助政策与报名方式")
        app.type_into("时长（分钟）", "20")
        app.click("保存")
        assert harness.wait_until(lambda: harness.query(db, "SELECT COUNT(*) FROM consultation")[0][0] == 1)
        code = harness.query(db, "SELECT code FROM consultation")[0][0]
        assert code.split("-")[2].startswith("I"), code
        assert harness.wait_until(lambda: app.find_all(code, role="label")), "the list shows the new consultation"
    finally:
        app.close()
