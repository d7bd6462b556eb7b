"""What the reader reads of each passage: sentence windows around the question's terms (fixed texts, no model)."""

import pytest

from index.chunking import split_sentences
from index.documents import Chunk
from qa import lexical
from qa.answers import Passage
from qa.windows import reading_passages, sentence_window

HEAD = "Header line.\n"
TEXT = (
    "Talks opened on Monday. "
    "The weather was warm. "
    "Dar met Rubio in Washington. "
    "They spoke of trade. "
    "Officials left the talks early. "
    "Reporters waited outside. "
    "A statement followed later."
)
ARTICLE = HEAD + TEXT


def _passage(text: str = TEXT, offset: int = len(HEAD), rank: int = 1) -> Passage:
    sentences = tuple((offset + s, offset + e) for s, e in split_sentences(text))
    chunk = Chunk("a#0", "a", 0, offset, offset + len(text), text, sentences)
    return Passage(chunk=chunk, title="A", rank=rank, score=1.0)


def _terms(question: str) -> frozenset[str]:
    return frozenset(lexical.Terms.of(question).all)


def test_the_window_is_the_sentence_with_most_question_terms_and_one_either_side():
    window = sentence_window(_terms("Where did Dar meet Rubio?"), _passage())
    assert window.chunk.text == "The weather was warm. Dar met Rubio in Washington. They spoke of trade."
    assert ARTICLE[window.chunk.start : window.chunk.end] == window.chunk.text  # offsets stay the article's
    assert [ARTICLE[s:e] for s, e in window.chunk.sentences][1] == "Dar met Rubio in Washington."
    assert window.chunk.id == "a#0" and window.rank == 1  # still cites the chunk it was read from


def test_sentences_that_tie_keep_everything_between_them():
    window = sentence_window(_terms("When did the talks open, and what did the officials do?"), _passage())
    assert window.chunk.text.startswith("Talks opened on Monday.")
    assert window.chunk.text.endswith("Reporters waited outside.")


@pytest.mark.parametrize(
    "text, question",
    [
        ("Dar met Rubio. They spoke. Officials left.", "Where did Dar meet Rubio?"),  # three sentences: all of it
        (TEXT, "What happened?"),  # no term anywhere: every sentence ties
    ],
)
def test_a_window_that_would_be_the_whole_passage_is_the_passage(text, question):
    passage = _passage(text)
    assert sentence_window(_terms(question), passage) is passage


def test_the_first_passages_are_read_whole():
    passages = [_passage(rank=k + 1) for k in range(4)]
    read = reading_passages("Where did Dar meet Rubio?", passages, whole=2)
    assert read[:2] == passages[:2]
    assert all(len(p.chunk.text) < len(TEXT) for p in read[2:])
    assert reading_passages("Where did Dar meet Rubio?", passages, whole=4) == passages
