"""Drives the real zhongai program under Xvfb inside a D-Bus session through AT-SPI (pyatspi).

Run with Debian's /usr/bin/python3 (it has python3-pyatspi). `session()` re-executes the calling script inside
`dbus-run-session` and starts Xvfb inside that session: an Xvfb started outside leaves a stale AT_SPI_BUS
property on the root window that hides the app.
"""
import atexit
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# ZHONGAI_BIN: a binary built elsewhere (`swift build --scratch-path …`); by default the one `make build` makes.
BIN = os.environ.get("ZHONGAI_BIN", os.path.join(ROOT, ".build", "debug", "zhongai"))


def session():
    """Makes sure we run inside our own D-Bus session with an X server; call first thing in a script."""
    if os.environ.get("ZHONGAI_UI_SESSION") != "1":
        env = dict(os.environ, ZHONGAI_UI_SESSION="1")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # A runtime folder of our own: the accessibility bus's socket lives there, and a shared one lets the apps
        # of a test run started in parallel appear on our bus.
        env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="zhongai-ui-runtime-")
        os.execvpe("dbus-run-session", ["dbus-run-session", "--", sys.executable] + sys.argv, env)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.basename(runtime).startswith("zhongai-ui-runtime-"):
        atexit.register(shutil.rmtree, runtime, True)
    number = 90 + os.getpid() % 100
    while os.path.exists("/tmp/.X11-unix/X%d" % number):
        number += 1
    xvfb = subprocess.Popen(["Xvfb", ":%d" % number, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    atexit.register(xvfb.terminate)
    os.environ["DISPLAY"] = ":%d" % number
    for _ in range(200):
        if os.path.exists("/tmp/.X11-unix/X%d" % number):
            break
        time.sleep(0.05)
    os.environ["GTK_A11Y"] = "atspi"
    os.environ.setdefault("GDK_BACKEND", "x11")
    os.environ["NO_AT_BRIDGE"] = "0"
    return xvfb


# The password every test account gets: the first administrator's, and with it every example-centre account.
PASSWORD = "Zhongai-test-2026"


def cli(db, *args, check=True, password=PASSWORD):
    """Runs a zhongai subcommand on `db` (the password in ZHONGAI_PASSWORD); returns the CompletedProcess."""
    env = dict(os.environ, ZHONGAI_PASSWORD=password)
    result = subprocess.run([BIN, *args, "--db", db], capture_output=True, text=True, timeout=60, env=env)
    if check and result.returncode != 0:
        raise AssertionError("zhongai %s failed: %s" % (" ".join(args), result.stderr))
    return result


def init_db(demo=False):
    """A new database with its first administrator (and the example centre); returns (path, admin code)."""
    db = temp_db()
    result = cli(db, "init", "--json", *(["--demo"] if demo else []))
    return db, json.loads(result.stdout)["administrator"]["code"]


def worker_code(db, role):
    """The staff code of the first active worker with `role` (for signing in as them)."""
    return query(db, "SELECT code FROM worker WHERE role = ? AND isActive = 1 ORDER BY code LIMIT 1", role)[0][0]


def temp_db():
    folder = tempfile.mkdtemp(prefix="zhongai-ui-")
    return os.path.join(folder, "workbench.sqlite")


def query(db, sql, *params):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


def wait_until(condition, timeout=10, interval=0.1):
    """Polls `condition` until it returns something truthy; AT-SPI actions run in the app asynchronously."""
    deadline = time.time() + timeout
    while True:
        value = condition()
        if value or time.time() > deadline:
            return value
        time.sleep(interval)


def _named(actual, wanted):
    """GTK 4.8 joins a button's accessible label and its visible text ("新增工作人员 新增人员(A)")."""
    return actual == wanted or actual.startswith(wanted + " ")


class App:
    """One running zhongai window."""

    def __init__(self, db, *extra, user=None, password=PASSWORD):
        """Starts the program; with `user`, signs in as that staff code first."""
        import pyatspi
        self.pyatspi = pyatspi
        self.process = subprocess.Popen([BIN, "--db", db, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.node = self._wait_for_app()
        if user:
            self.sign_in(user, password)

    def sign_in(self, user, password=PASSWORD):
        self.type_into("人员编码", user)
        self.type_into("密码", password, role="password text")
        self.click("登录")
        self.find("人员与服务点")  # the main window is there

    def _wait_for_app(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("zhongai exited early: %s" % self.process.stdout.read().decode())
            desktop = self.pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                app = desktop.getChildAtIndex(index)
                try:
                    if app is not None and app.get_process_id() == self.process.pid:
                        if app.childCount > 0:
                            return app
                except Exception:
                    pass
            time.sleep(0.2)
        raise AssertionError("the zhongai window did not appear on the accessibility bus")

    def find(self, name, role=None, timeout=10, showing=False):
        """The first accessible named `name` (and of `role`, e.g. 'push button'), waiting for it to appear."""
        deadline = time.time() + timeout
        while True:
            found = self.find_all(name, role, showing=showing)
            if found:
                return found[0]
            if time.time() > deadline:
                raise AssertionError("no accessible named %r (role %r)" % (name, role))
            time.sleep(0.2)

    def find_all(self, name=None, role=None, showing=False, root=None):
        results = []
        stack = [root or self.node]
        while stack:
            node = stack.pop()
            try:
                if node is None:
                    continue
                matches = (name is None or _named(node.name, name)) and (role is None or node.getRoleName() == role)
                if matches and (not showing or node.getState().contains(self.pyatspi.STATE_SHOWING)):
                    results.append(node)
                stack.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))
            except Exception:
                continue
        return results

    def click(self, name, role="push button"):
        """Activates the control named `name` through its AT-SPI action; GTK 4.8 gives check boxes none,
        so those get a real pointer click (XTest, through xdotool) at the middle of their extents."""
        node = self.find(name, role)
        try:
            action = node.queryAction()
            has_action = action.nActions > 0
        except NotImplementedError:
            has_action = False
        if has_action:
            action.doAction(0)
        else:
            box = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
            subprocess.run(["xdotool", "mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2),
                            "click", "1"], check=True)
        time.sleep(0.3)
        return node

    def select_row(self, text, within=None):
        """Selects the list row holding a cell with `text` (in the list named `within`, when other lists, maybe on
        hidden pages, hold the same text), through the list's AT-SPI Selection interface, or with a pointer click on
        the cell when the list did not take the selection."""
        root = self.find(within) if within else None
        cells = wait_until(lambda: self.find_all(text, role="label", root=root))
        assert cells, "no row holds %r" % text
        cell = cells[0]
        row = cell
        while row.parent is not None and "Selection" not in row.parent.get_interfaces():
            row = row.parent
        selection = row.parent.querySelection()
        selection.selectChild(row.getIndexInParent())
        time.sleep(0.2)
        if not selection.isChildSelected(row.getIndexInParent()):
            self._pointer_click(cell)

    def choose(self, name, item):
        """Picks `item` in the drop-down named `name`: opens its list, then clicks the item (XTest), as a user would."""
        dropdown = self.find(name, role="combo box")
        self._pointer_click(dropdown)
        # GTK 4.8 does not mark the items of the open list as showing; they are the labels inside list items.
        option = wait_until(lambda: [n for n in self.find_all(item, role="label")
                                     if n.parent is not None and n.parent.parent is not None
                                     and n.parent.parent.getRoleName() == "list item"])
        assert option, "the list of %r has no item %r" % (name, item)
        # Its extents are not those of the popup's surface, so the item is reached with the keyboard: Home, then
        # Down as many times as its place in the list, then Return.
        row = option[0].parent.parent
        index = row.getIndexInParent()
        keys = ["Home"] + ["Down"] * index + ["Return"]
        subprocess.run(["xdotool", "key", "--delay", "60"] + keys, check=True)
        time.sleep(0.4)
        assert wait_until(lambda: any(n.name == item for n in self.find_all(role="label", root=dropdown))), \
            "%r did not take %r" % (name, item)

    def _pointer_click(self, node):
        box = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        subprocess.run(["xdotool", "mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2),
                        "click", "1"], check=True)
        time.sleep(0.4)

    def type_into(self, name, text, role="text"):
        node = self.find(name, role)
        node.queryEditableText().setTextContents(text)
        time.sleep(0.1)
        return node

    def texts(self):
        """Every label's text that is showing: what a user can read."""
        return [n.name for n in self.find_all(role="label")] + \
               [n.queryText().getText(0, -1) for n in self.find_all(role="label") if n.name == ""]

    def screenshot(self, path):
        subprocess.run(["/usr/bin/import", "-window", "root", path], check=True)

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


class StationApp(App):
    """The venue sign-in station on an offline laptop (`zhongai station --bundle FILE …`): the kiosk alone, no
    workbench and no --db. `home` becomes its HOME, so that the batch it exports lands in a folder of the test's."""

    def __init__(self, bundle, *extra, home=None):
        import pyatspi
        self.pyatspi = pyatspi
        env = dict(os.environ, **({"HOME": home} if home else {}))
        self.process = subprocess.Popen([BIN, "station", "--bundle", bundle, *extra], env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.node = self._wait_for_app()


def label_matching(app, pattern):
    """The text of the first label whose text matches the regular expression `pattern` (GTK 4.8 names a label by its
    text, whatever accessible label it was given), or None."""
    import re
    for node in app.find_all(role="label"):
        if node.name and re.search(pattern, node.name):
            return node.name
    return None
