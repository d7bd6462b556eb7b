"""Memory of ``qa serve`` as users run it: ``qa bench --serve``.

The seeds are indexed by one process; a second serves them, and the gold questions go
through its API (``/ask``) like a chat page's would. Memory is read from /proc (Linux):
the peak (VmHWM) and what is resident now, anonymous and mapped from files.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from qa.settings import DEFAULT_SEEDS_DIR

STATUS_FIELDS = {"VmHWM": "peak_mb", "VmRSS": "rss_mb", "RssAnon": "anon_mb", "RssFile": "file_mb"}


def run(
    questions: list[str], rounds: int = 2, clients: int = 1, start_timeout_s: float = 300, python: str = sys.executable
) -> list[dict]:
    """Memory when ready, after 10 questions, and after each round of all ``questions``, sent by ``clients``
    clients at once, of a ``qa serve`` that ``python`` runs: a plain install's (`pip install -e .`) imports less
    than this one's test extras (milvus-lite brings pyarrow, which pandas then imports)."""
    with tempfile.TemporaryDirectory(prefix="qa-bench-serve-") as tmp:
        index, log = Path(tmp) / "index", Path(tmp) / "serve.log"
        subprocess.run(
            [python, "-m", "cli", "index", str(DEFAULT_SEEDS_DIR), "--index", str(index)],
            capture_output=True,
            check=True,
        )
        port = free_port()
        with open(log, "w") as err:  # a file, not a pipe: a pipe nobody reads would stop the server once full
            server = subprocess.Popen(
                [python, "-m", "cli", "serve", "--port", str(port), "--index", str(index)],
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        try:
            url = f"http://127.0.0.1:{port}/"
            _wait_ready(server, url, log, start_timeout_s)
            rows = [{"after": "ready", "questions": 0, **memory(server.pid)}]
            from gradio_client import Client

            local = threading.local()

            def ask(question: str) -> None:
                if not hasattr(local, "client"):
                    local.client = Client(url, verbose=False)
                local.client.predict(question, api_name="/ask")

            asked = 0
            with ThreadPoolExecutor(clients) as pool:
                for batch in [questions[:10]] + [questions] * rounds:
                    list(pool.map(ask, batch))
                    asked += len(batch)
                    rows.append({"after": f"{asked} questions", "questions": asked, **memory(server.pid)})
            return rows
        finally:
            server.kill()
            server.wait()


def memory(pid: int) -> dict[str, float]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in STATUS_FIELDS:
            values[STATUS_FIELDS[name]] = int(value.split()[0]) / 1024  # kB
    return values


def markdown(rows: list[dict]) -> str:
    lines = ["| `qa serve` | peak MB | resident MB | anonymous MB | mapped files MB |", "|---|---|---|---|---|"]
    lines += [
        f"| {r['after']} | {r['peak_mb']:.0f} | {r['rss_mb']:.0f} | {r['anon_mb']:.0f} | {r['file_mb']:.0f} |"
        for r in rows
    ]
    return "\n".join(lines)


def _wait_ready(server: subprocess.Popen, url: str, log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"qa serve ended with code {server.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit(f"qa serve did not answer at {url} within {timeout_s:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
