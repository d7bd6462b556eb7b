"""Which articles a question may draw on: a publication date range and a source.

Every store applies the same rule; the Milvus store turns it into an expression
over the fields ``published_day`` and ``source_key`` that ``published_day`` and
``source_key`` below compute, so both backends agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from index.documents import Article

NO_DAY = 0  # published_day of an article whose date is unknown


@dataclass(frozen=True)
class ArticleFilter:
    since: date | None = None
    until: date | None = None
    source: str = ""  # matched, ignoring case, where a word starts in the outlet, the URL's host or the file name

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.source)

    def allows(self, article: Article) -> bool:
        if self.since or self.until:
            day = published_day(article)
            if day == NO_DAY:
                return False
            if (self.since and day < day_number(self.since)) or (self.until and day > day_number(self.until)):
                return False
        return not self.source or source_matches(self.source, source_key(article))


def source_matches(source: str, key: str) -> bool:
    """Where a word of ``key`` starts, so "AP" keeps "AP" and "apnews.com" but not "The Japan Times";
    "dawn" keeps "dawn-2025-08-04.txt" and "www.dawn.com"."""
    start = r"(?<![^\W_])" if source[:1].isalnum() else ""  # ".com" may follow a letter
    return re.search(start + re.escape(source.lower()), key) is not None


def published_day(article: Article) -> int:
    """The publication day as a number (20250804), or NO_DAY: a number a database can compare."""
    try:
        return day_number(date.fromisoformat(article.published[:10])) if article.published else NO_DAY
    except ValueError:
        return NO_DAY


def source_key(article: Article) -> str:
    """The names a source filter is matched against, lower-cased, in one string."""
    names = (article.outlet, urlsplit(article.url).netloc, Path(article.source).name)
    return "\n".join(n.lower() for n in names if n)


def day_number(day: date) -> int:
    """20250804 for 2025-08-04: days that compare as numbers, in a database too."""
    return day.year * 10000 + day.month * 100 + day.day
