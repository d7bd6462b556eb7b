"""Metric functions, with the official SQuAD answer normalization."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qa.calibration import expected_calibration_error, reliability  # noqa: F401 - part of the metrics API
from qa.text import CORRECT_F1, exact_match, f1, max_over_gold, normalize_answer  # noqa: F401


def abstention_scores(abstained: Sequence[bool], unanswerable: Sequence[bool]) -> dict[str, float]:
    """Precision, recall and F1 of abstaining, with unanswerable questions as positives."""
    tp = sum(a and u for a, u in zip(abstained, unanswerable))
    n_abstained, n_unanswerable = sum(abstained), sum(unanswerable)
    precision = tp / n_abstained if n_abstained else 0.0
    recall = tp / n_unanswerable if n_unanswerable else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"abstain_precision": precision, "abstain_recall": recall, "abstain_f1": f}


def recall_at_k(retrieved: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> float:
    """Share of questions with a gold article among the retrieved ones (questions with no gold are skipped)."""
    hits = [bool(set(r) & set(g)) for r, g in zip(retrieved, gold) if g]
    return sum(hits) / len(hits) if hits else 0.0


def mean_reciprocal_rank(retrieved: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> float:
    ranks = []
    for r, g in zip(retrieved, gold):
        if not g:
            continue
        rank = next((i + 1 for i, doc in enumerate(r) if doc in set(g)), None)
        ranks.append(1.0 / rank if rank else 0.0)
    return sum(ranks) / len(ranks) if ranks else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else 0.0
