"""Turns reader spans from many passages into ranked, cited answers.

Equal answers (after normalization) found in several chunks or articles become
one answer that keeps every citation, so agreement between outlets is visible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from index.chunking import sentence_at
from index.documents import Article
from qa.answers import Answer, Citation, Passage
from qa.reader import Span
from qa.text import normalize_answer


def aggregate(spans: Sequence[Span], articles: Mapping[str, Article], limit: int = 5) -> list[Answer]:
    """Spans read from retrieved passages (``Span.passage``) grouped into answers, best first."""
    groups: dict[str, list[tuple[Span, Passage]]] = {}
    for span in spans:
        key = normalize_answer(span.text)
        if key and isinstance(span.passage, Passage):
            groups.setdefault(key, []).append((span, span.passage))
    answers = []
    for members in groups.values():
        members.sort(key=lambda m: -m[0].confidence)
        citations, seen = [], set()
        for span, passage in members:
            chunk = passage.chunk
            start, end = chunk.start + span.start, chunk.start + span.end
            article = articles[chunk.article_id]
            s_start, s_end = sentence_at(chunk.sentences, start, end)
            if (article.id, s_start) in seen:
                continue  # overlapping chunks find the same sentence twice
            seen.add((article.id, s_start))
            citations.append(
                Citation(
                    article_id=article.id,
                    title=article.title,
                    start=start,
                    end=end,
                    sentence=article.text[s_start:s_end],
                    sentence_start=s_start,
                    chunk_id=chunk.id,
                    confidence=span.confidence,
                    published=article.published,
                    outlet=article.outlet,
                    reader=span.scores,
                )
            )
        top = members[0][0]
        best = top.scores
        answers.append(
            Answer(
                text=top.text,
                confidence=best.confidence,
                citations=tuple(citations),
                reader_confidence=best.confidence,
                reader_score=best.score,
                reader_logprob=best.logprob,
            )
        )
    answers.sort(key=lambda a: (-a.confidence, -len(a.articles)))
    return answers[:limit]
