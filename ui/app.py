"""The chat UI: a thin Gradio layer over ``qa.QAPipeline`` (no retrieval or reading here).

The answer function is also the API endpoint ``/ask`` (see ``gradio_client``),
returning the same JSON object as ``qa ask --json``.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import gradio as gr
from gradio.utils import get_upload_folder

from index.errors import UserError
from index.loaders import SUFFIXES
from qa.errors import InvalidQuestionError
from qa.pipeline import QAPipeline
from qa.settings import Settings
from ui import render
from ui.server import Server, asgi_app, serve

log = logging.getLogger(__name__)
UPLOAD_TYPES = sorted(SUFFIXES)  # exactly what the loaders read
ExampleSource = Callable[[set[str]], Sequence[str]]  # article ids loaded -> example questions about them
CSS = "mark { background: #ffe58a; padding: 0 2px; } .qa-sources li { margin-bottom: .6em; }"


def build_app(pipeline: QAPipeline, examples: ExampleSource | None = None) -> gr.Blocks:
    pipeline.warm_up()

    def chat_turn(question: str, chat: list, turns: list, top_k: float, threshold: float):
        """Chat handler: answers, remembers the turn for follow-ups, shows the sources."""
        try:
            result = pipeline.ask(question, top_k=int(top_k), threshold=float(threshold), history=turns)
        except UserError as exc:
            raise gr.Error(str(exc)) from exc
        chat = chat + [
            {"role": "user", "content": render.text(question)},
            {"role": "assistant", "content": render.reply(result)},
        ]
        turns = turns + [(result.question, result.answer.text if result.answer else None)]
        return "", chat, turns, render.sources(result)

    def api_ask(question: str, top_k: int = pipeline.settings.top_k, threshold: float | None = None) -> dict:
        """Answer a question from the indexed articles; returns the JSON object of `qa ask --json`."""
        try:
            return pipeline.ask(
                question,
                top_k=_number("top_k", top_k, int),
                threshold=None if threshold is None else _number("threshold", threshold, float),
            ).to_dict()
        except UserError as exc:
            raise gr.Error(str(exc)) from exc

    def upload(files: list | None, progress=gr.Progress(track_tqdm=True)):
        """Index uploads while other sessions keep asking (its own queue); progress comes from the indexer's bars."""
        if not files:
            yield "Choose one or more files first.", articles_table(), gr.update(choices=article_ids()), None
            return
        yield (
            f"Indexing {len(files)} file(s)… Questions can still be asked meanwhile.",
            articles_table(),
            gr.update(choices=article_ids()),
            gr.update(),
        )
        saved, problems = [], []
        temporary = [Path(getattr(f, "name", f)) for f in files]
        try:
            for path in temporary:
                try:
                    saved.append(store_upload(path, pipeline.corpus.uploads_dir))
                except ValueError as exc:
                    problems.append(f"{path.name}: {exc}")
                except OSError:
                    problems.append(f"{path.name}: the upload is no longer on the server; add the file again")
            report = pipeline.corpus.add_files(saved) if saved else None
        finally:
            remove_temporary(temporary)
        if report:
            for s in report.skipped:
                problems.append(f"{Path(s.path).name}: {s.reason}")
                Path(s.path).unlink(missing_ok=True)  # a file that cannot be read is not kept
        lines = []
        if report and (report.added or report.updated):
            lines.append(
                f"Indexed {len(report.added)} new and {len(report.updated)} changed article(s): "
                f"{', '.join(report.added + report.updated)}. They can be asked about now."
            )
        lines += [f"Not indexed: {p}" for p in problems]
        # The file list is emptied: its temporary copies are gone, and a second click must not index them again.
        yield "\n\n".join(lines) or "Nothing changed.", articles_table(), gr.update(choices=article_ids()), None

    def remove(article_id: str | None):
        if not article_id:
            return "Pick an article to remove.", articles_table(), gr.update(choices=article_ids())
        report = pipeline.corpus.remove_articles([article_id])
        msg = f"Removed {article_id}." if report.removed else f"{article_id} is not in the index."
        return msg, articles_table(), gr.update(choices=article_ids(), value=None)

    def articles_table() -> list[list]:
        counts: dict[str, int] = {}
        for c in pipeline.store.chunks:
            counts[c.article_id] = counts.get(c.article_id, 0) + 1
        return [
            [a.title, a.outlet, a.published, a.id, counts.get(a.id, 0), Path(a.source).name]
            for a in pipeline.store.articles.values()
        ]

    def article_ids() -> list[str]:
        return list(pipeline.store.articles)

    def intro() -> str:
        n = len(pipeline.store.articles)
        return (
            f"Answers are extracted from **{n} indexed article{'s' if n != 1 else ''}**, with citations; "
            "when the articles don't say, it says so. Add your own articles in the *Articles* tab."
        )

    # Gradio's copies of uploads that were never indexed are deleted after an hour.
    with gr.Blocks(title=f"News QA · {len(pipeline.store.articles)} articles", delete_cache=(600, 3600)) as app:
        gr.Markdown("# Ask the articles")
        intro_md = gr.Markdown(intro())
        turns = gr.State([])
        with gr.Tab("Ask"):
            chat = gr.Chatbot(
                label="Conversation", height=460, sanitize_html=True, elem_id="chat", feedback_options=None
            )
            with gr.Row():
                question = gr.Textbox(
                    placeholder="Ask a question about the articles…",
                    show_label=False,
                    scale=5,
                    max_length=pipeline.settings.max_question_chars,
                    elem_id="question",
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                clear = gr.Button("Clear chat", scale=1, elem_id="clear")
            gr.Examples(example_questions(pipeline, examples), inputs=question, label="Try a question")
            with gr.Accordion("Sources of the last answer", open=False):
                sources = gr.HTML(render.sources(None), elem_id="sources")
            with gr.Accordion("Settings", open=False):
                top_k = gr.Slider(1, 20, value=pipeline.settings.top_k, step=1, label="Passages to read")
                threshold = gr.Slider(
                    0.0,
                    1.0,
                    value=round(pipeline.threshold, 3),
                    step=0.005,
                    label="Abstain below this confidence (default: calibrated)",
                )
        with gr.Tab("Articles"):
            table = gr.Dataframe(
                articles_table(),
                headers=["title", "outlet", "date", "id", "chunks", "file"],
                interactive=False,
                elem_id="articles",
            )
            files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, label="Add articles", elem_id="upload")
            add = gr.Button("Index uploaded files", variant="primary", elem_id="index-uploads")
            with gr.Row():
                pick = gr.Dropdown(article_ids(), label="Article to remove", scale=3)
                drop = gr.Button("Remove article", variant="stop", scale=1)
            status = gr.Markdown(elem_id="upload-status")

        inputs = [question, chat, turns, top_k, threshold]
        outputs = [question, chat, turns, sources]
        send.click(chat_turn, inputs, outputs, api_visibility="private")
        question.submit(chat_turn, inputs, outputs, api_visibility="private")
        clear.click(lambda: ([], [], render.sources(None)), None, [chat, turns, sources], api_visibility="private")
        add.click(upload, files, [status, table, pick, files], api_visibility="private").then(
            intro, None, intro_md, api_visibility="private"
        )
        drop.click(remove, pick, [status, table, pick], api_visibility="private").then(
            intro, None, intro_md, api_visibility="private"
        )
        gr.api(api_ask, api_name="ask")
    return app


def _number(name: str, value, kind: type):
    """An API parameter as a number, or a message that says what was expected."""
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise InvalidQuestionError(f"{name} must be a number, got {str(value)[:40]!r}") from None
    if kind is int and number != float(value):
        raise InvalidQuestionError(f"{name} must be a whole number, got {value!r}")
    return number


def store_upload(path: Path, uploads_dir: Path) -> Path:
    """Copy an upload into the uploads folder under a safe name (no path parts, no hidden files)."""
    if path.suffix.lower() not in UPLOAD_TYPES:
        raise ValueError(f"unsupported file type {path.suffix or '(none)'}; use {', '.join(UPLOAD_TYPES)}")
    name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(path.name).name).lstrip("._") or "upload.txt"
    uploads_dir.mkdir(parents=True, exist_ok=True)
    target = (uploads_dir / name).resolve()
    if target.parent != uploads_dir.resolve():
        raise ValueError("invalid file name")
    stem, n = target.stem, 1
    while target.exists() and target.read_bytes() != path.read_bytes():  # never replace a different article
        n += 1
        target = target.with_name(f"{stem}-{n}{target.suffix}")
    shutil.copyfile(path, target)
    return target


def remove_temporary(paths: Sequence[Path]) -> None:
    """Gradio's own copies of uploads (never a user's file elsewhere), with their folders once empty."""
    cache = Path(get_upload_folder()).resolve()
    for path in paths:
        path = path.resolve()
        if path.is_relative_to(cache) and path != cache:
            path.unlink(missing_ok=True)
            if path.parent != cache:
                try:
                    path.parent.rmdir()
                except OSError:
                    pass  # not empty: another upload shares it


def example_questions(pipeline: QAPipeline, examples: ExampleSource | None, limit: int = 5) -> list[str]:
    """Questions about the loaded articles from ``examples`` (the CLI passes the gold set's); else about titles."""
    loaded = set(pipeline.store.articles)
    picked = list(examples(loaded)) if examples else []
    if not picked:
        picked = [f"What happened in “{a.title}”?" for a in pipeline.store.articles.values() if a.title]
    step = max(1, len(picked) // limit)
    return picked[::step][:limit]


def start(app: gr.Blocks, settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True) -> Server:
    """Serve the app (the tests start it the same way): uploads bounded in size, cross-origin requests refused,
    security headers on every response (``ui.server``)."""
    app.queue(default_concurrency_limit=4)
    return serve(asgi_app(app, host, settings.max_upload_mb * gr.FileSize.MB, CSS), host, port, block)


def launch(
    settings: Settings, host: str = "127.0.0.1", port: int = 7860, examples: ExampleSource | None = None
) -> None:
    start(build_app(QAPipeline.from_settings(settings, progress=True), examples), settings, host, port)
