"""Hybrid retrieval: dense (FAISS) and BM25 rankings fused by reciprocal rank fusion."""

from __future__ import annotations

from collections.abc import Set

import numpy as np

from index.store import IndexStore
from qa.answers import Passage
from qa.fusion import rrf


class HybridRetriever:
    """RRF needs no score calibration between the two retrievers, only their ranks.

    The query arrives embedded (by the snapshot's embedder), so retrieval holds no model.
    """

    def __init__(self, candidates: int, rrf_k: int):
        self.candidates = candidates
        self.rrf_k = rrf_k

    @classmethod
    def from_settings(cls, s) -> HybridRetriever:
        return cls(s.candidates, s.rrf_k)

    def retrieve(
        self, store: IndexStore, query: str, vector: np.ndarray, top_k: int, allowed: Set[int] | None = None
    ) -> list[Passage]:
        """The ``top_k`` best passages; with ``allowed`` (chunk rows), only those compete (filtered questions)."""
        k = max(top_k, self.candidates)
        if allowed is None:
            dense = store.search_dense(vector, k)
            sparse = store.search_bm25(query, k)
        else:  # rank everything, keep the allowed: exact, and cheap at the sizes a flat index serves
            n = len(store.chunks)
            dense = [(r, s) for r, s in store.search_dense(vector, n) if r in allowed][:k]
            sparse = [(r, s) for r, s in store.search_bm25(query, n) if r in allowed][:k]
        fused = rrf([[row for row, _ in dense], [row for row, _ in sparse]], self.rrf_k)
        dense_scores, sparse_scores = dict(dense), dict(sparse)
        best = sorted(fused, key=lambda r: (-fused[r], r))[:top_k]
        passages = []
        for rank, row in enumerate(best):
            chunk = store.chunks[row]
            passages.append(
                Passage(
                    chunk=chunk,
                    title=store.articles[chunk.article_id].title,
                    rank=rank + 1,
                    score=fused[row],
                    dense_score=dense_scores.get(row),
                    bm25_score=sparse_scores.get(row),
                )
            )
        return passages
