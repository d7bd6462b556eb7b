"""The chat UI: a thin Gradio layer over ``qa.QAPipeline`` (no retrieval or reading here).

The answer function is also the API endpoint ``/ask`` (see ``gradio_client``),
returning the same JSON object as ``qa ask --json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import gradio as gr
from gradio.utils import get_upload_folder

from index.errors import UserError
from index.loaders import SUFFIXES
from qa.errors import InvalidQuestionError
from qa.filters import Filters
from qa.pipeline import QAPipeline
from qa.settings import Settings
from ui import render
from ui.server import Server, asgi_app, serve

log = logging.getLogger(__name__)
UPLOAD_TYPES = sorted(SUFFIXES)  # exactly what the loaders read
ExampleSource = Callable[[set[str]], Sequence[str]]  # article ids loaded -> example questions about them
CSS = "mark { background: #ffe58a; padding: 0 2px; } .qa-sources li { margin-bottom: .6em; }"


def build_app(pipeline: QAPipeline, examples: ExampleSource | None = None) -> gr.Blocks:
    pipeline.warm_up()  # models loaded at start: the first question does not wait for them
    settings = pipeline.settings

    def show_question(question: str, chat: list):
        """Step one, at once: the question appears with "Reading the articles…"; a bad one is said instead."""
        try:
            question = pipeline.validate(question)
        except UserError as exc:
            raise gr.Error(str(exc)) from exc
        chat = chat + [
            {"role": "user", "content": render.text(question)},
            {"role": "assistant", "content": render.READING},
        ]
        return "", chat, question

    def answer(question: str, chat: list, turns: list, top_k: float, threshold: float, since, until, source):
        """Step two: the answer replaces the reading note; the turn is remembered for follow-ups."""
        try:
            filters = Filters.parse(since, until, source)
            result = pipeline.ask(question, int(top_k), float(threshold), history=turns, filters=filters)
        except UserError as exc:
            return chat[:-1] + [{"role": "assistant", "content": render.problem(str(exc))}], turns, gr.update(), None
        chat = chat[:-1] + [{"role": "assistant", "content": render.reply(result)}]
        turns = turns + [(result.resolved_question or result.question, result.answer.text if result.answer else None)]
        return chat, turns, render.sources(result), result

    def after_answer(result):
        """The cited articles to open, and the plain text the copy button puts on the clipboard."""
        citations = render.citations(result)
        choices = [(f"[{i}] {c.title or c.article_id}", i - 1) for i, c in enumerate(citations, 1)]
        return gr.update(choices=choices, value=None, visible=bool(choices)), render.plain(result)

    def open_article(index: int | None, result):
        citations = render.citations(result)
        if index is None or index >= len(citations):
            return gr.update(visible=False)
        citation = citations[index]
        current = pipeline.store.articles.get(citation.article_id)
        if current is None:
            return gr.update(value="<p>This article has been removed since.</p>", visible=True)
        return gr.update(value=render.article(current, citation), visible=True)

    def clear_all():
        """Every way of clearing (the button, the chat's trash icon) forgets the conversation too."""
        return [], [], render.sources(None), None, gr.update(choices=[], value=None, visible=False), "", None

    def api_ask(
        question: str,
        top_k: int = settings.top_k,
        threshold: float | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
    ) -> dict:
        """Answer a question from the indexed articles; returns the JSON object of `qa ask --json`.
        ``since``/``until`` (2025-08-01) and ``source`` (outlet, web site or file name) limit the articles."""
        try:
            return pipeline.ask(
                question,
                top_k=_number("top_k", top_k, int),
                threshold=None if threshold is None else _number("threshold", threshold, float),
                filters=Filters.parse(since, until, source),
            ).to_dict()
        except UserError as exc:
            raise gr.Error(str(exc)) from exc

    def api_add_article(text: str, title: str = "", published: str = "", outlet: str = "", url: str = "") -> dict:
        """Add (or replace) one article; returns its id and how many articles the index holds.
        ``published`` is an ISO day (2025-08-04). Every server sharing the index can answer from it at once."""
        try:
            if not isinstance(text, str) or not text.strip():
                raise InvalidQuestionError("The article has no text.")
            if len(text) > settings.max_upload_mb * 2**20:
                raise InvalidQuestionError(f"The article is over the {settings.max_upload_mb} MB upload limit.")
            record = {"title": title or "", "text": text, "published": published or "", "outlet": outlet or ""}
            record = {k: str(v) for k, v in {**record, "url": url or ""}.items()}
            record["id"] = "api-" + hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()[:16]
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"{record['id']}.json"
                path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
                saved = store_upload(path, pipeline.corpus.uploads_dir)
            report = pipeline.corpus.add_files([saved])
            if report.skipped:
                saved.unlink(missing_ok=True)
                raise InvalidQuestionError(f"The article was not indexed: {report.skipped[0].reason}")
            return {"id": record["id"], "articles": report.articles}
        except UserError as exc:
            raise gr.Error(str(exc)) from exc

    def api_remove_article(article_id: str) -> dict:
        """Remove one article by id; returns how many articles the index holds."""
        try:
            if not isinstance(article_id, str) or article_id not in pipeline.store.articles:
                raise InvalidQuestionError(f"No article with id {str(article_id)[:80]!r} in the index.")
            return {"removed": article_id, "articles": pipeline.corpus.remove_articles([article_id]).articles}
        except UserError as exc:
            raise gr.Error(str(exc)) from exc

    def upload(files: list | None, progress=gr.Progress(track_tqdm=True)):
        """Index uploads while other sessions keep asking (its own queue); progress comes from the indexer's bars."""
        if not files:
            yield "Choose one or more files first.", None
            return
        yield f"Indexing {len(files)} file(s)… Questions can still be asked meanwhile.", gr.update()
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
        yield "\n\n".join(lines) or "Nothing changed.", None

    def confirm_removal(article_id: str | None):
        if not article_id or article_id not in pipeline.store.articles:
            return "Pick an article to remove first.", gr.update(visible=False), ""
        a = pipeline.store.articles[article_id]
        question = f"Remove **{render.text(a.title)}** ({render.text(a.id)})? It will no longer be used for answers."
        return "", gr.update(visible=True), question

    def remove(article_id: str | None, removed: list):
        a = pipeline.store.articles.get(article_id or "")
        if a is None:
            return f"{article_id} is not in the index any more.", gr.update(visible=False), removed, gr.update()
        pipeline.corpus.remove_articles([a.id])
        removed = removed + [a]
        msg = f"Removed “{a.title}”. *Restore* brings it back while this page is open."
        return msg, gr.update(visible=False), removed, gr.update(visible=True, value=f"Restore “{a.title}”")

    def restore(removed: list):
        if not removed:
            return "Nothing to restore.", removed, gr.update(visible=False)
        a, removed = removed[-1], removed[:-1]
        pipeline.corpus.restore_articles([a])
        button = gr.update(visible=bool(removed), value=f"Restore “{removed[-1].title}”" if removed else "Restore")
        return f"Restored “{a.title}”.", removed, button

    def current_view():
        """What a page shows of the index, read when it loads and after every change: never a stale count."""
        index = pipeline.store
        counts = index.chunk_counts()
        table = [
            [a.title, a.outlet, a.published, a.id, counts.get(a.id, 0), Path(a.source).name]
            for a in index.articles.values()
        ]
        choices = [(f"{a.title} ({a.id})", a.id) for a in index.articles.values()]
        outlets = sorted({a.outlet for a in index.articles.values() if a.outlet})
        n = len(index.articles)
        intro = (
            f"Answers are extracted from **{n} indexed article{'s' if n != 1 else ''}**, with citations; "
            "when the articles don't say, it says so. Add your own articles in the *Articles* tab. "
            "The reader understands English questions."
        )
        return intro, table, gr.update(choices=choices, value=None), n, gr.update(choices=outlets)

    # Gradio's copies of uploads that were never indexed are deleted after an hour.
    with gr.Blocks(title="News QA", delete_cache=(600, 3600)) as app:
        gr.Markdown("# Ask the articles")
        intro_md = gr.Markdown(elem_id="intro")
        count = gr.Number(visible=False)
        turns = gr.State([])
        asked = gr.State("")
        last = gr.State(None)  # the last QAResult of this page, for its citations
        removed = gr.State([])  # articles removed from this page, restorable until it closes
        with gr.Tab("Ask"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(
                        label="Conversation",
                        height=460,
                        sanitize_html=True,
                        elem_id="chat",
                        feedback_options=None,
                        autoscroll=False,  # the page scrolls to the answer's start instead (ANSWER_IN_VIEW)
                        buttons=[],  # the copy button below copies plain text, not markup
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder=f"Ask a question about the articles (up to {settings.max_question_chars:,} "
                            "characters)…",
                            show_label=False,
                            scale=5,
                            elem_id="question",
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    with gr.Row():
                        copy = gr.Button("Copy answer", size="sm", elem_id="copy")
                        clear = gr.Button("Clear chat", size="sm", elem_id="clear")
                    plain = gr.Textbox(visible=False, elem_id="plain")
                    gr.Examples(example_questions(pipeline, examples), inputs=question, label="Try a question")
                with gr.Column(scale=2):
                    cited = gr.Radio([], label="Read a cited article", visible=False, elem_id="cited-articles")
                    reader = gr.HTML(visible=False, elem_id="article")
            with gr.Accordion("Passages read for the last answer", open=False):
                sources = gr.HTML(render.sources(None), elem_id="sources")
            with gr.Accordion("Filters", open=False):
                with gr.Row():
                    since = gr.Textbox(label="From", placeholder="2025-08-01", elem_id="since")
                    until = gr.Textbox(label="To", placeholder="2025-08-31", elem_id="until")
                    source = gr.Dropdown(
                        [],
                        value=None,
                        allow_custom_value=True,
                        label="Source",
                        elem_id="source",
                        info="Outlet, web site or file name; articles without a known date are left out of a range.",
                    )
            with gr.Accordion("Settings", open=False):
                top_k = gr.Slider(
                    1,
                    settings.max_top_k,
                    value=settings.top_k,
                    step=1,
                    label="Passages to read",
                    info="How many of the best-matching passages the reader reads. More can find more, but is slower.",
                )
                threshold = gr.Slider(
                    0.0,
                    1.0,
                    value=round(pipeline.threshold, 3),
                    step=0.005,
                    label="Answer only above this confidence",
                    info="Below it the reply is “The articles don't say”. Lower it and it guesses more, "
                    "and more often wrongly; the default is calibrated.",
                )
        with gr.Tab("Articles"):
            table = gr.Dataframe(
                headers=["title", "outlet", "date", "id", "chunks", "file"], interactive=False, elem_id="articles"
            )
            files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, label="Add articles", elem_id="upload")
            add = gr.Button("Index uploaded files", variant="primary", elem_id="index-uploads")
            with gr.Row():
                pick = gr.Dropdown([], value=None, label="Article to remove", scale=3, elem_id="pick")
                drop = gr.Button("Remove article…", variant="stop", scale=1, elem_id="remove")
            with gr.Group(visible=False, elem_id="confirm") as confirm:
                confirm_md = gr.Markdown()
                with gr.Row():
                    yes = gr.Button("Yes, remove it", variant="stop", elem_id="confirm-remove")
                    cancel = gr.Button("Cancel", elem_id="cancel-remove")
            undo = gr.Button("Restore", visible=False, elem_id="restore")
            status = gr.Markdown(elem_id="upload-status")

        view = [intro_md, table, pick, count, source]
        private = {"api_visibility": "private"}

        def refresh(event):
            """After an event: the current index everywhere on the page, the tab's title too."""
            return event.then(current_view, None, view, **private).then(None, count, None, js=TITLE)

        app.load(current_view, None, view, **private).then(None, count, None, js=TITLE)
        replies = []  # a reply still being read when the chat is cleared is dropped, not written back
        for trigger in (send.click, question.submit):
            reply = trigger(show_question, [question, chat], [question, chat, asked], **private).success(
                answer,
                [asked, chat, turns, top_k, threshold, since, until, source],
                [chat, turns, sources, last],
                **private,
            )
            reply.then(after_answer, last, [cited, plain], **private).then(None, None, None, js=ANSWER_IN_VIEW)
            replies.append(reply)
        cited.change(open_article, [cited, last], reader, **private).then(None, None, None, js=CITED_IN_VIEW)
        outputs = [chat, turns, sources, last, cited, plain, reader]
        clear.click(clear_all, None, outputs, cancels=replies, **private)
        chat.clear(clear_all, None, outputs, cancels=replies, **private)
        copy.click(None, plain, None, js=COPY)
        refresh(add.click(upload, files, [status, files], **private))
        drop.click(confirm_removal, pick, [status, confirm, confirm_md], **private)
        cancel.click(lambda: gr.update(visible=False), None, confirm, **private)
        refresh(yes.click(remove, [pick, removed], [status, confirm, removed, undo], **private))
        refresh(undo.click(restore, removed, [status, removed, undo], **private))
        gr.api(api_ask, api_name="ask")
        gr.api(api_add_article, api_name="add_article")
        gr.api(api_remove_article, api_name="remove_article")
    return app


TITLE = "(n) => { document.title = `News QA · ${n} article${n === 1 ? '' : 's'}`; }"
# After an answer, the start of the answer is in view (on a phone the citations would push it off screen).
ANSWER_IN_VIEW = """() => { setTimeout(() => {
  const bots = document.querySelectorAll('#chat .message.bot, #chat [data-testid="bot"]');
  if (bots.length) bots[bots.length - 1].scrollIntoView({block: 'start'});
}, 50); }"""
CITED_IN_VIEW = "() => { setTimeout(() => document.getElementById('cited')?.scrollIntoView({block: 'center'}), 50); }"
COPY = "(text) => { if (text) navigator.clipboard.writeText(text); }"


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
