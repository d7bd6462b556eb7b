"""Relative dates made absolute with the article's date: "Friday" in a report of 28 July 2025 is 25 July 2025.

The extracted text stays the answer; this is shown beside it, marked as worked
out from the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_RELATIVE = re.compile(
    r"^(?:on |last |this |earlier this |later this )?("
    + "|".join(_WEEKDAYS + list(_SHIFT))
    + r"|last month|this month|next month|last year|this year|next year)$",
    re.I,
)


def is_relative_date(answer: str) -> bool:
    """ "Friday", "last month": a date that means something only with the article's own date."""
    return bool(_RELATIVE.match(" ".join(answer.lower().replace("’s", "").split()).strip(" .,")))


def absolute_date(answer: str, published: str) -> str:
    """The date a relative answer means, as "25 July 2025" (or "July 2025", "2024"); "" when it is not relative."""
    m = _RELATIVE.match(" ".join(answer.lower().replace("’s", "").split()).strip(" .,"))
    if not m or not published:
        return ""
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return ""
    word = m.group(1).lower()
    if word in _WEEKDAYS:  # news reports past days: the latest such day on or before the article's date
        target = day - dt.timedelta(days=(day.weekday() - _WEEKDAYS.index(word)) % 7)
        return f"{target.day} {target:%B %Y}"
    if word in _SHIFT:
        target = day + dt.timedelta(days=_SHIFT[word])
        return f"{target.day} {target:%B %Y}"
    which, unit = word.split()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return str(day.year + step)
    month = day.month - 1 + step
    return f"{dt.date(day.year + month // 12, month % 12 + 1, 1):%B %Y}"
