"""The mutation script restores the file it mutated, even when stopped mid-run."""

import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_RUN_ONE = """
import sys
from pathlib import Path
import scripts.mutate as m
m.REPO = Path(sys.argv[1])
m.run(m.Mutant("slow", "module.py", "ANSWER = 1", "ANSWER = 2", ("test_slow.py",)))
"""


def test_a_run_stopped_by_sigterm_leaves_the_source_as_it_was(tmp_path):
    """`pkill` (SIGTERM) mid-run left a mutant in qa/reader.py: the script restores only on exceptions."""
    (tmp_path / "module.py").write_text("ANSWER = 1\n")
    (tmp_path / "test_slow.py").write_text("import time\n\n\ndef test_slow():\n    time.sleep(60)\n")
    run = subprocess.Popen([sys.executable, "-c", _RUN_ONE, str(tmp_path)], cwd=REPO)
    deadline = time.monotonic() + 30
    while (tmp_path / "module.py").read_text() == "ANSWER = 1\n" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (tmp_path / "module.py").read_text() == "ANSWER = 2\n"  # the mutant is in place, its tests running
    run.send_signal(signal.SIGTERM)
    run.wait(timeout=30)
    assert (tmp_path / "module.py").read_text() == "ANSWER = 1\n"
