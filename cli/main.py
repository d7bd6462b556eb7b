"""The ``qa`` command: index articles, ask questions, serve the chat UI, evaluate, benchmark.

The ``cli`` package is the composition root: it sits above ``ui``, ``eval`` and
``training`` and nothing imports it, so the library keeps its one-way imports.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from index.errors import UserError
from qa.settings import Settings, default

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Ask questions about news articles; answers are extracted from the articles, with citations.",
)
err = Console(stderr=True)
out = Console()

IndexOpt = typer.Option(None, "--index", help="index directory (default .qa-index, env QA_INDEX_DIR)")
ReaderOpt = typer.Option(None, "--reader", help="reader model: HF id or local path (env QA_READER_MODEL)")
TopKOpt = typer.Option(None, "--top-k", help="passages to read (env QA_TOP_K)")
StoreOpt = typer.Option(None, "--store", help="local (default: FAISS + BM25 in --index) or milvus (env QA_STORE)")
MilvusOpt = typer.Option(
    None, "--milvus-uri", help="Milvus server (http://host:19530) or Milvus Lite file (*.db) (env QA_MILVUS_URI)"
)
CollectionOpt = typer.Option(None, "--collection", help="Milvus collection name (env QA_MILVUS_COLLECTION)")


def store_options(store: Optional[str], milvus_uri: Optional[str], collection: Optional[str]) -> dict:
    """The three store flags as Settings fields."""
    return {"store": store, "milvus_uri": milvus_uri, "milvus_collection": collection}


def settings(**overrides) -> Settings:
    """Settings from the environment and flags; a bad value is a message and exit code 2."""
    return run(lambda: Settings.from_env().with_overrides(**overrides))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Article text for the terminal: no control characters (ANSI escapes could rewrite the screen), no markup."""
    return escape(_CONTROL.sub("", text))


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="log progress")) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    s = settings()
    if Path(s.reader_model).exists() and Path(s.embedder).exists():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # both models are local: never reach for a hub
    # quiet transformers if it is ever imported (exports, torch runtimes), without importing it (0.9 s) here
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def run(fn):
    """Show a UserError as a message and exit 2, instead of a traceback."""
    try:
        return fn()
    except UserError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


@app.command()
def index(
    paths: list[Path] = typer.Argument(None, help="files or folders of articles (default: seeds/)"),
    index_dir: Optional[Path] = IndexOpt,
    rebuild: bool = typer.Option(False, help="ignore the existing index and embed everything again"),
    faiss_index: Optional[str] = typer.Option(
        None, "--faiss", help="auto (default: exact, IVF above 200k chunks a segment), flat, ivf or hnsw"
    ),
    chunk_words: Optional[int] = typer.Option(
        None, help=f"words per chunk (default {default('chunk_words')}, env QA_CHUNK_WORDS)"
    ),
    follow_links: bool = typer.Option(False, help="follow links that point outside the given folders"),
    store: Optional[str] = StoreOpt,
    milvus_uri: Optional[str] = MilvusOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Index articles (.txt .md .html .json .jsonl); only new or changed ones are embedded."""
    from qa.corpus import Corpus

    s = settings(
        index_dir=index_dir,
        faiss_index=faiss_index,
        chunk_words=chunk_words,
        **store_options(store, milvus_uri, collection),
    )
    corpus = Corpus.from_settings(s, progress=sys.stderr.isatty(), follow_links=follow_links)
    report = run(lambda: corpus.sync(paths or [s.corpus_dir], rebuild=rebuild))
    # soft_wrap: a path stays whole on its line, where an 80-column wrap would fold it mid-name in a log
    out.print(
        f"Indexed [bold]{report.articles}[/] article{'' if report.articles == 1 else 's'}, "
        f"[bold]{report.chunks}[/] chunks into {safe(corpus.backend.location)} "
        f"in {report.seconds:.1f} s (added {len(report.added)}, updated {len(report.updated)}, "
        f"removed {len(report.removed)}, unchanged {report.unchanged}; embedded {report.embedded_chunks} chunks).",
        soft_wrap=True,
    )
    if report.timings:
        out.print("Time: " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.timings.items()) + ".")
    for skipped in report.skipped:
        out.print(f"[yellow]skipped[/] {safe(skipped.path)}: {safe(skipped.reason)}", soft_wrap=True)


@app.command()
def ask(
    question: str = typer.Argument(..., help="the question"),
    top_k: Optional[int] = TopKOpt,
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    index_dir: Optional[Path] = IndexOpt,
    reader: Optional[str] = ReaderOpt,
    threshold: Optional[float] = typer.Option(None, help="abstain below this confidence (default: calibrated)"),
    since: Optional[str] = typer.Option(None, help="only articles published on or after this day (2025-08-01)"),
    until: Optional[str] = typer.Option(None, help="only articles published on or before this day"),
    source: Optional[str] = typer.Option(None, help="only articles whose outlet, web site or file name has this"),
    store: Optional[str] = StoreOpt,
    milvus_uri: Optional[str] = MilvusOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Answer a question from the indexed articles (indexes seeds/ first if there is no index)."""
    from qa.filters import Filters
    from qa.pipeline import QAPipeline
    from qa.verify import told_apart

    s = settings(
        index_dir=index_dir,
        reader_model=reader,
        top_k=top_k,
        threshold=threshold,
        **store_options(store, milvus_uri, collection),
    )
    pipeline = QAPipeline.from_settings(s)
    filters = run(lambda: Filters.parse(since, until, source))
    run(lambda: pipeline.validate(question))  # a bad question is told before any model loads
    run(pipeline.warm_up)  # models and index load side by side
    result = run(lambda: pipeline.ask(question, filters=filters))
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    if result.filters:  # set by the flags, or by the question: "…, according to Reuters?"
        out.print(f"Limited to articles {safe(result.filters)}.")
    if result.abstained:
        out.print("[bold]The articles don't say.[/]")
        if result.reason:
            out.print(f"Why: {safe(result.reason)}")
        if result.answers:
            shown, needed = told_apart(result.confidence, result.threshold)
            out.print(f"(best guess: {safe(result.answers[0].text)!s}, confidence {shown} < threshold {needed})")
        for p in result.passages[:3]:
            out.print(f"  closest passage [{safe(p.title or p.chunk.article_id)}]: {safe(p.chunk.text[:160])}…")
        return
    if result.differing:
        out.print("[bold]Sources differ:[/]")
    number = 1
    for answer in (result.answer, *result.differing):
        n = len(answer.articles)
        agree = f", {n} articles agree" if n > 1 else ""
        when = f" ({safe(answer.absolute_date)}, from the article's date)" if answer.absolute_date else ""
        out.print(f"[bold]{safe(answer.text)}[/]{when}  (confidence {answer.confidence:.2f}{agree})")
        for c in answer.citations:
            a, b = c.start - c.sentence_start, c.end - c.sentence_start
            marked = safe(c.sentence[:a]) + "[bold underline]" + safe(c.sentence[a:b]) + "[/]" + safe(c.sentence[b:])
            said = "" if answer.whole_sentences else f": {marked}"  # a sentence answer is not printed twice
            out.print(f"  [{number}] {safe(' · '.join(c.source))} (chars {c.start}-{c.end}){said}")
            number += 1


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(7860, help="port"),
    index_dir: Optional[Path] = IndexOpt,
    reader: Optional[str] = ReaderOpt,
    store: Optional[str] = StoreOpt,
    milvus_uri: Optional[str] = MilvusOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Start the chat UI in the browser (indexes seeds/ first if there is no index)."""
    from eval.gold import example_questions
    from ui.app import launch

    s = settings(index_dir=index_dir, reader_model=reader, **store_options(store, milvus_uri, collection))
    run(lambda: launch(s, host=host, port=port, examples=example_questions))


def _eval_app():
    from eval.cli import app as eval_app

    return eval_app


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval(ctx: typer.Context) -> None:
    """Score the system on a gold set or SQuAD (same as `python -m eval`; see `qa eval --help`)."""
    _eval_app()(args=ctx.args, prog_name="qa eval")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(ctx: typer.Context) -> None:
    """Speed and memory benchmark (same as `python -m eval.bench`)."""
    from eval.bench import app as bench_app

    bench_app(args=ctx.args, prog_name="qa bench")


if __name__ == "__main__":
    app()
