"""Crash test (issue 9), short version: a writer adding service records through the store is SIGKILLed at random
moments 10 times; after each kill the database passes integrity_check, its audit chain is intact, and every write
the writer acknowledged (printed after its commit) is there. `zhongai-bench soak --iterations 200` is the long one."""
import os
import shutil
import subprocess

import harness

BENCH = os.path.join(os.path.dirname(harness.BIN), "zhongai-bench")


def test_killed_writer_loses_no_acknowledged_write():
    db = harness.temp_db()
    try:
        subprocess.run([BENCH, "generate", "--cases", "20", "--workers", "35", "--data", os.path.join(harness.ROOT, "data"),
                        "--out", db], check=True, capture_output=True, timeout=60)
        result = subprocess.run([BENCH, "soak", "--db", db, "--iterations", "10", "--max-delay", "900", "--seed", "7"],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "none lost" in result.stdout, result.stdout
        written = harness.query(db, "SELECT count(*) FROM serviceRecord WHERE content LIKE '断电测试%'")[0][0]
        assert written > 0, "the writer never got to write: kills came too early"
        verify = subprocess.run([harness.BIN, "audit", "verify", "--db", db], capture_output=True, text=True, timeout=60)
        assert verify.returncode == 0 and verify.stdout.startswith("ok"), verify.stdout + verify.stderr
    finally:
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
