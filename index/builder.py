"""Builds and updates the index incrementally: only new or changed articles are embedded.

builder = IndexBuilder(index_dir, embedder, chunk_words=..., overlap=..., faiss_kind=...)
report = builder.sync(["seeds/"])  # the index now holds exactly these files' articles

The defaults live in ``qa.settings.Settings``; ``qa.corpus.Corpus.from_settings`` builds one with them.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout
from tqdm import tqdm

from index import local_store as store
from index.chunking import chunk_article
from index.documents import Article, Chunk
from index.embedder import Embedder
from index.errors import CorruptIndexError, EmptyCorpusError, IndexWriteError
from index.loaders import Skipped, load_articles
from index.local_store import LocalIndex
from index.manifest import Manifest
from index.store import ArticleRows, Backend, Store

log = logging.getLogger(__name__)

UPLOADS = "uploads"  # files added through the UI live here and stay part of the corpus
REMOVED = "removed-uploads.json"  # ids of uploaded articles a user removed, kept out of later syncs
REMOVED_FILES = ".removed"  # uploaded files of removed articles, under uploads/, until restored


@dataclass(frozen=True)
class IndexReport:
    articles: int
    chunks: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    embedded_chunks: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent reading, chunking, embedding, writing


class IndexBuilder:
    def __init__(
        self,
        index_dir: Path,
        embedder: Embedder,
        *,
        chunk_words: int,
        overlap: int,
        faiss_kind: str,
        max_article_chars: int,
        progress: bool = False,
        lock_timeout: float = 600.0,
        follow_links: bool = False,
        backend: Backend | None = None,
    ):
        """``index_dir`` holds the lock, the uploaded files and the index itself unless ``backend`` is elsewhere."""
        self.index_dir = Path(index_dir)
        self.backend: Backend = backend or LocalIndex(self.index_dir)
        self.embedder = embedder
        self.chunk_words = chunk_words
        self.overlap = overlap
        self.faiss_kind = faiss_kind
        self.max_article_chars = max_article_chars
        self.progress = progress
        self.lock_timeout = lock_timeout
        self.follow_links = follow_links  # links out of a corpus folder are followed only when asked

    @property
    def uploads_dir(self) -> Path:
        return self.index_dir / UPLOADS

    def sync(self, paths: Iterable[str | Path], rebuild: bool = False) -> IndexReport:
        """Make the index hold exactly the articles under ``paths`` (plus uploaded files)."""
        paths = list(paths)
        if self.uploads_dir.exists():
            paths.append(self.uploads_dir)
        timings: dict[str, float] = {}
        with _timed(timings, "read"):
            articles, skipped = self._load(paths)
        removed = self._removed_uploads()
        articles = [a for a in articles if not (a.id in removed and self._is_upload(a))]
        if not articles:
            where = ", ".join(map(str, paths)) or "(no paths)"
            raise EmptyCorpusError(
                f"No readable articles (.txt, .md, .html, .json, .jsonl) in {where}."
                + (f" Skipped: {'; '.join(f'{s.path}: {s.reason}' for s in skipped)}" if skipped else "")
            )
        shared = not isinstance(self.backend, LocalIndex)
        return self._update(
            articles, lambda a: shared and self._foreign_upload(a), skipped=skipped, rebuild=rebuild, timings=timings
        )

    def _foreign_upload(self, article: Article) -> bool:
        """In a shared index, an article uploaded through another server: its file is in that server's uploads."""
        return Path(article.source).parent.name == UPLOADS and not self._is_upload(article)

    def index_articles(self, articles: list[Article]) -> IndexReport:
        """Make the index hold exactly these in-memory articles (for corpora that are not files)."""
        return self._update(articles, lambda a: False)

    def add(self, paths: Iterable[str | Path]) -> IndexReport:
        """Add or replace the articles in ``paths``, keeping everything else."""
        timings: dict[str, float] = {}
        with _timed(timings, "read"):
            articles, skipped = self._load(paths)
        self._save_removed_uploads(self._removed_uploads() - {a.id for a in articles})  # added again: back for good
        return self._update(articles, lambda a: True, skipped=skipped, timings=timings)

    def remove(self, article_ids: Iterable[str]) -> IndexReport:
        """Drop articles; an uploaded one stays dropped even when its file (a JSONL feed) holds other articles."""
        article_ids = set(article_ids)
        for f in self.uploads_dir.glob("*") if self.uploads_dir.exists() else ():
            if f.is_file() and f.stem in article_ids:  # kept aside (a hidden folder is never read) for restore
                (self.uploads_dir / REMOVED_FILES).mkdir(exist_ok=True)
                f.replace(self.uploads_dir / REMOVED_FILES / f.name)
        self._save_removed_uploads(self._removed_uploads() | article_ids)
        return self._update([], lambda a: a.id not in article_ids)

    def restore(self, articles: Iterable[Article]) -> IndexReport:
        """Undo ``remove``: the articles (as they were) back in the index, an uploaded file back among the uploads."""
        articles = list(articles)
        for a in articles:
            kept = self.uploads_dir / REMOVED_FILES / Path(a.source).name
            if self._is_upload(a) and kept.is_file():
                kept.replace(self.uploads_dir / kept.name)
        self._save_removed_uploads(self._removed_uploads() - {a.id for a in articles})
        return self._update(articles, lambda a: True)

    def _load(self, paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
        return load_articles(paths, max_article_chars=self.max_article_chars, follow_links=self.follow_links)

    def _is_upload(self, article: Article) -> bool:
        return Path(article.source).resolve().is_relative_to(self.uploads_dir.resolve())

    def _removed_uploads(self) -> set[str]:
        try:
            return set(json.loads((self.index_dir / REMOVED).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return set()

    def _save_removed_uploads(self, ids: set[str]) -> None:
        store.ensure_index_dir(self.index_dir)
        tmp = self.index_dir / f"{REMOVED}.tmp"
        tmp.write_text(json.dumps(sorted(ids)), encoding="utf-8")
        tmp.replace(self.index_dir / REMOVED)

    def _update(
        self,
        articles: list[Article],
        keep: Callable[[Article], bool],  # which articles already in the index stay beside ``articles``
        skipped: Sequence[Skipped] = (),
        rebuild: bool = False,
        timings: dict[str, float] | None = None,
    ) -> IndexReport:
        """Write only what changed: new and changed articles in, dropped ones out; nothing at all when nothing did."""
        timings = dict(timings or {})
        started = time.perf_counter() - sum(timings.values())
        store.ensure_index_dir(self.index_dir)
        with self._lock():
            old = self._load_reusable(rebuild)
            reset = old is None or not self._same_build(old.manifest)
            old_articles: Mapping[str, Article] = old.articles if old is not None else {}
            kept = {k: v for k, v in old_articles.items() if keep(v)}
            wanted = {**kept, **{a.id: a for a in articles}}  # ``articles`` replace what they share with ``kept``
            changed = [a for a in wanted.values() if reset or old_articles.get(a.id) != a]
            removed = [k for k in old_articles if k not in wanted]
            with _timed(timings, "chunk"):
                pieces = [
                    chunk_article(a, self.chunk_words, self.overlap)
                    for a in tqdm(changed, "chunking", unit="article", disable=not self.progress)
                ]
            with _timed(timings, "embed"):
                put = self._embedded(changed, pieces)
            with _timed(timings, "write"):  # with nothing to change, a backend writes nothing
                current = self.backend.write(self._manifest(), put, removed, reset=reset)
        return IndexReport(
            articles=len(wanted),
            chunks=sum(current.chunk_counts().values()),
            added=[a.id for a in changed if a.id not in old_articles],
            updated=[a.id for a in changed if a.id in old_articles],
            removed=removed,
            unchanged=len(wanted) - len(changed),
            embedded_chunks=sum(len(p) for p in pieces),
            skipped=list(skipped),
            seconds=time.perf_counter() - started,
            timings={k: round(v, 3) for k, v in timings.items()},
        )

    def _embedded(self, articles: list[Article], pieces: list[list[Chunk]]) -> list[ArticleRows]:
        """Each article's chunks with their vectors, embedded in one pass over all of them."""
        texts = [c.text for chunks in pieces for c in chunks]
        vectors = self.embedder.encode(texts, progress=self.progress) if texts else np.zeros((0, 0), np.float32)
        rows, start = [], 0
        for article, chunks in zip(articles, pieces):
            rows.append(ArticleRows(article, tuple(chunks), vectors[start : start + len(chunks)]))
            start += len(chunks)
        return rows

    def _manifest(self) -> Manifest:
        return Manifest(
            embedder=self.embedder.identity,
            embedder_path=str(self.embedder.model_name),
            dimension=self.embedder.dimension,
            chunk_words=self.chunk_words,
            chunk_overlap_sentences=self.overlap,
            faiss_index=self.faiss_kind,
        )

    def _same_build(self, manifest: Manifest) -> bool:
        """Whether rows of the existing index were built as this builder would build them, so they can stay."""
        ours = self._manifest()
        return (manifest.embedder, manifest.dimension, manifest.chunk_words, manifest.chunk_overlap_sentences) == (
            ours.embedder,
            ours.dimension,
            ours.chunk_words,
            ours.chunk_overlap_sentences,
        )

    @contextmanager
    def _lock(self):
        """One writer at a time; waiting past ``lock_timeout`` is a message, not a traceback."""
        lock = FileLock(str(self.index_dir / "lock"), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout as exc:
            raise IndexWriteError(
                f"Another indexing run has held {self.index_dir} for over {self.lock_timeout:.0f} s. "
                "Wait for it to finish and try again."
            ) from exc
        try:
            yield
        finally:
            lock.release()

    def _load_reusable(self, rebuild: bool) -> Store | None:
        if rebuild or not self.backend.exists():
            return None
        try:
            return self.backend.load()
        except CorruptIndexError as exc:
            log.warning("%s; building it again from scratch", exc)
            return None


@contextmanager
def _timed(timings: dict[str, float], name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
