"""Scripted conversations: each follow-up is asked with the turns before it, as the chat page asks it.

A JSONL file, one {"id", "turns": [{"question", "answers"}]} per line; no answers
means the articles don't say. A turn is right when it answers with token F1 of
at least ``CORRECT_F1`` against an answer, or abstains when there is none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from qa.pipeline import QAPipeline
from qa.text import CORRECT_F1, f1, max_over_gold

DEFAULT_CONVERSATIONS = Path(__file__).resolve().parent / "gold" / "conversations.jsonl"


@dataclass(frozen=True)
class Turn:
    conversation: str
    index: int
    question: str
    answers: tuple[str, ...]
    predicted: str | None
    retrieval_query: str

    @property
    def right(self) -> bool:
        if not self.answers:
            return self.predicted is None
        return self.predicted is not None and max_over_gold(f1, self.predicted, list(self.answers)) >= CORRECT_F1


def load_conversations(path: Path = DEFAULT_CONVERSATIONS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_conversations(pipeline: QAPipeline, conversations: list[dict]) -> list[Turn]:
    turns = []
    for conversation in conversations:
        history: list[tuple[str, str | None]] = []
        for i, turn in enumerate(conversation["turns"]):
            result = pipeline.ask(turn["question"], history=history)
            predicted = result.answer.text if result.answer else None
            turns.append(
                Turn(conversation["id"], i, turn["question"], tuple(turn["answers"]), predicted, result.retrieval_query)
            )
            history.append((result.resolved_question or result.question, predicted))
    return turns


def conversation_metrics(turns: list[Turn]) -> dict:
    follow_ups = [t for t in turns if t.index > 0]
    return {
        "turns": len(turns),
        "turns_right": sum(t.right for t in turns),
        "follow_ups": len(follow_ups),
        "follow_ups_right": sum(t.right for t in follow_ups),
        "wrong": [f"{t.conversation}#{t.index}: {t.question} -> {t.predicted!r}" for t in turns if not t.right],
    }
