"""Answer text normalization (SQuAD's), used to merge equal answers and to score them."""

from __future__ import annotations

import re
import string

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCT = set(string.punctuation) | set("‘’“”–—…")


def normalize_answer(text: str) -> str:
    """Lower-case, drop punctuation, articles and extra whitespace (as SQuAD's evaluate-v2.0.py)."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())
