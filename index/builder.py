"""Builds and updates the index incrementally: only new or changed articles are embedded.

builder = IndexBuilder(index_dir, embedder, chunk_words=..., overlap=..., faiss_kind=...)
report = builder.sync(["seeds/"])  # the index now holds exactly these files' articles

The defaults live in ``qa.settings.Settings``; ``qa.corpus.Corpus.from_settings`` builds one with them.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout
from tqdm import tqdm

from index import store
from index.chunking import chunk_article
from index.documents import Article, Chunk
from index.embedder import Embedder
from index.errors import CorruptIndexError, EmptyCorpusError, IndexWriteError
from index.loaders import Skipped, load_articles
from index.manifest import Manifest

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
    ):
        self.index_dir = Path(index_dir)
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
        return self._update(articles, keep_others=False, skipped=skipped, rebuild=rebuild, timings=timings)

    def index_articles(self, articles: list[Article]) -> IndexReport:
        """Make the index hold exactly these in-memory articles (for corpora that are not files)."""
        return self._update(articles, keep_others=False)

    def add(self, paths: Iterable[str | Path]) -> IndexReport:
        """Add or replace the articles in ``paths``, keeping everything else."""
        timings: dict[str, float] = {}
        with _timed(timings, "read"):
            articles, skipped = self._load(paths)
        self._save_removed_uploads(self._removed_uploads() - {a.id for a in articles})  # added again: back for good
        return self._update(articles, keep_others=True, skipped=skipped, timings=timings)

    def remove(self, article_ids: Iterable[str]) -> IndexReport:
        """Drop articles; an uploaded one stays dropped even when its file (a JSONL feed) holds other articles."""
        article_ids = set(article_ids)
        for f in self.uploads_dir.glob("*") if self.uploads_dir.exists() else ():
            if f.is_file() and f.stem in article_ids:  # kept aside (a hidden folder is never read) for restore
                (self.uploads_dir / REMOVED_FILES).mkdir(exist_ok=True)
                f.replace(self.uploads_dir / REMOVED_FILES / f.name)
        self._save_removed_uploads(self._removed_uploads() | article_ids)
        return self._update([], keep_others=True, drop=article_ids)

    def restore(self, articles: Iterable[Article]) -> IndexReport:
        """Undo ``remove``: the articles (as they were) back in the index, an uploaded file back among the uploads."""
        articles = list(articles)
        for a in articles:
            kept = self.uploads_dir / REMOVED_FILES / Path(a.source).name
            if self._is_upload(a) and kept.is_file():
                kept.replace(self.uploads_dir / kept.name)
        self._save_removed_uploads(self._removed_uploads() - {a.id for a in articles})
        return self._update(articles, keep_others=True)

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
        keep_others: bool,
        skipped: Sequence[Skipped] = (),
        drop: Set[str] = frozenset(),
        rebuild: bool = False,
        timings: dict[str, float] | None = None,
    ) -> IndexReport:
        timings = dict(timings or {})
        started = time.perf_counter() - sum(timings.values())
        store.ensure_index_dir(self.index_dir)
        with self._lock():
            old = self._load_reusable(rebuild)
            old_articles = old.articles if old else {}
            wanted = {a.id: a for a in articles}
            if keep_others:
                wanted = {**{k: v for k, v in old_articles.items() if k not in drop}, **wanted}
            reuse = self._reusable_rows(old, wanted)

            new_chunks: list[Chunk] = []
            sources: list[int] = []  # per chunk: its row in the old index, or -1 when it must be embedded
            with _timed(timings, "chunk"):
                for article in tqdm(wanted.values(), "chunking", unit="article", disable=not self.progress):
                    if old is not None and article.id in reuse:
                        new_chunks.extend(old.chunks[r] for r in reuse[article.id])
                        sources.extend(reuse[article.id])
                    else:
                        pieces = chunk_article(article, self.chunk_words, self.overlap)
                        new_chunks.extend(pieces)
                        sources.extend([-1] * len(pieces))
            with _timed(timings, "embed"):
                embeddings = self._embeddings(old, new_chunks, np.array(sources, dtype=np.int64))
            manifest = Manifest(
                embedder=self.embedder.identity,
                embedder_path=str(self.embedder.model_name),
                dimension=int(embeddings.shape[1]),
                chunk_words=self.chunk_words,
                chunk_overlap_sentences=self.overlap,
                faiss_index=self.faiss_kind,
            )
            with _timed(timings, "write"):
                store.write(self.index_dir, manifest, list(wanted.values()), new_chunks, embeddings)

        added = [k for k in wanted if k not in old_articles]
        updated = [k for k in wanted if k in old_articles and k not in reuse]
        removed = [k for k in old_articles if k not in wanted]
        return IndexReport(
            articles=len(wanted),
            chunks=len(new_chunks),
            added=added,
            updated=updated,
            removed=removed,
            unchanged=len(reuse),
            embedded_chunks=sources.count(-1),
            skipped=list(skipped),
            seconds=time.perf_counter() - started,
            timings={k: round(v, 3) for k, v in timings.items()},
        )

    def _embeddings(self, old: store.IndexStore | None, chunks: list[Chunk], sources: np.ndarray) -> np.ndarray:
        """Vectors in chunk order: reused rows copied from the old index, the rest embedded now."""
        reusing = old is not None and old.manifest.embedder == self.embedder.identity
        fresh = sources < 0
        dim = old.manifest.dimension if old is not None and reusing and not fresh.any() else self.embedder.dimension
        vectors = np.zeros((len(chunks), dim), np.float32)
        if old is not None and (~fresh).any():
            vectors[~fresh] = old.embeddings[sources[~fresh]]
        if fresh.any():
            texts = [c.text for c, new in zip(chunks, fresh) if new]
            vectors[fresh] = self.embedder.encode(texts, progress=self.progress)
        return vectors

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

    def _load_reusable(self, rebuild: bool) -> store.IndexStore | None:
        if rebuild or not store.exists(self.index_dir):
            return None
        try:
            return store.load(self.index_dir)
        except CorruptIndexError as exc:
            log.warning("%s; building it again from scratch", exc)
            return None

    def _reusable_rows(self, old: store.IndexStore | None, wanted: dict[str, Article]) -> dict[str, list[int]]:
        """Chunk rows of unchanged articles, when the old index was built the same way."""
        if old is None or (
            old.manifest.embedder,
            old.manifest.chunk_words,
            old.manifest.chunk_overlap_sentences,
        ) != (self.embedder.identity, self.chunk_words, self.overlap):
            return {}
        rows: dict[str, list[int]] = {}
        for i, c in enumerate(old.chunks):
            rows.setdefault(c.article_id, []).append(i)
        return {
            k: rows.get(k, [])
            for k, a in wanted.items()
            if k in old.articles and old.articles[k].content_hash == a.content_hash
        }


@contextmanager
def _timed(timings: dict[str, float], name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
