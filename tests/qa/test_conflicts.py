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
