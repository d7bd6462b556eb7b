"""A small cross-encoder that reads (question, evidence sentence with the answer «marked») and scores support.

Lexical checks cannot tell "killed" from "injured" or Pakistan's army chief from
India's; a model that reads both texts together can. It is the packaged
reader's encoder (all 6 layers) with a one-logit head, trained by
``training/train_support.py`` and shipped in ``qa/models/support``. Any Hugging
Face sequence-classification model with one logit works in its place.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.runtime import Model, Runtime, choose, load_model
from index.tokenizer import Tokenizer
from qa.settings import Settings, default

log = logging.getLogger(__name__)

OPEN, CLOSE = "«", "»"


def mark(sentence: str, start: int, end: int) -> str:
    """The sentence with the claimed answer between « and » (offsets index the sentence)."""
    return f"{sentence[:start]}{OPEN}{sentence[start:end]}{CLOSE}{sentence[end:]}"


def evidence_text(text: str, sentence: tuple[int, int], context_words: int = 0) -> tuple[str, int]:
    """What the support model reads as evidence for an answer in ``text[sentence[0]:sentence[1]]``: the last
    ``context_words`` words of the text before it, then the sentence; and where the sentence starts in it. News
    sentences name people as "He" or "The minister"; the words before say who that is."""
    s, e = sentence
    before = " ".join(text[:s].split()[-context_words:]) if context_words > 0 else ""
    offset = len(before) + 1 if before else 0
    return f"{before} {text[s:e]}" if before else text[s:e], offset


def marked_evidence(text: str, sentence: tuple[int, int], start: int, end: int, context_words: int = 0) -> str:
    """``evidence_text`` with the answer ``text[start:end]`` between « and »."""
    evidence, offset = evidence_text(text, sentence, context_words)
    shift = offset - sentence[0]
    return mark(evidence, start + shift, end + shift)


class SupportModel:
    """``score(pairs)`` -> one logit per (question, marked sentence); higher means the sentence answers it."""

    def __init__(
        self,
        model: str | Path,
        max_length: int = 96,
        context_words: int = 0,
        device: str = default("device"),
        runtime: Runtime | str = default("runtime"),
        model_cache: Path = default("model_cache"),
    ):
        self.model_name = str(model)
        self.max_length = max_length
        self.context_words = context_words  # words before the cited sentence that it reads (``marked_evidence``)
        self.device = device
        self.runtime = choose(runtime, device)
        self.model_cache = Path(model_cache)
        self.model: Model | None = None  # loaded in warm_up
        self.tokenizer: Tokenizer | None = None

    def warm_up(self) -> None:
        if self.model is not None:
            return
        self.tokenizer = Tokenizer.load(self.model_name)
        self.model, _ = load_model(
            self.model_name, "sequence-classification", self.runtime, self.device, self.model_cache
        )

    def score(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0)
        self.warm_up()
        assert self.model is not None and self.tokenizer is not None
        # int8 activations are scaled per call: each pair alone, so its score does not move with its batch-mates
        batches = [[pair] for pair in pairs] if self.runtime.dynamic_int8 else [list(pairs)]
        return np.concatenate([self.model(**self.tokenizer.batch(b, self.max_length))["logits"][:, 0] for b in batches])

    @classmethod
    def load(cls, path: str | Path, settings: Settings, runtime: Runtime) -> "SupportModel | None":
        """The model at ``path`` in the runtime that goes beside the reader's (``Runtime.for_support``: the verifier
        was fitted on both together), or None (with a warning) when there is none: verification then goes without it."""
        if not (Path(path) / "config.json").exists():
            log.warning("no support model at %s: verifying without it", path)
            return None
        return cls(
            path,
            **reading(path),
            device=settings.device,
            runtime=runtime.for_support,
            model_cache=settings.model_cache,
        )


def reading(path: str | Path) -> dict[str, int]:
    """How the model at ``path`` was trained to read: ``max_length`` and ``context_words``, from the
    ``training_args.json`` beside its weights (a model without one reads the sentence alone, in 96 tokens)."""
    args = Path(path) / "training_args.json"
    data = json.loads(args.read_text(encoding="utf-8")) if args.is_file() else {}
    return {"max_length": int(data.get("max_length", 96)), "context_words": int(data.get("context_words", 0))}
