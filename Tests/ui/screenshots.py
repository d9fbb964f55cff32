"""Writes a PNG of the sign-in window, every main view and the staff editor under Xvfb to build/screenshots/,
to be looked at."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

harness.session()
out = os.path.join(harness.ROOT, "build", "screenshots")
os.makedirs(out, exist_ok=True)
db, admin = harness.init_db(demo=True)
archive = harness.worker_code(db, "serviceDepartment")  # 服务部 sees every section, the audit log included

app = harness.App(db)
time.sleep(0.8)
app.screenshot(os.path.join(out, "sign-in.png"))
app.close()
for section in ["cases", "groups", "supervision", "emergency", "due", "indicators", "reports", "complaints", "checks",
                "archive", "volunteers", "directory", "reference", "audit"]:
    app = harness.App(db, "--section", section, user=archive)
    time.sleep(1.0)
    app.screenshot(os.path.join(out, "%s.png" % section))
    app.close()
app = harness.App(db, "--section", "directory", user=admin)
app.click("新增工作人员")
time.sleep(0.8)
app.screenshot(os.path.join(out, "worker-editor.png"))
app.close()
print("screenshots in %s" % out)
