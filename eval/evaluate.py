"""Scores the full pipeline against a gold set: answers, abstention, retrieval, citations, calibration, speed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from eval.metrics import (
    CORRECT_F1,
    abstention_scores,
    exact_match,
    expected_calibration_error,
    f1,
    max_over_gold,
    mean_reciprocal_rank,
    percentile,
    recall_at_k,
    reliability,
)
from qa.answers import QAResult
from qa.gold import GoldItem
from qa.pipeline import QAPipeline
from qa.text import counted_right


@dataclass(frozen=True)
class QuestionRow:
    """One question's outcome, as written to the per-question CSV."""

    id: str
    question: str
    gold: str
    prediction: str
    confidence: float
    abstained: bool
    reason: str  # why it abstained, as the user is told
    em: float
    f1: float
    correct: bool  # the top candidate (abstained or not) has token F1 >= CORRECT_F1 with a gold answer
    retrieved: str
    cited: str
    retrieve_ms: float
    read_ms: float
    verify_ms: float
    total_ms: float


def run_gold(
    pipeline: QAPipeline, items: Sequence[GoldItem], top_k: int | None = None, progress: bool = True
) -> tuple[list[QuestionRow], list[QAResult]]:
    from tqdm import tqdm

    rows, results = [], []
    for item in tqdm(items, desc="questions", unit="q", disable=not progress):
        result = pipeline.ask(item.question, top_k=top_k)
        results.append(result)
        prediction = result.answer.text if result.answer else ""
        top = result.answers[0] if result.answers else None  # the best guess, even when abstaining
        guess = top.text if top else ""
        rows.append(
            QuestionRow(
                id=item.id,
                question=item.question,
                gold=" | ".join(item.answers) or "(no answer)",
                prediction=prediction or "(abstained)",
                confidence=round(result.confidence, 4),
                abstained=result.abstained,
                reason=result.reason,
                em=max_over_gold(exact_match, prediction, item.answers),
                f1=max_over_gold(f1, prediction, item.answers),
                correct=counted_right(guess, item.answers),
                retrieved=" ".join(dict.fromkeys(p.chunk.article_id for p in result.passages)),
                cited=top.citations[0].article_id if top and top.citations else "",
                retrieve_ms=result.timings_ms["retrieve"],
                read_ms=result.timings_ms["read"],
                verify_ms=result.timings_ms["verify"],
                total_ms=result.timings_ms["total"],
            )
        )
    return rows, results


def gold_metrics(items: Sequence[GoldItem], rows: Sequence[QuestionRow], top_k: int) -> dict:
    """The metrics of ``qa eval --json``: EM/F1 in percent, everything else in [0, 1], latency in ms."""
    answerable = [(i, r) for i, r in zip(items, rows) if i.answerable]
    answered = [(i, r) for i, r in answerable if not r.abstained]
    retrieved = [r.retrieved.split() for r in rows]
    gold_docs = [list(i.article_ids) for i in items]
    pct = lambda xs: 100 * sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    metrics = {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(rows) - len(answerable),
        "em": pct([r.em for r in rows]),
        "f1": pct([r.f1 for r in rows]),
        "answerable_em": pct([r.em for _, r in answerable]),
        "answerable_f1": pct([r.f1 for _, r in answerable]),
        **abstention_scores([r.abstained for r in rows], [not i.answerable for i in items]),
        "abstain_accuracy": sum(r.abstained != i.answerable for i, r in zip(items, rows)) / len(rows),
        "unanswerable_abstained": sum(r.abstained for i, r in zip(items, rows) if not i.answerable)
        / max(1, len(rows) - len(answerable)),
        "answerable_abstained": sum(r.abstained for _, r in answerable) / max(1, len(answerable)),
        "top_k": top_k,
        "retrieval_recall_at_k": recall_at_k(retrieved, gold_docs),
        "mrr": mean_reciprocal_rank(retrieved, gold_docs),
        "citation_accuracy": sum(r.cited in i.article_ids for i, r in answered) / len(answered) if answered else 0.0,
        "ece": expected_calibration_error([r.confidence for r in rows], [r.correct for r in rows]),
        "correct_means": f"token F1 >= {CORRECT_F1}",
    }
    for stage in ("retrieve", "read", "verify", "total"):
        values = [getattr(r, f"{stage}_ms") for r in rows]
        metrics[f"{stage}_p50_ms"] = percentile(values, 50)
        metrics[f"{stage}_p95_ms"] = percentile(values, 95)
    metrics["latency_p50_ms"], metrics["latency_p95_ms"] = metrics["total_p50_ms"], metrics["total_p95_ms"]
    return metrics


def coverage_curve(items: Sequence[GoldItem], rows: Sequence[QuestionRow], steps: int = 101) -> list[dict]:
    """For each abstention threshold: share answered, accuracy of those answers, and overall score."""
    curve = []
    for k in range(steps):
        t = k / (steps - 1)
        answered = [r.confidence >= t for r in rows]
        right = [(a and r.correct) or (not a and not i.answerable) for a, r, i in zip(answered, rows, items)]
        n_answered = sum(answered)
        curve.append(
            {
                "threshold": t,
                "coverage": n_answered / len(rows),
                "answered_accuracy": sum(a and r.correct for a, r in zip(answered, rows)) / n_answered
                if n_answered
                else 1.0,
                "overall_accuracy": sum(right) / len(rows),
            }
        )
    return curve


def reliability_rows(rows: Sequence[QuestionRow]) -> list[dict]:
    return reliability([r.confidence for r in rows], [r.correct for r in rows])


def as_dicts(rows: Sequence[QuestionRow]) -> list[dict]:
    return [asdict(r) for r in rows]
