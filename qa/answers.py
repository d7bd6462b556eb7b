"""Records a question turns into: retrieved passages, cited answers and the whole result."""

from __future__ import annotations

from dataclasses import dataclass, field

from index.documents import Chunk


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with both retrieval scores kept apart and their fused score."""

    chunk: Chunk
    title: str
    rank: int
    score: float  # reciprocal rank fusion
    dense_score: float | None = None
    bm25_score: float | None = None

    def to_dict(self) -> dict:
        c = self.chunk
        return {
            "chunk_id": c.id,
            "article_id": c.article_id,
            "title": self.title,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "score": self.score,
            "dense_score": self.dense_score,
            "bm25_score": self.bm25_score,
        }


@dataclass(frozen=True)
class SpanScores:
    """The reader's scores of one span: its calibrated confidence, its score minus the window's no-answer score,
    and log P(start) + log P(end)."""

    confidence: float
    score: float
    logprob: float


@dataclass(frozen=True)
class Citation:
    """Where an answer stands: ``article.text[start:end]`` is the answer, inside ``sentence``."""

    article_id: str
    title: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    chunk_id: str
    confidence: float
    published: str = ""  # the article's date (ISO), when known
    outlet: str = ""
    # The reader's scores of the span read here; None: the answer's (a citation made by hand). Each citation is
    # verified on its own: a dateline's high score lends nothing to a sentence that merely repeats the name.
    reader: SpanScores | None = None

    @property
    def source(self) -> tuple[str, ...]:
        """What a reader needs to find the article: its title (else its id), outlet and date, when known."""
        return tuple(x for x in (self.title or self.article_id, self.outlet, self.published) if x)

    def to_dict(self) -> dict:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
        }


@dataclass(frozen=True)
class Answer:
    """One candidate answer; ``confidence`` is the verified probability that it is right (``qa.verify``)."""

    text: str
    confidence: float
    citations: tuple[Citation, ...]
    reader_confidence: float = 0.0  # the reader's calibrated span confidence, before verification
    reader_score: float = 0.0  # span score minus the window's no-answer score
    reader_logprob: float = 0.0  # log P(start) + log P(end)
    absolute_date: str = ""  # a relative answer ("Friday") worked out from its article's date ("25 July 2025")

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.citations))

    @property
    def whole_sentences(self) -> bool:
        """The answer is its cited sentences whole (a yes-or-no question's, ``qa.pipeline``): shown once, not again
        beside each source."""
        whole = (c.start == c.sentence_start and c.end == c.sentence_start + len(c.sentence) for c in self.citations)
        return bool(self.citations) and all(whole)

    @property
    def reader_scores(self) -> SpanScores:
        return SpanScores(self.reader_confidence, self.reader_score, self.reader_logprob)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "confidence": self.confidence,
            "reader_confidence": self.reader_confidence,
            "absolute_date": self.absolute_date,
            "articles": len(self.articles),
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True)
class QAResult:
    """The answer to one question; when ``abstained`` the articles don't say (``answers`` keeps the guesses)."""

    question: str
    abstained: bool
    answers: tuple[Answer, ...]
    passages: tuple[Passage, ...]
    threshold: float
    timings_ms: dict[str, float] = field(default_factory=dict)
    retrieval_query: str = ""
    reason: str = ""  # why it abstained, in plain words ("" when it answered)
    filters: str = ""  # the filters it was limited by, in words ("" for all articles)
    resolved_question: str = ""  # a follow-up completed from the chat ("And when?" -> "When will …?"), else ""
    differing: tuple[Answer, ...] = ()  # other articles' different answers ("Sources differ"), best first

    @property
    def answer(self) -> Answer | None:
        return None if self.abstained or not self.answers else self.answers[0]

    @property
    def confidence(self) -> float:
        return self.answers[0].confidence if self.answers else 0.0

    def to_dict(self) -> dict:
        """The JSON object of ``qa ask --json`` and of the UI's API."""
        top = self.answer
        return {
            "question": self.question,
            "answer": top.text if top else None,
            "confidence": self.confidence,
            "abstained": self.abstained,
            "reason": self.reason,
            "filters": self.filters,
            "resolved_question": self.resolved_question,
            "sources_differ": [a.to_dict() for a in self.differing],
            "answers": [a.to_dict() for a in self.answers],
            "citations": [c.to_dict() for c in top.citations] if top else [],
            "passages": [p.to_dict() for p in self.passages],
            "threshold": self.threshold,
            "retrieval_query": self.retrieval_query,
            "timings_ms": self.timings_ms,
        }
