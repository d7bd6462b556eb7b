"""The ``qa`` command as a user runs it."""

import json
import shutil

from typer.testing import CliRunner

from cli.main import app
from qa.settings import Settings
from tests.conftest import SEEDS

runner = CliRunner()


def test_a_first_start_exports_the_models_and_answers(tmp_path):
    """A fresh process with an empty model cache: the models are exported while the index loads beside them.

    Loading them side by side once raised "module 'transformers' has no attribute 'AutoModel'" here. First in the
    run: where the run's own model cache is still empty (a fresh clone, as in CI), the exports go there and the
    tests after it reuse them (half a minute less); else to an empty folder of the test's own.
    """
    import os
    import subprocess
    import sys

    cache = Settings.from_env().model_cache
    if any(cache.glob("*/meta.json")):
        cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "QA_MODEL_CACHE": str(cache)}
    question = "Which missile system did Pakistan deploy on May 10?"
    done = subprocess.run(
        [sys.executable, "-m", "cli", "ask", question, "--index", str(tmp_path / "ix")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Al-Fatah" in done.stdout
    exported = {json.loads(meta.read_text())["task"] for meta in cache.glob("*/meta.json")}
    assert exported == {"question-answering", "sequence-classification", "feature-extraction"}  # the three models


def test_the_index_report_keeps_each_path_on_one_line(tmp_path, monkeypatch):
    """Piped to a log, an 80-column wrap folded long paths mid-name: a grep for the skipped file found nothing."""
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "ix"))
    corpus = tmp_path / ("a-folder-with-a-long-name-" * 3)
    corpus.mkdir()
    shutil.copy(SEEDS / "002_cdae5d1e4487e0ea.txt", corpus)
    bad = corpus / ("an-unreadable-upload-with-a-long-name-" * 2 + ".txt")
    bad.write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["index", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("Indexed 1 article, ") and f"into {tmp_path / 'ix'} in" in line for line in lines)
    assert f"skipped {bad}: looks like a binary file, not text" in lines, result.stdout


def test_index_then_ask_json(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "ix"))
    (tmp_path / "corpus").mkdir()
    for f in list(SEEDS.glob("00[02]*.txt")):
        (tmp_path / "corpus" / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "corpus" / "bad.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["index", str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    assert "Indexed 2 articles" in result.stdout and "skipped" in result.stdout and "bad.txt" in result.stdout
    assert "Time: read" in result.stdout and "embed" in result.stdout

    result = runner.invoke(app, ["ask", "Who is Pakistan's finance chief?", "--json", "--top-k", "2"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1  # exactly one JSON object on stdout
    d = json.loads(lines[0])
    assert d["answer"] == "Muhammad Aurangzeb" and d["citations"][0]["article_id"] == "002_cdae5d1e4487e0ea"
    assert len(d["passages"]) == 2

    result = runner.invoke(app, ["ask", "Who is Pakistan's finance chief?"])
    assert "Muhammad Aurangzeb" in result.stdout and "[1]" in result.stdout

    result = runner.invoke(app, ["ask", "Who is Pakistan's finance chief?", "--json", "--source", "000_ba8e"])
    assert {p["article_id"] for p in json.loads(result.stdout)["passages"]} == {"000_ba8e4a116b29e82d"}
    result = runner.invoke(app, ["ask", "Who is Pakistan's finance chief?", "--source", "000_ba8e"])
    assert "Limited to articles from 000_ba8e." in result.stdout
    result = runner.invoke(app, ["ask", "Who is Pakistan's finance chief?", "--since", "last week"])
    assert result.exit_code == 2 and "since must be a date like 2025-08-04" in result.output

    result = runner.invoke(app, ["ask", "Will an American company lead the oil project?"])  # yes or no: a sentence
    said = " ".join(result.stdout.split())
    assert "[1]" in said and said.count("an American company would soon be selected to lead the project") == 1


def test_first_ask_indexes_the_default_corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "fresh"))
    result = runner.invoke(app, ["ask", "What is the capital of France?"])
    assert result.exit_code == 0, result.output
    assert "The articles don't say" in result.stdout
    assert (tmp_path / "fresh" / "CURRENT").exists()


def test_errors_are_messages_not_tracebacks(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "ix"))
    result = runner.invoke(app, ["ask", "   "])
    assert result.exit_code == 2 and "empty" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["ask", "Who?", "--reader", str(tmp_path / "no-reader")])
    assert result.exit_code == 2 and "QA_READER_MODEL" in result.output
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["index", str(tmp_path / "empty")])
    assert result.exit_code == 2 and "No readable articles" in result.output


def test_bad_settings_are_messages_and_leave_no_partial_index(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "ix"))
    monkeypatch.setenv("QA_TOP_K", "abc")
    result = runner.invoke(app, ["ask", "Who?"])
    assert result.exit_code == 2 and "QA_TOP_K='abc'" in result.output and "Traceback" not in result.output
    monkeypatch.delenv("QA_TOP_K")
    result = runner.invoke(app, ["index", str(SEEDS), "--chunk-words", "0"])
    assert result.exit_code == 2 and "chunk_words must be a whole number of at least 1" in result.output
    result = runner.invoke(app, ["index", str(SEEDS), "--faiss", "bogus"])
    assert result.exit_code == 2 and "faiss_index must be one of auto, flat, ivf, hnsw" in result.output
    assert not (tmp_path / "ix").exists()


def test_control_characters_in_articles_never_reach_the_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "ix"))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "ansi.txt").write_text(
        "The harbour of Velmora was rebuilt by engineer \x1b[31mTomas Ekberg\x1b[0m in 1911.\x07\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["index", str(tmp_path / "corpus")]).exit_code == 0
    result = runner.invoke(app, ["ask", "Who rebuilt the harbour of Velmora?", "--threshold", "0"])
    assert result.exit_code == 0, result.output
    assert "Tomas Ekberg" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_ctrl_c_stops_the_server(tmp_path, seeds_index):
    """`qa serve` ends cleanly on SIGINT (Ctrl-C), as on SIGTERM."""
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from tests.ui.conftest import free_port

    shutil.copytree(seeds_index, tmp_path / "ix")
    port = free_port()
    env = {**os.environ, "QA_INDEX_DIR": str(tmp_path / "ix")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert proc.poll() is None, "the server did not start"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) in (0, 130)  # 130: the shell's code for "ended by SIGINT"
        assert "Traceback" not in proc.stderr.read()
    finally:
        proc.kill()


def test_sigterm_stops_the_server_while_a_page_holds_its_heartbeat_stream(tmp_path, seeds_index):
    """Every open chat page keeps a heartbeat stream open; uvicorn waited for it forever, so `qa serve` ignored
    SIGTERM (systemd's stop, docker stop) until killed."""
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import threading
    import time

    import httpx

    from tests.ui.conftest import free_port

    shutil.copytree(seeds_index, tmp_path / "ix")
    port = free_port()
    env = {**os.environ, "QA_INDEX_DIR": str(tmp_path / "ix")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True
    )
    opened = threading.Event()

    def page() -> None:
        try:
            with httpx.stream("GET", f"http://127.0.0.1:{port}/gradio_api/heartbeat/page", timeout=None) as r:
                opened.set()
                for _ in r.iter_lines():
                    pass
        except httpx.HTTPError:
            pass

    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not opened.is_set():
            threading.Thread(target=page, daemon=True).start()
            opened.wait(0.5)  # refused at once until the server listens; then open within the half second
        assert opened.is_set(), "the server did not start"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert "Traceback" not in proc.stderr.read()  # the page's stream is cut, which is no error
    finally:
        proc.kill()
