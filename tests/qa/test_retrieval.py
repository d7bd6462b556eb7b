import numpy as np
import pytest

from index import local_store as store
from index.bm25 import tokenize
from qa.retriever import HybridRetriever


def test_distinctive_question_retrieves_the_right_article(seeds_index, embedder):
    s = store.load(seeds_index)
    query = "Which missile system did Pakistan deploy on May 10?"
    passages = HybridRetriever(candidates=30, rrf_k=60).retrieve(s, query, embedder.encode([query])[0], top_k=3)
    assert "000_ba8e4a116b29e82d" in [p.chunk.article_id for p in passages]
    assert [p.rank for p in passages] == [1, 2, 3]
    assert all(p.dense_score is not None or p.bm25_score is not None for p in passages)


def test_rrf_fuses_both_rankings(seeds_index, embedder):
    s = store.load(seeds_index)
    query = "Resolution 2788 Peaceful Settlement of Disputes"
    passages = HybridRetriever(candidates=10, rrf_k=60).retrieve(s, query, embedder.encode([query])[0], top_k=5)
    top = passages[0]
    assert top.chunk.article_id == "004_1757409c2743a54e"
    assert top.dense_score is not None and top.bm25_score is not None
    assert top.score > passages[-1].score


def test_fused_scores_count_both_rankings(seeds_index, embedder):
    """Reference rankings computed apart from the store: exact dot products, and bm25s over the same chunks."""
    import bm25s

    s = store.load(seeds_index)
    query = "Which tariff did the Trump administration impose on Pakistani exports?"
    vector = embedder.encode([query])[0]
    dense = [int(r) for r in np.argsort(-(s.embeddings @ vector), kind="stable")[:10]]
    reference = bm25s.BM25(method="lucene")
    reference.index(tokenize([c.text for c in s.chunks], s.manifest.bm25), show_progress=False)
    rows, scores = reference.retrieve(tokenize([query], s.manifest.bm25), k=10, show_progress=False)
    sparse = [int(r) for r, score in zip(rows[0], scores[0]) if score > 0]
    assert set(sparse) - set(dense)  # the precondition: BM25 finds something dense does not
    passages = HybridRetriever(candidates=10, rrf_k=60).retrieve(s, query, vector, top_k=8)
    expected = {row: sum(1 / (60 + r.index(row) + 1) for r in (dense, sparse) if row in r) for row in {*dense, *sparse}}
    best = sorted(expected, key=lambda row: (-expected[row], row))[:8]
    assert [p.chunk.id for p in passages] == [s.chunks[row].id for row in best]
    assert [p.score for p in passages] == pytest.approx([expected[row] for row in best])
