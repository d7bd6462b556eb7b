"""Load and soak figures for the chat server: ``python scripts/soak.py`` (about four minutes on 2 cores).

The real app is served on a free local port over a private copy of the seeds
index, and questions go through its public API (``gradio_client``), as a user's
script would send them:
- a burst: ``--burst`` questions at once;
- a soak: ``--clients`` clients asking without pause for ``--minutes``.
Every answer is compared with the one the same pipeline gives alone (a wrong or
mixed-up answer counts), and the server's memory is sampled throughout.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import typer

from eval.gold import DEFAULT_GOLD
from eval.serve_bench import free_port, memory
from qa.gold import load_gold
from qa.settings import DEFAULT_SEEDS_DIR, Settings

app = typer.Typer(add_completion=False)


def rss_mb() -> float:
    return memory(os.getpid())["rss_mb"]


@app.command()
def main(
    burst: int = typer.Option(32, help="questions sent at once"),
    clients: int = typer.Option(8, help="clients asking without pause during the soak"),
    minutes: float = typer.Option(3.0, help="length of the soak"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    from gradio_client import Client

    from qa.pipeline import QAPipeline
    from ui.app import build_app, start

    questions = [item.question for item in load_gold(DEFAULT_GOLD)]
    with tempfile.TemporaryDirectory(prefix="qa-soak-") as tmp:
        settings = Settings(index_dir=Path(tmp) / "ix", corpus_dir=DEFAULT_SEEDS_DIR)
        pipeline = QAPipeline.from_settings(settings)
        expected = {q: pipeline.ask(q).to_dict()["answer"] for q in questions}  # alone, before any load
        port = free_port()
        server = start(build_app(pipeline), settings, "127.0.0.1", port, block=False)
        url = f"http://127.0.0.1:{port}/"
        local = threading.local()

        def ask(question: str) -> tuple[str, float, str]:
            if not hasattr(local, "client"):
                local.client = Client(url, verbose=False)
            started = time.perf_counter()
            try:
                got = local.client.predict(question, api_name="/ask")["answer"]
                outcome = "ok" if got == expected[question] else "wrong"
            except Exception as exc:  # noqa: BLE001 - every failure is what this measures
                outcome = f"error {type(exc).__name__}"
            return question, time.perf_counter() - started, outcome

        memory = [rss_mb()]
        with ThreadPoolExecutor(max_workers=burst) as pool:
            started = time.perf_counter()
            burst_results = list(pool.map(ask, (questions * (burst // len(questions) + 1))[:burst]))
            burst_s = time.perf_counter() - started
        memory.append(rss_mb())

        soak_results: list[tuple[str, float, str]] = []
        stop = time.monotonic() + 60 * minutes

        def client_loop(k: int) -> None:
            i = k
            while time.monotonic() < stop:
                soak_results.append(ask(questions[i % len(questions)]))
                i += clients

        sampler_done = threading.Event()

        def sample() -> None:
            while not sampler_done.wait(5):
                memory.append(rss_mb())

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            list(pool.map(client_loop, range(clients)))
        sampler_done.set()
        server.should_exit = True

    def summary(results: list[tuple[str, float, str]]) -> dict:
        latencies = [s for _, s, _ in results]
        return {
            "questions": len(results),
            "ok": sum(o == "ok" for *_, o in results),
            "wrong": sum(o == "wrong" for *_, o in results),
            "errors": sum(o.startswith("error") for *_, o in results),
            "p50_s": float(np.percentile(latencies, 50)) if latencies else 0.0,
            "p95_s": float(np.percentile(latencies, 95)) if latencies else 0.0,
        }

    report = {
        "burst": {**summary(burst_results), "at_once": burst, "wall_s": burst_s},
        "soak": {**summary(soak_results), "clients": clients, "minutes": minutes},
        "memory_mb": {
            "start": memory[0],
            "after_burst": memory[1],
            "end": memory[-1],
            "max": max(memory),
            "per_minute": memory[1::12],  # sampled every 5 s: is it still growing at the end?
        },
    }
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    b, s, m = report["burst"], report["soak"], report["memory_mb"]
    typer.echo(
        f"Burst: {b['at_once']} at once: {b['ok']} ok, {b['wrong']} wrong, {b['errors']} errors; "
        f"all answered in {b['wall_s']:.1f} s (p50 {b['p50_s']:.2f} s)"
    )
    typer.echo(
        f"Soak: {s['clients']} clients for {s['minutes']} min: {s['questions']} questions, {s['ok']} ok, "
        f"{s['wrong']} wrong, {s['errors']} errors; p50 {s['p50_s']:.2f} s, p95 {s['p95_s']:.2f} s"
    )
    typer.echo(
        f"Memory (server and its clients, one process): {m['start']:.0f} MB at start, "
        f"{m['after_burst']:.0f} after the burst, {m['end']:.0f} at the end (max {m['max']:.0f}); "
        f"each minute: {', '.join(f'{x:.0f}' for x in m['per_minute'])}"
    )


if __name__ == "__main__":
    app()
