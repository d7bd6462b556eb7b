"""Robustness figures: ``python -m eval.robustness`` (about two minutes on 2 cores).

1. Corruption: every file of an index generation (and ``CURRENT``) damaged in
   several ways (single bytes flipped at the start, middle and end; truncated;
   emptied; deleted; garbage appended). Each case must either be *detected* (the
   load says the index is corrupt and to re-index) or be *harmless* (the index
   loads with the same articles, chunks, vectors and search results). Anything
   else, a silent change or a traceback, is counted and named.
2. Bad input: a corpus of broken files and bad command lines through the real
   ``qa`` command. Each must end with the good articles indexed and the bad one
   named, or with a message and exit code 2, and never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import typer

from qa.settings import DEFAULT_SEEDS_DIR

app = typer.Typer(add_completion=False)
QUERY = "Which missile system did Pakistan deploy on May 10?"


def _flip(position: float) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        i = min(len(data) - 1, int(position * len(data)))
        data[i] ^= 0x55
        path.write_bytes(bytes(data))

    return damage


DAMAGES: dict[str, Callable[[Path], None]] = {
    "first byte flipped": _flip(0.0),
    "middle byte flipped": _flip(0.5),
    "last byte flipped": _flip(1.0),
    "truncated to half": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "emptied": lambda p: p.write_bytes(b""),
    "deleted": lambda p: p.unlink(),
    "garbage appended": lambda p: p.write_bytes(p.read_bytes() + b"\x00\xffgarbage"),
}


def fingerprint(index_dir: Path, vector: np.ndarray) -> tuple:
    """What a user would notice: articles, chunks, vectors and both searches for one query."""
    from index.local_store import LocalIndex
    from index.store import SearchParams

    s = LocalIndex(index_dir).load()
    return (
        {k: (a.title, a.text) for k, a in s.articles.items()},
        [(c.id, c.text, c.sentences) for c in s.chunks],
        np.round(s.embeddings, 6).tobytes(),
        [(h.chunk.id, h.dense_score, h.bm25_score) for h in s.search(QUERY, vector, 10, SearchParams())],
    )


def corruption_cases(base: Path, vector: np.ndarray) -> list[dict]:
    from index.errors import CorruptIndexError, IndexNotFoundError

    files = sorted(
        str(p.relative_to(base))
        for p in base.rglob("*")
        if p.is_file() and p.name not in (".verified.json", "lock") and "uploads" not in p.parts
    )
    expected = fingerprint(base, vector)
    rows = []
    with tempfile.TemporaryDirectory(prefix="qa-corrupt-") as tmp:
        for name in files:
            for kind, damage in DAMAGES.items():
                case = Path(tmp) / "ix"
                shutil.rmtree(case, ignore_errors=True)
                shutil.copytree(base, case)
                damage(case / name)
                try:
                    outcome = "harmless" if fingerprint(case, vector) == expected else "UNDETECTED"
                except (CorruptIndexError, IndexNotFoundError) as exc:
                    outcome = "detected" if "index" in str(exc) else "UNCLEAR MESSAGE"
                except Exception as exc:  # noqa: BLE001 - anything else is what this measures
                    outcome = f"CRASH {type(exc).__name__}"
                rows.append({"file": _generic(name), "damage": kind, "outcome": outcome})
    return rows


def _generic(name: str) -> str:
    """A file's name without the generation's or segment's unique part."""
    return re.sub(r"^(gen|seg)-[0-9a-f-]+", r"\1-*", name)


def bad_inputs(work: Path) -> list[dict]:
    """Broken files in one folder, then bad command lines; each through the real ``qa`` command."""
    corpus = work / "corpus"
    corpus.mkdir()
    for seed in sorted(DEFAULT_SEEDS_DIR.glob("*.txt"))[:2]:
        shutil.copy(seed, corpus)
    outside = work / "outside.txt"
    outside.write_text("A file outside the corpus folder.", encoding="utf-8")
    files = {
        "nested.json": b"[" * 1000,
        "bad-lines.jsonl": b'{"id": "ok", "text": "A good record about Quetta."}\n{not json\n{"id": "e", "text": ""}\n',
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\x03" * 100,
        "bom16.txt": "Texte en UTF-16 avec BOM.".encode("utf-16"),
        "le16.txt": "Plain UTF-16 without a mark.".encode("utf-16-le"),
        "latin1.txt": "Caf\xe9 talks in Lahore went on.".encode("cp1252"),
        "..txt": b"A name with nothing before its extension.",
        "one-line.txt": b"word " * 400_000,  # 2 MB with no sentence end
        "page.html": b"<html><head><title>T</title><script>x()</script></head><body><p>Body text.</p></body></html>",
        "unsupported.pdf": b"%PDF-1.4",
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "dangling.txt").symlink_to(work / "nowhere.txt")
    (corpus / "escape.txt").symlink_to(outside)
    index_dir = work / "ix"
    env = {**os.environ, "QA_INDEX_DIR": str(index_dir)}

    def qa(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "cli", *args], capture_output=True, text=True, env={**env, **extra_env}
        )

    rows = []
    run = qa("index", str(corpus), str(work / "missing-folder"), str(corpus / "..txt"))
    named = [n for n in (*files, "loop.txt", "dangling.txt", "escape.txt", "missing-folder") if n in run.stdout]
    expected_named = {"nested.json", "bad-lines.jsonl", "empty.txt", "binary.txt", "..txt", "unsupported.pdf"}
    expected_named |= {"loop.txt", "dangling.txt", "escape.txt", "missing-folder"}
    rows.append(
        {
            "input": f"a corpus of {len(files) + 3} broken or odd files and a missing folder",
            "ok": run.returncode == 0 and "Traceback" not in run.stderr and expected_named <= set(named),
            "detail": f"exit {run.returncode}; named {sorted(named)}",
        }
    )
    commands = {
        "QA_TOP_K=abc": (("ask", "Who?"), {"QA_TOP_K": "abc"}),
        "--chunk-words 0": (("index", str(corpus), "--chunk-words", "0"), {}),
        "--faiss bogus": (("index", str(corpus), "--faiss", "bogus"), {}),
        "--index pointing at a file": (("index", str(corpus), "--index", str(outside)), {}),
        "an empty question": (("ask", "   "), {}),
        "a 5,000-character question": (("ask", "why " * 1250), {}),
        "--top-k 1000000": (("ask", "Who?", "--top-k", "1000000"), {}),
        "--threshold 7": (("ask", "Who?", "--threshold", "7"), {}),
    }
    for label, (args, extra) in commands.items():
        r = qa(*args, **extra)
        clean = r.returncode == 2 and "Traceback" not in r.stderr and "error" in r.stderr.lower()
        rows.append({"input": label, "ok": clean, "detail": f"exit {r.returncode}: {r.stderr.strip()[-160:]}"})
    damaged = index_dir / "CURRENT"
    damaged.write_bytes(b"\xff\xfe garbage")
    r = qa("ask", "Who is Pakistan's finance chief?")
    rows.append(
        {
            "input": "undecodable CURRENT, then ask",
            "ok": r.returncode == 2 and "index" in r.stderr,
            "detail": r.stderr.strip()[-160:],
        }
    )
    r = qa("index", str(corpus))
    rows.append(
        {"input": "undecodable CURRENT, then plain qa index", "ok": r.returncode == 0, "detail": f"exit {r.returncode}"}
    )
    return rows


@app.command()
def main(as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """Corruption cases detected or harmless, and bad inputs handled cleanly."""
    from qa.corpus import Corpus
    from qa.settings import Settings

    with tempfile.TemporaryDirectory(prefix="qa-robust-") as tmp:
        base = Path(tmp) / "base"
        corpus = Corpus.from_settings(Settings(index_dir=base))
        corpus.sync([DEFAULT_SEEDS_DIR])
        corruption = corruption_cases(base, corpus.builder.embedder.encode([QUERY])[0])
        work = Path(tmp) / "bad"
        work.mkdir()
        inputs = bad_inputs(work)
    summary = {
        "corruption_cases": len(corruption),
        "detected": sum(r["outcome"] == "detected" for r in corruption),
        "harmless": sum(r["outcome"] == "harmless" for r in corruption),
        "failures": [r for r in corruption if r["outcome"] not in ("detected", "harmless")],
        "bad_inputs": len(inputs),
        "bad_inputs_handled": sum(r["ok"] for r in inputs),
        "bad_input_failures": [r for r in inputs if not r["ok"]],
    }
    if as_json:
        typer.echo(json.dumps({**summary, "cases": corruption, "inputs": inputs}, indent=2))
        return
    typer.echo(
        f"Corruption: {summary['corruption_cases']} cases, {summary['detected']} detected, "
        f"{summary['harmless']} harmless, {len(summary['failures'])} failures"
    )
    for r in summary["failures"]:
        typer.echo(f"  {r['outcome']}: {r['file']} {r['damage']}")
    typer.echo(f"Bad inputs: {summary['bad_inputs_handled']} of {summary['bad_inputs']} handled cleanly")
    for r in summary["bad_input_failures"]:
        typer.echo(f"  FAILED {r['input']}: {r['detail']}")


if __name__ == "__main__":
    app()
