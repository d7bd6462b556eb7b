"""Fit the reader's confidence mapping and abstention threshold on held-out data.

    python -m training.calibrate --reader qa/models/reader --data ../shared/squad/squad-v1.1-train.json.gz

Uses the SQuAD train articles that ``training.train_reader`` held out (listed in the
model's ``training_args.json``) with the same kind of synthetic unanswerable
questions, so neither the training data nor the dev sets used for reporting
are touched. Writes ``calibration-<runtime>.json`` next to the model.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import typer

from qa.calibration import Calibration, expected_calibration_error
from qa.reader import ExtractiveReader
from qa.settings import Settings
from qa.squad_files import SquadExample, fit_half_parts, load_squad
from qa.text import CORRECT_F1, f1, max_over_gold
from training.logistic import fit_logistic
from training.train_reader import add_negatives


@dataclass(frozen=True)
class ReaderGuess:
    """The reader's best span for one question, before any abstention."""

    id: str
    text: str
    confidence: float
    score_diff: float
    logprob: float


def read_gold_paragraphs(
    reader: ExtractiveReader, examples: Sequence[SquadExample], chunk: int = 256, progress: bool = True
) -> list[ReaderGuess]:
    """The best span of every question in its own paragraph."""
    from tqdm import tqdm

    guesses = []
    with tqdm(total=len(examples), desc="reading", unit="q", disable=not progress) as bar:
        for b in range(0, len(examples), chunk):
            batch = examples[b : b + chunk]
            spans = reader.read_batch([(e.question, [e.context]) for e in batch])
            for e, found in zip(batch, spans):
                if found:
                    s = found[0]
                    guesses.append(ReaderGuess(e.id, s.text, s.confidence, s.score - s.null_score, s.logprob))
                else:
                    guesses.append(ReaderGuess(e.id, "", 0.0, float("-inf"), float("-inf")))
                bar.update(1)
    return guesses


def scored_guesses(guesses: Sequence[ReaderGuess], examples: Sequence[SquadExample]) -> tuple[np.ndarray, ...]:
    """(the reader's signals per guess, with no span's -inf read as -50; each guess's token F1 with the gold
    answers; which questions are unanswerable)."""
    x = np.nan_to_num(np.array([[g.score_diff, g.logprob] for g in guesses]), neginf=-50.0)
    span_f1 = np.array([max_over_gold(f1, g.text, e.answers) if e.answers else 0.0 for g, e in zip(guesses, examples)])
    return x, span_f1, np.array([not e.answers for e in examples])


def squad2_credit(answered: np.ndarray, span_f1: np.ndarray, unanswerable: np.ndarray) -> np.ndarray:
    """Per question, as SQuAD 2.0 scores it: an answer earns its F1, abstaining earns 1 on an unanswerable one."""
    return np.where(answered, span_f1, unanswerable.astype(float))


def calibrate(
    reader_dir: Path, data: Path, seed: int = 7, limit: int = 0, device: str = "cpu", v2_data: Path | None = None
) -> dict:
    args = json.loads((reader_dir / "training_args.json").read_text())
    held = set(args["heldout_articles"])
    examples = [e for e in load_squad(data) if e.title in held]
    if limit:
        examples = examples[:limit]
    if not examples:
        raise SystemExit(f"{reader_dir}/training_args.json lists no held-out articles found in {data}")
    examples = add_negatives(examples, args["negative_ratio"], seed)

    # Exactly the reader users run (int8 attention on CPU, the same windows): its scores are what gets calibrated.
    settings = Settings.from_env().with_overrides(reader_model=str(reader_dir), device=device)
    reader = ExtractiveReader.from_settings(settings)
    reader.warm_up()
    reader.calibration = Calibration()  # raw signals, whatever is shipped
    x, span_f1, unanswerable = scored_guesses(read_gold_paragraphs(reader, examples), examples)
    y = (span_f1 >= CORRECT_F1).astype(float)
    w = fit_logistic(x, y)
    cal = Calibration(coef_diff=float(w[0]), coef_logprob=float(w[1]), intercept=float(w[2]), sigmoid=True)
    conf = np.array([cal.confidence(a, b) for a, b in x])

    # Threshold maximizing SQuAD 2.0-style F1.
    best_t, best_score = 0.5, -1.0
    for t in np.linspace(0.0, 1.0, 201):
        score = squad2_credit(conf >= t, span_f1, unanswerable).mean()
        if score > best_score:
            best_t, best_score = float(t), float(score)
    cal = Calibration(cal.coef_diff, cal.coef_logprob, cal.intercept, threshold=best_t, sigmoid=True)
    report = {
        "heldout_questions": int((~unanswerable).sum()),
        "heldout_unanswerable": int(unanswerable.sum()),
        "heldout_f1_at_threshold": 100 * best_score,
        "ece": expected_calibration_error(conf, y),
        "ece_uncalibrated": expected_calibration_error(np.exp(np.clip(x[:, 1], -50, 0)), y),
        "correct_means": f"token F1 >= {CORRECT_F1}",
        "fitted_on": reader.configuration(),
    }
    cal.save(reader_dir, reader.runtime.value, **report)
    checked = v2_check(reader, cal, v2_data, limit) if v2_data else {}
    return {**report, "threshold": best_t, **checked}


def v2_check(reader: ExtractiveReader, cal: Calibration, v2_data: Path, limit: int = 0) -> dict:
    """The reader alone, with this calibration, on SQuAD v2.0 questions it has not seen: the fit half's
    second part (``fit_half_parts``). Human-written unanswerable questions, unlike the synthetic ones
    above, so readers trained with different data are compared on the same ground."""
    examples = fit_half_parts(v2_data)[1]
    if limit:
        examples = examples[:limit]
    x, span_f1, unanswerable = scored_guesses(read_gold_paragraphs(reader, examples), examples)
    answered = np.array([cal.confidence(a, b) for a, b in x]) >= cal.threshold
    credit = squad2_credit(answered, span_f1, unanswerable)

    def percent(values: np.ndarray) -> float:
        return 100 * float(values.mean()) if values.size else 0.0

    return {
        "v2_part_questions": len(examples),
        "v2_part_f1": percent(credit),
        "v2_part_has_ans_f1": percent(credit[~unanswerable]),
        "v2_part_no_ans_accuracy": percent(credit[unanswerable]),
        "v2_part_forced_has_ans_f1": percent(span_f1[~unanswerable]),
    }


def main(
    reader: Path = typer.Option(..., help="trained reader directory (with training_args.json)"),
    data: Path = typer.Option(..., help="the SQuAD train file the reader was trained on"),
    limit: int = typer.Option(0, help="use only the first N held-out questions"),
    device: str = typer.Option("cpu", help="torch device, e.g. cuda"),
    v2_data: Path = typer.Option(None, help="SQuAD v2.0 dev: also score the reader on its fit half's second part"),
) -> None:
    """Write calibration-<runtime>.json next to the reader (the runtime as QA_RUNTIME chooses)."""
    logging.basicConfig(level=logging.INFO)
    typer.echo(json.dumps(calibrate(reader, data, limit=limit, device=device, v2_data=v2_data), indent=2))


if __name__ == "__main__":
    typer.run(main)
