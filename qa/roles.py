"""Vetoes about who: answers that name someone other than the one the question asks for.

Another name for the question's own subject, two people for one office, one met beside the person asked about, the
owner for what it owns or for the head of it, the one replaced for who replaces, the one it was done to for who did
it, a key name the question asks about swapped for another ("India's army chief" asked of Pakistan's). Offices held
by another owner, posting, rank or time are ``qa.offices``; who said what, ``qa.speech``. Each was kept only where it
flags under 1.5% of SQuAD v1.1 train's gold answers to such questions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet

from index.chunking import ZONE_ABBREVIATION, split_sentences
from qa.answer_types import AUXILIARIES, MULTIWORD_NAME, NUMBER_WORDS, AnswerType, question_type
from qa.lexical import (
    APOSTROPHE_S,
    INITIALS,
    NAME,
    NAMING_WORDS,
    PRONOUNS,
    SEVERAL,
    STOPWORDS,
    TITLE_NOUNS,
    WORD,
    Terms,
    asked_stems,
    asked_words,
    is_content_word,
    line_sentence,
    missing,
    stem,
    stems,
    words,
)
from qa.offices import OFFICE_STEMS, OFFICES, ROLE_OF, TITLE_LINKS
from qa.places import (
    DEMONYM,
    DEMONYM_ENDINGS,
    DEMONYMS,
    PLACE_NAME,
    initials_of_people,
    is_people,
    names_people_of,
    place,
    same_name,
    same_place,
)


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
    # the words of each sentence apart: "Aug. 31" ending one sentence is not beside the next one's "Total"
    in_sentences = [words(text[a:b]) for a, b in split_sentences(text)]
    t = [w for ws in in_sentences for w in ws]
    sentence_of = [k for k, ws in enumerate(in_sentences) for _ in ws]
    t_stems = [stem(w) for w in t]
    at: dict[str, list[int]] = {}
    for k, s in enumerate(t_stems):
        at.setdefault(s, []).append(k)
    found: dict[str, str] = {}
    for i, s in enumerate(q_stems):
        if s not in key_missing or s in found:
            continue
        for j, side in ((i - 1, 1), (i + 1, -1)):  # neighbour before the key term: the text's word after it
            if not 0 < j < len(q) or not is_content_word(q[j]):
                continue
            for k in at.get(q_stems[j], ()):
                o = k + side
                # a title is no other name: "Secretary Rubio" for the question's "Marco Rubio"; nor a time zone,
                # "PT Sunday" for its "Easter Sunday"
                other = (
                    0 <= o < len(t)
                    and sentence_of[o] == sentence_of[k]
                    and _same_kind(q[i], t[o])
                    and t[o].lower() not in TITLE_NOUNS
                    and not re.fullmatch(ZONE_ABBREVIATION, t[o])
                )
                if other and t_stems[o] not in asked:
                    found[s] = _initials_as_written(t[o], text)
                    break
            if s in found:
                break
    return found


def _initials_as_written(word: str, text: str) -> str:
    """A letter the word splitter cut from initials, as the text writes them: "U.S.", not "S"."""
    if len(word) != 1:
        return word
    written = re.search(rf"\b(?:[A-Z]\.)*{re.escape(word)}\.(?:[A-Z]\.)*", text)
    return written.group() if written and written.group().count(".") > 1 else word


def _same_kind(asked: str, other: str) -> bool:
    """A number for a number, a name for a name: "4,587 fires" says how many, not whose ("Cal Fire"), nor does a
    count that opens a sentence ("Three wolves were shot dead" for "How many Colchester wolves …?")."""
    if asked[0].isdigit():
        return other[0].isdigit()
    return other[0].isupper() and other.lower() not in STOPWORDS and other.lower() not in NUMBER_WORDS


_APPOSITION = frozenset(",—–")
# "The DeHavilland DHC-3 Otter turboprop — also known as a floatplane —": the answer is the floatplane
# (the answer's name may go on first: "«DeHavilland DHC-3» Otter turboprop — also known as a floatplane")
_ALIAS = re.compile(
    r"[^,—–.;:()]{0,40}?\s*[,—–]\s*(?:also\s+)?(?:known\s+as|called|dubbed|nicknamed)\s+(?:an?\s+|the\s+)?", re.I
)
_APPOSITION_END = re.compile(r"\s*[,—–)]")
# A comma after these ends an opening phrase ("By 1700, one-fifth ..."), not a name given twice.
_PREPOSITIONS = frozenset("of in on at by for from with during since until after before upon to into through".split())


def apposed(question: str, terms: Terms, sentence: str, start: int, end: int) -> str:
    """The question's own words (``terms``: its ``Terms``) that the answer (``sentence[start:end]``) stands beside as
    another name for them, or "": "Who hosted Pakistan's army chief?" answered "Field Marshal Asim Munir" from
    "... hosted Pakistan's army chief, Field Marshal Asim Munir": the span is the chief the question names, not who
    hosted him.

    Three shapes count: the question's words, then a comma or dash, then a capitalised answer ("army chief,
    Munir"), unless a preposition opens those words ("In 1990, Smith"); a capitalised answer that the words after it
    say is also known as the question's ("The DeHavilland DHC-3 Otter turboprop — also known as a floatplane —" for
    "Who was the pilot of the floatplane?", 0.63 in a report outside the seeds, also where the answer's name goes on
    before "—"; none of SQuAD v1.1 train's 87,599 gold answers is flagged by it); and an answer that ends in a
    capitalised word followed at once by the question's name ("Field Marshal" before "Asim Munir"), or ends in a
    title followed by "and", another title and the name ("Deputy Prime Minister" and Foreign Minister "Ishaq Dar"; on
    SQuAD v1.1 train's 87,599 gold answers this flags none more than the first two shapes, 223; the owner's name as
    the name that follows, "Hulusi" before "Akar" for "Who is Akar's counterpart?", one more). Words the question
    asks *about* ("Which US Commerce Secretary ...") are the answer's own title and do not count, and a question that
    asks for a name, title or meaning wants exactly such another name.
    """
    answer = sentence[start:end].split()
    if not answer or NAMING_WORDS.intersection(w.lower() for w in words(question)):
        return ""
    asked = set(asked_stems(question))
    content = {t for t in terms.all if t not in asked}
    key = {t for t in terms.key if t not in asked} | _owners_named_alone(question)
    spans = [(m.start(), m.end(), m.group()) for m in WORD.finditer(sentence)]
    before = [s for s in spans if s[1] <= start]
    after = [s for s in spans if s[0] >= end]
    if answer[0][0].isupper() and before and sentence[before[-1][1] : start].strip() in _APPOSITION:
        run = _run(reversed(before), content)
        opening = [w.lower() for _, _, w in before[-len(run) - 3 : -len(run)]] if run else []
        if run and not _PREPOSITIONS.intersection(opening):
            return " ".join(reversed(run))
    alias = _ALIAS.match(sentence, end)
    rest = [s for s in after if alias and s[0] >= alias.end()]
    run = _run(rest, content)
    if answer[0][0].isupper() and run and _APPOSITION_END.match(sentence, rest[len(run) - 1][1]):
        return " ".join(run)
    if after and answer[-1][0].isupper():
        titled = any(w.lower() in TITLE_NOUNS for w in answer)
        name = _name_after(sentence, end, after, key, answer[-1], titled)
        if name is not None:
            return " ".join(_run(after[name:], key | content))
    return _object_of_asked(question, content, before) if answer[0][0].isupper() else ""


AGENT_ASKED = re.compile(r"\s*who\s+([a-z]+ed)\b", re.I)  # "Who hosted ...?": the one who did it


def _object_of_asked(question: str, content: set[str], before: list[tuple[int, int, str]]) -> str:
    """The question's words that title the answer right after the question's verb ("Who hosted the army chief?"
    answered "Syed Asim Munir" from "Trump hosted Chief of Army Staff (COAS) Field Marshal Syed Asim Munir"): the
    one the action was done to, not who did it; "" otherwise. Only an office the question names ("chief"), and a
    verb in the past as asked ("the training ground for X" is no "trained X"). None of SQuAD v1.1 train's 2,588
    gold answers to "Who ...ed" questions is flagged."""
    agent = AGENT_ASKED.match(question)
    if agent is None:
        return ""
    verb = stem(agent.group(1))
    done = (k for k in range(len(before) - 1, -1, -1) if before[k][2].endswith("ed") and stem(before[k][2]) == verb)
    at = next(done, None)  # "hosted", not "the training ground for"
    if at is None:
        return ""
    title = [w for _, _, w in before[at + 1 :]]
    if len(title) > 8 or not all(w[0].isupper() or w.lower() in TITLE_LINKS or stem(w) in content for w in title):
        return ""
    shared = {stem(w) for w in title} & content
    if not shared & OFFICE_STEMS:  # the question titles the one it names: "the army chief"
        return ""
    return " ".join(w for w in words(question) if stem(w) in shared)


_OWNER_NAME = re.compile(r"(?:(\S+)\s+)?\b([A-Z][\w.-]*)['’]s\b")


def _owners_named_alone(question: str) -> set[str]:
    """Stems of the names the question gives as owners, by one word ("Akar's Russian counterpart"): a name the
    answer stands just before is then the owner's own ("Hulusi" in "Hulusi Akar"). A name given in full ("Vincenzo
    Galilei's oldest son") is left out: "Galileo" before "Galilei" is another of that family."""
    return {
        stem(m.group(2))
        for m in _OWNER_NAME.finditer(question)
        if not m.group(1) or not m.group(1)[0].isupper() or m.group(1).lower() in STOPWORDS | TITLE_NOUNS
    }


def _name_after(
    sentence: str, end: int, after: list[tuple[int, int, str]], key: set[str], last: str, titled: bool
) -> int | None:
    """Where the question's name (a ``key`` stem) follows the answer: at once ("Field Marshal" before "Asim
    Munir"), past given names when the answer holds a title (``titled``: "US Secretary of State" Marco "Rubio" for
    "Who did Rubio speak with?", 0.68 before; "North Carolina" Senator John "Edwards" is a place), or, when the
    answer ends in a title, past "and" and another title ("Deputy Prime Minister" and Foreign Minister "Ishaq Dar");
    None otherwise. The index is into ``after``, the words after the answer."""
    pos, i = end, 0
    if after[0][2] == "and" and last.lower() in TITLE_NOUNS and not sentence[end : after[0][0]].strip():
        pos, i = after[0][1], 1
        while i < min(len(after), 5) and after[i][2][0].isupper() and stem(after[i][2]) not in key:
            if sentence[pos : after[i][0]].strip():
                return None
            pos, i = after[i][1], i + 1
        if i == 1:  # "Rubio and Dar": two people, not a title
            return None
    for j in range(i, min(i + (3 if titled else 1), len(after))):
        if sentence[pos : after[j][0]].strip():
            return None
        if stem(after[j][2]) in key:
            return j
        if not after[j][2][0].isupper():
            return None
        pos = after[j][1]
    return None


def _run(spans, stems_: set[str]) -> list[str]:
    """The words from the start of ``spans`` while they are among ``stems_`` (at most four)."""
    run: list[str] = []
    for _, _, w in spans:
        if stem(w) not in stems_ or len(run) == 4:
            break
        run.append(w)
    return run


def absent_names(key: tuple[str, ...], text_stems: AbstractSet[str]) -> list[str]:
    """The question's names and numbers (stems) the text lacks, a people counting as found where its country is
    named ("Pakistani ambassador" in "Pakistan’s Ambassador"); not the other way round: "India" used a missile
    is not found in "Indian military targets"; and a country's initials and its people either way ("UK soldiers" in
    "British soldiers"). Only the vetoes use it: the verifier's features were fitted on exact stems."""
    return [
        t
        for t in key
        if t not in text_stems and not any(names_people_of(t, s) or initials_of_people(t, s) for s in text_stems)
    ]


# A term served or added, not an age: "an additional 15 years in prison", "sentenced to 18 years", "to add nearly
# 14 years onto White's prison sentence", "sentenced former president Jair Bolsonaro to «27» years and three months
# in prison".
_UNITS_OF_A_TERM = r"(?:\s+(?:years?|months?|weeks?|days?)(?:\s+and\s+\S+\s+(?:years?|months?|weeks?|days?))?)?"
_TERM_AFTER = re.compile(
    rf"{_UNITS_OF_A_TERM}\s+(?:in\s+(?:prison|jail|custody)|behind\s+bars|of\s+(?:probation|imprisonment)|"
    r"(?:on)?to\s+(?:\S+\s+){0,2}(?:(?:prison|jail)\s+(?:sentence|term)|sentence)\b)",
    re.I,
)
_TERM_BEFORE = re.compile(  # for an age only
    r"\b(?:(?:sentenced|jailed)\s+(?:[\w.'’-]+\s+){0,5}?(?:to|for)|additional|extra|another)\s+$", re.I
)
# What a question about a term in prison says: "How long was Hurn sentenced to?", "How long will White serve?"
_TERM_ASKED = re.compile(
    r"\b(?:sentenc\w*|prison|jail\w*|term|serv\w*|imprison\w*|probation|custody|bars|penalt\w*|punish\w*|"
    r"get|got|gets|face[sd]?|facing|spen[dt]\w*|behind|locked)\b",
    re.I,
)


def prison_term_not_asked(question: str, text: str, start: int, end: int) -> str:
    """The kind of answer asked when a "how old" or a "how long" question not about a sentence is answered with a
    prison term ("How old is Mark Hurn?" answered "15 years", from "Hurn was given an additional 15 years in
    prison"; "How long was the police chase?" answered "nearly 14 years", from "... to add nearly 14 years onto
    White's prison sentence"); "" otherwise. None of SQuAD v1.1 train's 104 gold answers to "how old" is
    flagged, nor any of its 545 to "how long"."""
    if re.match(r"^how old\b", question.strip(), re.I):  # "another 15 years" is no age either
        term = _TERM_AFTER.match(text, end) or _TERM_BEFORE.search(text, max(0, start - 80), start)
        return "an age" if term else ""
    if re.match(r"^how long\b", question.strip(), re.I) and not _TERM_ASKED.search(question):
        return "a length of time other than a prison term" if _TERM_AFTER.match(text, end) else ""
    return ""


# a term asked for, which a sentence may give without naming prison (vetoed before, in outside set 92)
_TERM_SOUGHT = re.compile(r"\b(?:asked\s+for|sought|seek\w*|demand\w*|request\w*|recommend\w*|urg\w*)\b", re.I)
_PRISON_TERM_ASKED = re.compile(
    r"^\W*(?:for\s+)?how\s+long\b(?!\s+(?:after|before|ago)\b).*\b(?:sentence[sd]?|prison|jail|imprison\w*)\b", re.I
)


def prison_term_untold(question: str, text: str, start: int, end: int) -> str:
    """What "How long is Rudakubana's sentence?" asks when the answer's sentence (``text[start:end]`` in it) speaks
    of no term at all: "The hearing lasted «about 10 minutes»" (0.55, in a set of outside reports that tell of no
    sentence); "" otherwise. None of SQuAD v1.1 train's 4 gold answers to such questions is flagged."""
    first, last = line_sentence(text, start, end)
    if not _PRISON_TERM_ASKED.search(question) or _TERM_ASKED.search(text, first, last):
        return ""
    if _TERM_SOUGHT.search(text, first, last):  # "Prosecutors had asked for «more than 11 years»"
        return ""
    return "the length of a prison sentence (the passage speaks of none)"


# How long someone has been inside: "How many years has Mohammadi spent in prison?", "How long has Sara served?"
_SERVED_ASKED = re.compile(
    r"^\s*how\s+(?:long|many\s+(?:years|months|days|weeks))\b(?=.*\b(?:spent|served|been\s+(?:in|behind)|"
    r"remained\s+in|stayed\s+in)\b)(?!.*\bsentenc)",
    re.I,
)
_SENTENCED_TO = re.compile(
    r"\bsentenced\s+to\s+(?:a\s+(?:total|combined|maximum)\s+of\s+)?(?:(?:about|nearly|almost|more\s+than)\s+)?$",
    re.I,
)


def sentence_for_time_served(question: str, text: str, start: int, end: int) -> str:
    """What "How many years has Mohammadi spent in prison?" asks when the answer (``text[start:end]``) is the term
    she was sentenced to ("sentenced to a total of «31» years in prison", 0.80 before): a sentence is not the time
    served; "" otherwise. None of SQuAD v1.1 train's 691 gold answers to "how long" or "how many years" is flagged
    (7 ask for a time spent or served)."""
    if not _SERVED_ASKED.match(question):
        return ""
    return (
        "the time served, not the term “sentenced to”" if _SENTENCED_TO.search(text, max(0, start - 60), start) else ""
    )


_ROLE_ASKED = r"(?:job|role|position|title|post|occupation|profession)"
_DESCRIBED_ASKED = re.compile(
    r"^\s*(?:(?i:who)\s+(?:is|was)\s+((?:[A-Z][\w'’.-]*\s*){1,5})\??\s*$"
    rf"|(?i:what)\s+(?:is|was)\s+((?:[A-Z][\w'’.-]*\s+){{0,4}}?[A-Z][\w.-]*)['’]s?\s+{_ROLE_ASKED}\b"
    rf"|(?i:what|which)\s+{_ROLE_ASKED}\s+(?:does|did|do)\s+((?:[A-Z][\w.-]*\s+){{0,4}}?[A-Z][\w.-]*)\s+(?:hold|have|play)\b)"
)
# "Sanjay Kumar, the former": a name, then the description that follows it
_DESCRIBED_BEFORE = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:former|then|current|new|acting|interim|ex)[\s-]+)?$"
)


def described_of_another(question: str, text: str, start: int, end: int) -> str:
    """What a question about one person's job asks for ("What was Richards's job at Computer Associates?") when the
    answer (``text[start:end]``) describes another person named just before it ("Richards and Sanjay Kumar, the
    former CEO of Computer Associates", 0.77 before); "" otherwise, and where the asked one's name follows
    ("anthropologist Frank Livingstone"). 1 of SQuAD v1.1 train's 2,622 gold answers to such questions is flagged
    ("Who was Dionysus?": "Dionysus the Areopagite, a mystical theologian")."""
    asked = _DESCRIBED_ASKED.match(question.strip())
    named = _DESCRIBED_BEFORE.search(text[max(0, start - 60) : start]) if asked else None
    if not asked or not named or named.group(1).rstrip(".") in ("Jr", "Sr", "II", "III"):
        return ""
    person = next(g for g in asked.groups() if g).strip()
    own = {APOSTROPHE_S.sub("", w.lower()) for w in words(person)}
    after = {w.lower() for w in words(text[end : end + 40])[:4]}
    if own & {w.lower() for w in named.group(1).split()} or own & after:
        return ""
    return f"a description of {person}, not of {named.group(1)}"


_AGAINST = re.compile(r"\bagainst\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s*){1,4})")


def of_the_other_side(question: str, text: str, start: int, end: int) -> str:
    """What a question asks for when it sets a side against another ("Who scored Pune's winning goal against
    Goa?") and the passage gives the answer (``text[start:end]``) as that other side's ("FC Goa's Rafael Coelho",
    0.52 before); "" otherwise. None of SQuAD v1.1 train's 431 gold answers to questions with "against" a name is
    flagged."""
    against = _AGAINST.search(question)
    if not against:
        return ""
    side = against.group(1).split()[-1]
    own = re.search(rf"\b{re.escape(side)}['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}$", text[max(0, start - 60) : start])
    return f"someone on the side against {side}, not “{own.group()}{text[start:end]}”" if own else ""


_OWNER_AND_OWNED = re.compile(r"\b([A-Z][\w.-]*)['’]s\s+([a-z]+)\b")  # "Australia's trade minister": Australia, trade


def owners_named_by_people(question: str, text: str) -> set[str]:
    """The countries the question names as owners that the text names by their people before the same word
    ("Australia's trade minister" in "Australian trade minister"), as stems. A country asked is not found in
    any mention of its people: "India" used a missile is not found in "Indian military targets"."""
    found = set()
    for owner, noun in _OWNER_AND_OWNED.findall(question):
        country = stem(owner)
        people = re.findall(rf"\b([A-Z][a-z]+)\s+(?i:{noun})\b", text)
        if any(names_people_of(stem(p), country) for p in people):
            found.add(country)
    return found


_PRONOUN_OWNS = r"(?:his|her|its|their)"
_POSSESSIVE = rf"(?:{_PRONOUN_OWNS}|the\s+(?:company|firm|group)['’]s)"


def owners_by_pronoun(question: str, sentence: str, before: str) -> set[str]:
    """The owners the question names ("Hurn's appeal") that the cited sentence calls by a possessive pronoun before
    the same word ("Elizabeth Perkins, a lawyer who filed his appeal"), when the text ``before`` it names the owner,
    as stems: the report has said whose, and goes on with "his"."""
    return {
        stem(owner)
        for owner, noun in _OWNER_AND_OWNED.findall(question)
        if re.search(rf"\b{_POSSESSIVE}\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b", sentence, re.I)
        and re.search(rf"\b{re.escape(owner)}\b", before)
    }


def owner_only_named_after(question: str, text: str, start: int, end: int) -> str:
    """What "How much did Amazon's shares fall?" asks for when the answer's sentence (around ``text[start:end]``)
    calls the owner by a pronoun ("«Its» shares fell about «3 percent»", 0.48, in a set of outside reports on a cloud
    outage) and the report names the owner asked only after that sentence: a pronoun stands for one named before it
    (here Cloudflare); "" otherwise. 28 of SQuAD v1.1 train's 5,582 gold answers to questions naming an owner are
    flagged (0.5%; paragraphs that name a man by another name, "Frédéric's father" for "his father")."""
    first, last = line_sentence(text, start, end)
    sentence = text[first:last]
    for owner, owned in _OWNER_AND_OWNED.findall(question):
        named = rf"\b{re.escape(owner)}"
        if re.search(rf"\b{_PRONOUN_OWNS}\s+(?:[a-z-]+\s+)?{re.escape(owned)}\b", sentence, re.I) and not re.search(
            named, text[:last]
        ):
            return f"{owner}'s {owned}" if re.search(named, text[last:]) else ""
    return ""


_OPENING_NAME = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=,|\s+[a-z])")  # "Paz, 58, is …"


def owner_by_pronoun_another(question: str, text: str, start: int, end: int) -> str:
    """What "Who was Quiroga's running mate?" asks when the answer's sentence (around ``text[start:end]``) opens
    with "He" for a man the sentence before opens with, not the owner asked, and says "his": "Paz, 58, is the son of
    a former president. He ran … with «Edman Lara» as his running mate" (0.85, in a set of outside reports, where
    another report gives Quiroga's); "" otherwise, and where that sentence or this one names the owner. 1 of SQuAD
    v1.1 train's 5,582 gold answers to questions naming an owner is flagged (a name spelt two ways)."""
    first, last = line_sentence(text, start, end)
    sentence = text[first:last]
    if not _OPENS_HE_OR_SHE.match(sentence):
        return ""
    before = text[max(0, first - 600) : first]
    spans = split_sentences(before)
    earlier = before[spans[-1][0] : spans[-1][1]] if spans else ""
    opener = _OPENING_NAME.match(earlier)
    if not opener or _OPENS_HE_OR_SHE.match(earlier) or not is_content_word(opener.group(1).split()[0].lower()):
        return ""
    for owner, owned in _OWNER_AND_OWNED.findall(question):
        named = rf"\b{re.escape(owner)}\b"
        if re.search(rf"\b{_PRONOUN_OWNS}\s+(?:[a-z-]+\s+)?{re.escape(owned)}\b", sentence, re.I) and not re.search(
            named, earlier + sentence
        ):
            asked = re.search(rf"{re.escape(owner)}['’]s\s+({re.escape(owned)}(?:\s+[a-z]+)?)", question)
            said = asked.group(1) if asked and is_content_word(asked.group(1).split()[-1]) else owned
            return f"{owner}'s {said}, not {opener.group(1)}'s"
    return ""


# "the U.S. captain": a country by its initials, then what is its
_INITIALS_OWN = re.compile(r"\b(U\.S\.|US|USA|U\.K\.|UK|EU|U\.N\.|UN)\s+([a-z]+)")


def initials_swapped(question: str, text: str, start: int, end: int) -> str:
    """What "Who is the U.S. captain?" asks when the answer's sentence (around ``text[start:end]``) names no U.S. and
    another people or place before the same noun: "«Luke Donald» became the first European captain" (0.47, in a
    set of outside reports on a golf match, with the U.S. captain's sentence cut); "" otherwise. Initials are no key
    terms ("U.S." is two letters, "US" a stop word), so the other swaps miss them. None of SQuAD v1.1 train's 87,599
    gold answers is flagged."""
    first, last = line_sentence(text, start, end)
    sentence = text[first:last]
    found = stems(sentence)
    for asked in _INITIALS_OWN.finditer(question):
        initials, noun = asked.group(1).replace(".", "").lower(), asked.group(2)
        if initials in found or any(initials_of_people(initials, s) for s in found):
            continue
        other = re.search(rf"\b([A-Z][a-z]+)\s+{re.escape(noun)}\b", sentence)
        if other and (is_people(other.group(1)) or place(other.group(1))):
            return f"the {asked.group(1)} {noun}, not the {other.group(1)} one"
    return ""


# "Rory McIlroy's «wife»": the one a name's owner is named for
_KIN = (
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|child|girlfriend|boyfriend|partner|fiancee?|widow|"
    r"widower|lawyer|attorney|spokes(?:man|woman)|aide|caddie|bodyguard|driver|grand(?:son|daughter|father|mother)|"
    r"nephew|niece|uncle|aunt|cousin)"
)
_KIN_OF_ANSWER = re.compile(rf"['’]s\s+(?:\w+\s+)?({_KIN})\b")
_KIN_ASKED = re.compile(rf"\b{_KIN}s?\b|\b(?:parents|children|family)\b", re.I)


def owner_for_their_kin(question: str, text: str, start: int, end: int) -> str:
    """What "Who was hit by a cup of beer?" asks when the answer (``text[start:end]``) only owns the one the sentence
    tells of: "«Rory McIlroy»'s wife, Erica, was hit" (0.55, in a set of outside reports on a golf match); ""
    otherwise, and where the question asks about kin ("Who was Kaidu's grandfather?" of "Ogedei's grandson Kaidu").
    1 of SQuAD v1.1 train's 87,599 gold answers is flagged ("founder «Salman Khan»'s cousin"), none of the v2.0 fit
    half's."""
    if not re.match(r"\W*(?:who|whom)\b", question, re.I) or _KIN_ASKED.search(question):
        return ""
    kin = _KIN_OF_ANSWER.match(text, end)
    return f"the {kin.group(1)} the passage tells of" if kin else ""


_OPENS_HE_OR_SHE = re.compile(r"\s*(?:he|she)\b", re.I)


def named_by_pronoun(question: str, sentence: str, before: str) -> set[str]:
    """The names of the question (stems) that the cited sentence calls "he" or "she" as it opens, when the sentences
    before it go on the same way back to one that opens with that name: "How old is Bennett?" is answered by
    "He's currently age 59" after "Bennett said he didn't mean to hurt anyone. He admitted to 20 crimes." """
    if not _OPENS_HE_OR_SHE.match(sentence):
        return set()
    for earlier in reversed(re.split(r"(?<=[.!?])\s+", before.strip())[-4:]):
        if not _OPENS_HE_OR_SHE.match(earlier):
            opener = re.match(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}", earlier)
            opening = opener.group() if opener else ""
            return {stem(w) for w in words(question) if w[0].isupper() and re.search(rf"\b{re.escape(w)}\b", opening)}
    return set()


def owner_for_owned(question: str, text: str, start: int, end: int) -> str:
    """What the question asks for ("White's brother") when the answer is its owner instead: it names the owner and
    goes on "… helped his brother" ("What is the name of White's brother?" answered "Roger White", or "Roger", from
    "Roger White helped his brother … rob a bank"); "" otherwise. 1 of SQuAD v1.1 train's 5,582 gold answers to
    questions naming an owner is flagged ("Xanthippus of Carthage … to reform their military")."""
    asked = _OWNER_AND_OWNED.findall(question)
    if not asked:
        return ""
    rest_of_name = re.match(r"(?:\s+[A-Z][\w.'’-]*)*", text[end : end + 80])  # "Roger" is Roger White too
    name_end = end + (rest_of_name.end() if rest_of_name else 0)
    answer, after = text[start:name_end], text[name_end : name_end + 80]
    for owner, owned in asked:
        pronoun_owns = rf"\s+(?:\w+\s+){{1,2}}{_PRONOUN_OWNS}\s+(?:\w+\s+)?{owned}s?\b"
        if re.search(rf"\b{re.escape(owner)}\b", answer) and re.match(pronoun_owns, after, re.I):
            return f"{owner}'s {owned}, not {owner}"
    return ""


# "Who owns the ship?", "Which firm owned it?", "Who is the owner of …?", "Who is it owned by?"
_OWNER_ASKED = re.compile(
    r"^\W*(?:who|which\s+\w+|what\s+\w+)\s+(?:\w+\s+)?(?:owns|owned)\b|\bowners?\s+of\b|\bowned\s+by(?:\s+whom)?\W*$",
    re.I,
)
# "Evergreen Line, «which is leasing» the ship", "Evergreen Line, «the time charterer» of the vessel": not its owner
_NOT_OWNING = re.compile(
    r"[^.;]{0,40}?\b((?:which|who|that)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:(?:leas|rent|charter|operat|manag)\w*|"
    r"runs?\b|ran\b)|the\s+(?:\w+\s+)?(?:charterer|lessee|leaseholder|tenant|operator|manager)s?\b)",
    re.I,
)
_OWNING = re.compile(r"\bown(?:s|ed|er|ers|ership)?\b", re.I)
# "A plane «carrying» Yevgeny Prigozhin", "Dmitry Utkin «was on board»": one it carried, not its owner
_CARRIED_BEFORE = re.compile(r"\b(?:carrying|carried|transporting|ferrying)\s+$", re.I)
_ABOARD_AFTER = re.compile(r"\s+(?:was|were)\s+(?:on\s+board|aboard|onboard)\b", re.I)


def lessee_for_owner(question: str, text: str, start: int, end: int) -> str:
    """Says "an owner" when "Who owns the Ever Given?" is answered by one the text says leases, charters, runs or
    manages it, right after the answer (``text[start:end]``): "«Evergreen Line», which is leasing the ship" (0.67, in
    a report outside the seeds that names no owner), or one it carried ("A plane carrying «Wagner mercenary chief
    Yevgeny Prigozhin»", 0.56); "" otherwise, and where the words after it also say it owns. None of SQuAD v1.1
    train's 90 gold answers to questions about an owner is flagged."""
    if not _OWNER_ASKED.search(question):
        return ""
    if _CARRIED_BEFORE.search(text, max(0, start - 20), start) or _ABOARD_AFTER.match(text, end):
        return "an owner, not one it carried"
    other = _NOT_OWNING.match(text, end)
    if not other or _OWNING.search(text[end : end + 80].split(".")[0]):
        return ""
    said = other.group(1)
    return f"an owner, not “{said}”" if said.lower().startswith("the") else f"an owner, not one “{said}”"


# "Who saved «Tchouameni»'s «effort»?": an owner the question names, and what it owns
_OWNER_NAMED = re.compile(r"\b(?!(?:Who|What|Which|Where|When|How)\b)([A-Z][\w-]*)['’]s?\s+([a-z][\w-]*)")

# "To whom was Messi's goal compared?" asks for the owner of another such goal
_COMPARED = re.compile(r"\b(?:compar\w*|(?:sur)?pass\w*|exceed\w*|than|like|rival\w*|equal\w*|match\w*)\b", re.I)


def owner_of_another(question: str, text: str, start: int, end: int) -> str:
    """What "Who saved Tchouameni's effort?" asks when the answer (``text[start:end]``) is the owner of another
    such thing: "saved «Kingsley Coman»'s effort" (0.65 before, in a report outside the seeds); "" otherwise, and
    where the answer is the owner the question names or one it compares with ("To whom was Messi's goal
    compared?"). None of SQuAD v1.1 train's 38 gold answers that an owner's "'s" and a noun follow, to questions
    naming an owner, is flagged."""
    owned = re.match(r"['’]s?((?:\s+[a-z][\w-]*){1,2})", text[end : end + 60])  # "'s «late» «effort»"
    if not owned or _COMPARED.search(question):
        return ""
    for owner, thing in _OWNER_NAMED.findall(question):
        if stem(thing) in map(stem, owned.group(1).split()) and owner.lower() not in text[start:end].lower():
            return f"{owner}'s {thing}, not {text[start:end]}'s"
    return ""


# "Which airline's flight was delayed?": the owner, by its kind, and what it owns
_KIND_OWNS_ASKED = re.compile(r"\b(?i:which|what)\s+([a-z][\w-]*)['’]s?\s+((?:[\w-]+\s+){0,2}?[\w-]+)")
_OWNS = re.compile(r"['’]s?\s+(.+)$")


def owned_for_owner(question: str, answer: str) -> str:
    """What "Which airline's flight was delayed?" asks ("the airline alone") when the answer goes on past its owner
    into what the question says it owns: "Air Malta's 6:00am flight" (0.54 before, "Air Malta" 0.69 beside it, in a
    report outside the seeds); "" otherwise. None of SQuAD v1.1 train's 174 gold answers to such questions is
    flagged."""
    asked = _KIND_OWNS_ASKED.search(question)
    owns = _OWNS.search(answer) if asked else None
    if not asked or not owns:
        return ""
    owned_asked = {stem(w) for w in words(asked.group(2))}
    owned = next((w for w in words(owns.group(1)) if stem(w) in owned_asked), "")
    return f"the {asked.group(1)} alone, not its {owned.lower()}" if owned else ""


_FIRM_ENDING = re.compile(r"^[A-Z].*\b(?:Ltd|Inc|Corp|Co|LLC|PLC|plc|AG|SA|NV|Group|Holdings)\.?$")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*\.?\s+)+$")  # capitalised words run up to the answer
_WHOLE_NAME_ASKED = re.compile(r"\b(?:full|whole|complete|official|formal|legal)\s+(?:name|title)\b", re.I)


def rest_of_the_name_asked(question: str, text: str, start: int, end: int) -> str:
    """Says "someone other than Multi Packaging Solutions" when the answer (``text[start:end]``) only finishes a
    firm's name the question gives: "Shares of Multi Packaging Solutions «International Ltd.» shot up" for "Who
    agreed to buy Multi Packaging Solutions?" (0.53 before, in a report outside the seeds); "" otherwise, and when
    the question asks for a full name. Only a name that ends as a firm's does ("Ltd.", "Inc.", "Group"): before a
    name, capitalised words are as often a title ("Secretary of State Condoleezza Rice") or what a part belongs to
    ("Notre Dame School of Architecture"). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    before = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if not before or not _FIRM_ENDING.search(text[start:end]) or _WHOLE_NAME_ASKED.search(question):
        return ""
    named = before.group().split()
    for k in range(len(named)):  # the longest run ending at the answer that the question gives too
        name = " ".join(named[k:])
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question[1:]):
            return f"someone other than {name}"
    return ""


# "Tour «de France»", "Rio «de Janeiro»": the end of a name, from its particle on
_PARTICLE_ON = re.compile(r"(?:de|du|des|del|della|di|da|van|von|der|la|le|al|el|bin|ibn)\s+[A-Z]")
_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s$")


def end_of_a_name(question: str, text: str, start: int, end: int) -> str:
    """Says "a whole name" when the answer (``text[start:end]``) is the end of a name from its particle on, right
    after the name's capitalised first word: "Tour «de France»" for "Where does Pogacar live?" (0.48, an unanswerable
    question in a set of outside reports on a race); "" otherwise, and for a person asked ("Leonardo «da Vinci»" is
    the painter)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before or not _PARTICLE_ON.match(text, start) or question_type(question) is AnswerType.PERSON:
        return ""
    return f"a whole name, not the end of “{text[before.start() : end]}”"


# Kin share a name ("Who was Harper Lee's sister?" → "Alice Lee"); a lawyer or coach does not
KIN = frozenset(
    """father mother son daughter brother sister wife husband uncle aunt cousin nephew niece grandfather grandmother
    grandson granddaughter child children parent parents family successor predecessor heir guardian relative spouse
    widow stepfather stepmother mum mom dad""".split()
)
_ONE_OF_THEIRS = re.compile(r"^\s*(?i:who)\b.*?\b([A-Z][\w-]*)['’]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b")
_PERSONS_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|da|de|di|van|von|bin|al))+")


def owner_for_one_of_theirs(question: str, answer: str) -> str:
    """Says "someone other than Blagojevich" when "Who is Blagojevich's lawyer?" is answered by a person's name
    ending in the owner's, "Rod Blagojevich" (0.57 before, in a report outside the seeds); "" otherwise, and for kin,
    who share a name. 2 of SQuAD v1.1 train's 8,444 "who" answers are flagged ("Tümen Khan", Altan Khan's superior)."""
    asked = _ONE_OF_THEIRS.match(question)
    name = _PERSONS_NAME.search(answer.strip(" .,"))  # the name the answer ends with: "former governor Rod Blagojevich"
    if not asked or KIN.intersection(asked.group(2).split()) or not name or name.end() < len(answer.strip(" .,")):
        return ""
    return f"someone other than {asked.group(1)}" if name.group().split()[-1] == asked.group(1) else ""


# "Who found the body?": who did it, the question's verb after "who" ("Who hosted …?", "Who found …?")
DID_ASKED = re.compile(
    r"^\W*who\s+(?:first\s+)?([a-z]+ed|found|stole|shot|built|made|took|sold|bought|caught|hit|killed|won|wrote|drew|"
    r"sent|led|ran|gave|kept|held|left|lost|brought|fought|struck|dug|broke|spotted|saw)\b",
    re.I,
)
# what was done to the answer, or to what it owns, by the question's verb: "Lula … was «sentenced»" for "Who
# sentenced Lula?", "«Paresh Chandra Nath»'s body, …, was found" for "Who found Goutam Ghosh's body?"
_DONE_TO_AFTER = re.compile(
    r"(?:['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z]+)?(?:\s*,[^,]{0,80},)?\s+(?:was|were|has\s+been|had\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?([a-z]+)\b(?<!ing)"
)


def done_to_for_doer(question: str, text: str, start: int, end: int) -> str:
    """What "Who sentenced Lula?" asks when the answer (``text[start:end]``) is the one the text says it was done to,
    or whose thing: "«Luiz Inacio Lula da Silva», 71, was sentenced" (0.62 before), "«Paresh Chandra Nath»'s body,
    Ghosh's climbing companion, was found" for "Who found Goutam Ghosh's body?" (0.64), in reports outside the seeds;
    "" otherwise, and for "was manning", what the answer did. None of SQuAD v1.1 train's 3,296 gold answers to such
    questions is flagged."""
    asked = DID_ASKED.match(question)
    done = _DONE_TO_AFTER.match(text, end) if asked else None
    if not asked or not done or stem(done.group(1)) != stem(asked.group(1)):
        return ""
    verb = asked.group(1).lower()
    return f"the one who {verb} (the passage says who was {verb})"


# "Who did Rory McIlroy beat?": the one the question's name did it to; not a deed two do to each other
_WHOM_NAME_DID = re.compile(rf"^\W*(?i:who|whom)\s+did\s+({NAME})\s+([a-z]{{3,}})\W*$")
_DONE_TOGETHER = frozenset(map(stem, "meet play face speak talk marry date fight draw tie halve debate join".split()))


def doer_for_the_one_done_to(question: str, text: str, start: int, end: int) -> str:
    """What "Who did Rory McIlroy beat?" asks when the answer (``text[start:end]``) did it to the question's name:
    "«Scottie Scheffler», who lost all four of his team matches, beat Rory McIlroy" (0.73, in a set of outside
    reports); "" otherwise, and for a deed two do to each other ("Hatton played Morikawa"). None of SQuAD v1.1
    train's 18 gold answers to questions asked so is flagged."""
    asked = _WHOM_NAME_DID.match(question)
    if not asked or stem(asked.group(2)) in _DONE_TOGETHER | STOPWORDS:
        return ""
    name = asked.group(1)
    said = re.compile(
        rf"(?:\s*,[^,]{{0,80}},)?\s+(?:\w+ly\s+)?([a-z]+)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}?(?:{re.escape(name)}|"
        rf"{re.escape(name.split()[-1])})\b"
    ).match(text, end)
    if not said or stem(said.group(1)) != stem(asked.group(2)):
        return ""
    return f"whom {name} {said.group(1)}, not who {said.group(1)} {name}"


# "What was the goldsmith's name?": a name, never whose it is ("God Amun's Goldsmith")
_NAME_OF_ASKED = re.compile(
    r"^\W*what\s+(?:is|was|were|are)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?([\w-]+)['’]s\s+(?:full\s+|first\s+|last\s+)?"
    r"names?|names?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+))\b",
    re.I,
)
_OWNS_NOUN_NEXT = re.compile(r"\s*['’]s?\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b")


def owner_for_name(question: str, text: str, start: int, end: int) -> str:
    """What "What was the goldsmith's name?" asks when the answer (``text[start:end]``) is whose goldsmith it was:
    "The tomb belonged to «God Amun»'s Goldsmith" (0.82 before, in a report outside the seeds that gives no name);
    "" otherwise. None of SQuAD v1.1 train's 1,460 gold answers to such questions is flagged."""
    asked = _NAME_OF_ASKED.match(question)
    owned = _OWNS_NOUN_NEXT.match(text, end) if asked else None
    noun = (asked.group(1) or asked.group(2)).lower() if asked else ""
    if not owned or stem(owned.group(1)) != stem(noun):
        return ""
    return f"the {noun}'s name, not whose {noun} it was"


# "What was found inside the tomb?": what was found, never who found it ("«a mission» found the tomb")
_WHAT_DONE = re.compile(
    r"^\W*what\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?"
    r"([a-z]+(?:ed|en)|found|built|made|sold|bought|stolen|taken|given|seen|held|kept|left|lost|won|sent|brought|"
    r"caught|shot|hit|put|set|thrown|told)\b",
    re.I,
)
_DID_IT_TO = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|first|recently|just))*\s+([a-z]+)\s+"
    r"(?:the|a|an|its|his|her|their|this|these|those)\b"
)


def doer_for_done(question: str, text: str, start: int, end: int) -> str:
    """What "What was found inside the tomb?" asks when the answer (``text[start:end]``) is who did it, the question's
    verb after it with its object: "«an Egyptian-British archaeological mission» found the tomb" (0.53 before, in a
    report outside the seeds); "" otherwise. 1 of SQuAD v1.1 train's 909 gold answers to such questions is flagged
    ("What was ratified in 1773?" answered "The Polish Partition Sejm", which "ratified the cession")."""
    asked = _WHAT_DONE.match(question)
    did = _DID_IT_TO.match(text, end) if asked else None
    if not asked or not did or stem(did.group(1)) != stem(asked.group(1)):
        return ""
    verb = asked.group(1).lower()
    return f"what was {verb}, not who {did.group(1)} it"


# "What did the thieves use to break through the windows?": what they used, never what the verb acted on ("by
# breaking «a security grill»")
_TOOL_ASKED = re.compile(
    r"^\W*what\s+(?:did|do|does|had|have|has|will|would)\s+(?:[\w'’-]+\s+){1,5}?use\s+to\s+([a-z]+)\b", re.I
)
_ACTED_ON = re.compile(r"\b([a-z]+)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", re.I)


def done_to_for_tool(question: str, text: str, start: int, end: int) -> str:
    """What "What did the thieves use to break through the windows?" asks when the answer (``text[start:end]``) is
    what the text says was broken: "by breaking «a security grill»" (0.56 with the answer's sentence cut, in a
    report outside the seeds); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _TOOL_ASKED.match(question)
    acted = _ACTED_ON.search(text, max(0, start - 40), start) if asked else None
    if not asked or not acted or stem(acted.group(1)) != stem(asked.group(1)):
        return ""
    return f"what was used to {asked.group(1).lower()}, not what it was used on"


# "Who declared Biya the winner?": whom the doer did it to, named; not one who did it to themself
_WHO_DID_TO_NAME = re.compile(
    r"^\W*[Ww]ho\s+(?!(?:is|was|are|were|has|had|have|did|does|do|will|would)\b)([a-z]+)\s+"
    r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)"
)
_DID_IT_TO_SELF = re.compile(
    r"\s+(?:(?:had|has|have|was|is|then|also|later|already|first)\s+)*([a-z]+)\s+(himself|herself|itself|themselves)\b"
)


def self_for_another(question: str, text: str, start: int, end: int) -> str:
    """What "Who declared Biya the winner?" asks when the answer (``text[start:end]``) did it to themself: "«Tchiroma»
    had declared himself the winner" (0.73 with the answer's sentence cut, in a set of outside reports on Cameroon's
    election); "" otherwise."""
    asked = _WHO_DID_TO_NAME.match(question)
    did = _DID_IT_TO_SELF.match(text, end) if asked else None
    if not asked or not did or stem(did.group(1)) != stem(asked.group(1)) or asked.group(2) in text[start:end]:
        return ""
    return f"who {asked.group(1)} {asked.group(2)}, not one who {did.group(1)} {did.group(2)}"


# "Who owned the Tintomara?": someone who did something to what the question names, not the description the text
# sets beside its name ("the motor vessel Tintomara, «a chemical tanker»"); not "Who is …?", which asks for just that
_WHO_DID = re.compile(r"^\W*who\s+(?!(?:is|was|are|were)\b)([a-z]+)\b", re.I)
_DESCRIBED_NAME = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*,\s*(?:(?:a|an|the)\s+)?$")


def description_for_doer(question: str, text: str, start: int, end: int) -> str:
    """What "Who owned the Tintomara?" asks when the answer (``text[start:end]``, in lower case) describes the
    question's own name, set after it between commas: "the motor vessel Tintomara, «a chemical tanker»" (0.47
    before, in a report outside the seeds); "" otherwise. Not a phrase that opens a sentence ("In India, «the
    bureau» fights graft"). 1 of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _WHO_DID.match(question)
    described = _DESCRIBED_NAME.search(text, max(0, start - 60), start) if asked and text[start].islower() else None
    if not asked or not described:
        return ""
    name = described.group(1).split()
    opening = words(text[max(0, described.start() - 30) : described.start()])[-3:] + name[:1]
    if _PREPOSITIONS.intersection(w.lower() for w in opening) or name[-1] not in words(question):
        return ""
    return f"someone who {asked.group(1).lower()} it, not what {' '.join(name)} is"


def description_before_the_name(question: str, text: str, start: int, end: int) -> str:
    """What "Who founded Intuitive Machines?" asks when the answer (``text[start:end]``) is the description set right
    before the question's own name, ending in a noun in lower case: "the «Houston company» Intuitive Machines" (0.70,
    an unanswerable question in a set of outside reports on a moon landing); "" otherwise. None of SQuAD v1.1
    train's 5,432 gold answers to such questions is flagged."""
    asked = _WHO_DID.match(question)
    if not asked:
        return ""
    said = words(text[start:end])
    # a noun ending a description of two words or more: not an owner ("«Stravinsky's» Pulcinella"), nor "in"
    described = len(said) > 1 and said[-1].isalpha() and said[-1].islower() and said[-1] not in STOPWORDS
    name = re.match(rf"\s+({CAPITALIZED_RUN})", text[end : end + 80]) if described else None
    if not name or name.group(1) not in question:
        return ""
    return f"someone who {asked.group(1).lower()} it, not what {name.group(1)} is"


_OFFENDERS = r"suspects?|attackers?|assailants?|gunm[ae]n|shooters?|perpetrators?|killers?|accused"
_VICTIMS = r"victims?"
# the side a name is given for, just before it: "the «suspect»'s first name as «Taleb»", "the «victim», «Anna Lang»"
_SIDE_NAMED = re.compile(
    rf"\b({_OFFENDERS}|{_VICTIMS})(?:['’]s)?\s+(?:(?:first|last|full)\s+)?(?:name\s+)?(?:as|was|is|,)\s+$"
)


def other_side_named(question: str, text: str, start: int, end: int) -> str:
    """What "Who was the first victim named?" asks ("a victim") when the answer (``text[start:end]``) is given as
    the name of a suspect just before it: "confirmed the suspect's first name as «Taleb»" (0.47, in a set of outside
    reports on an attack), and the other way; "" otherwise, and where the question asks about both sides. None of
    SQuAD v1.1 train's 87,599 gold answers is flagged."""
    offender = re.search(rf"\b(?:{_OFFENDERS})\b", question, re.I)
    victim = re.search(rf"\b(?:{_VICTIMS})\b", question, re.I)
    asked = offender or victim
    named = _SIDE_NAMED.search(text, max(0, start - 40), start)
    if not asked or (offender and victim) or not named:
        return ""
    is_victim = bool(re.fullmatch(_VICTIMS, named.group(1), re.I))
    if is_victim == bool(victim):
        return ""
    side, one = "victim" if is_victim else "suspect", asked.group().lower().rstrip("s")
    return f"{'an' if one[0] in 'aeiou' else 'a'} {one} (the passage names the {side}: “{named.group().strip()}”)"


# "Who bought Nu Couché?": the one who got it, never whose it was before ("buys Amedeo Modigliani's «Nu Couché»": its
# painter) nor, for a purchase, who sold it ("sold at «Christie's»")
_GOT_ASKED = re.compile(
    r"^\W*who\s+(?:(?:has|had|have|will|would|did|could)\s+)?(bought|buys?|purchased?|purchases|acquired?|acquires|"
    r"stole|steals?|won|wins?|inherited|inherits?|received|receives?)\b\s+(.*)$",
    re.I,
)
_OWNS_NAME_NEXT = re.compile(r"\s*['’]s?\s+(?:[\w\"“”'’,-]+\s+){0,5}?[\"“']?([A-Z][\w'’-]*)")
_SOLD_BY = re.compile(r"\b(?:sold|auctioned|offered)\s+(?:at|by|through|via)\s+(?:the\s+)?$", re.I)
_BOUGHT = frozenset(map(stem, "bought buy purchased acquired".split()))


def owner_for_buyer(question: str, text: str, start: int, end: int) -> str:
    """What "Who bought Nu Couché?" asks when the answer (``text[start:end]``) is whose the question's thing was,
    its owner written before the name ("Liu Yiqian buys «Amedeo Modigliani»'s "Nu Couché"", 0.69 before, in a report
    outside the seeds; the painter of two more there), or, for a purchase, who sold it ("sold at «Christie's»",
    0.78); "" otherwise. Not "Who painted …?" or "Who owns …?", which ask for just that. None of SQuAD v1.1 train's
    152 gold answers to such questions is flagged."""
    asked = _GOT_ASKED.match(question)
    if not asked:
        return ""
    verb = asked.group(1).lower()
    owns = _OWNS_NAME_NEXT.match(text, end)
    if owns and owns.group(1) in words(asked.group(2)):
        return f"the one who {verb} it, not whose it was"
    if stem(verb) in _BOUGHT and _SOLD_BY.search(text, max(0, start - 40), start):
        return f"the one who {verb} it, not who sold it"
    return ""


_NAME_OF_THE = re.compile(
    r"\bname\s+of\s+the\s+([a-z][\w-]*)(?=\W*$|\s+(?:that|which|who|in|on|at|of|is|was|did)\b)", re.I
)
CAPITALIZED_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # "Mel Oliver", "Francis Scott Key Bridge"
_NEXT_SENTENCE_CHARS = 2_000


def other_than_named_so(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "What was the name of the towboat?" asks when the answer's ``sentence`` or the next names the towboat
    ("the Mel Oliver, the towboat pushing the barge", or "the towboat Mel Oliver") as another ("Tintomara", 0.72
    before, in a report outside the seeds); "" otherwise, or where the answer is named so too. None of SQuAD v1.1
    train's 87,599 gold answers is flagged."""
    asked = _NAME_OF_THE.search(question)
    if not asked:
        return ""
    # the next sentence, split from what follows the cited one, not from the whole article on every citation
    following = split_sentences(text[sentence[1] : sentence[1] + _NEXT_SENTENCE_CHARS])
    near = text[sentence[0] : sentence[1] + (following[0][1] if following else 0)]
    noun = re.escape(asked.group(1))
    named = {
        re.sub(r"^(?:The|A|An)\s+", "", next(filter(None, m.groups())))
        for m in re.finditer(
            rf"(?<=\S\s)(?<![.!?]\s)({CAPITALIZED_RUN}),\s+the\s+{noun}\b|\bthe\s+{noun},?\s+({CAPITALIZED_RUN})|"
            rf"\b{noun},\s+(?:the\s+)?({CAPITALIZED_RUN})",
            near,
        )
    }
    answer = text[start:end].strip()
    if len(named) != 1 or any(answer in n or n in answer for n in named):
        return ""
    return f"the {asked.group(1).lower()}, which the passage names “{named.pop()}”"


_REPLACER_ASKED = re.compile(
    r"^\s*who\s+(?:(?:will|would|could|might|is|was|are|were|has|had|to)\s+)*(?:(?:be\s+)?(?:expected|set|due|"
    r"named|chosen|picked)\s+to\s+)?(?:replace[sd]?|succeed(?:s|ed)?)\s+(.+?)\W*$",
    re.I,
)
_REPLACED_BEFORE = re.compile(r"\b(?:replac\w*|succeed\w*)\s+(?:the\s+)?$", re.I)


def replaced_for_replacer(question: str, text: str, start: int, end: int) -> str:
    """What "Who will replace Akiba?" asks when the answer (``text[start:end]``) is one the text says is replaced:
    "Kishida is also expected to replace «Mio Sugita»" (0.75 with the successor's sentence cut, in a report outside
    the seeds); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged (51 answer such questions)."""
    asked = _REPLACER_ASKED.match(question)
    if not asked or not _REPLACED_BEFORE.search(text, max(0, start - 30), start):
        return ""
    return f"the one who replaces {asked.group(1)}, not one replaced"


# "Who will become Twitter's new CEO?", "Who is next?", "Who will succeed Agrawal?": one coming in
_NEW_ONE_ASKED = re.compile(
    r"^\W*who\b.*\b(?:new|next|incoming|succeed\w*|replace\w*|successor|take\s+over|become)\b", re.I
)
# "by firing top executives: CEO «Parag Agrawal»": one put out, with none put in after it ("replaced by …")
_PUT_OUT = r"\b(fir(?:ed|ing)|sack(?:ed|ing)|terminat(?:ed|ing)|oust(?:ed|ing)|dismiss(?:ed|ing)|remov(?:ed|ing))\b"
_PUT_OUT_BEFORE = re.compile(rf"{_PUT_OUT}(?![^.;]*\b(?:by|with|replac\w*)\b)[^.;]*$", re.I)
# "«Parag Agrawal», CFO Ned Segal, and … were among the executives terminated": put out, told after the answer
_PUT_OUT_AFTER = re.compile(
    rf"[^.;]{{0,80}}?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\b[^.;]{{0,40}}?{_PUT_OUT}"
    r"(?![^.;]*\breplac\w*)",
    re.I,
)


def ousted_for_new(question: str, text: str, start: int, end: int) -> str:
    """Says "the one coming in" when "Who will become Twitter's new CEO?" is answered by one its clause puts out:
    "by firing top executives: CEO «Parag Agrawal»" (0.70, in a report outside the seeds that names no successor),
    "«Parag Agrawal», CFO Ned Segal … were among the executives terminated" (0.60 then); "" otherwise, and where
    one is put in after ("sacked Foot and replaced him with «Neil Kinnock»"). None of SQuAD v1.1 train's 272 gold
    answers to such questions is flagged."""
    if not _NEW_ONE_ASKED.search(question):
        return ""
    clause = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start)) + 1
    put_out = _PUT_OUT_BEFORE.search(text, max(clause, start - 80), start) or _PUT_OUT_AFTER.match(text, end)
    return f"the one coming in, not one “{put_out.group(1)}”" if put_out else ""


# "«Possible successors include» Sanae Takaichi", "other contenders include": ones who might be chosen
_CANDIDATES_BEFORE = re.compile(
    r"\b(?:(?:possible|potential|likely|leading|top|main)\s+(?:successors?|candidates?|contenders?|replacements?|"
    r"choices?|picks?|rivals?)|(?:candidates?|contenders?|hopefuls?|front-?runners?)\s+(?:include|are|were))\b"
    r"[^.;]{0,60}$",
    re.I,
)
_CANDIDATE_ASKED = re.compile(
    r"\b(?:possib\w*|potential\w*|likely|candidates?|contenders?|hopefuls?|front-?runners?|could|might|may)\b", re.I
)


def candidate_for_chosen(question: str, text: str, start: int, end: int) -> str:
    """Says "the one chosen" when "Who will succeed Ishiba?" is answered by one the passage names only among those
    who might be: "Possible successors include former economic security minister «Sanae Takaichi»" (0.72, in a set
    of outside reports on a prime minister's resignation); "" otherwise, and where the question asks for the
    candidates. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _NEW_ONE_ASKED.search(question) or _CANDIDATE_ASKED.search(question):
        return ""
    clause = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    listed = _CANDIDATES_BEFORE.search(text, max(clause, start - 120), start)
    return "the one chosen, not one of those who might be" if listed else ""


_HEAD_ASKED = re.compile(
    r"^\s*who\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|is\s+the\s+(?:head|chief|"
    r"leader|director|chair\w*)\s+of)\s+(.+?)\W*$",
    re.I,
)
_HEAD_OF_BEFORE = re.compile(r"\b(?:head|chief|leader|director|chair\w*)\s+of\s+$", re.I)


def body_for_head(question: str, text: str, start: int, end: int) -> str:
    """What "Who heads the INGV?" asks when the answer (``text[start:end]``) is the body itself, its initials in
    brackets right after it or ending it: "«Italy's National Institute of Geophysics and Volcanology» (INGV) said …"
    (0.77, in a set of outside reports on an eruption, where its initials are Italian), then "«… Volcanology (INGV)»"
    (0.58); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _HEAD_ASKED.match(question)
    spelt = re.match(r"\s*\(([A-Z]{2,8})\)", text[end : end + 12]) or re.search(
        r"\(([A-Z]{2,8})\)\W*$", text[start:end]
    )
    if asked is None or spelt is None or not re.search(rf"\b{spelt.group(1)}\b", asked.group(1)):
        return ""
    return f"the head of the {spelt.group(1)}, not the body itself"


def owner_for_head(question: str, text: str, start: int, end: int) -> str:
    """What "Who heads Mexico's civil aviation agency?" asks for when the answer (``text[start:end]``) only owns what
    the head heads: "the head of «the country»'s civil aviation agency said" (0.49 before, in a report outside the
    seeds); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _HEAD_ASKED.match(question)
    if not asked or not _HEAD_OF_BEFORE.search(text, max(0, start - 30), start):
        return ""
    owned = re.match(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)", text[end : end + 80])
    headed = {stem(w) for w in words(asked.group(1)) if w.islower() and w not in ("the", "of")}
    given = {stem(w) for w in words(owned.group(1))} if owned else set()
    return f"the head of {asked.group(1)}" if headed and headed <= given else ""


# A role under a body's head, said of a name right before it ("HTS spokesman «Omar Saleh»") or right after it
# ("«Hassan Abdul-Ghani», senior commander of the militant group …")
_MEMBER = (
    r"(?:deputy|vice|spokes(?:man|woman|person)|member|official|aide|advis[eo]r|lieutenant|representative|fighter|"
    r"(?:senior|field|military|top)\s+commander)"
)
_MEMBER_AFTER = re.compile(
    rf",\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?({_MEMBER})\b(?:\s+[\w-]+)?\s+(?:of|for|in|at)\s"
)
_MEMBER_BEFORE = re.compile(rf"\b({_MEMBER})\s+$", re.I)


def member_for_head(question: str, text: str, start: int, end: int) -> str:
    """What "Who leads HTS?" asks for when the text gives the answer (``text[start:end]``) a role under the head
    of the body asked about: "«Hassan Abdul-Ghani», senior commander of the militant group Hayat Tahrir al-Sham
    (HTS)" (0.60 with the leader's sentence cut, in a report outside the seeds), "HTS spokesman «Omar Saleh»"; ""
    otherwise, and where the role is in another body. None of SQuAD v1.1 train's 205 gold answers to such questions
    is flagged."""
    asked = _HEAD_ASKED.match(question)
    if not asked:
        return ""
    body = {stem(w) for w in words(asked.group(1)) if w.lower() not in STOPWORDS}
    after = _MEMBER_AFTER.match(text, end) or _MEMBER_AFTER.search(text, start, end)  # or within the span
    if after:
        role, said = after.group(1), text[after.end() : after.end() + 80].split(". ")[0]
    else:
        before = _MEMBER_BEFORE.search(text, max(0, start - 30), start)
        lead = text[max(line_sentence(text, start, end)[0], start - 40) : start]
        role, said = (before.group(1), lead) if before else ("", "")
    if not role or not body & stems(said):
        return ""
    return f"the head of {asked.group(1)}, not its “{role}”"


def owner_swapped(question: str, terms: Terms, sentence: str) -> tuple[str, ...]:
    """(the question's owner, the other owner the sentence names) when a name the question uses as an owner
    ("India's ambassador") is missing from the cited sentence, which names another owner in its place ("Pakistan’s
    Ambassador"), or (). ``terms``: the question's ``Terms``. Flags 30 of SQuAD v1.1 train's 87,599 gold answers
    (another name of the same owner: "Kanye's" and "West's", "EU's" and "Union's"); an owner asked as in "US
    ambassador" adds none; another country set before the noun ("Marco Rubio, who led the U.S. delegation" for who
    led Ukraine's, 0.51 with the answer's sentence cut, in a set of outside reports) adds 1 of SQuAD v1.1 train's
    87,599 ("Sudan savannah" for Nigeria's savannah zone)."""
    missing_here = tuple(missing(terms.key, stems(sentence)))
    for key, instead in swapped(question, missing_here, sentence).items():
        name, other = APOSTROPHE_S.sub("", terms.surface[key]), APOSTROPHE_S.sub("", instead)
        owned = (
            name != terms.surface[key]
            or re.search(rf"\b{re.escape(name)}['’]s\b", question)
            # "US ambassador", "Indian foreign minister": an office in lower case, so not "Prime Minister"
            or re.search(rf"\b{re.escape(name)}(?:\s+[a-z]+){{0,2}}?\s+(?:{OFFICES})\b", question)
        )
        # the other an owner too: "Pakistan’s", or, for a country asked, another set before the noun ("the U.S.
        # delegation" for Ukraine's)
        other_owns = other != instead or (_a_country(name) and _a_country(other) and not same_place(name, other))
        if name[:1].isalpha() and owned and other_owns and not same_name(name, other):
            return terms.surface[key], instead
    return ()


def _a_country(name: str) -> bool:
    """A country's name ("U.S.", "Ukraine"), not a city's: "the Kyiv delegation" is Ukraine's."""
    return (there := place(name)) is not None and there.country


_SUBJECT = re.compile(rf"\b(?:did|does|do|will|would|has|have|had|can|could)\s+({NAME})\s+[a-z]")
# "Who hosted Munir ...?", "Who spoke with Rubio?": the one the action was done to or with, named right after the verb
# (not an owner: "Guam's")
_OBJECT = re.compile(
    rf"^\s*(?i:who|whom)\s+(?!(?:is|was|are|were|be|been|did|does|do|has|have|had|will|would|can|could)\b)"
    rf"([a-z]+)\s+(?:(?:with|to|for|against|alongside)\s+)?({NAME})(?![\w'’])"
)
# Verbs whose object may bear the doer's name: "Who founded Gucci?" Guccio Gucci; "Who ruled Nri?" the Eze Nri.
_BEARS_DOER_NAME = frozenset(map(stem, "founded established started created named ruled".split()))


def _first_word(question: str) -> str:
    """The question's first word in lower case ("who", "whose", "which"), or "" for an empty one."""
    return question.split(maxsplit=1)[0].lower() if question.strip() else ""


def _asks_for_a_person(question: str) -> bool:
    """ "Who …?", "Whom …?", or "Which" and an office ("Which US senator …?")."""
    lead = _first_word(question)
    return lead in ("who", "whom") or lead == "which" and any(s in ROLE_OF for s in asked_stems(question))


_SAYING = re.compile(r"\b(?:said|says|told|tells|answering|asked)\b")


def saying_for_a_name(question: str, answer: str) -> str:
    """Says "a name" when a question that asks for a person is answered by words that say who said what ("Jennifer
    Homendy said Wednesday, answering questions from Ohio Republican Sen. J.D. Vance" for "Which senator questioned
    Homendy?", 0.57 before, in a report outside the seeds); "" otherwise. 1 of SQuAD v1.1 train's 8,402 gold
    answers to such questions is flagged (a quotation with "he says" in it)."""
    return "a name, not words that say who said what" if _asks_for_a_person(question) and _SAYING.search(answer) else ""


def names_the_subject(question: str, answer: str) -> str:
    """The name a question about someone else asks with ("Which US senator did Dar meet?": "Dar") when the answer
    is that name ("Ishaq Dar"), or "". Only questions that ask for a person (who, whom, which + an office); on SQuAD
    v1.1 train it flags 1 of 498 gold answers to such questions (one that names the subject itself). The one a
    "Who <verb>ed [with, to, for] <name>" question names as done to counts too ("Who hosted Munir at the White
    House?" answered "Syed Asim Munir", 0.62), when the answer ends in that name and holds all of it: none of SQuAD
    v1.1 train's 821 gold answers to such questions is flagged."""
    if not _asks_for_a_person(question):
        return ""
    said = words(answer)
    if not said or not all(w[0].isupper() or w.lower() in TITLE_LINKS for w in said):
        return ""
    subject = _SUBJECT.search(question)
    if subject:
        return subject.group(1) if stem(said[-1]) == stem(subject.group(1).split()[-1]) else ""
    done_to = _OBJECT.match(question)
    if not done_to or stem(done_to.group(1)) in _BEARS_DOER_NAME:
        return ""
    name, lower = done_to.group(2).lower().split(), [w.lower() for w in said]
    if lower[-1] != name[-1] or not set(name) <= set(lower) or lower[-len(name) - 1 : -len(name)] == ["of"]:
        return ""  # not the "Government of Guam" for "Who runs Guam?"
    return done_to.group(2)


def subject_restated(question: str, answer: str) -> str:
    """The name "Whose record did Kiptum break?" asks with when the answer is a clause about that one, the name then
    a word in lower case: "«Kelvin Kiptum broke the men's marathon world record»" (0.56, in a set of outside reports
    on a marathon), or for "Whose …?" that name alone ("«Kelvin Kiptum»", 0.58 then); "" otherwise. None of SQuAD
    v1.1 train's 527 gold answers to such questions is flagged."""
    lead = _first_word(question)
    subject = _SUBJECT.search(question) if lead in ("who", "whom", "whose") else None
    if not subject:
        return ""
    named = rf"\W*(?:[A-Z][\w'’.-]*\s+){{0,3}}?{re.escape(subject.group(1).split()[-1])}"
    if lead == "whose" and re.fullmatch(rf"{named}\W*", answer):  # the name alone, not whose
        return subject.group(1)
    said = re.match(rf"{named}\s+([a-z]+)", answer)
    # a verb after the name: not "and" ("Howard Lutnick and …"), nor a name's "de" ("John de Gray")
    return subject.group(1) if said and said.group(1) not in STOPWORDS | _NAME_PARTICLES else ""


_NAME_PARTICLES = frozenset(("de", "da", "di", "du", "van", "von", "bin", "al", "la"))


# "Who heads the Foreign Office?", "Who is the head of Pakistan's Foreign Office?": the one who holds it now
_ONE_HEAD = re.compile(
    r"^\s*(?i:who)\s+(?:is\s+(?:the\s+)?(?:head|chief|leader|chair|chairman|director)\s+of\b"
    r"|(?:heads|leads|chairs|runs|directs)\s)"
)
_TWO_NAMES = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s*){1,4}\W*$")


def two_people(question: str, answer: str) -> str:
    """The office a question asks one holder of ("Which US Commerce Secretary did Aurangzeb meet?": "secretary")
    when the answer joins two titled people ("Howard Lutnick and US Trade Representative Jamieson Greer"), or "".
    A name, "and", then a title and another name is two people; "Deputy Prime Minister and Foreign Minister Ishaq
    Dar" (a title before "and") is one. Two bare names ("Dar and Rubio") count only where the question ends in
    the office it asks for ("Who is Pakistan's Foreign Office spokesperson?"), not in "Who was Queen Victoria's
    father?" ("Duke of Kent and Strathearn"). On SQuAD v1.1 train it flags none of the 1,283 gold answers to
    questions that name an office in what they ask for; the 3 of them that join two titled people ask for several
    ("Which two world leaders ...?", "What are the three Deputy Chiefs ...?"). "Which US official met Aurangzeb?"
    is no office: two officials who met him answer it. Nor has a body two heads now ("Who heads the Foreign
    Office?" answered "Dar and Rubio", 0.62): none of SQuAD v1.1 train's 55 gold answers to such questions is two
    names (led in the past, an expedition may have had two leaders)."""
    if _ONE_HEAD.match(question) and _TWO_NAMES.match(answer):
        return "head"
    focus = [w.lower() for w in asked_words(question)]
    office = next((w for w in focus if w in TITLE_NOUNS), "")
    several = any(w in SEVERAL or w.endswith("s") and w[:-1] in TITLE_NOUNS for w in focus)
    if not office or several or focus[-1].endswith("s"):  # "Which political leaders ...?" asks for several
        return ""
    said = words(answer)
    lower = [w.lower() for w in said]
    if "and" not in lower[1:]:
        return ""
    k = lower.index("and", 1)
    if not said[k - 1][0].isupper() or lower[k - 1] in TITLE_NOUNS:
        return ""
    after = said[k + 1 : k + 7]
    titled = any(w.lower() in TITLE_NOUNS and nxt[0].isupper() for w, nxt in zip(after, after[1:]))
    # "Dar and Rubio": two names, for a question whose last word asks for one holder ("... spokesperson?")
    named = focus[-1] == office and bool(after) and all(w[0].isupper() for w in after)
    return office if titled or named else ""


# "Who is Jamieson Greer?", "What is Jamieson Greer's job?", "What position does Jamieson Greer hold?"
_ROLE = r"(?:job|title|position|post|role|office|rank)"
_WHO_IS_NAMED = re.compile(
    r"^\s*(?:(?i:who)\s+(?:is|was)\s+((?:[A-Z][\w'’.-]*\s*){2,5})"
    rf"|(?i:what)\s+(?:is|was)\s+((?:[A-Z][\w.-]*\s+){{1,4}}?[A-Z][\w.-]*)['’]s\s+{_ROLE}"
    rf"|(?i:what|which)\s+{_ROLE}\s+(?:does|did)\s+((?:[A-Z][\w.-]*\s+){{1,4}}?[A-Z][\w.-]*)\s+(?:hold|have)"
    r")\??\s*$"
)


# "former NASA rocket scientist «Aisha Bowe»": a name after the words that describe it
_NAME_DESCRIBED = re.compile(
    r"\b[a-z-]*(?:er|or|ist|ian|ant|ent|ee|ess|host|man|woman|star|chief|mate|head)\s+"
    r"((?:[A-Z][\w'’.-]+\s+)+[A-Z][\w'’.-]+)\s*$"
)  # the description's last word one for a person: "scientist", "co-host" (not "an influential «Trax Records»")


def _names_a_place(name: str) -> bool:
    """A place among a name's words: "Los Angeles County Sheriff" is an office, not someone's name."""
    ws = name.split()
    return any(place(" ".join(ws[i : i + k])) for k in (1, 2, 3) for i in range(len(ws) - k + 1))


def someone_else_described(question: str, answer: str) -> str:
    """Says "a description of one person" when "Who is <full name>?" (or "What is <full name>'s job?", "What
    position does <full name> hold?") is answered with a span that joins another person, named in full, to what it
    says ("US Commerce Secretary Howard Lutnick and US Trade Representative" for "Who is Jamieson Greer?", 0.81
    before; for "What is Jamieson Greer's job?", 0.78), or that is another person's name alone; "" otherwise. None
    of SQuAD v1.1 train's 71 gold answers to such questions is flagged."""
    asked = _WHO_IS_NAMED.match(question)
    if not asked:
        return ""
    person = next(g for g in asked.groups() if g)
    own = {w.lower() for w in words(person)}
    if " and " not in answer:  # or another's name, alone or after a description: "Aisha Bowe" for Gayle King (0.75)
        ends = _NAME_DESCRIBED.search(answer)
        name = ends.group(1) if ends and ends.group().split()[0] not in STOPWORDS else answer.strip()  # not "for"
        named = {w.lower() for w in words(name)}
        alone = MULTIWORD_NAME.fullmatch(name) and not named & (own | TITLE_NOUNS) and not _names_a_place(name)
        office = re.search("['’]", person) or any(w.isupper() and w.lower() in TITLE_NOUNS for w in words(person))
        return "a description of one person" if alone and not office else ""  # not "Who is Arsenal's Chief …?"
    for name in MULTIWORD_NAME.findall(answer):
        bare = [w for w in name.split() if w.lower() not in TITLE_NOUNS and w.replace(".", "") not in INITIALS]
        if len(bare) >= 2 and not own & {w.lower() for w in bare}:
            return "a description of one person"
    return ""


# "Who did the US Commerce Secretary meet?", typed "the us commerce secretary" too: a name, or words ending in an office
_WHOM_DID = re.compile(
    rf"^\s*(?i:who|whom)\s+(?:did|does|do|has|had|will|would)\s+((?:the\s+)?(?:{NAME}|(?:[\w'’.-]+\s+){{0,3}}"
    rf"(?:{OFFICES})))\s+([a-z]+)(?:\s+with)?\W*$"
)
# "meeting US Commerce Secretary Howard Lutnick and US Trade Representative «Jamieson Greer»": two done the same to
_DONE_TO_BOTH = re.compile(r"\b([a-z]+)\s+((?:[\w.'’-]+\s+){1,7}?)and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*$")


def beside_the_subject(question: str, text: str, start: int, end: int) -> str:
    """Whom "Who did <someone> <verb>?" asks, when the answer (``text[start:end]``) is joined by "and" to that
    someone as the other one the same verb was done to: "Who did the US Commerce Secretary meet?" answered "Jamieson
    Greer" (0.70) from "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson
    Greer, Aurangzeb said", or with both (0.76); "" otherwise. None of SQuAD v1.1 train's 32 gold answers to such
    questions (a name or title asked about, the verb last) is flagged."""
    asked = _WHOM_DID.match(question.strip())
    joined = text.rfind(" and ", start, end)  # or the answer is both: "Howard Lutnick and ... Jamieson Greer"
    both = _DONE_TO_BOTH.search(text[max(0, start - 120) : joined + 5 if joined >= 0 else start]) if asked else None
    if asked is None or both is None or stem(both.group(1)) != stem(asked.group(2)):
        return ""
    subject = {stem(w) for w in words(asked.group(1)) if w.lower() not in STOPWORDS}
    if not subject & {stem(w) for w in words(both.group(2))}:
        return ""
    return f"whom {asked.group(1)} would {asked.group(2)}, not one beside them (“{both.group().strip()}”)"


# Who one a question asks about by the name given it is: "the witness called Jane", "the client known as Paul"
_CALLED_ASKED = re.compile(
    r"^\W*(?i:who\s+(?:is|was|are|were)|what\s+(?:is|was)\s+the\s+(?:real\s+|full\s+|true\s+)?name\s+of)\b.*?"
    r"\b(?:called|named|known\s+as|dubbed|nicknamed|identified(?:\s+only)?\s+as|referred\s+to\s+as|testified\s+as)"
    r"\s+[\"“'‘]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def beside_the_one_called(question: str, text: str, start: int, end: int) -> str:
    """Whom "What is the real name of the witness called Jane?" asks, when the answer (``text[start:end]``) is joined
    by "and" to the one called so, as another: "two former girlfriends, the singer «Cassie Ventura» and a woman who
    testified as “Jane”" (0.74, in a set of outside reports on a trial); "" otherwise. None of SQuAD v1.1 train's
    12 gold answers to questions asking so is flagged, nor of the v2.0 fit half's."""
    asked = _CALLED_ASKED.search(question.strip())
    if asked is None or re.search(rf"\b{re.escape(asked.group(1))}\b", text[start:end]):
        return ""
    called = rf"[\"“'‘]?{re.escape(asked.group(1))}\b"
    after = re.match(rf"\s+and\s+[^.;]{{0,60}}?{called}", text[end : end + 100])
    before = re.search(rf"{called}[\"”'’]?\s+and\s+(?:\S+\s+){{0,6}}$", text[max(0, start - 100) : start])
    return f"the one called {asked.group(1)}, not one beside" if after or before else ""


def titled_subject(question: str, text: str, start: int, end: int) -> str:
    """The one "Who did <title> <verb>?" names, when the answer (``text[start:end]``) is that one's name, right
    after the title: "Who did the US Commerce Secretary meet?" answered "Howard Lutnick" (0.74) from "meeting US
    Commerce Secretary Howard Lutnick"; "" otherwise. None of SQuAD v1.1 train's 32 gold answers to such
    questions is flagged."""
    asked = _WHOM_DID.match(question.strip())
    subject = [stem(w) for w in words(asked.group(1)) if w.lower() not in STOPWORDS] if asked else []
    title = [stem(w) for w in words(text[max(0, start - 100) : start])][-len(subject) :] if subject else []
    return asked.group(1) if asked and title == subject and text[start - 1 : start].isspace() else ""


# "India's military operation", "the Indian operation"
_OWNED_ASKED = re.compile(
    rf"\b([A-Z][\w.-]*)['’]s\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+|\b([A-Z][a-z]+(?:{'|'.join(DEMONYM_ENDINGS)}))\s+"
    r"(?:[a-z-]+\s+){0,2}(?:operation|offensive|campaign|attack|strikes?|mission)\b"
)
# "What did India launch on the night of May 6?": asked of the doer's deed
_DONE_ASKED = re.compile(
    r"\b(?:did|does|has|had|will|would)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+(?:launch|begin|start|conduct|"
    r"carry\s+out|mount|unveil)\b"
)
_LAUNCHED = re.compile(
    rf"\b({NAME})\s+(?:(?:has|had|have)\s+)?(?:launched|began|begun|started|conducted|carried\s+out|mounted|"
    # the answer may leave out "Operation"; not "named": "a bear cub from the Lincoln Park Zoo named Furpaw"
    r"unveiled)\s+(?:(?:the|its|a|an)\s+)?(?:[A-Z][\w-]*\s+){0,2}$"
)


def done_by_another(question: str, sentence: str, start: int) -> tuple[str, ...]:
    """(the owner the question asks about, who the sentence says did it) when a question about one party's doing
    ("What was the name of India's military operation?") is answered with what another launched just before the
    answer ("Pakistan launched Operation Bunyanum Marsoos"); () otherwise. ``start``: where the answer starts in
    ``sentence``."""
    owned, done = _OWNED_ASKED.search(question), _DONE_ASKED.search(question)
    if not owned and not done:  # most questions: nothing owned to look for
        return ()
    launched = _LAUNCHED.search(re.split(r"[,;:—–]", sentence[max(0, start - 120) : start])[-1])
    if not launched:
        return ()
    owner = owned.group(1) or owned.group(2) if owned else done.group(1) if done else ""
    subject = launched.group(1)
    if subject.lower() in PRONOUNS or same_place(owner, subject):  # "Pakistani Army" is Pakistan's; "They": whose?
        return ()
    return (f"{owner}'s" if owned and owned.group(1) else owner, subject)


# What a name answers and a nationality does not: "Which company ...?" is not answered by "American" (company).
_NAMED_THINGS = frozenset(
    map(stem, "company firm corporation business bank organisation organization agency official diplomat".split())
)
_NATIONALITY = re.compile(rf"^(?:{DEMONYM}|{'|'.join(w.title() for w in DEMONYMS)})$")


def nationality_for_a_name(question: str, text: str, start: int, end: int) -> str:
    """What the question asks for ("the company's name") when it asks which company, firm or official and the answer
    ``text[start:end]`` is only a nationality of that very word ("American", "an American company", from "an
    American company"): it says what kind, not which one; "" otherwise. None of SQuAD v1.1 train's 539 gold answers
    to such questions is."""
    focus = asked_words(question)
    if not focus or stem(focus[-1]) not in _NAMED_THINGS:
        return ""
    span = words(text[start:end])
    span = span[1:] if span and span[0].lower() in ("a", "an") else span
    if not span or not _NATIONALITY.match(span[0]) or span[0].lower() in question.lower():  # "Which American ...?"
        return ""
    rest = span[1:] or words(text[end : end + 40])[:1]  # the word the nationality qualifies
    if len(rest) != 1 or stem(rest[0]) != stem(focus[-1]):
        return ""
    return f"the {focus[-1].lower()}'s name"


# Verbs news tells a deed with, other than in "-ed": "Alexandre Lima «brought» down James Donachie"
_DID = frozenset(
    """brought took met beat hit won led told gave sent made struck fought threw caught left became saw found held
    shot sold bought ran got put set kept paid""".split()
)


def deed_for_name(question: str, text: str, start: int, end: int) -> str:
    """Says someone is asked when a "who" question is answered by a clause: a name, a verb and another name
    (``text[start:end]``), as "Who was the referee?" answered "Nick Waldron red-carded Canterbury captain Dan Terris"
    (0.50, a report outside the seeds), then "… Dan Terris with minutes to go" (0.42) and "referee Nick Waldron
    red-carded …" (0.36), or "Who equalised for Goa?" by "Alexandre Lima brought down James Donachie" (0.66); ""
    otherwise. 2 of SQuAD v1.1 train's 87,599 gold answers are flagged ("American POWs held captive by North
    Vietnam"; "Thein Sein became the first Myanmar president to visit …")."""
    span = text[start:end].split()
    if not re.match(r"\s*(?:who|whom)\b", question, re.I) or "," in text[start:end] or len(span) < 3:
        return ""
    titled = list(itertools.dropwhile(lambda w: w.islower(), span))  # "referee «Nick Waldron»"
    name = list(itertools.takewhile(lambda w: w[0].isupper(), titled))
    between = list(itertools.takewhile(lambda w: not w[0].isupper(), titled[len(name) :]))
    if len(span) - len(titled) > 2 or not name or not between or len(between) > 3:
        return ""
    if len(titled) == len(name) + len(between):
        return ""  # the deed done to someone named next: "red-carded «Canterbury» captain Dan Terris with …"
    if not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in between) or not (
        between[0].endswith("ed") or between[0] in _DID
    ):
        return ""
    return f"someone, not what {' '.join(name)} did"


_SUBORDINATE = re.compile(r"\b(after|before|when|while|as|because|since|until|once)\b", re.I)


def doer_of_another_clause(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "Who <did it>?" asks when the cited sentence says the deed of another subject and names the answer
    (``text[start:end]``) in a clause after it, as the doer or the one done to of another deed: "Who equalised for
    Goa?" answered "Alexandre Lima" (0.62, a report outside the seeds with the equaliser cut out) and then "James
    Donachie" (0.50) from "Goa equalised through a penalty after «Alexandre Lima» brought down «James Donachie»"; ""
    otherwise, and where that deed is the one asked ("… since John Glen directed …"). 1 of SQuAD v1.1 train's 87,599
    gold answers is flagged ("banned … until 1827, … before «the British Parliament» passed legislation to ban
    slavery")."""
    asked = re.match(r"\s*who\s+([a-z]+(?:ed|s)|" + "|".join(_DID) + r")\b", question, re.I)
    if not asked or asked.group(1).lower() in AUXILIARIES:
        return ""
    verb = stem(asked.group(1))
    said = [m for m in WORD.finditer(text, sentence[0], start) if stem(m.group()) == verb]
    clause = list(_SUBORDINATE.finditer(text, said[-1].end(), start)) if said else []
    if not clause or re.search(r"[;:]", text[said[-1].end() : start]):
        return ""
    # the other deed: before the answer in its clause ("brought down «James Donachie»"), or right after it
    before = [w for w in (w.strip(",.;:") for w in text[clause[-1].end() : start].split()[-4:]) if _is_deed(w)]
    if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, start - 8) : start]):  # "as directed by «the Secretary»"
        return ""
    after = re.match(r"\s+([a-z][a-z-]*)", text[end : end + 40])
    if before:
        deeds, stop = before, end
    elif after and _is_deed(after.group(1)):
        deeds, stop = [after.group(1)], end + after.end()
    else:
        return ""
    if any(stem(w) == verb for w in deeds):
        return ""
    return f"whoever {asked.group(1)}, not one named in another deed (“{text[clause[-1].start() : stop]}”)"


_DESCRIBING = frozenset("based owned led backed funded related born made".split())


def _is_deed(word: str) -> bool:
    """A verb of a deed done, as news tells it: "brought", "red-carded"."""
    last = word.rsplit("-", 1)[-1]  # "red-carded", not "Boulder-based"
    if not word.islower() or "-" in word and last in _DESCRIBING:
        return False
    return len(last) > 3 and last.endswith("ed") or last in _DID


# "the «deal with» Ford": a noun, a preposition and the name the question gives it
_NOUN_WITH_NAME = re.compile(
    r"\b([a-z]{3,})\s+(with|of|for|against|from|to|by)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and)\b|\b(?:while|whereas)\b")


def named_in_another_clause(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "When was the deal with Ford reached?" asks when the answer's clause (``text[start:end]`` in it) speaks
    of "the deal with Stellantis" and the sentence names Ford only in another clause: "The union's deal with Ford was
    reached last Wednesday, while the deal with Stellantis was reached on «Saturday»" (0.67, in a report outside the
    seeds); "" otherwise, for an answer that is the other name, and for the same place or people written another
    way. 4 of SQuAD v1.1 train's 87,599 gold answers are flagged ("visits to the Camp Nou" for visits to
    Barcelona)."""
    low, high = _clause_of(text, sentence, start, end)
    for noun, preposition, name in _NOUN_WITH_NAME.findall(question):
        first = rf"\b{re.escape(name.split()[0])}"
        if (
            noun in STOPWORDS
            or re.search(first, text[low:high])
            or not re.search(first, text[sentence[0] : sentence[1]])
        ):
            continue
        other = re.compile(rf"\b{noun}\s+{preposition}\s+(?:the\s+)?({PLACE_NAME})").search(text, low, high)
        if other and not (other.start(1) < end and start < other.end(1)) and not same_place(name, other.group(1)):
            return f"the {noun} {preposition} {name} (its clause speaks of {other.group(1).rstrip('.')})"
    return ""


def _clause_of(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``text[sentence[0]:sentence[1]]`` that holds ``text[start:end]``."""
    breaks = list(_CLAUSE_BREAK.finditer(text, *sentence))
    low = max((m.end() for m in breaks if m.end() <= start), default=sentence[0])
    high = min((m.start() for m in breaks if m.start() >= end), default=sentence[1])
    return low, high


# "When did the Apollo Gallery reopen?": the name asked about, as the subject of the question's verb
_NAME_THEN_VERB = re.compile(
    rf"\W*(?i:when|where|why|how|what\s+time|(?:on\s+)?what\s+day)\s+(?:{'|'.join(AUXILIARIES)})\s+"
    rf"((?:the\s+)?({NAME}))\s+(?:been\s+)?([a-z]{{3,}})\b"
)
# the clause's subject as a name: "The Louvre reopened", not "The museum reopened"
_CLAUSE_DOER = re.compile(
    r"\s*((?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))(?:,\s+\d{1,3},)?\s"
)  # "Gelsinger, 63,"


def subject_of_another_clause(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "When did the Apollo Gallery reopen?" asks when the answer's clause (``text[start:end]`` in it) tells the
    deed of another name and the sentence names the one asked only in another clause: "The Louvre reopened on
    «Wednesday», but the Apollo Gallery remained closed" (0.59, in a set of outside reports), or, where the article
    names the one asked only in another sentence, surely another name ("Gelsinger, 63, joined Intel in «1979»" for
    when Holthaus joined, 0.48, in a set on a chipmaker); "" otherwise, and for a clause whose subject is no name
    ("but the company went public in 1980", said of Apple). None of SQuAD v1.1 train's 5,460 gold answers to
    questions asked so is flagged."""
    asked = _NAME_THEN_VERB.match(question)
    if not asked or asked.group(3) in STOPWORDS:  # "When do the CCA1 and LHY function?"
        return ""
    name, verb = asked.group(2), stem(asked.group(3))
    low, high = _clause_of(text, sentence, start, end)
    if text.count("(", sentence[0], low) > text.count(")", sentence[0], low):
        return ""  # "(Spanish: Cementerio central)" names the one asked
    first = rf"\b{re.escape(name.split()[0])}\b"
    if re.search(first, text[low:high]) or not re.search(first, text):  # a name said nowhere: another check's
        return ""
    doer = _CLAUSE_DOER.match(text, low, start)
    if not doer or doer.group(2).split()[0].lower() in STOPWORDS:
        return ""
    if verb not in {stem(w) for w in words(text[doer.end() : start])[:3]}:  # "The Louvre was finally reopened"
        return ""
    if not re.search(first, text[sentence[0] : sentence[1]]) and not _another_name(question, name, doer.group(2), text):
        return ""
    other = re.sub(r"^The\b", "the", doer.group(1))
    return f"{asked.group(1)} (its clause speaks of {other})"


def _another_name(question: str, name: str, other: str, text: str) -> bool:
    """Whether ``other``, a clause's subject, surely names another than ``name``, which its sentence does not give:
    the question asks what ``name`` did (not what was done to it), names nothing of ``other``, the two are no one
    place, and ``other`` is a name the text writes mid-sentence too ("chief executive, Pat Gelsinger"; not
    "Although", nor "Lennon" for John Lennon, nor "the British" for Britain)."""
    if not re.match(r"\W*\w+\s+(?:did|does|do|will|would)\b", question, re.I) or same_place(name, other):
        return False
    if {stem(w) for w in words(question)} & {stem(w) for w in words(other)}:
        return False
    return bool(re.search(rf"[a-z,]\s+{re.escape(other)}\b", text))


# "the government «probed» suspected acts of «sabotage»": who looked into the deed
_LOOKED_INTO = re.compile(
    r"\s+(?:\w+\s+)?(?:probe[sd]?|probing|investigat\w*|examin\w*|condemn\w*|denounc\w*|look(?:s|ed|ing)?\s+into|"
    r"inquir\w*|blam\w*)\s+((?:[\w-]+\s+){0,4}[\w-]+)",
    re.I,
)


def investigator_for_doer(question: str, text: str, start: int, end: int) -> str:
    """What "Who sabotaged the rail network?" asks when the answer (``text[start:end]``) looked into the deed the
    question's verb names: "as «the government» probed suspected acts of sabotage targeting France's high-speed
    rail network" (0.65 before, in a report outside the seeds); "" otherwise. None of SQuAD v1.1 train's 8,444 gold
    answers to "who" questions is flagged."""
    asked = _WHO_DID.match(question)
    looked = _LOOKED_INTO.match(text, end) if asked else None
    if not asked or not looked or stem(asked.group(1)) not in {stem(w) for w in words(looked.group(1))}:
        return ""
    return f"the one who {asked.group(1).lower()} it, not who looked into it"


# "How old is the «new pope»?": one who holds it now, asked; "The previous pope, Francis, died … at the age of 88"
_NEW_ASKED = re.compile(r"\b(?:new|newly\s+elected|current|incoming|present|sitting)\s+([a-z]+)\b", re.I)
_NEW_SAID = re.compile(r"\b(?:new|newly|current|incoming|present|sitting)\b", re.I)


def earlier_holder(question: str, text: str, start: int, end: int) -> str:
    """What "How old is the new pope?" asks when the answer's sentence (around ``text[start:end]``) opens on the one
    before: "The previous pope, Francis, died on April 21 at the age of «88»" (0.65, in a set of outside reports on a
    papal election); "" otherwise, and where the sentence speaks of a new one too. None of SQuAD v1.1 train's
    87,599 gold answers is flagged, nor of the v2.0 fit half's."""
    asked = _NEW_ASKED.search(question)
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    sentence = text[first:last]
    earlier = re.match(
        rf"\W*(?:(?:the|his|her|its|their)\s+)?(?:previous|former|late|outgoing|preceding|last|old)\s+"
        rf"{re.escape(asked.group(1))}\b",
        sentence,
        re.I,
    )
    if not earlier or _NEW_SAID.search(sentence):
        return ""
    return f"the {asked.group(0).lower()}, not the one before (“{earlier.group().strip()}”)"
