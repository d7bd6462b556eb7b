"""Maps raw span scores to a calibrated probability of being correct.

A logistic model (Platt scaling) over two signals of a span: how far its score
beats the window's no-answer score, and its log-probability. It is fitted on
held-out data (``training/calibrate.py``) and shipped next to the reader as
``calibration-<runtime>.json`` together with the abstention threshold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

STEM = "calibration"
VERIFIER_STEM = "verifier"  # qa.verify's fits, named here so the reader can see them without importing it
NEWS_STEM = "news-calibration"  # Recalibration's fits


def fitted_runtimes(model_dir: str | Path, stem: str) -> set[str]:
    """The runtimes a fit named ``<stem>-<runtime>.json`` exists for beside the model."""
    return {f.stem.removeprefix(f"{stem}-") for f in Path(model_dir).glob(f"{stem}-*.json")}


def fitted_file(model_dir: str | Path, stem: str, runtime: str) -> Path:
    """Where a fit for ``runtime`` lives beside the model: ``<stem>-<runtime>.json``.

    Scores differ a little between runtimes, so each is fitted on its own. When
    the served runtime has none, the fit of another runtime (or a plain
    ``<stem>.json``) is used, and the caller warns that it may be off.
    """
    folder = Path(model_dir)
    exact = folder / f"{stem}-{runtime}.json"
    if exact.exists():
        return exact
    others = sorted(folder.glob(f"{stem}-*.json")) + [folder / f"{stem}.json"]
    return next((f for f in others if f.exists()), exact)


def read_fit(model_dir: str | Path, stem: str, runtime: str) -> tuple[Path, dict]:
    """The fit for ``runtime`` beside the model (``fitted_file``) and where it was read; {} when there is none."""
    path = fitted_file(model_dir, stem, runtime)
    return path, json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_fit(model_dir: str | Path, stem: str, runtime: str, data: dict) -> Path:
    """Beside the model, named for the runtime it was fitted on: what ``read_fit`` reads."""
    path = Path(model_dir) / f"{stem}-{runtime}.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def sigmoid(z: float) -> float:
    """The logistic function, its argument clipped so that no log-odds overflows."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True)
class Calibration:
    # Uncalibrated fallback: confidence = P(start) * P(end), threshold 0.5.
    coef_diff: float = 0.0
    coef_logprob: float = 1.0
    intercept: float = 0.0
    threshold: float = 0.5
    sigmoid: bool = False

    def confidence(self, score_diff: float, logprob: float) -> float:
        z = self.coef_diff * score_diff + self.coef_logprob * logprob + self.intercept
        if not self.sigmoid:
            return float(min(1.0, max(0.0, math.exp(min(z, 0.0)))))
        return sigmoid(z)

    @classmethod
    def load(cls, model_dir: Path, runtime: str) -> "Calibration":
        _, data = read_fit(model_dir, STEM, runtime)
        return cls(**{k: data[k] for k in asdict(cls()) if k in data})

    def save(self, model_dir: Path, runtime: str, **extra) -> None:
        write_fit(model_dir, STEM, runtime, {**asdict(self), **extra})


@dataclass(frozen=True)
class Recalibration:
    """A monotone map of the verifier's probability onto another kind of question: logistic in its log-odds.

    The verifier is fitted on SQuAD, whose questions others wrote; on the project's own news questions the same
    signals are right more often (162 of the 168 guesses shown at 0.5-0.9 were right), so there its confidence
    undersells right answers. ``Settings.calibration`` "news" shows it mapped so (``training.fit_news_calibration``);
    not the default, for questions others write may be as hard as SQuAD's. Monotone, so it changes no decision: the
    threshold is mapped too. 0 (a veto) and 1 stay as they are. The identity when not fitted.
    """

    scale: float = 1.0
    shift: float = 0.0
    fitted_on: dict = field(default_factory=dict)  # the reader configuration it belongs to

    def __call__(self, probability: float) -> float:
        if not 0.0 < probability < 1.0 or (self.scale, self.shift) == (1.0, 0.0):
            return probability
        return sigmoid(self.scale * math.log(probability / (1.0 - probability)) + self.shift)

    @classmethod
    def load(cls, model_dir: str | Path, runtime: str) -> "Recalibration":
        _, data = read_fit(model_dir, NEWS_STEM, runtime)
        return cls(data["scale"], data["shift"], data.get("fitted_on", {})) if data else cls()

    def save(self, model_dir: str | Path, **report) -> Path:
        """Beside the reader, named for the runtime it was fitted on."""
        return write_fit(model_dir, NEWS_STEM, self.fitted_on.get("runtime", "unknown"), {**asdict(self), **report})


def reliability(confidence: Sequence[float], correct: Sequence[float], bins: int = 10) -> list[dict]:
    """Per confidence bin: its range, count, mean confidence and accuracy."""
    conf = np.asarray(confidence, dtype=float)
    corr = np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    rows = []
    for b in range(bins):
        sel = which == b
        rows.append(
            {
                "low": float(edges[b]),
                "high": float(edges[b + 1]),
                "count": int(sel.sum()),
                "confidence": float(conf[sel].mean()) if sel.any() else 0.0,
                "accuracy": float(corr[sel].mean()) if sel.any() else 0.0,
            }
        )
    return rows


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[float], bins: int = 10) -> float:
    """Count-weighted mean |accuracy - confidence| over equal-width confidence bins."""
    rows = reliability(confidence, correct, bins)
    total = sum(r["count"] for r in rows)
    if not total:
        return 0.0
    return sum(r["count"] * abs(r["accuracy"] - r["confidence"]) for r in rows) / total
