"""How well a sentence covers a question: the terms it shares, the key terms it lacks.

A question about "the outcome of the Counterterrorism Dialogue" is not answered
by a sentence that names the dialogue but no outcome. Terms are compared after
Snowball stemming, so "extradite" meets "extraditing". Names and numbers are
*key* terms: a sentence that lacks one answers a different question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from index.metadata import is_metadata_line  # noqa: F401 - part of the evidence checks

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d")
_STOPWORDS = frozenset(
    """a an the of in on at to for from by with about as into onto upon over under after before
during since until between among through against within without and or but nor so yet if then than that this these those
there here is are was were be been being am do does did done doing has have had having will would shall should can
could may might must what which who whom whose when where why how whatever it its it's they them their theirs he him
his she her hers we us our you your i me my mine one ones some any each every other another such same also just
only very more most much many not no yes own up down out off again further once all both few""".split()
)
# Words that shape a question but carry no content to look for in the evidence.
_QUESTION_FRAME = frozenset(
    """name named names call called kind type sort happen happened happens according say said
says tell told give given describe described mention mentioned refer referred term termed year date day time
number amount percent percentage""".split()
)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased, accents folded ("Beyoncé" meets "Beyonce"), possessive dropped, Snowball-stemmed."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return _stemmer().stemWord(folded.replace("’", "'").removesuffix("'s"))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@dataclass(frozen=True)
class Terms:
    """The question's content terms, as stems; key terms are names and numbers."""

    all: tuple[str, ...]
    key: tuple[str, ...]
    surface: dict[str, str]  # stem -> the word as the question wrote it, for messages

    @classmethod
    def of(cls, question: str) -> "Terms":
        all_, key, surface = [], [], {}
        for i, w in enumerate(words(question)):
            lower = w.lower()
            if lower in _STOPWORDS or lower in _QUESTION_FRAME or len(lower) < 2 and not w.isdigit():
                continue
            s = stem(w)
            if s in surface:
                continue
            surface[s] = w
            all_.append(s)
            if w[0].isdigit() or (w[0].isupper() and i > 0):
                key.append(s)
        return cls(tuple(all_), tuple(key), surface)


def coverage(terms: tuple[str, ...], text_stems: set[str]) -> float:
    """Share of the terms found in the text (1.0 when there are none to find)."""
    return sum(t in text_stems for t in terms) / len(terms) if terms else 1.0


def missing(terms: tuple[str, ...], text_stems: set[str]) -> list[str]:
    return [t for t in terms if t not in text_stems]


def echo(answer: str, question: str) -> float:
    """Share of the answer's content words that the question already contains ("an American company")."""
    answer_words = [stem(w) for w in words(answer) if w.lower() not in _STOPWORDS]
    if not answer_words:
        return 1.0
    question_stems = stems(question)
    return sum(w in question_stems for w in answer_words) / len(answer_words)


def is_handle(text: str, start: int) -> bool:
    """A social-media handle or hashtag ("@MIshaqDar50"): a name for machines, not an answer."""
    return start > 0 and text[start - 1] in "@#"
