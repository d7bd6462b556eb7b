"""A cheap guess at whether a question is in English: the reader was trained on English only.

It only adds a note to "the articles don't say", so a guess that is wrong now
and then costs a sentence, never an answer.
"""

from __future__ import annotations

import re

NOT_ENGLISH = "The reader understands English questions; this one seems to be in another language."

_WORD = re.compile(r"[^\W\d_]+")
# Frequent function words of the languages a newsroom most often pastes, that are not English words.
_FOREIGN = set(
    """le la les des du une est sont qui quel quelle quels quelles où pourquoi comment avec pour dans sur pas
    el los las del por qué quién cuándo dónde cómo con una es son
    der die das den dem und ist sind wer wann warum wie mit für nicht ein eine
    il lo gli della che chi quando perché come sono è""".split()
)
_ENGLISH = set(
    """the a an of to in on at for with by from and or is are was were be been did does do who what when where
    why how which whom whose that this these those it its has have had will would""".split()
)


def looks_english(question: str) -> bool:
    """False for a question mostly in a non-Latin script, or with more foreign than English function words."""
    words = _WORD.findall(question.lower())
    letters = "".join(words)
    if not letters:
        return True
    if sum(c.isascii() for c in letters) < 0.6 * len(letters):
        return False
    foreign = sum(w in _FOREIGN for w in words)
    return foreign < 2 or foreign <= sum(w in _ENGLISH for w in words)


# A question word contracted with "is" or "has" where the question opens ("Who's", "whats", "And where's"): later
# in a question "who's" is more often "whose" misspelt ("declined who's invitation").
_CONTRACTED = re.compile(
    r"^((?:and|so|but|then)\s+)?(who|what|where|when|how|why)(?:['’]s|s)\b(\s+(?:been|got)\b)?", re.I
)


def spelled_out(question: str) -> str:
    """The question with an opening "Who's" or "Whats" written out as "Who is", as the reader and the checks read
    questions: "Who's Pakistan's finance chief?" was not a "who is" question to the apposition check, which then
    vetoed the name beside "Pakistan’s finance chief" as another name for what the question names."""

    def written_out(m: re.Match) -> str:
        verb = "has" if m.group(3) else "is"
        return f"{m.group(1) or ''}{m.group(2)} {verb}{m.group(3) or ''}"

    return _CONTRACTED.sub(written_out, question, count=1)
