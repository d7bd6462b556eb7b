"""Reciprocal rank fusion: rankings from retrievers whose scores are not comparable, merged by rank alone."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

Item = TypeVar("Item", bound=Hashable)


def rrf(rankings: Sequence[Sequence[Item]], k: int = 60) -> dict[Item, float]:
    """Each item's fused score: the sum over rankings of 1 / (k + rank), ranks counted from 1.

    >>> rrf([["a", "b"], ["b", "c"]], k=60)["b"] == 1 / 62 + 1 / 61
    True
    """
    fused: dict[Item, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, 1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused
