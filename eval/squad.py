"""SQuAD benchmarks: the reader on gold paragraphs, or the full pipeline over all paragraphs.

Scores follow the official evaluation scripts: EM and F1 with SQuAD's answer
normalization, max over gold answers; for v2.0, an empty prediction is correct
on an unanswerable question.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eval.metrics import exact_match, expected_calibration_error, f1, max_over_gold
from qa.reader import ExtractiveReader
from qa.squad_files import (  # noqa: F401 - used by the bench
    SquadExample,
    load_squad,
    paragraph_articles,
    paragraph_id,
    paragraph_passage,
    split_v2_halves,
)
from qa.text import counted_right
from qa.verify import Verifier


def squad_scores(examples: Sequence[SquadExample], predictions: Iterable[str]) -> dict[str, float]:
    """Official EM/F1 (percent), overall and split into HasAns / NoAns."""
    rows = [
        (bool(e.answers), max_over_gold(exact_match, p, e.answers), max_over_gold(f1, p, e.answers))
        for e, p in zip(examples, predictions)
    ]
    scores = {"n": len(rows), **_mean(rows, "")}
    has = [r for r in rows if r[0]]
    no = [r for r in rows if not r[0]]
    if no:
        scores.update({"has_ans_n": len(has), **_mean(has, "has_ans_"), "no_ans_n": len(no), **_mean(no, "no_ans_")})
    return scores


def _mean(rows, prefix: str) -> dict[str, float]:
    n = len(rows) or 1
    return {f"{prefix}em": 100 * sum(r[1] for r in rows) / n, f"{prefix}f1": 100 * sum(r[2] for r in rows) / n}


def select_half(examples: list[SquadExample], half: str) -> list[SquadExample]:
    """``fit`` or ``report`` half of SQuAD v2.0 dev (see ``qa.squad_files.split_v2_halves``), or ``all``."""
    if half == "all":
        return examples
    fit, report = split_v2_halves(examples)
    return fit if half == "fit" else report


def evaluate_reader(
    reader: ExtractiveReader,
    verifier: Verifier,
    threshold: float,
    path,
    limit: int = 0,
    half: str = "all",
    progress: bool = True,
    chunk: int = 128,
) -> dict:
    """The standard reader benchmark: each question read against its own gold paragraph, then verified.

    Reports scores with abstention (verified confidence below ``threshold``) and,
    as ``forced_*``, the scores when it must always answer (the usual SQuAD v1.1
    setting), plus the ECE of the shown confidence.
    """
    from tqdm import tqdm

    from qa.language import truecased
    from qa.pipeline import decide

    reader.warm_up()
    examples = select_half(load_squad(path), half)
    if limit:
        examples = examples[:limit]
    predictions, forced, confidence, correct = [], [], [], []
    with tqdm(total=len(examples), desc="reading", unit="q", disable=not progress) as bar:
        for b in range(0, len(examples), chunk):
            batch = examples[b : b + chunk]
            read = [paragraph_passage(e) for e in batch]
            found_all = reader.read_batch([(e.question, [passage]) for e, (passage, _) in zip(batch, read)])
            for e, (passage, articles), found in zip(batch, read, found_all):
                question = truecased(e.question, [a.text for a in articles.values()])  # as the product checks it
                result = decide(verifier, question, found, [passage], articles, threshold)
                guess = result.answers[0].text if result.answers else ""
                predictions.append(result.answer.text if result.answer else "")
                forced.append(guess)
                confidence.append(result.confidence)
                correct.append(counted_right(guess, e.answers))
            bar.update(len(batch))
    scores = squad_scores(examples, predictions)
    forced_scores = squad_scores(examples, forced)
    return {
        "file": str(path),
        "half": half,
        "threshold": threshold,
        **scores,
        "forced_em": forced_scores["em"],
        "forced_f1": forced_scores["f1"],
        "ece": expected_calibration_error(confidence, correct),
    }


def evaluate_open(settings, path, limit: int = 0, top_k: int | None = None, progress: bool = True) -> dict:
    """Open-domain: every paragraph of the file is indexed, and each question goes through the full pipeline."""
    import tempfile
    from pathlib import Path

    from tqdm import tqdm

    from qa.pipeline import QAPipeline

    examples = load_squad(path)
    articles = paragraph_articles(examples)
    if limit:
        examples = examples[:limit]
    with tempfile.TemporaryDirectory(prefix="qa-squad-open-") as tmp:
        pipeline = QAPipeline.from_settings(settings.with_overrides(index_dir=Path(tmp)))
        pipeline.corpus.index_articles(articles)
        pipeline.warm_up(build_if_missing=False)
        predictions, hits, timings = [], [], []
        with tqdm(total=len(examples), desc="questions", unit="q", disable=not progress) as bar:
            for b in range(0, len(examples), 16):
                batch = examples[b : b + 16]
                for e, result in zip(batch, pipeline.ask_batch([e.question for e in batch], top_k=top_k)):
                    predictions.append(result.answer.text if result.answer else "")
                    gold_id = paragraph_id(e)
                    hits.append(any(p.chunk.article_id == gold_id for p in result.passages))
                    timings.append(result.timings_ms["total"])
                bar.update(len(batch))
    scores = squad_scores(examples, predictions)
    return {
        "file": str(path),
        "mode": "open",
        "paragraphs": len(articles),
        "threshold": pipeline.threshold,
        **scores,
        "retrieval_recall_at_k": sum(hits) / len(hits) if hits else 0.0,
        "top_k": top_k if top_k is not None else settings.top_k,
        "mean_ms_per_question": sum(timings) / len(timings) if timings else 0.0,
    }
