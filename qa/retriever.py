"""Hybrid retrieval: dense and BM25 rankings fused by reciprocal rank fusion, inside the store."""

from __future__ import annotations

import numpy as np

from index.filters import ArticleFilter
from index.store import SearchParams, Store
from qa.answers import Passage


class HybridRetriever:
    """RRF needs no score calibration between the two retrievers, only their ranks.

    The query arrives embedded (by the snapshot's embedder), so retrieval holds no model;
    the store runs the search, so a Milvus store fuses on the server.
    """

    def __init__(self, candidates: int, rrf_k: int):
        self.params = SearchParams(candidates, rrf_k)

    @classmethod
    def from_settings(cls, s) -> HybridRetriever:
        return cls(s.candidates, s.rrf_k)

    def retrieve(
        self, store: Store, query: str, vector: np.ndarray, top_k: int, filters: ArticleFilter | None = None
    ) -> list[Passage]:
        """The ``top_k`` best passages; with ``filters``, only chunks of the articles they allow compete."""
        hits = store.search(query, vector, top_k, self.params, filters)
        return [
            Passage(
                chunk=h.chunk,
                title=store.articles[h.chunk.article_id].title if h.chunk.article_id in store.articles else "",
                rank=rank,
                score=h.score,
                dense_score=h.dense_score,
                bm25_score=h.bm25_score,
            )
            for rank, h in enumerate(hits, 1)
        ]
