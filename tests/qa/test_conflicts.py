from qa.answers import Answer, Citation
from qa.conflicts import differing


def answer(text: str, confidence: float, *articles: str) -> Answer:
    cites = tuple(
        Citation(
            article_id=a,
            title=a,
            start=0,
            end=len(text),
            sentence=text,
            sentence_start=0,
            chunk_id=f"{a}#0",
            confidence=confidence,
        )
        for a in articles
    )
    return Answer(text, confidence, cites)


def test_different_answers_from_other_articles_differ():
    found = differing([answer("26", 0.8, "a"), answer("28", 0.6, "b"), answer("30", 0.2, "c")], threshold=0.5)
    assert [a.text for a in found] == ["28"]  # "30" does not pass on its own


def test_agreeing_overlapping_or_same_article_answers_do_not_differ():
    assert differing([answer("Marco Rubio", 0.8, "a"), answer("Rubio", 0.7, "b")], 0.5) == ()
    assert differing([answer("26", 0.8, "a", "b"), answer("28", 0.7, "b")], 0.5) == ()  # one article, two readings
    assert differing([answer("July 25, 2025", 0.8, "a"), answer("Friday", 0.7, "b")], 0.5) == ()  # maybe one day
    assert differing([answer("26", 0.3, "a"), answer("28", 0.7, "b")], 0.5) == ()  # no answer to differ from


def test_could_differ_tells_which_candidates_may_be_another_report_whatever_they_cite():
    from qa.conflicts import could_differ

    top = answer("26", 0.8, "a")
    assert could_differ(top, answer("31", 0.1, "b"))
    assert could_differ(top, answer("31", 0.1, "a", "b"))  # its citation in "b" alone may be the one that passes
    assert not could_differ(top, answer("31", 0.9, "a"))  # only the answer's own article: one article, two readings
    assert not could_differ(answer("Marco Rubio", 0.8, "a"), answer("Rubio", 0.9, "b"))  # one answer
    assert not could_differ(answer("July 25", 0.8, "a"), answer("Friday", 0.9, "b"))  # maybe one day
    assert not could_differ(answer("Friday", 0.8, "a"), answer("July 25", 0.9, "b"))
