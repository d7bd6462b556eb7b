"""Reciprocal rank fusion, without models."""

import pytest

from index.fusion import rrf


def test_rrf_sums_reciprocal_ranks_over_every_ranking():
    fused = rrf([["a", "b", "c"], ["c", "d"]], k=60)
    assert fused == pytest.approx({"a": 1 / 61, "b": 1 / 62, "c": 1 / 63 + 1 / 61, "d": 1 / 62})
    assert max(fused, key=fused.get) == "c"  # found by both retrievers


def test_an_item_only_the_second_ranking_finds_still_counts():
    fused = rrf([[], ["only-bm25"]], k=1)
    assert fused == {"only-bm25": 0.5}
