"""The project's gold question sets (``eval/gold/``; the format: ``qa.gold``) and the examples the chat page offers."""

from __future__ import annotations

from pathlib import Path

from qa.gold import load_gold

DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "seeds.jsonl"


def example_questions(loaded: set[str], path: str | Path = DEFAULT_GOLD) -> list[str]:
    """Answerable gold questions about one or two of the loaded articles: examples for the chat page."""
    items = load_gold(path)
    return [i.question for i in items if i.answerable and set(i.article_ids) <= loaded and len(i.article_ids) <= 2]
