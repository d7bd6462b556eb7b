from datetime import date

import pytest

from index.documents import Article
from qa.errors import InvalidQuestionError
from qa.filters import Filters


def article(published="", outlet="", url="", source="") -> Article:
    return Article(id="a", title="T", text="x", source=source, url=url, published=published, outlet=outlet)


def test_dates_bound_the_range_and_unknown_dates_are_left_out_of_one():
    f = Filters.parse(since="2025-08-01", until="2025-08-31")
    assert f.allows(article("2025-08-04")) and f.allows(article("2025-08-31T10:00:00"))
    assert not f.allows(article("2025-07-31")) and not f.allows(article("2025-09-01"))
    assert not f.allows(article(""))  # nothing says it falls inside
    assert Filters.parse().allows(article("")) and not Filters.parse().active


def test_source_matches_outlet_web_site_or_file_name_ignoring_case():
    f = Filters.parse(source="dawn")
    assert f.allows(article(outlet="Dawn"))
    assert f.allows(article(url="https://www.dawn.com/news/1"))
    assert f.allows(article(source="/corpus/dawn-2025-08-04.txt"))
    assert not f.allows(article(outlet="Reuters", url="https://reuters.com/x", source="/corpus/r.txt"))


@pytest.mark.parametrize(
    "since, until, message",
    [("yesterday", None, "since must be a date like 2025-08-04"), ("2025-09-01", "2025-08-01", "is after")],
)
def test_bad_filters_are_messages(since, until, message):
    with pytest.raises(InvalidQuestionError, match=message):
        Filters.parse(since, until)


def test_filters_describe_themselves():
    assert Filters.parse("2025-08-01", None, "Dawn").describe() == "from Dawn, 2025-08-01 to any date"
    assert Filters(since=date(2025, 8, 1)).active
