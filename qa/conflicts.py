"""Conflicting reports: when articles give different answers, all of them are shown as "Sources differ".

A second answer is a *different report* only when it passes the threshold on
its own, comes from articles that do not also give the top answer, and shares
no word with it ("Marco Rubio" and "Rubio" are one answer). Relative dates never
conflict: "Friday" and "July 25, 2025" may be the same day.
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.answers import Answer
from qa.dates import is_relative_date
from qa.text import answer_words


def differing(answers: Sequence[Answer], threshold: float) -> tuple[Answer, ...]:
    """The answers after the first that other articles give instead of it (empty when they agree)."""
    if not answers or answers[0].confidence < threshold or is_relative_date(answers[0].text):
        return ()
    seen_articles, seen_words = set(answers[0].articles), answer_words(answers[0].text)
    found = []
    for a in answers[1:]:
        words = answer_words(a.text)
        if a.confidence < threshold or set(a.articles) & seen_articles or words & seen_words:
            continue
        if is_relative_date(a.text):
            continue
        found.append(a)
        seen_articles |= set(a.articles)
        seen_words |= words
    return tuple(found)
