"""What the rest of the code needs from an index, whatever engine holds it.

Two backends implement it: ``index.local_store`` (FAISS and BM25 segments in a
folder: embedded, the default) and ``index.milvus_store`` (a Milvus server or
Milvus Lite, which several servers can share). The same contract tests run
against both (tests/index/test_store_contract.py).

A ``Backend`` is where an index lives; ``load`` gives a ``Store``, the view
questions are answered from. ``version`` is cheap, so a server asks it before
every question and loads again only when another process changed the index.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from index.documents import Article, Chunk
from index.filters import ArticleFilter
from index.manifest import Manifest


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk: its fused rank score and, where the engine reports them, each retriever's score."""

    chunk: Chunk
    score: float  # reciprocal rank fusion
    dense_score: float | None = None
    bm25_score: float | None = None


@dataclass(frozen=True)
class ArticleRows:
    """One article as written: its chunks and their vectors, in the same order."""

    article: Article
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray


@dataclass(frozen=True)
class SearchParams:
    """How a hybrid search runs: each retriever's list length and the RRF constant."""

    candidates: int = 20
    rrf_k: int = 60


class Store(Protocol):
    """A readable index: what a question, the chat page and the indexer read."""

    @property
    def version(self) -> str:
        """Changes whenever the content does."""
        ...

    @property
    def manifest(self) -> Manifest: ...

    @property
    def articles(self) -> Mapping[str, Article]:
        """The live articles by id."""
        ...

    def chunk_counts(self) -> Mapping[str, int]: ...

    def chunks_of(self, article_id: str) -> list[Chunk]: ...

    def search(
        self, query: str, vector: np.ndarray, top_k: int, params: SearchParams, filters: ArticleFilter | None = None
    ) -> list[Hit]:
        """Dense and BM25 rankings of ``params.candidates`` each, fused by RRF; the ``top_k`` best."""
        ...


class Backend(Protocol):
    """Where an index lives; only the indexer writes, under its lock."""

    @property
    def location(self) -> str:
        """For messages: a folder, or a Milvus URI and collection."""
        ...

    def exists(self) -> bool: ...

    def version(self) -> str:
        """The live version ("" when there is none): cheap enough before every question."""
        ...

    def load(self) -> Store: ...

    def write(
        self, manifest: Manifest, put: Sequence[ArticleRows], delete: Collection[str], reset: bool = False
    ) -> Store:
        """Add or replace ``put``, drop the ``delete`` ids; ``reset`` starts from an empty index.

        Only the named articles' rows are touched. ``manifest`` says how the rows were built.
        """
        ...
