"""A small cross-encoder that reads (question, evidence sentence with the answer «marked») and scores support.

Lexical checks cannot tell "killed" from "injured" or Pakistan's army chief from
India's; a model that reads both texts together can. It is the packaged
reader's encoder cut to its first 3 layers with a one-logit head, trained by
``training/train_support.py`` and shipped in ``qa/models/support``. Any Hugging
Face sequence-classification model with one logit works in its place.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

OPEN, CLOSE = "«", "»"


def mark(sentence: str, start: int, end: int) -> str:
    """The sentence with the claimed answer between « and » (offsets index the sentence)."""
    return f"{sentence[:start]}{OPEN}{sentence[start:end]}{CLOSE}{sentence[end:]}"


class SupportModel:
    """``score(pairs)`` -> one logit per (question, marked sentence); higher means the sentence answers it."""

    def __init__(self, model: str | Path, max_length: int = 96, device: str = "cpu"):
        self.model_name = str(model)
        self.max_length = max_length
        self.device = device
        self.model: Any = None  # loaded in warm_up
        self.tokenizer: Any = None

    def warm_up(self) -> None:
        if self.model is not None:
            return
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(self.model_name)
        self.model = AutoModelForSequenceClassification.from_pretrained(self.model_name, dtype=torch.float32)
        self.model.to(self.device).eval()

    def score(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0)
        import torch

        self.warm_up()
        enc = self.tokenizer(
            [q for q, _ in pairs],
            [s for _, s in pairs],
            truncation="longest_first",
            max_length=self.max_length,
            padding=True,
            return_tensors="pt",
        )
        with torch.inference_mode():
            logits = self.model(**{k: v.to(self.device) for k, v in enc.items()}).logits
        return logits[:, 0].float().cpu().numpy()

    @classmethod
    def load(cls, path: str | Path, device: str = "cpu") -> "SupportModel | None":
        """The model at ``path``, or None (with a warning) when there is none: verification then goes without it."""
        if not (Path(path) / "config.json").exists():
            log.warning("no support model at %s: verifying without it", path)
            return None
        return cls(path, device=device)
