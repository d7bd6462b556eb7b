"""Reading SQuAD-format files (v1.1 and v2.0, plain or gzipped).

Shared by reader training (``training.train_reader``) and evaluation (``eval``).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index.chunking import split_sentences
from index.documents import Article, Chunk
from qa.answers import Passage


@dataclass(frozen=True)
class SquadExample:
    id: str
    title: str
    context: str
    question: str
    answers: tuple[str, ...]  # empty: the paragraph does not answer the question
    answer_starts: tuple[int, ...]
    paragraph_index: int  # position of the paragraph within its article


def load_squad(path: str | Path) -> list[SquadExample]:
    """All questions of a SQuAD file, in file order."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)["data"]
    examples = []
    for article in data:
        for p_index, paragraph in enumerate(article["paragraphs"]):
            for qa in paragraph["qas"]:
                answers = [] if qa.get("is_impossible") else qa["answers"]
                examples.append(
                    SquadExample(
                        id=qa["id"],
                        title=article.get("title", ""),
                        context=paragraph["context"],
                        question=qa["question"],
                        answers=tuple(a["text"] for a in answers),
                        answer_starts=tuple(a["answer_start"] for a in answers),
                        paragraph_index=p_index,
                    )
                )
    return examples


def split_v2_halves(examples: list[SquadExample]) -> tuple[list[SquadExample], list[SquadExample]]:
    """SQuAD v2.0 dev split by sorted article title: even positions fit, odd positions report.

    The project's data rule: anything may be fitted on the fit half; the report
    half is only ever scored, never used to choose.
    """
    titles = sorted({e.title for e in examples})
    fit_titles = set(titles[0::2])
    return [e for e in examples if e.title in fit_titles], [e for e in examples if e.title not in fit_titles]


def split_fit_half(fit_half: list[SquadExample]) -> tuple[list[SquadExample], list[SquadExample]]:
    """The v2.0 fit half split again by sorted title: the first part trains the support model and the
    reader, the second fits the verifier, so the verifier sees the models' outputs on unseen questions."""
    titles = sorted({e.title for e in fit_half})
    first = set(titles[0::2])
    return [e for e in fit_half if e.title in first], [e for e in fit_half if e.title not in first]


def fit_half_parts(v2_dev: str | Path) -> tuple[list[SquadExample], list[SquadExample]]:
    """The two parts of the SQuAD v2.0 dev file's fit half (``split_fit_half``): what the reader and the support
    model may learn from, and what the verifier is fitted on."""
    return split_fit_half(split_v2_halves(load_squad(v2_dev))[0])


def paragraph_id(e: SquadExample) -> str:
    return f"{e.title}#{e.paragraph_index}"


def paragraph_articles(examples: Sequence[SquadExample]) -> list[Article]:
    """Each distinct paragraph of a SQuAD file as one Article, for indexing it as a corpus."""
    paragraphs = {paragraph_id(e): e for e in examples}
    return [Article(id=pid, title=e.title.replace("_", " "), text=e.context) for pid, e in paragraphs.items()]


def paragraph_passage(e: SquadExample) -> tuple[Passage, dict[str, Article]]:
    """A SQuAD paragraph as the single retrieved passage of its question (the reader benchmark's setting)."""
    article_id = paragraph_id(e)
    article = Article(id=article_id, title="", text=e.context)
    sentences = tuple(split_sentences(e.context))
    chunk = Chunk(f"{article_id}#0", article_id, 0, 0, len(e.context), e.context, sentences)
    return Passage(chunk=chunk, title="", rank=1, score=1.0), {article_id: article}
