"""Limit a question to articles from a date range or a source (outlet, web site or file).

Dates are ISO days (``2025-08-01``); an article whose date is unknown is left out
as soon as a range is given, since nothing says it falls inside.
"""

from __future__ import annotations

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
