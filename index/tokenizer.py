"""Tokenization with the ``tokenizers`` library alone, exactly as the Hugging Face fast tokenizers do it.

``transformers.AutoTokenizer`` imports torch (about 3 s on 2 cores); the serving
path needs only the ``tokenizer.json`` that every fast tokenizer is built from.
Each model keeps its own ``Tokenizer`` (truncation is state of the underlying
object), and calls are serialized by a lock so indexing in a background thread
cannot change another call's truncation.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.runtime import TRANSFORMERS_LOCK


class NoFastTokenizerError(ValueError):
    """The model has only a slow (Python) tokenizer: no ``tokenizer.json`` to run."""


@dataclass(frozen=True)
class Windows:
    """Question/context pairs cut into overlapping windows; ``sample[f]`` is the pair window ``f`` came from."""

    input_ids: list[list[int]]
    token_type_ids: list[list[int]]
    offsets: list[list[tuple[int, int]]]
    sequence_ids: list[list[int | None]]
    sample: list[int]


class Tokenizer:
    def __init__(self, backend):
        """``backend``: a ``tokenizers.Tokenizer`` (a fast tokenizer's ``backend_tokenizer``)."""
        self.backend = backend
        padding = backend.padding or {}
        pad = padding.get("pad_id") if isinstance(padding, dict) else None
        self.pad_id = int(pad if pad is not None else backend.token_to_id("[PAD]") or backend.token_to_id("<pad>") or 0)
        self.backend.no_padding()
        self.backend.no_truncation()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, model: str | Path) -> "Tokenizer":
        """From a model folder's ``tokenizer.json``; for hub ids, through ``transformers`` (fast tokenizers only)."""
        from tokenizers import Tokenizer as Backend

        path = Path(model) / "tokenizer.json"
        if path.is_file():
            return cls(Backend.from_file(str(path)))
        with TRANSFORMERS_LOCK:
            from transformers import AutoTokenizer

            hf = AutoTokenizer.from_pretrained(str(model))
        if not getattr(hf, "is_fast", False):
            raise NoFastTokenizerError(f"{model} has no tokenizer.json")
        return cls(Backend.from_str(hf.backend_tokenizer.to_str()))

    def token_id(self, token: str) -> int | None:
        return self.backend.token_to_id(token)

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids without special tokens."""
        with self._lock:
            return [e.ids for e in self.backend.encode_batch(list(texts), add_special_tokens=False)]

    def decode(self, ids: Sequence[int]) -> str:
        return self.backend.decode(list(ids))

    def windows(self, questions: Sequence[str], contexts: Sequence[str], max_length: int, stride: int) -> Windows:
        """Like ``tokenizer(q, c, truncation="only_second", stride=…, return_overflowing_tokens=True)``."""
        with self._lock:
            self.backend.enable_truncation(max_length, stride=stride, strategy="only_second")
            try:
                encodings = self.backend.encode_batch(list(zip(questions, contexts)))
            finally:
                self.backend.no_truncation()
        flat, sample = [], []
        for i, e in enumerate(encodings):
            for window in [e, *e.overflowing]:
                flat.append(window)
                sample.append(i)
        return Windows(
            [w.ids for w in flat],
            [w.type_ids for w in flat],
            [w.offsets for w in flat],
            [w.sequence_ids for w in flat],
            sample,
        )

    def batch(self, texts: Sequence[str | tuple[str, str]], max_length: int) -> dict[str, np.ndarray]:
        """Padded model inputs for texts or text pairs (pairs truncated longest first)."""
        with self._lock:
            self.backend.enable_truncation(max_length, strategy="longest_first")
            try:
                encodings = self.backend.encode_batch(list(texts))
            finally:
                self.backend.no_truncation()
        return self.pad([e.ids for e in encodings], [e.type_ids for e in encodings])

    def pad(self, input_ids: Sequence[Sequence[int]], token_type_ids: Sequence[Sequence[int]]) -> dict[str, np.ndarray]:
        """Model inputs for token sequences, padded to the longest with an attention mask."""
        width = max((len(t) for t in input_ids), default=0)
        ids = np.full((len(input_ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(input_ids), width), dtype=np.int64)
        types = np.zeros((len(input_ids), width), dtype=np.int64)
        for row, (tokens, kinds) in enumerate(zip(input_ids, token_type_ids)):
            n = len(tokens)
            ids[row, :n], mask[row, :n], types[row, :n] = tokens, 1, kinds
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
