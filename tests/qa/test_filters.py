from datetime import date

import pytest

from index.documents import Article
from qa.errors import InvalidQuestionError
from qa.filters import Filters, attributed


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


def test_source_matches_where_a_word_starts_not_inside_one():
    """ "AP" keeps AP's articles and apnews.com's, not The Japan Times' or a file named japan-quake.txt."""
    f = Filters.parse(source="AP")
    assert f.allows(article(outlet="AP")) and f.allows(article(url="https://apnews.com/article/1"))
    assert f.allows(article(outlet="The AP"))
    assert not f.allows(article(outlet="The Japan Times", url="https://www.japantimes.co.jp/x"))
    assert not f.allows(article(source="/corpus/japan-quake.txt"))
    assert Filters.parse(source="express tribune").allows(article(outlet="The Express Tribune"))


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


OUTLETS = ["Reuters", "The Express Tribune", "Dawn", "Associated Press"]


@pytest.mark.parametrize(
    "question, asked, outlet",
    [
        ("How many died, according to Reuters?", "How many died?", "Reuters"),
        ("According to the Express Tribune, who met Rubio?", "Who met Rubio?", "The Express Tribune"),
        ("according to express tribune who met rubio?", "Who met rubio?", "The Express Tribune"),
        ("In Dawn's report, who met Rubio?", "Who met Rubio?", "Dawn"),
        ("Who met Rubio, as reported by the Associated Press?", "Who met Rubio?", "Associated Press"),
        ("What did Dar say, according to the White House?", None, ""),  # a source the articles quote
        ("Who was hurt in Dawn raids?", None, ""),  # the outlet's name as a word
        ("According to Reutersland, who won?", None, ""),
    ],
)
def test_a_question_naming_an_outlet_is_asked_of_its_articles(question, asked, outlet):
    assert attributed(question, OUTLETS) == (asked or question, outlet)
    assert attributed(question, []) == (question, "")
