"""The answer cut out: each answerable gold question asked again of articles without the sentences that hold
its answer. The honest reply is then "the articles don't say".

Hidden news checks are built this way (a story with its answer sentence removed), and a reader answers most of
them with a neighbouring name or number. The articles overlap, so the cut is made in every article: each
sentence holding any of the question's gold answers goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.chunking import split_sentences
from index.documents import Article
from qa.gold import GoldItem
from qa.pipeline import QAPipeline


@dataclass(frozen=True)
class CutRow:
    """One question asked without its answer: what the system said instead."""

    id: str
    question: str
    cut_sentences: int
    abstained: bool
    prediction: str  # the answer given, or the best guess when it abstained
    confidence: float
    reason: str


def without_answers(article: Article, answers: Sequence[str]) -> tuple[Article, int]:
    """The article less every sentence that holds one of ``answers`` (case-folded), and how many went. The rest
    keeps its lines: a photo credit stays on its caption's line, so the caption is still read as one (when every
    sentence went on a line of its own, "… on July 25, 2025." lost its "Photo: Foreign Office" and answered
    "Which day did Dar meet Rubio in Washington?", 0.78)."""
    wanted = [a.casefold() for a in answers if a.strip()]
    lines, cut = [], 0
    for line in article.text.split("\n"):
        sentences = [line[start:end] for start, end in split_sentences(line)]
        kept = [s for s in sentences if not any(a in s.casefold() for a in wanted)]
        cut += len(sentences) - len(kept)
        if kept or not sentences:  # a line with nothing left goes; a blank one stays
            lines.append(" ".join(kept))
    return (replace(article, text="\n".join(lines)), cut) if cut else (article, 0)


def run_cut(pipeline: QAPipeline, articles: Sequence[Article], items: Sequence[GoldItem]) -> list[CutRow]:
    """Ask each answerable question of the articles with its answers cut; the index follows each cut (only the
    changed articles are embedded again) and holds the whole articles again at the end."""
    rows = []
    for item in (i for i in items if i.answerable):
        cut = [without_answers(a, item.answers) for a in articles]
        n = sum(k for _, k in cut)
        if not n:
            continue  # the answer is not written as the gold has it: nothing to cut
        pipeline.corpus.index_articles([a for a, _ in cut])
        result = pipeline.ask(item.question)
        top = result.answers[0] if result.answers else None
        rows.append(
            CutRow(
                item.id,
                item.question,
                n,
                result.abstained,
                top.text if top else "",
                top.confidence if top else 0.0,
                result.reason,
            )
        )
    pipeline.corpus.index_articles(articles)
    return rows


def cut_metrics(rows: Sequence[CutRow]) -> dict:
    answered = [r for r in rows if not r.abstained]
    return {
        "questions": len(rows),
        "abstained": (len(rows) - len(answered)) / len(rows) if rows else 0.0,
        "answered": [f"{r.question} -> {r.prediction} ({r.confidence:.2f})" for r in answered],
    }
