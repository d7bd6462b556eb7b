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


def swapped(question: str, key_missing: tuple[str, ...], text: str) -> dict[str, str]:
    """Key terms the text replaces with another name or number in the same place: the question asks about
    "India's Chief of Army Staff", the text names "Pakistan's Chief of Army Staff". Maps each such key stem to
    the word the text has instead.

    The place is a content word next to the key term in the question ("Chief" after "India's", "May" before
    "6"); the text has that word with a different name or number on the same side.
    """
    if not key_missing:
        return {}
    q = words(question)
    q_stems = [stem(w) for w in q]
    asked = set(q_stems)
    t = words(text)
    t_stems = [stem(w) for w in t]
    at: dict[str, list[int]] = {}
    for k, s in enumerate(t_stems):
        at.setdefault(s, []).append(k)
    found: dict[str, str] = {}
    for i, s in enumerate(q_stems):
        if s not in key_missing or s in found:
            continue
        for j, side in ((i - 1, 1), (i + 1, -1)):  # neighbour before the key term: the text's word after it
            if not 0 < j < len(q) or not _is_place_word(q[j]):
                continue
            for k in at.get(q_stems[j], ()):
                o = k + side
                if 0 <= o < len(t) and _is_name_or_number(t[o]) and t_stems[o] not in asked:
                    found[s] = t[o]
                    break
            if s in found:
                break
    return found


def _is_place_word(word: str) -> bool:
    """A content word, or a name even where its lower case is a stop word ("May")."""
    lower = word.lower()
    return word[0].isupper() or lower not in _STOPWORDS and lower not in _QUESTION_FRAME


def _is_name_or_number(word: str) -> bool:
    return (word[0].isupper() or word[0].isdigit()) and word.lower() not in _STOPWORDS
