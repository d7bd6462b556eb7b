"""The corpus service: the one owner of the index on disk, shared by the CLI and the UI.

It builds the index the first time, hands out snapshots (an immutable index
generation with the embedder its queries need), notices when another process
(``qa index``) switched generations, and adds or removes articles. The pipeline
only answers from the snapshot it is handed.

corpus = Corpus.from_settings(Settings())
snapshot = corpus.current()  # cheap: one small read to see whether the index changed
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from index.builder import IndexBuilder, IndexReport
from index.documents import Article
from index.embedder import Embedder
from index.errors import CorruptIndexError
from index.local_store import LocalIndex
from index.store import Backend, Store
from qa.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """One loaded index generation and the embedder that must embed queries against it."""

    index: Store
    embedder: Embedder


class Corpus:
    """Thread-safe: readers take ``current()``; writers swap in the generation they wrote."""

    def __init__(self, settings: Settings, builder: IndexBuilder):
        self.settings = settings
        self.builder = builder
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, embedder: Embedder | None = None, progress: bool = False, follow_links: bool = False
    ) -> Corpus:
        s = settings
        embedder = embedder or Embedder.from_settings(s)
        builder = IndexBuilder(
            s.index_dir,
            embedder,
            chunk_words=s.chunk_words,
            overlap=s.chunk_overlap_sentences,
            faiss_kind=s.faiss_index.value,
            max_article_chars=s.max_article_chars,
            progress=progress,
            follow_links=follow_links,
            backend=backend(s),
        )
        return cls(s, builder)

    @property
    def backend(self) -> Backend:
        return self.builder.backend

    @property
    def uploads_dir(self) -> Path:
        return self.builder.uploads_dir

    def open(self, build_if_missing: bool = True) -> Snapshot:
        """The loaded index; the first time with no index on disk, the default corpus is indexed."""
        snapshot = self._snapshot
        if snapshot is None:
            with self._lock:
                snapshot = self._snapshot
                if snapshot is None:
                    if build_if_missing and not self.backend.exists():
                        log.info("no index at %s yet: indexing %s", self.backend.location, self.settings.corpus_dir)
                        self.builder.sync([self.settings.corpus_dir])
                    snapshot = self._snapshot = self._load()
        return snapshot

    def current(self) -> Snapshot:
        """The newest snapshot: swaps in the generation another process wrote since the last call."""
        snapshot = self.open()
        if self.backend.version() in ("", snapshot.index.version):
            return snapshot
        with self._lock:
            snapshot = self._snapshot or snapshot
            if self.backend.version() != snapshot.index.version:
                log.info("the index changed on disk; loading it")
                snapshot = self._snapshot = self._load()
            return snapshot

    def sync(self, paths: Iterable[str | Path], rebuild: bool = False) -> IndexReport:
        """Make the index hold exactly the articles under ``paths`` (plus uploads)."""
        return self._write(lambda: self.builder.sync(paths, rebuild=rebuild))

    def index_articles(self, articles) -> IndexReport:
        """Make the index hold exactly these in-memory articles (evaluation corpora)."""
        return self._write(lambda: self.builder.index_articles(list(articles)))

    def add_files(self, paths: Iterable[str | Path]) -> IndexReport:
        return self._write(lambda: self.builder.add(paths))

    def remove_articles(self, article_ids: Iterable[str]) -> IndexReport:
        return self._write(lambda: self.builder.remove(article_ids))

    def restore_articles(self, articles: Iterable[Article]) -> IndexReport:
        """Undo a removal with the articles as they were (the chat page keeps them until it closes)."""
        return self._write(lambda: self.builder.restore(articles))

    def _write(self, update) -> IndexReport:
        with self._lock:
            report = update()
            self._snapshot = self._load()
        return report

    def _load(self) -> Snapshot:
        index = self.backend.load()
        return Snapshot(index, self._query_embedder(index))

    def _query_embedder(self, index: Store) -> Embedder:
        """Queries must be embedded by the model that embedded the index: load it, or say how to re-index."""
        configured = self.builder.embedder
        if index.manifest.embedder == configured.identity:
            return configured
        if self._snapshot is not None and self._snapshot.embedder.identity == index.manifest.embedder:
            return self._snapshot.embedder
        recorded = index.manifest.embedder_path or index.manifest.embedder
        if Path(recorded).is_dir() or not Path(recorded).is_absolute() and "@" not in recorded:
            log.warning("index was built with embedder %s; using it for queries too", index.manifest.embedder)
            embedder = Embedder.from_settings(self.settings, recorded)
            embedder.warm_up()
            return embedder
        raise CorruptIndexError(
            self.settings.index_dir,
            f"it was built with the embedder {index.manifest.embedder}, which is "
            f"not here (configured: {configured.identity})",
        )


def backend(settings: Settings) -> Backend:
    """The store the settings name: the local folder, or a Milvus collection."""
    if settings.store.value == "milvus":
        from index.milvus_store import MilvusIndex

        return MilvusIndex(settings.milvus_uri, settings.milvus_collection, timeout=settings.milvus_timeout)
    return LocalIndex(settings.index_dir)
