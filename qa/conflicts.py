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


def could_differ(first: Answer, other: Answer) -> bool:
    """Whether ``other`` may be another report than ``first`` whichever of its citations support it: they share no
    word, neither is a relative date, and ``other`` cites an article that ``first`` does not. The verifier reads
    the support of no other candidate after the answer."""
    if is_relative_date(first.text) or is_relative_date(other.text) or not set(other.articles) - set(first.articles):
        return False
    return not answer_words(first.text) & answer_words(other.text)


def differing(answers: Sequence[Answer], threshold: float) -> tuple[Answer, ...]:
    """The answers after the first that other articles give instead of it (empty when they agree)."""
    if not answers or answers[0].confidence < threshold:
        return ()
    found: list[Answer] = []
    for a in answers[1:]:
        apart = (could_differ(b, a) and not set(a.articles) & set(b.articles) for b in (answers[0], *found))
        if a.confidence >= threshold and all(apart):
            found.append(a)
    return tuple(found)
