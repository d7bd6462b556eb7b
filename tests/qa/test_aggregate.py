"""Aggregation of reader spans into cited answers, with fixed spans (no model)."""

from index.chunking import split_sentences
from index.documents import Article, Chunk
from qa.aggregate import aggregate
from qa.answers import Passage
from qa.reader import Span


def _passage(doc: str, text: str, start: int = 0, index: int = 0) -> Passage:
    sentences = tuple((start + s, start + e) for s, e in split_sentences(text))
    chunk = Chunk(f"{doc}#{index}", doc, index, start, start + len(text), text, sentences)
    return Passage(chunk=chunk, title=f"Title {doc}", rank=1, score=1.0)


def _span(passage: Passage, text: str, confidence: float) -> Span:
    start = passage.chunk.text.index(text)
    return Span(passage, start, start + len(text), text, score=5.0, null_score=1.0, logprob=-0.5, confidence=confidence)


def test_equal_answers_from_several_articles_merge_and_keep_every_citation():
    a_text = "Talks began. Dar met Marco Rubio in Washington."
    b_text = "Earlier, in July, Dar met Rubio. Later he met Marco Rubio again."
    articles = {"a": Article("a", "A", a_text), "b": Article("b", "B", "Intro line.\n" + b_text)}
    passages = [_passage("a", a_text), _passage("b", b_text, start=len("Intro line.\n"))]
    spans = [
        _span(passages[0], "Marco Rubio", 0.6),
        _span(passages[1], "Marco Rubio", 0.9),
        _span(passages[1], "Rubio", 0.5),
        _span(passages[0], "Washington", 0.7),
    ]
    answers = aggregate(spans, articles)
    assert [a.text for a in answers] == ["Marco Rubio", "Washington", "Rubio"]
    top = answers[0]
    assert top.confidence == 0.9 and top.reader_confidence == 0.9 and top.reader_score == 4.0
    assert top.articles == ["b", "a"]  # best citation first
    for c in top.citations:
        article = articles[c.article_id].text
        assert article[c.start : c.end] == "Marco Rubio"
        assert article[c.sentence_start :].startswith(c.sentence) and "Marco Rubio" in c.sentence
    assert top.citations[0].sentence == "Later he met Marco Rubio again."
    assert [c.reader.confidence for c in top.citations] == [0.9, 0.6]  # each citation keeps its own span's scores
    assert top.citations[0].reader == top.reader_scores


def test_the_same_sentence_found_through_overlapping_chunks_is_cited_once():
    text = "One. Dar met Marco Rubio. Three."
    articles = {"a": Article("a", "A", text)}
    passages = [_passage("a", text, index=0), _passage("a", text, index=1)]
    spans = [_span(passages[0], "Marco Rubio", 0.8), _span(passages[1], "Marco Rubio", 0.7)]
    (answer,) = aggregate(spans, articles)
    assert len(answer.citations) == 1
