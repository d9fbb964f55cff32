"""Writes a PNG of every main view (and the staff editor) under Xvfb to build/screenshots/, to be looked at."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

harness.session()
out = os.path.join(harness.ROOT, "build", "screenshots")
os.makedirs(out, exist_ok=True)
db = harness.temp_db()
harness.cli(db, "init", "--demo")
for section in ["cases", "groups", "supervision", "emergency", "due", "indicators", "directory", "reference"]:
    app = harness.App(db, "--section", section)
    time.sleep(1.0)
    app.screenshot(os.path.join(out, "%s.png" % section))
    if section == "directory":
        app.click("新增工作人员")
        time.sleep(0.8)
        app.screenshot(os.path.join(out, "worker-editor.png"))
    app.close()
print("screenshots in %s" % out)
