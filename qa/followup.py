"""Follow-up questions: "When did they meet?", "And when?", "Who else attended?".

Retrieval reads a follow-up together with the previous turn's question and
answer. The reader and the verifier get the question *resolved* against that
turn, because an extractive reader cannot answer "And when?" on its own:
- an elliptical question takes the previous question's frame: "Where will the
  dialogue be held?" then "And when?" becomes "When will the dialogue be held?";
  "Which Commerce Secretary did he meet?" then "And the Trade Representative?"
  becomes "Which Trade Representative did he meet?";
- he, she, him, his and her become the previous answer when it is a name
  ("What is his military rank?" -> "What is Asim Munir's military rank?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.lexical import TITLE_NOUNS

_REFERRING = re.compile(
    r"\b(he|she|they|them|their|his|her|it|its|this|that|these|those|there|then|the meeting|the two|else|also"
    r"|too|again|other)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how did does do was were is are the a an of in on "
    "to for and or with at by from about".split()
)
_LEAD = re.compile(r"^\s*(?:and|so|but|what about|how about)\s+", re.I)
_WH = re.compile(r"^\s*((?:in |on |at |for |from |since )?(?:what|which|who|whom|whose|when|where|why|how)\b)", re.I)
# The whole of an elliptical wh-question: "when", "in which month", "how many", "and the date" (no verb of its own).
_BARE_WH = re.compile(
    r"^(?:(?:in|on|at|for|from|since)\s+)?(?:what|which|who|whom|whose|when|where|why|how)(?:\s+(?:many|much|long|"
    r"often|old|far))?(?:\s+\w+)?$",
    re.I,
)
_AUXILIARY = re.compile(r"\b(did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|may|might)\b", re.I)
_COPULAR = re.compile(r"^\s*(who|what|where)\s+(is|are|was|were)\s+(?:the\s+)?[^?]+\??\s*$", re.I)
_ELSE = re.compile(r"\b(else|other|another)\b", re.I)
_PERSON = re.compile(r"\b(he|she|him|his|her)\b", re.I)
_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")


def content_words(question: str) -> list[str]:
    return [w for w in _WORD.findall(question) if w.lower() not in _QUESTION_WORDS]


def is_follow_up(question: str) -> bool:
    """Refers back (pronouns, "there", "else"), starts with "and"/"what about", has too few words of its own,
    or names nothing of its own."""
    words = content_words(question)
    names = [w for w in _WORD.findall(question)[1:] if w[0].isupper() or w[0].isdigit()]
    return bool(_REFERRING.search(question) or _LEAD.match(question)) or len(words) < 2 or not names


def retrieval_query(question: str, history: Sequence[tuple[str, str | None]]) -> str:
    """The question, preceded by the last turn's question and answer when it is a follow-up (and by the turn
    before that too when the last one was a follow-up itself: "Who met Dar?", "When?", "Who else attended?")."""
    if not history or not is_follow_up(question):
        return question
    return " ".join(part for q, a in _leaned_on(history) for part in (q, a or "") if part) + " " + question


def resolve(question: str, history: Sequence[tuple[str, str | None]]) -> str:
    """The question the reader answers: completed from the previous turn when it leans on it."""
    if not history or not is_follow_up(question):
        return question
    last_question, last_answer = history[-1]
    resolved = _complete(question, last_question)
    name = _person(last_answer or "")
    if name:
        resolved = _PERSON.sub(lambda m: _pronoun(m.group(1), name), resolved)
    return resolved


def _person(answer: str) -> str:
    """The name that ends the previous answer, without its title: "Field Marshal Asim Munir", "Pakistan’s Army Chief,
    Field Marshal Asim Munir" -> "Asim Munir"; "Secretary of State Marco Rubio" -> "Marco Rubio"; "" when the answer
    is no name. "What is his military rank?" asks for the title, which must not be in the question the reader
    reads: with it, it answered "chief"."""
    words = answer.replace(",", " ").split()
    last_title = max((i for i, w in enumerate(words[:-1]) if w.lower() in TITLE_NOUNS), default=-1)
    if last_title < 0:
        return answer.strip() if _NAME.match(answer.strip()) else ""
    name = words[last_title + 1 :]
    if len(name) > 2 and name[0] == "of":  # "Minister of Finance Muhammad Aurangzeb"
        name = name[2:]
    return " ".join(name) if _NAME.match(" ".join(name)) else ""


def _leaned_on(history: Sequence[tuple[str, str | None]]) -> Sequence[tuple[str, str | None]]:
    """The turns a follow-up leans on: the last, and the one before it when the last was a follow-up itself."""
    return history[-2:] if len(history) > 1 and is_follow_up(history[-1][0]) else history[-1:]


def already_given(question: str, history: Sequence[tuple[str, str | None]]) -> str:
    """The answers of the turns the question leans on (``retrieval_query``'s), when it asks for someone or
    something *else* ("" otherwise): after "Who did Dar meet?", "When did they meet?", "Who else attended?" asks
    for someone besides Rubio, not besides "Friday"."""
    if not history or not _ELSE.search(question):
        return ""
    return " ".join(a for _, a in _leaned_on(history) if a)


def _complete(question: str, last_question: str) -> str:
    """An elliptical question ("And when?", "And the date?") in the frame of the previous one."""
    bare = _LEAD.sub("", question).strip().rstrip("?").strip()
    if len(content_words(bare)) > 2 or _AUXILIARY.search(bare):
        return question  # a question of its own, only leaning on a pronoun
    frame = _AUXILIARY.search(last_question)
    wh = _WH.match(last_question)
    if frame is None or wh is None:
        return question
    rest = last_question[frame.start() :]
    if _BARE_WH.match(bare):  # "And when?" -> "When will ... ?"
        return f"{bare[0].upper()}{bare[1:]} {rest}"
    if bare and not _WH.match(bare):  # "And the Trade Representative?" -> "Which Trade Representative did ... ?"
        noun = re.sub(r"^(?:the|a|an)\s+", "", bare, flags=re.I)
        copular = _COPULAR.match(last_question)
        if copular:  # "Who is the US Trade Representative?" then "And the Commerce Secretary?"
            return f"{copular.group(1)} {copular.group(2)} the {noun}?"
        asked = _ASKS_FOR.get(noun.lower(), f"Which {noun}")  # "And the date?" -> "When did ... ?"
        return f"{asked} {rest}"
    return question


_ASKS_FOR = {
    **dict.fromkeys(("date", "day", "time", "year", "month"), "When"),
    **dict.fromkeys(("place", "location", "venue", "city"), "Where"),
    **dict.fromkeys(("reason", "cause"), "Why"),
    **dict.fromkeys(("number", "toll", "death toll", "count", "total"), "How many"),
}


def _pronoun(word: str, name: str) -> str:
    return f"{name}'s" if word.lower() == "his" else name
