import pytest

from index import store
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
    s = store.load(seeds_index)
    query = "Which tariff did the Trump administration impose on Pakistani exports?"
    dense = [row for row, _ in s.search_dense(embedder.encode([query])[0], 10)]
    sparse = [row for row, _ in s.search_bm25(query, 10)]
    assert set(sparse) - set(dense)  # the precondition: BM25 finds something dense does not
    vector = embedder.encode([query])[0]
    passages = HybridRetriever(candidates=10, rrf_k=60).retrieve(s, query, vector, top_k=8)
    expected = {row: sum(1 / (60 + r.index(row) + 1) for r in (dense, sparse) if row in r) for row in {*dense, *sparse}}
    best = sorted(expected, key=lambda row: (-expected[row], row))[:8]
    assert [p.chunk.id for p in passages] == [s.chunks[row].id for row in best]
    assert [p.score for p in passages] == pytest.approx([expected[row] for row in best])
