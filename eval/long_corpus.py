"""A long-article corpus from a SQuAD file: each article's paragraphs joined into one text, with a gold set.

    python -m eval.long_corpus ../shared/squad/squad-v2.0-dev.json.gz --half fit --out runs/long-fit
    python -m eval --gold runs/long-fit/gold.jsonl --corpus runs/long-fit/corpus

SQuAD gives each question its own short paragraph; news articles are long, and a question's answer sits among many
passages of the same article. Joined, the articles are chunked like news, so what is read of each passage
(``qa.windows``) and how retrieval ranks passages of one article can be measured where it matters.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import typer

from eval.squad import select_half
from qa.squad_files import load_squad


def write_long_corpus(squad: Path, out: Path, half: str = "fit", sample: int = 800, seed: int = 13) -> tuple[int, int]:
    """Writes ``out/corpus/<article>.txt`` (title, then the paragraphs in order) and ``out/gold.jsonl`` (``sample``
    questions drawn with ``seed``, unanswerable ones included); returns (articles, questions)."""
    examples = select_half(load_squad(squad), half)
    paragraphs: dict[str, dict[int, str]] = {}
    for e in examples:
        paragraphs.setdefault(e.title, {})[e.paragraph_index] = e.context
    ids = {title: re.sub(r"\W", "_", title)[:60] for title in paragraphs}
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    for title, texts in paragraphs.items():
        body = "\n\n".join(texts[k] for k in sorted(texts))
        (out / "corpus" / f"{ids[title]}.txt").write_text(f"{title.replace('_', ' ')}\n\n{body}\n", encoding="utf-8")
    chosen = random.Random(seed).sample(examples, min(sample, len(examples)))
    with (out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for k, e in enumerate(chosen):
            item = {"id": f"long-{k}", "question": e.question, "answers": sorted(set(e.answers))}
            fh.write(json.dumps({**item, "article_ids": [ids[e.title]]}) + "\n")
    return len(paragraphs), len(chosen)


def main(
    squad: Path = typer.Argument(..., help="a SQuAD v1.1 or v2.0 file, plain or gzipped"),
    out: Path = typer.Option(..., help="folder for corpus/ and gold.jsonl"),
    half: str = typer.Option("fit", help="SQuAD v2.0 dev: fit, report (only to report) or all"),
    sample: int = typer.Option(800, min=1, help="questions in the gold set"),
    seed: int = typer.Option(13),
) -> None:
    articles, questions = write_long_corpus(squad, out, half, sample, seed)
    typer.echo(f"{articles} articles in {out / 'corpus'}, {questions} questions in {out / 'gold.jsonl'}")


if __name__ == "__main__":
    typer.run(main)
