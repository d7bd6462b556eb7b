"""Gold question sets: JSONL, one {"id", "question", "answers", "article_ids"} object per line.

An empty ``answers`` list means the articles do not answer the question. Read by ``eval`` to score the product and
by ``training`` to fit on (``training.fit_news_calibration``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    answers: tuple[str, ...]
    article_ids: tuple[str, ...]

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read and check a gold file; a bad line is reported with its number."""
    items, seen = [], set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                item = GoldItem(
                    id=str(record["id"]),
                    question=str(record["question"]),
                    answers=tuple(map(str, record["answers"])),
                    article_ids=tuple(map(str, record["article_ids" if "article_ids" in record else "doc_ids"])),
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{n}: not a gold record ({exc}); expected "
                    '{"id", "question", "answers": [...], "article_ids": [...]}'
                ) from exc
            if item.id in seen:
                raise ValueError(f"{path}:{n}: duplicate id {item.id!r}")
            seen.add(item.id)
            items.append(item)
    if not items:
        raise ValueError(f"{path} holds no questions")
    return items
