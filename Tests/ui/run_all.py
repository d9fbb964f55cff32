"""Runs every test_* function of the test_*.py files here, in one Xvfb + D-Bus session, and prints
'N passed, N failed' as its closing line."""
import glob
import importlib.util
import os
import signal
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

harness.session()

# A test that hangs fails instead of stalling the whole run (CI has 90 minutes for everything).
TEST_TIMEOUT = 240


def _timed_out(signum, frame):
    raise TimeoutError("the test took longer than %d s" % TEST_TIMEOUT)


signal.signal(signal.SIGALRM, _timed_out)
passed, failed = 0, 0
only = sys.argv[1:]
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_*.py"))):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for test_name in sorted(n for n in dir(module) if n.startswith("test_")):
        if only and not any(o in "%s.%s" % (name, test_name) for o in only):
            continue
        signal.alarm(TEST_TIMEOUT)
        try:
            getattr(module, test_name)()
            signal.alarm(0)
            passed += 1
            print("ok   %s.%s" % (name, test_name), flush=True)
        except Exception:
            signal.alarm(0)
            failed += 1
            print("FAIL %s.%s" % (name, test_name), flush=True)
            traceback.print_exc()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
