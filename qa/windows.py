"""What the reader reads of each retrieved passage: the best ones whole, the rest as sentence windows.

The reader's time grows with the tokens it reads. A passage retrieved below the first few holds the answer, when
it does, next to the question's words; reading only the sentences that share most of the question's terms, with
one sentence either side, reads about half of it. Reading passages 3-5 this way gave every seeds gold question the
same answer and a long-article corpus built from SQuAD v2.0 dev's fit half 0.4 more F1; reading all five this way
lost answers (docs/measurements.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qa import lexical
from qa.answers import Passage

WINDOW_SENTENCES = 1  # on each side of a sentence that holds most of the question's terms


def sentence_window(terms: frozenset[str], passage: Passage, side: int = WINDOW_SENTENCES) -> Passage:
    """The passage cut to the sentences holding most of ``terms`` (question stems; all of them on a tie) and
    ``side`` sentences around them, first to last; the passage itself when that is all of it. Offsets stay those
    of the article, so spans read here cite the article as spans read in the whole passage do."""
    chunk = passage.chunk
    sentences = chunk.sentences
    if len(sentences) <= 2 * side + 1:
        return passage
    shared = [len(terms & lexical.stems(chunk.text[s - chunk.start : e - chunk.start])) for s, e in sentences]
    best = [k for k, n in enumerate(shared) if n == max(shared)]
    first, last = max(0, best[0] - side), min(len(sentences), best[-1] + side + 1)
    if first == 0 and last == len(sentences):
        return passage
    start, end = sentences[first][0], sentences[last - 1][1]
    text = chunk.text[start - chunk.start : end - chunk.start]
    return replace(passage, chunk=replace(chunk, start=start, end=end, text=text, sentences=sentences[first:last]))


def reading_passages(question: str, passages: Sequence[Passage], whole: int) -> list[Passage]:
    """The first ``whole`` passages as they are, the rest as sentence windows around the question's terms."""
    terms = frozenset(lexical.Terms.of(question).all)
    return [p if k < whole else sentence_window(terms, p) for k, p in enumerate(passages)]
