"""Metric functions, with the official SQuAD answer normalization."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from qa.text import normalize_answer

CORRECT_F1 = 0.5  # an answer counts as correct from this token F1 on (calibration, verification, ECE)


def exact_match(prediction: str, gold: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1(prediction: str, gold: str) -> float:
    pred_tokens = normalize_answer(prediction).split()
    gold_tokens = normalize_answer(gold).split()
    if not pred_tokens or not gold_tokens:  # SQuAD 2.0: empty matches empty only
        return float(pred_tokens == gold_tokens)
    common = Counter(pred_tokens) & Counter(gold_tokens)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred_tokens), same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def max_over_gold(metric, prediction: str, golds: Sequence[str]) -> float:
    """Best score against any gold answer; no gold answers means "abstain is right"."""
    if not golds:
        return float(not normalize_answer(prediction))
    return max(metric(prediction, g) for g in golds)


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


def reliability(confidence: Sequence[float], correct: Sequence[float], bins: int = 10) -> list[dict]:
    """Per confidence bin: its range, count, mean confidence and accuracy."""
    conf = np.asarray(confidence, dtype=float)
    corr = np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    rows = []
    for b in range(bins):
        sel = which == b
        rows.append({"low": float(edges[b]), "high": float(edges[b + 1]), "count": int(sel.sum()),
                     "confidence": float(conf[sel].mean()) if sel.any() else 0.0,
                     "accuracy": float(corr[sel].mean()) if sel.any() else 0.0})
    return rows


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[float], bins: int = 10) -> float:
    """Count-weighted mean |accuracy - confidence| over equal-width confidence bins."""
    rows = reliability(confidence, correct, bins)
    total = sum(r["count"] for r in rows)
    if not total:
        return 0.0
    return sum(r["count"] * abs(r["accuracy"] - r["confidence"]) for r in rows) / total


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else 0.0
