"""Follow-up questions: "When did they meet?" needs the previous turn to find the right passages.

Only retrieval uses the previous question and answer; the reader still answers
the new question as asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_REFERRING = re.compile(
    r"\b(he|she|they|them|their|his|her|it|its|this|that|these|those|there|then|the meeting|the two)\b", re.I
)
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how did does do was were is are the a an of in on "
    "to for and or with at by from".split()
)


def is_follow_up(question: str) -> bool:
    """Refers back (pronouns, "there", "then") or has too few words of its own to retrieve with."""
    content = [w for w in _WORD.findall(question) if w.lower() not in _QUESTION_WORDS]
    return bool(_REFERRING.search(question)) or len(content) < 2


def retrieval_query(question: str, history: Sequence[tuple[str, str | None]]) -> str:
    """The question, preceded by the last turn's question and answer when it is a follow-up."""
    if not history or not is_follow_up(question):
        return question
    last_question, last_answer = history[-1]
    return " ".join(part for part in (last_question, last_answer or "", question) if part)
