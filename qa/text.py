"""Answer text normalization and scoring (SQuAD's), used to merge equal answers and to score them."""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Sequence

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCT = set(string.punctuation)
CORRECT_F1 = 0.5  # an answer counts as correct from this token F1 on (calibration, verification, ECE)


def normalize_answer(text: str) -> str:
    """Lower-case, drop ASCII punctuation, articles and extra whitespace, exactly as SQuAD's official script."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def answer_words(text: str) -> set[str]:
    """The normalized words of an answer: two answers that share one are the same answer said two ways."""
    return set(normalize_answer(text).split())


def exact_match(prediction: str, gold: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1(prediction: str, gold: str) -> float:
    pred_tokens = normalize_answer(prediction).split()
    gold_tokens = normalize_answer(gold).split()
    if not pred_tokens or not gold_tokens:  # SQuAD 2.0: empty matches empty only
        return float(pred_tokens == gold_tokens)
    common = Counter(pred_tokens) & Counter(gold_tokens)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred_tokens), same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def max_over_gold(metric, prediction: str, golds: Sequence[str]) -> float:
    """Best score against any gold answer; no gold answers means "abstain is right"."""
    if not golds:
        return float(not normalize_answer(prediction))
    return max(metric(prediction, g) for g in golds)


def counted_right(guess: str, golds: Sequence[str]) -> bool:
    """A guess counted right for calibration: token F1 of at least ``CORRECT_F1`` with a gold answer; a guess at a
    question with none (unanswerable) never is."""
    return bool(golds) and max_over_gold(f1, guess, golds) >= CORRECT_F1
