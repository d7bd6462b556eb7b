"""Fit the news calibration (``qa.calibration.Recalibration``) with the reader and verifier exactly as served.

    python -m training.fit_news_calibration

The verifier's probability is fitted on SQuAD (``training.fit_verifier``), where crowd-written answers often differ
from the span read; on news reports the same signals are right more often, so its confidence undersold right
answers (on the project's three news gold sets, 162 of the 168 guesses shown at 0.5-0.9 were right). This asks
the questions of a news gold set through the pipeline over its articles, with the confidence as the verifier fits
it, and fits a logistic regression of "the best guess is right" (token F1 of at least 0.5 with a gold answer, as
``qa eval`` counts it) on that confidence's log-odds. Vetoed guesses (probability 0) stay at 0 and are left out.

The default set is ``eval/gold/other_news.jsonl``: reports written for the project, not the seeds, so the seeds
gold set and ``later_news`` stay held out to report on. The map is written to ``news-calibration-<runtime>.json``
beside the reader, with the reader configuration; ``QA_CALIBRATION=news`` shows the confidence through it.
"""

from __future__ import annotations

import json
import logging
import math
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import typer

from qa.calibration import Recalibration, expected_calibration_error
from qa.gold import GoldItem, load_gold
from qa.pipeline import QAPipeline
from qa.settings import CalibrationDomain, Settings
from qa.text import counted_right
from qa.verify import served_configuration
from training.logistic import fit_logistic

NEWS_GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold" / "other_news.jsonl"


def scored_guesses(pipeline: QAPipeline, items: Sequence[GoldItem]) -> tuple[list[float], list[bool]]:
    """The confidence of each question's best guess, answered or not, and whether that guess is right."""
    confidence, correct = [], []
    for item in items:
        result = pipeline.ask(item.question)
        confidence.append(result.confidence)
        correct.append(counted_right(result.answers[0].text if result.answers else "", item.answers))
    return confidence, correct


def fit_recalibration(confidence: Sequence[float], correct: Sequence[bool]) -> tuple[float, float]:
    """(scale, shift) of the logistic map of the confidence's log-odds; guesses at 0 or 1 are left out."""
    pairs = [(math.log(p / (1 - p)), y) for p, y in zip(confidence, correct) if 0.0 < p < 1.0]
    if len({y for _, y in pairs}) < 2:
        raise ValueError("the guesses are all right or all wrong: nothing to fit a calibration on")
    x = np.array([[z] for z, _ in pairs])
    w = fit_logistic(x, np.array([float(y) for _, y in pairs]))
    return float(w[0]), float(w[1])


def main(
    gold: Path = typer.Option(NEWS_GOLD, help="news gold set (JSONL) to fit on"),
    corpus: Path = typer.Option(None, help="its articles (default: the folder named like the gold file)"),
    reader: str = typer.Option("", help="reader directory (default: the served one, from Settings)"),
) -> None:
    """Write news-calibration-<runtime>.json beside the reader."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    settings = Settings.from_env().with_overrides(reader_model=reader or None, calibration=CalibrationDomain.SQUAD)
    items = load_gold(gold)
    with tempfile.TemporaryDirectory(prefix="qa-news-fit-") as tmp:
        pipeline = QAPipeline.from_settings(
            settings.with_overrides(index_dir=Path(tmp), corpus_dir=corpus or gold.with_suffix(""))
        )
        pipeline.warm_up()
        confidence, correct = scored_guesses(pipeline, items)
    verifier = pipeline.warm_up_models()
    scale, shift = fit_recalibration(confidence, correct)
    shown = Recalibration(scale, shift, served_configuration(pipeline.reader, verifier.support))
    report = {
        "questions": str(gold.name),
        "n": len(items),
        "ece_before": round(expected_calibration_error(confidence, correct), 4),
        "ece_after": round(expected_calibration_error([shown(p) for p in confidence], correct), 4),
        "threshold": round(shown(verifier.model.threshold), 4),
    }
    path = shown.save(Path(pipeline.reader.model_name), **report)
    typer.echo(json.dumps({"file": str(path), "scale": scale, "shift": shift, **report}, indent=2))


if __name__ == "__main__":
    typer.run(main)
