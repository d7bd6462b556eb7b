"""Vetoes about lists: for "Which minerals …?", the other items of a list that holds minerals, the rest of a list
that opens with them, or an item listed beside the question's own topic ("Which crops were discussed in the
agriculture talks?" answered from "trade, agriculture, technology, and minerals"). Each was kept only where it flags
under 1.5% of SQuAD v1.1 train's gold answers to such questions.
"""

from __future__ import annotations

import re

from qa.answer_types import AUXILIARIES
from qa.lexical import STOPWORDS, line_sentence, stem, stems, words

# "Which minerals are ...?": the noun a which/what question asks for, before its verb.
_ASKED_NOUN = re.compile(
    r"(?:[Ww]hich|[Ww]hat)\s+(?!of\b|than\b|besides\b)(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+"
    r"(?:are|is|was|were|did|does|do|has|have|had|will|would|can|could)\b"
)
_ITEM = r"(?!(?:and|or)\b)[\w’'-]+"  # a word of a list item: "agriculture", "critical minerals"
_LISTED = re.compile(rf"(?:\s*,\s*{_ITEM}(?:\s+{_ITEM}){{0,2}})*?\s*,?\s+(?:and|or)\s+(?:the\s+)?([\w’'-]+)\b")


def listed_beside(question: str, text: str, start: int, end: int) -> str:
    """The noun a which/what question asks for ("Which minerals are mentioned?") when the answer ``text[start:end]``
    is listed beside that very noun ("trade, investment, agriculture, technology, and minerals" gives "agriculture,
    technology"): other items, not those asked for; "" otherwise. Only a list with a comma counts ("tables and
    graphs" may be one thing), or an item after one ("agriculture, technology and minerals"). One of SQuAD v1.1
    train's 11,400 gold answers to such questions is flagged (an answer of three clauses), none of the v2.0 fit
    half's 336."""
    asked = _ASKED_NOUN.match(question.strip())
    if asked and _rest_of_a_list_after(asked.group(1), text, start, end):
        return asked.group(1)
    listed = _LISTED.match(text, end) if asked else None
    if not asked or not listed:
        return ""
    # an item after a comma, before an "and" without one: "agriculture, technology and minerals"
    item_after_comma = text[:start].rstrip().endswith(",") and len(text[start:end].split()) <= 3
    if "," not in listed.group(0) + text[start:end] and not item_after_comma:
        return ""
    return asked.group(1) if stem(listed.group(1)) == stem(asked.group(1)) else ""


_ITEM_BEFORE = re.compile(r"((?:\S+\s+){0,4})([\w’'-]+)\s*,\s*$")  # "especially in critical minerals, "
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\b", re.I)


def _rest_of_a_list_after(noun: str, text: str, start: int, end: int) -> bool:
    """The answer (``text[start:end]``) is the rest of a list whose first item is the noun asked for ("What
    critical minerals does Pakistan have?" answered "mining, technology, and artificial intelligence", 0.60, from
    "critical minerals, mining, technology, and artificial intelligence"), none of its items that noun. Not an
    apposition after a count ("two types of amensalism, competition and antibiosis"). 1 of SQuAD v1.1 train's 662
    which/what gold answers holding a comma is flagged; a single item ("mining") is left: an apposition such as
    "the same species, Vitis vinifera, ..." reads the same (31 flagged)."""
    before = _ITEM_BEFORE.search(text[max(0, start - 60) : start])
    if "," not in text[start:end] or before is None or _COUNTED.search(before.group(1)):
        return False
    return stem(before.group(2)) == stem(noun) and stem(noun) not in stems(text[start:end])


_LIST_ITEM = rf"{_ITEM}(?:\s+{_ITEM}){{0,2}}"
_LIST = re.compile(rf"{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})+\s*,?\s+(?:and|or)\s+{_LIST_ITEM}")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A question that asks for something beside another item: "Which sector besides agriculture …?"
_BESIDE = re.compile(r"\b(?:besides?|other|than|apart|aside|except|addition|with|along|like|such|as well)\b", re.I)


def sibling_of_asked(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The noun a which/what question asks for ("Which crops were discussed in the agriculture talks?") when the
    sentence ``text[sentence[0]:sentence[1]]`` lacks that noun and lists the answer ``text[start:end]`` beside
    another of the question's words ("trade, agriculture, technology, and minerals"): an item beside the question's
    topic, not one of it; "" otherwise. 2 of SQuAD v1.1 train's 41,711 which/what gold answers are flagged
    ("Carnivora" for cats and dogs)."""
    asked = _ASKED_NOUN.match(question.strip())
    answer = text[start:end]
    if not asked or _BESIDE.search(question) or not answer[:1].isalpha():  # "opened in 1868" is no item
        return ""
    if stem(asked.group(1)) in stems(text[sentence[0] : sentence[1]]):
        return ""
    question_stems = stems(question) - {stem(asked.group(1))}
    for listed in _LIST.finditer(text, *sentence):
        if not listed.start() <= start < end <= listed.end() or listed.group().count(",") < 2:
            continue
        items = _LIST_SPLIT.split(listed.group())
        others = [item for item in items if item != answer and not item.endswith(f" {answer}")]  # "covered trade"
        if len(others) < len(items) and any((found := stems(item)) and found <= question_stems for item in others):
            return asked.group(1)
    return ""


# "Who lit the Olympic cauldron?": the verb and what it was done to
_DOER_ASKED = re.compile(r"^\W*who\s+(\w+)\s+(.+?)\W*$", re.I)
# "Celine Dion, «a flaming Olympic cauldron lifted into the night sky», and …": the next item of a list
_NEXT_ITEM = re.compile(r"\s*,\s+((?:an?|the)\s+[^,.;]{3,80}),\s+(?:and|or)\s+")


def doer_listed_beside_the_done(question: str, text: str, start: int, end: int) -> str:
    """What "Who lit the Olympic cauldron?" asks when the answer (``text[start:end]``) is listed beside the thing
    the question names, in a sentence without the question's verb: "A show-stopping performance by «Celine Dion», a
    flaming Olympic cauldron lifted into the night sky by hot-air balloon, and a dazzling Eiffel Tower light show"
    (0.81 before, in a report outside the seeds); "" otherwise. None of SQuAD v1.1 train's 8,444 gold answers to
    "who" questions is flagged."""
    asked = _DOER_ASKED.match(question)
    if not asked or asked.group(1).lower() in AUXILIARIES:
        return ""
    done = {stem(w) for w in words(asked.group(2)) if w.lower() not in STOPWORDS}
    item = _NEXT_ITEM.match(text, end)
    first, last = line_sentence(text, start, end)
    if not done or not item or not done <= stems(item.group(1)) or stem(asked.group(1)) in stems(text[first:last]):
        return ""
    return f"the one who {asked.group(1).lower()} {asked.group(2)}, not a name listed beside it"
