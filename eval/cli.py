"""``qa eval`` / ``python -m eval``: score the system on a gold set, or on SQuAD."""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from eval.gold import DEFAULT_GOLD
from index.errors import UserError
from qa.gold import load_gold
from qa.settings import Settings

app = typer.Typer(add_completion=False)
console = Console(stderr=True)


class Half(str, Enum):
    all = "all"
    fit = "fit"
    report = "report"


class Mode(str, Enum):
    reader = "reader"
    open = "open"


@app.command()
def main(
    gold: Path = typer.Option(DEFAULT_GOLD, help="gold JSONL file"),
    corpus: Optional[list[Path]] = typer.Option(None, help="articles the gold set is about (default: seeds/)"),
    index_dir: Optional[Path] = typer.Option(
        None, "--index", help="use this existing index instead of indexing --corpus"
    ),
    top_k: Optional[int] = typer.Option(None, "--top-k", help="passages to read"),
    reader: Optional[str] = typer.Option(None, "--reader", help="reader model id or path"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object of metrics"),
    out: Optional[Path] = typer.Option(None, help="report folder (default runs/<timestamp>/)"),
    squad: Optional[Path] = typer.Option(None, help="score on a SQuAD v1.1/v2.0 file (.json or .json.gz) instead"),
    conversations: Optional[Path] = typer.Option(
        None, help="score scripted conversations (follow-ups) instead, e.g. eval/gold/conversations.jsonl"
    ),
    cut_answers: bool = typer.Option(
        False,
        "--cut-answers",
        help="ask each answerable gold question again with the sentences holding its answer cut from the "
        "articles, and count how often it abstains, as it should",
    ),
    as_typed: bool = typer.Option(
        False,
        "--typed",
        help='ask each gold question (or conversation turn) as typed in a hurry: lower case, "whats", no question mark',
    ),
    mode: Mode = typer.Option(
        Mode.reader, help="SQuAD: reader = gold paragraph given; open = retrieve from all paragraphs"
    ),
    limit: int = typer.Option(0, help="SQuAD: only the first N questions"),
    half: Half = typer.Option(
        Half.all,
        help="SQuAD v2.0 dev: the fit or report half (sorted titles: even fit, odd "
        "report); scores to publish come from the report half",
    ),
) -> None:
    """Measure answer quality, abstention, retrieval, citations, calibration and latency."""
    settings = Settings.from_env().with_overrides(reader_model=reader, top_k=top_k)
    try:
        metrics = (
            _squad(settings, squad, mode, limit, top_k, as_json, half)
            if squad
            else _conversations(settings, conversations, corpus, as_json, as_typed)
            if conversations
            else _cut(settings, gold, corpus, as_json)
            if cut_answers
            else _gold(settings, gold, corpus, index_dir, top_k, as_json, out, as_typed)
        )
    except (UserError, ValueError, OSError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(metrics))


def _gold(
    settings: Settings, gold: Path, corpus, index_dir, top_k, as_json: bool, out: Optional[Path], as_typed: bool
) -> dict:
    import tempfile
    from dataclasses import replace

    from eval.evaluate import gold_metrics, run_gold
    from eval.report import summary_table, write_report
    from eval.typed import typed
    from qa.pipeline import QAPipeline

    items = load_gold(gold)
    if as_typed:
        items = [replace(i, question=typed(i.question)) for i in items]
    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        pipeline = QAPipeline.from_settings(settings.with_overrides(index_dir=index_dir or Path(tmp)))
        if index_dir is None:  # a fresh index of the corpus, so results never depend on leftover uploads
            pipeline.corpus.sync(corpus or [settings.corpus_dir])
        pipeline.warm_up(build_if_missing=False)
        rows, _ = run_gold(pipeline, items, top_k=top_k, progress=not as_json and sys.stderr.isatty())
        metrics = gold_metrics(items, rows, top_k if top_k is not None else settings.top_k)
    metrics.update({"gold": str(gold), "reader": settings.reader_model, "threshold": pipeline.threshold})
    if as_json and out is None:
        return metrics
    out = out or Path("runs") / time.strftime("%Y%m%d-%H%M%S")
    written = write_report(out, metrics, items, rows)
    if not as_json:
        _print_table(f"{gold.name}: {metrics['n']} questions", summary_table(metrics))
        Console().print(f"Report: {out}/ ({', '.join(p.name for p in written)})")
    return metrics


def _conversations(settings: Settings, path: Path, corpus, as_json: bool, as_typed: bool) -> dict:
    import tempfile

    from eval.conversations import conversation_metrics, load_conversations, run_conversations
    from eval.typed import typed
    from qa.pipeline import QAPipeline

    conversations = load_conversations(path)
    if as_typed:
        conversations = [
            {**c, "turns": [{**t, "question": typed(t["question"])} for t in c["turns"]]} for c in conversations
        ]
    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        pipeline = QAPipeline.from_settings(settings.with_overrides(index_dir=Path(tmp)))
        pipeline.corpus.sync(corpus or [settings.corpus_dir])
        metrics = conversation_metrics(run_conversations(pipeline, conversations))
    if not as_json:
        headline = (
            f"{path.name}: {metrics['turns_right']} of {metrics['turns']} turns right; "
            f"follow-ups {metrics['follow_ups_right']} of {metrics['follow_ups']}"
        )
        _print_summary(headline, "wrong", metrics["wrong"])
    return metrics


def _cut(settings: Settings, gold: Path, corpus, as_json: bool) -> dict:
    import tempfile

    from eval.cut_answers import cut_metrics, run_cut
    from index.loaders import load_articles
    from qa.pipeline import QAPipeline

    articles, _ = load_articles(corpus or [settings.corpus_dir], max_article_chars=settings.max_article_chars)
    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        pipeline = QAPipeline.from_settings(settings.with_overrides(index_dir=Path(tmp)))
        metrics = cut_metrics(run_cut(pipeline, articles, load_gold(gold)))
    if not as_json:
        headline = (
            f"{gold.name}, answers cut from the articles: abstained on {metrics['abstained']:.3f} "
            f"of {metrics['questions']} questions"
        )
        _print_summary(headline, "answered anyway", metrics["answered"])
    return metrics


def _print_summary(headline: str, label: str, lines: list[str]) -> None:
    console.print(headline)
    for line in lines:
        console.print(f"  {label}: {line}")


def _squad(settings: Settings, path: Path, mode: Mode, limit: int, top_k, as_json: bool, half: Half) -> dict:
    from eval.squad import evaluate_open, evaluate_reader
    from qa.pipeline import QAPipeline

    progress = not as_json and sys.stderr.isatty()
    if mode is Mode.open:
        metrics = evaluate_open(settings, path, limit=limit, top_k=top_k, progress=progress)
    else:
        pipeline = QAPipeline.from_settings(settings)  # only its reader, verifier and threshold: no index is loaded
        pipeline.warm_up_models()
        metrics = {
            "mode": "reader",
            **evaluate_reader(
                pipeline.reader,
                pipeline.verifier,
                pipeline.threshold,
                path,
                limit=limit,
                half=half.value,
                progress=progress,
            ),
        }
    if not as_json:
        _print_table(
            f"SQuAD {mode.value}: {path.name}",
            [(k, f"{v:.2f}" if isinstance(v, float) else str(v)) for k, v in metrics.items()],
        )
    return metrics


def _print_table(title: str, rows: list[tuple[str, str]]) -> None:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(name, value)
    Console().print(table)
