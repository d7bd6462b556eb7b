"""Relative dates in answers, made absolute with the article's date."""

import pytest

from qa.dates import absolute_date


@pytest.mark.parametrize(
    "answer, published, expected",
    [
        ("Friday", "2025-07-28", "25 July 2025"),  # the Friday before a Monday report
        ("on Monday", "2025-08-04", "4 August 2025"),  # the report's own day
        ("yesterday", "2025-08-01", "31 July 2025"),
        ("last month", "2025-01-15", "December 2024"),
        ("this month", "2025-08-04", "August 2025"),
        ("last year", "2025-08-04", "2024"),
        ("Friday", "", ""),  # no article date: nothing to work out
        ("July 25, 2025", "2025-07-28", ""),  # already absolute
        ("Friday's meeting", "2025-07-28", ""),
    ],
)
def test_absolute_dates(answer, published, expected):
    assert absolute_date(answer, published) == expected
