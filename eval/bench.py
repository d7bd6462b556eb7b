"""Speed and memory benchmark: ``qa bench`` or ``python -m eval.bench``.

For each corpus (the seeds; SQuAD v1.1 dev paragraphs; optionally the train
paragraphs) a fresh worker process builds the index from scratch (model load
included), then asks questions warm; a second new process measures cold start
(process start to first answer). Prints a Markdown table, or JSON.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

import typer

from eval.gold import DEFAULT_GOLD
from qa.gold import load_gold
from qa.settings import DEFAULT_SEEDS_DIR, Settings

app = typer.Typer(add_completion=False)
SQUAD_DIR = Path(__file__).resolve().parents[2] / "shared" / "squad"


@app.command()
def main(
    squad_dir: Path = typer.Option(SQUAD_DIR, help="folder with squad-v1.1-dev.json.gz (and -train)"),
    train: bool = typer.Option(False, help="also index the 18,896 SQuAD train paragraphs (several minutes)"),
    large_mb: int = typer.Option(0, help="also index one plain-text file of this many MB (50: about half an hour)"),
    questions: int = typer.Option(200, help="warm questions per SQuAD corpus"),
    as_json: bool = typer.Option(False, "--json", help="print JSON instead of a Markdown table"),
    out: Optional[Path] = typer.Option(None, help="also write the JSON here"),
    peers: bool = typer.Option(False, help="instead: Haystack and txtai side by side (pip install -e '.[peers]')"),
    store: Optional[str] = typer.Option(
        None, help="instead: the stores at scale, e.g. local,milvus (synthetic chunks)"
    ),
    sizes: str = typer.Option("10000,100000", help="with --store: chunk counts (1000000 fits in 24 GB for local)"),
    serve: bool = typer.Option(False, help="instead: memory of `qa serve`, ready and after the gold questions"),
    clients: int = typer.Option(1, help="with --serve: clients asking at once"),
    rounds: int = typer.Option(2, help="with --serve: times the gold questions are asked"),
    server_python: Optional[Path] = typer.Option(
        None, help="with --serve: the Python that runs `qa serve`, e.g. a plain install's (default: this one)"
    ),
) -> None:
    """Index build time, chunks/s, size on disk, peak memory, warm latency p50/p95, cold start."""
    if store:
        from eval import store_bench

        stores = store.split(",")
        rows = store_bench.run(stores, [int(n) for n in sizes.split(",")], squad_dir)
        overlap = store_bench.ranking_overlap(gold_questions()) if {"local", "milvus"} <= set(stores) else {}
        typer.echo(
            json.dumps({"results": rows, "seeds_ranking": overlap}, indent=2)
            if as_json
            else store_bench.markdown(rows)
            + (
                f"\n\nSeeds, real embedder, {overlap['questions']} gold questions: the stores share "
                f"{overlap['top5_overlap']:.0%} of each top 5 and the same first chunk for {overlap['same_top1']:.0%}."
                if overlap
                else ""
            )
        )
        return
    if serve:
        from eval import serve_bench

        python = str(server_python) if server_python else sys.executable
        rows = serve_bench.run(gold_questions(), rounds=rounds, clients=clients, python=python)
        typer.echo(json.dumps(rows, indent=2) if as_json else serve_bench.markdown(rows))
        return
    if peers:
        from eval import peers as side_by_side

        rows = side_by_side.run(Settings.from_env(), load_gold(DEFAULT_GOLD))
        typer.echo(json.dumps(rows, indent=2) if as_json else side_by_side.markdown(rows))
        return
    corpora = [("seeds", ["--corpus", str(DEFAULT_SEEDS_DIR)])]
    dev, tr = squad_dir / "squad-v1.1-dev.json.gz", squad_dir / "squad-v1.1-train.json.gz"
    if dev.exists():
        corpora.append(("squad-v1.1-dev paragraphs", ["--squad", str(dev), "--questions", str(questions)]))
    else:
        typer.echo(f"skipping SQuAD: {dev} not found", err=True)
    if train and tr.exists():
        corpora.append(("squad-v1.1-train paragraphs", ["--squad", str(tr), "--questions", str(questions)]))
    with tempfile.TemporaryDirectory(prefix="qa-bench-large-") as large:
        if large_mb:
            corpora.append((f"one {large_mb} MB text file", ["--corpus", str(large_text(Path(large), large_mb))]))
        rows = [{"corpus": name, **_measure(args)} for name, args in corpora]
    speed = {**reader_speed(Settings.from_env()), **machine_rates()}
    report = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "settings": {k: str(v) for k, v in vars(Settings.from_env()).items()},
        "results": rows,
        "reader": speed,
    }
    if out:
        out.write_text(json.dumps(report, indent=2))
    typer.echo(
        json.dumps(report, indent=2)
        if as_json
        else markdown(rows) + "\n\n" + f"Reader ({speed['runtime']}): {speed['passages_per_s']:.1f} passages/s at "
        f"{speed['tokens']} tokens, batch {speed['batch_size']}: {speed['gflops_per_s']:.0f} GFLOP/s, against "
        + rates_text(speed)
        + floors(rows, max(speed["machine_fp32_gflops_per_s"], speed["machine_bf16_gflops_per_s"] or 0.0))
    )


def floors(rows: list[dict], gflops_per_s: float) -> str:
    """How long each corpus's questions would take if the reader ran at the machine's best matrix multiply."""
    return (
        "At that rate the reader's floor per question is "
        + ", ".join(f"{1000 * r['gflop_per_question'] / gflops_per_s:.1f} ms ({r['corpus']})" for r in rows)
        + "."
    )


def reader_speed(settings: Settings, passages: int = 64) -> dict:
    """Passages per second through the reader, each filling a whole 384-token window."""
    from qa.reader import ExtractiveReader

    reader = ExtractiveReader.from_settings(settings)
    reader.warm_up()
    question = "Which missile system did Pakistan deploy on May 10?"
    words = "Pakistan and the United States held talks on trade , security and minerals in Washington .".split()
    budget = settings.max_seq_len - len(reader.tokenizer.ids([question])[0]) - 3
    passage = reader.tokenizer.decode(reader.tokenizer.ids([" ".join(words * 40)])[0][:budget])
    reader.read(question, [passage] * reader.batch_size)  # warm-up
    started = time.perf_counter()
    reader.read(question, [passage] * passages)
    elapsed = time.perf_counter() - started
    tokens = len(
        reader.tokenizer.windows([question], [passage], settings.max_seq_len, settings.doc_stride).input_ids[0]
    )
    return {
        "passages_per_s": passages / elapsed,
        "tokens": tokens,
        "batch_size": reader.batch_size,
        "runtime": reader.runtime.value,
        "gflops_per_s": passages * reader_flops(Path(settings.reader_model), [tokens]) / elapsed / 1e9,
    }


def reader_flops(model_dir: Path, windows: list[int]) -> float:
    """Multiply-adds x 2 of a BERT-style encoder over windows of these token counts (projections,
    feed-forward and attention scores; embeddings, norms and softmax are negligible)."""
    config = json.loads((model_dir / "config.json").read_text())
    h, i, layers = config["hidden_size"], config["intermediate_size"], config["num_hidden_layers"]
    return float(sum(2 * layers * n * (4 * h * h + 2 * h * i + 2 * n * h) for n in windows))


def machine_rates(flags: frozenset[str] | None = None) -> dict[str, float | None]:
    """Float32 and bfloat16 matrix-multiply rates; bfloat16 only where the CPU has it (AMX or AVX-512-BF16):
    emulated, a 2048² multiply takes seconds, and the measurement minutes."""
    from index.runtime import cpu_flags, has_bf16

    bf16 = has_bf16(cpu_flags() if flags is None else flags)
    return {
        "machine_fp32_gflops_per_s": matmul_gflops(),
        "machine_bf16_gflops_per_s": matmul_gflops_bf16() if bf16 else None,
    }


def rates_text(rates: dict) -> str:
    fp32, bf16 = rates["machine_fp32_gflops_per_s"], rates["machine_bf16_gflops_per_s"]
    if bf16 is None:
        return f"{fp32:.0f} GFLOP/s for a float32 matrix multiply on this machine (no bfloat16 in hardware). "
    return f"{fp32:.0f} GFLOP/s for a float32 and {bf16:.0f} for a bfloat16 matrix multiply on this machine. "


def matmul_gflops(size: int = 1024, repeats: int = 20) -> float:
    """The machine's float32 matrix-multiply throughput through numpy's BLAS, for the distance to the floor."""
    import numpy as np

    a = np.random.default_rng(0).standard_normal((size, size), dtype=np.float32)
    a @ a
    started = time.perf_counter()
    for _ in range(repeats):
        a @ a
    return 2 * size**3 * repeats / (time.perf_counter() - started) / 1e9


def matmul_gflops_bf16(size: int = 2048, repeats: int = 20) -> float:
    """The machine's bfloat16 matrix-multiply throughput through torch (AMX or AVX-512-BF16 where the CPU has
    them, slow emulation elsewhere): the floor of the bfloat16 runtimes."""
    import torch

    a = torch.randn(size, size).to(torch.bfloat16)
    a @ a
    started = time.perf_counter()
    for _ in range(repeats):
        a @ a
    return 2 * size**3 * repeats / (time.perf_counter() - started) / 1e9


def large_text(folder: Path, mb: int) -> Path:
    """One news-like text file of ``mb`` MB: the seed articles over and over, each copy numbered."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_SEEDS_DIR.glob("*.txt"))]
    path = folder / "large.txt"
    with open(path, "w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < mb * 2**20:
            fh.write(f"Dispatch {n}.\n\n{seeds[n % len(seeds)]}\n\n")
            n += 1
    return path


def _measure(args: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        worker = subprocess.run(
            [sys.executable, "-m", "eval.bench_worker", "--index", tmp, *args],
            capture_output=True,
            text=True,
            check=False,
        )
        if worker.returncode:
            raise SystemExit(f"benchmark worker failed:\n{worker.stderr[-3000:]}")
        result = json.loads(worker.stdout.strip().splitlines()[-1])
        question = result.pop("first_question")
        started = time.perf_counter()
        cold = subprocess.run(
            [sys.executable, "-m", "cli", "ask", question, "--json", "--index", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        result["cold_start_s"] = time.perf_counter() - started
        if cold.returncode:
            raise SystemExit(f"cold-start ask failed:\n{cold.stderr[-3000:]}")
    return result


def markdown(rows: list[dict]) -> str:
    head = [
        "corpus",
        "articles",
        "chunks",
        "build s",
        "chunks/s",
        "index MB",
        "peak RSS MB",
        "warm p50 ms",
        "warm p95 ms",
        "read p50 ms",
        "GFLOP/q",
        "cold start s",
        "read s",
        "chunk s",
        "embed s",
        "write s",
    ]
    keys = [
        "corpus",
        "articles",
        "chunks",
        "build_s",
        "chunks_per_s",
        "index_mb",
        "peak_rss_mb",
        "warm_p50_ms",
        "warm_p95_ms",
        "read_p50_ms",
        "gflop_per_question",
        "cold_start_s",
        "read_s",
        "chunk_s",
        "embed_s",
        "write_s",
    ]
    fmt = lambda v: f"{v:.1f}" if isinstance(v, float) else str(v)  # noqa: E731
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(fmt(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def gold_questions() -> list[str]:
    return [item.question for item in load_gold(DEFAULT_GOLD)]


if __name__ == "__main__":
    app()
