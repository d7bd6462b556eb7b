"""Maps raw span scores to a calibrated probability of being correct.

A logistic model (Platt scaling) over two signals of a span: how far its score
beats the window's no-answer score, and its log-probability. It is fitted on
held-out data (``training/calibrate.py``) and shipped next to the reader as
``calibration.json`` together with the abstention threshold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

FILENAME = "calibration.json"


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
        return float(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))))

    @classmethod
    def load(cls, model_dir: Path) -> "Calibration":
        path = Path(model_dir) / FILENAME
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        return cls(**{k: data[k] for k in asdict(cls()) if k in data})

    def save(self, model_dir: Path, **extra) -> None:
        (Path(model_dir) / FILENAME).write_text(json.dumps({**asdict(self), **extra}, indent=2) + "\n")


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
