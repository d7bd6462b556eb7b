"""Limit a question to articles from a date range or a source (outlet, web site or file).

Dates are ISO days (``2025-08-01``); an article whose date is unknown is left out
as soon as a range is given, since nothing says it falls inside. A question may also
name its source itself: "How many died, according to Reuters?" (``attributed``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from index.filters import ArticleFilter
from qa.errors import InvalidQuestionError


@dataclass(frozen=True)
class Filters(ArticleFilter):
    """The store's filter, parsed from what a user typed and described back in words."""

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None, source: str | None = None) -> Filters:
        """From flags or API parameters; a bad date is a message that shows the expected form."""
        filters = cls(_day("since", since), _day("until", until), (source or "").strip())
        if filters.since and filters.until and filters.since > filters.until:
            raise InvalidQuestionError(f"since ({filters.since}) is after until ({filters.until})")
        return filters

    def describe(self) -> str:
        """In words, for messages: "from Dawn, 2025-08-01 to 2025-08-31"."""
        parts = [f"from {self.source}"] if self.source else []
        if self.since or self.until:
            parts.append(f"{self.since or 'any date'} to {self.until or 'any date'}")
        return ", ".join(parts)


def _day(name: str, value: str | None) -> date | None:
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidQuestionError(f"{name} must be a date like 2025-08-04, got {str(value)[:40]!r}") from None


_ATTRIBUTING = r"(?:according\s+to|(?:as\s+)?(?:reported|written|told)\s+(?:by|in))"
_REPORT = r"(?:reports?|reporting|articles?|story|stories|coverage)"


def attributed(question: str, outlets: Iterable[str]) -> tuple[str, str]:
    """The question without its attribution to one of ``outlets`` and the outlet it names, or (question, ""):
    "How many died, according to Reuters?" asks "How many died?" of Reuters' articles. Read as a word to find,
    "Reuters" is in no article's text, so the answer was checked against evidence that could never hold it.
    "According to the White House" names no outlet: the White House is a source the articles quote."""
    names = {_bare(o).lower(): o.strip() for o in outlets if len(_bare(o)) >= 2}
    if not names:
        return question, ""
    outlet = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    found = re.search(
        rf"(?:,\s*)?\b(?:{_ATTRIBUTING}\s+(?:the\s+)?(?P<by>{outlet})(?:['’]s?\s+{_REPORT})?"
        rf"|in\s+(?:the\s+)?(?P<in>{outlet})(?:['’]s?)?\s+{_REPORT})(?!\w),?",
        question,
        re.I,
    )
    if not found:
        return question, ""
    rest = " ".join(f"{question[: found.start()]} {question[found.end() :]}".split())
    rest = re.sub(r"\s+([?.!])", r"\1", rest)
    return rest[:1].upper() + rest[1:], names[(found.group("by") or found.group("in")).lower()]


def _bare(outlet: str) -> str:
    """ "The Express Tribune" as questions may write it: "according to Express Tribune"."""
    return re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
