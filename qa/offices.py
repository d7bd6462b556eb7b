"""Vetoes about offices: an answer that holds another office than the one asked for, or the same office of another
owner, posting, rank or branch, or held in the past ("Pakistan's ambassador to the US" for "the US ambassador to
Pakistan", "operating chief Brian Millham" for Salesforce's chief executive, "the previous administration under
president Joe Biden" for who is president). Each was kept only where it flags under 1.5% of SQuAD v1.1 train's gold
answers to such questions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from qa import places
from qa.lexical import APOSTROPHE_S, NAMING_WORDS, TITLE_NOUNS, WORD, asked_stems, line_sentence, stem, words
from qa.places import DEMONYM, same_name, same_place

OFFICE_STEMS = frozenset(map(stem, TITLE_NOUNS))


# Offices, by kind: a question that asks for one ("Which ambassador ...?") is answered by someone the evidence
# gives any title of the same kind ("Envoy X"), and not by someone it titles with another kind only ("Secretary
# of State Marco Rubio"). Generic words (chief, head, leader, official, deputy, director, diplomat) are no kind:
# they never make a mismatch; a "top diplomat" is a minister (``_asked_roles``).
_ROLE_KINDS = {
    "ambassador": "ambassador envoy emissary consul",
    "spokesperson": "spokesperson spokesman spokeswoman",
    "minister": "minister secretary premier chancellor",
    "military officer": "general marshal commander admiral colonel",
    "monarch": "king queen prince princess emperor empress monarch sultan",
    "president": "president",
    "governor": "governor",
    "senator": "senator",
    "mayor": "mayor",
    "judge": "judge justice",
    "sheriff": "sheriff",
    "journalist": "correspondent journalist columnist",  # not "reporter": the stem of "reported"
}


ROLE_OF = {stem(w): kind for kind, ws in _ROLE_KINDS.items() for w in ws.split()}


TITLE_LINKS = frozenset("of the to for and".split())  # inside a title: "Ambassador to the United States"


_TITLE_WORDS = TITLE_NOUNS | TITLE_LINKS


def _roles(words_: list[str]) -> set[str]:
    """The kinds of office the words name, by a word's last part too: "Ex-sheriff", "Vice-President"."""
    return {ROLE_OF[s] for s in (stem(w.rsplit("-", 1)[-1]) for w in words_) if s in ROLE_OF}


_TOP_DIPLOMAT = re.compile(r"\btop\s+diplomats?\b", re.I)  # a foreign minister or secretary of state


@lru_cache(maxsize=1024)
def _asked_roles(question: str) -> frozenset[str]:
    """The kinds of office the question asks for ("ambassador" in "Which envoy ...?"; "minister" for a country's
    "top diplomat", which an ambassador is not)."""
    roles = frozenset(ROLE_OF[s] for s in asked_stems(question) if s in ROLE_OF)
    return roles | {"minister"} if _TOP_DIPLOMAT.search(question) else roles


def _title_before(text: str, position: int, limit: int = 7) -> str:
    """The title written just before ``position``: the capitalised words (and "of", "to", "the", "and" between
    them) that run up to it, at most ``limit`` words, within its sentence: "U.S. Secretary of State" before
    "Marco Rubio"."""
    spans = list(WORD.finditer(text, max(0, position - 160), position))
    first, end = position, position
    for taken, k in enumerate(range(len(spans) - 1, -1, -1)):
        w, gap = spans[k].group(), text[spans[k].end() : end].strip()
        if taken == limit or gap not in ("", ".") or gap == "." and len(w) > 2:
            break  # a comma, a dash or a sentence's end: the title, if any, is over
        if not (w[0].isupper() or w.lower() in TITLE_LINKS):
            break
        if w.lower() == "and" and (k == 0 or spans[k - 1].group().lower() not in TITLE_NOUNS):
            break  # "President Donald Trump and Secretary Rubio": two people; "Prime Minister and Foreign Minister"
        end = spans[k].start()
        if w[0].isupper():  # a title starts with a capital
            first = end
    return text[first:position].strip()


def _stripped_end(text: str, end: int) -> int:
    """Where ``text[:end].rstrip()`` ends."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _titles_of(word: str, texts: Sequence[str]) -> list[tuple[str, str]]:
    """(the title, the title with the name) before each mention of a name's last ``word`` in ``texts``: how the
    articles title a person wherever they name them ("US President" before "Trump"), and an owner's office set off
    by a comma before that title ("Pakistan’s Army Chief" of "Pakistan’s Army Chief, Field Marshal Asim Munir")."""
    found = []
    for text in texts:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            title = _title_before(text, m.start(), limit=12)
            found.append((title, f"{title} {m.group()}"))
            # where the text before the title ends, read in place: copying the text up to each mention took 1 ms
            before = _stripped_end(text, _stripped_end(text, m.start()) - len(title))
            if title and text[before - 1 : before] == ",":
                office = _title_before(text, before - 1, limit=12)
                # only an owner's office: "met the Secretary, Rizwan Sheikh" may be a list
                owned = _GIVEN_OWNER.search(office) or _PLACE_OWNER.search(office)
                if owned and words(office)[-1].lower() in TITLE_NOUNS:
                    found.append((office, f"{office}, {title} {m.group()}"))
    return found


# A title in lower case just before the name, as news writes it ("Cal Fire spokesman Joshpae White"), or set off by a
# comma after an owner ("The newspaper's court correspondent, Helen Davidson")
_LOWER_TITLE = re.compile(r"\b([a-z]+)\s+$|(?:['’]s|\bthe)\s+(?:[a-z]+\s+)?([a-z]+),\s+$")


def other_role(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the office asked for, the answer as the evidence titles it) when the question asks for a holder of one kind
    of office and the evidence titles the answer ``text[start:end]`` (a name, in ``text[sentence[0]:sentence[1]]``)
    with another kind only; () otherwise. "Which ambassador accompanied Dar?" answered "Marco Rubio" from "... with
    Secretary of State Marco Rubio" gives ("ambassador", "Secretary of State Marco Rubio"). A name untitled where
    it is cited ("Dar and Rubio met") is judged by the title the text (``text``: the whole article) gives it
    elsewhere, and counts when the text anywhere puts a title of the asked kind just before it. A title the span
    takes in counts as one before it ("Who is the Kerr County sheriff?" answered "«spokesperson Clint Morris»",
    0.56), and so does one set off by a comma after an owner when the name closes the apposition ("Who is the judge
    in Assange's case?" answered "Helen Davidson" from "The newspaper's court correspondent, «Helen Davidson»,
    reported", 0.62; both with the answer's sentence cut, in reports outside the seeds). On SQuAD v1.1 train it
    flags 2 of the 1,000 gold answers to questions that ask for an office, as before these two shapes.
    """
    asked = _asked_roles(question)
    answer = words(text[start:end])
    # a title the span takes in ("«spokesperson Clint Morris»"): the name after it is the one titled
    taken = re.match(r"(?:[a-z]+\s+)+(?=[A-Z])", text[start:end])
    if taken and all(stem(w) in ROLE_OF for w in taken.group().split()):
        start, answer = start + taken.end(), answer[len(taken.group().split()) :]
    if not asked or not answer or not (answer[0][0].isupper() and answer[-1][0].isupper()):
        return ()
    if NAMING_WORDS.intersection(w.lower() for w in words(question)):  # "What was John Marshall's title?"
        return ()
    title = _title_before(text[sentence[0] :], start - sentence[0])
    lower = None if title else _LOWER_TITLE.search(text, sentence[0], start)
    if lower and lower.group(2) and not re.match(r"[,.;]|\s*$", text[end:]):
        lower = None  # no apposition closed after the name: a list ("the mayor, the governor, Ann Lee and …")
    titled = lower.group(1) or lower.group(2) if lower else ""
    if titled and stem(titled) in ROLE_OF:
        title = titled
    given, named = _roles(answer) | _roles(words(title)), f"{title} {text[start:end]}".strip()
    elsewhere = _titles_of(answer[-1], (text,))
    if any(_roles(words(t)) & asked for t, _ in elsewhere):
        return ()
    if not given:  # untitled here ("Dar and Rubio met"): the title the article gives the name elsewhere
        title, named = next(((t, n) for t, n in elsewhere if _roles(words(t))), ("", ""))
        given = _roles(words(title))
    if not given or given & asked:
        return ()
    return min(asked), named


# What a report calls someone by, in lower case, as news writes it of firms and teams ("Vostra coach Ana Petrova",
# "Corvane's chief scientist, Dr. Amara Osei"), besides the offices of state
_HOLDER_NOUNS = OFFICE_STEMS | frozenset(
    map(
        stem,
        """coach manager captain striker goalkeeper defender midfielder player executive officer scientist director
        chairman chairwoman founder spokesman spokeswoman lawyer attorney judge analyst economist editor
        owner""".split(),
    )
)


# Parts a firm or team gives one person each, none another's word: "chief scientist" is not "chief executive" (a
# "finance chief" may be the minister)
_PARTS = frozenset(
    map(
        stem,
        """coach captain striker goalkeeper scientist executive lawyer attorney judge analyst economist editor
        founder""".split(),
    )
)
# A firm's chiefs, each by what they run: an "operating chief" or "chief operating officer" is not its "chief
# executive"
_CHIEF_OF = {
    stem(w): part
    for w, part in (
        ("executive", "executive"),
        ("operating", "operating"),
        ("finance", "finance"),
        ("financial", "finance"),
        ("technology", "technology"),
    )
}
_HOLDER_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
_SPELT_CHIEF = {
    "CEO": "chief executive",
    "CFO": "chief financial officer",
    "COO": "chief operating officer",
    "CTO": "chief technology officer",
}
# "anti-corruption judge"; not "by chief executive", after "led since March"
_HOLDER_ROLE = (
    rf"(?:(?!(?:by|of|for|with|from|to|in|on|at|since|as|under|after|before|past|beyond|over|into|through|against)\s)"
    rf"(?:[a-z][a-z-]*\s+){{0,2}}[a-z][a-z-]*|"
    rf"{'|'.join(_SPELT_CHIEF)})"
)
_HOLDER_ASKED = re.compile(rf"\b({_HOLDER_NAME})['’]s\s+({_HOLDER_ROLE})\s*\??\s*$")
_HOLDER_ASKED_OF = re.compile(rf"\bthe\s+({_HOLDER_ROLE})\s+of\s+({_HOLDER_NAME})\s*\??\s*$")
# the same asked with a verb: "Who coaches Minerva Punjab?" asks for the coach of Minerva Punjab
_HOLDER_VERBS = {"coaches": "coach", "manages": "manager", "captains": "captain", "chairs": "chairman", "owns": "owner"}
_HOLDER_VERB_ASKED = re.compile(rf"^\s*(?i:who)\s+({'|'.join(_HOLDER_VERBS)})\s+(?:the\s+)?({_HOLDER_NAME})\s*\??\s*$")
_HOLDER_GIVEN = re.compile(
    rf"(?:\b({_HOLDER_NAME})(?:['’]s)?\s+)?({_HOLDER_ROLE}),?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$"
)


def other_holder(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(whom the question asks for, the answer as the passage calls it) when the question asks for someone by an
    owner and what they are to it ("Calder's coach", "Corvane's chief executive") and the words just before the
    answer (``text[start:end]``) give another owner the same ("Vostra coach Ana Petrova", 0.83 before) or the same
    owner another part of it ("Corvane's chief scientist, Dr. Amara Osei", 0.70 before; both in reports outside the
    seeds); () otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked, asked_of = _HOLDER_ASKED.search(question), _HOLDER_ASKED_OF.search(question)
    by_verb = _HOLDER_VERB_ASKED.search(question)
    # the name the answer ends with: "Ana Petrova" of "Vostra coach Ana Petrova"
    name = re.search(r"(?:^|\s)((?:[A-Z][\w.'’-]*\s*)+)$", text[start:end])
    found = asked or asked_of or by_verb
    if not found or not name:
        return ()
    start += name.start(1)
    # "Calder's coach", "the chief executive of Salesforce", or "Who coaches Minerva Punjab?"
    if by_verb and not (asked or asked_of):
        whose, what = by_verb[2], _HOLDER_VERBS[by_verb[1]]
        said = f"the {what} of {whose}"
    else:
        whose, what, said = (found[1], found[2], found[0]) if asked else (found[2], found[1], found[0])
    owner, role = whose.split()[-1], _role_stems(what)
    if role[-1] not in _HOLDER_NOUNS:
        return ()
    given = _HOLDER_GIVEN.search(text, max(sentence[0], start - 60), start)
    given_role = _role_stems(given.group(2)) if given else []
    if not given or given_role[-1] not in _HOLDER_NOUNS:
        return ()
    # "Tesla Inc.", or a title opening the sentence ("Chief executive …"), or none ("The first governor, …"); not
    # a word of the role asked, capitalised to open the sentence ("Foreign minister Ronald Lamola")
    given_owner = [w for w in (given.group(1) or "").split() if w.lower() not in _NOT_OWNERS and stem(w) not in role]
    same_owner = (
        not given_owner or stem(given_owner[-1]) in _HOLDER_NOUNS or any(same_name(w, owner) for w in given_owner)
    )
    given_part, asked_part = _part(given_role), _part(role)
    another_part = same_owner and given_part != asked_part and "" not in (given_part, asked_part)
    anothers = not same_owner and (given_role[-1] == role[-1] or given_part == asked_part != "")
    # "[president] and operating chief", "But anti-corruption judge"
    named = re.sub(rf"^(?i:{'|'.join(_NOT_OWNERS)})\s+", "", text[given.start() : end].strip())
    return (said.strip(" ?"), named) if another_part or anothers else ()


_NOT_OWNERS = frozenset("the a an this that its his her their our but and or so yet then also however".split())


def _role_stems(role: str) -> list[str]:
    """The stems of a role's words, its initials spelt out: "CEO" is "chief executive"."""
    return [stem(w) for w in _SPELT_CHIEF.get(role, role).split()]


def _part(role: list[str]) -> str:
    """What of a firm or team a role (stems) is: its last word where that is one part ("coach"), or what a chief
    runs ("operating" of "chief operating officer", "operating chief"); "" for a role of no one part."""
    if role[-1] in _PARTS:
        return _CHIEF_OF.get(role[-1], role[-1])
    ran = [_CHIEF_OF[w] for w in role if w in _CHIEF_OF]
    return ran[-1] if ran and role[-1] in {stem("chief"), stem("officer")} else ""


# An organisation introduced by what it is, in lower case ("news agency Yonhap"): not a person holding an office.
_ORGANISATION = re.compile(
    r"(?:\b[a-z]+\s+)?\b(?:agency|company|newspaper|broadcaster|ministry|party|group|firm|bank|network|channel|"
    r"magazine|outlet|institute|university|organi[sz]ation|daily|station|corporation)\s+$"
)


def organisation_for_office(
    question: str, text: str, sentence: tuple[int, int], start: int, end: int
) -> tuple[str, ...]:
    """(the office asked for, the answer as the text introduces it) when the question asks for the holder of an
    office and the text introduces the answer as an organisation: "Who is South Korea's unification minister?"
    answered "Yonhap" from "South Korea’s news agency Yonhap quoted the Ministry of Unification". On SQuAD v1.1
    train it flags none of the 989 gold answers to questions that ask for an office."""
    asked = _asked_roles(question)
    introduced = _ORGANISATION.search(text, max(sentence[0], start - 40), start) if asked else None
    return (min(asked), f"{introduced.group().strip()} {text[start:end]}") if introduced else ()


def another_office_named(question: str, text: str, start: int, end: int) -> str:
    """What a question about an office's holder asks for ("Who was ArthroCare's finance chief?") when the answer
    (``text[start:end]``) names no one but another office ("chief executive of device maker", 0.47 before, the
    finance chief's sentence cut); "" otherwise. 1 of SQuAD v1.1 train's 837 gold answers to such questions is
    flagged ("factor or master merchant and governor" for "Who commanded the factories?")."""
    office = _asked_office(question)
    said = words(text[start:end])
    if office is None or not said or any(w[0].isupper() for w in said):
        return ""
    asked = words(question)[office[0] : office[1] + 1]
    lower = {w.lower() for w in said}
    if not lower & (TITLE_NOUNS | {"executive"}) or {w.lower() for w in asked} <= lower:
        return ""
    return f"the {' '.join(asked)} by name, not another office"


OFFICES = "|".join(sorted(TITLE_NOUNS))


# "ambassador to Pakistan", "Envoy to the United Nations": an office held towards a place.
_POSTED = re.compile(
    r"\b(?i:(ambassador|envoy|consul|emissary|representative|delegate|high commissioner))s?\s+(?i:to|in)\s+"
    r"(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)


def other_posting(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the office asked for, the answer as the evidence titles it) when the question asks for an envoy to one place
    ("Who is the US ambassador to Pakistan?") and the title just before the answer posts it to another ("Pakistan’s
    Ambassador to the United States Rizwan Saeed Sheikh") or makes it that place's own envoy ("Pakistan’s Ambassador
    Rizwan Saeed Sheikh" is not an ambassador to Pakistan); () otherwise. "US" and "United States" are one place.
    None of the 11 gold answers to such questions in SQuAD v1.1 train is flagged."""
    asked = _POSTED.search(question)
    if not asked:  # most questions: no title to look up
        return ()
    name = _name_start(text, start, end)
    title = _title_before(text[sentence[0] :], name - sentence[0], limit=12)
    place, named = asked.group(2), f"{title} {text[name:end]}"
    given, owned = _POSTED.search(named), _GIVEN_OWNER.search(title)
    there = words(given.group(2)) if given else []  # with the name when the span holds the posting: "US Rizwan ..."
    if any(same_place(place, " ".join(there[:k])) for k in range(min(len(words(place)), len(there)), len(there) + 1)):
        return ()
    if not given and not (owned and same_place(place, owned[1])):
        return ()
    return f"{asked.group(1).lower()} to {place}", named


# "Pakistan's ambassador", "US ambassador", "India's Chief of Army Staff": who holds an office, and which one.
_OWNER = r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"


_ASKED_OWNER = re.compile(
    rf"\b({_OWNER})(?:(['’]s)\s+((?:[A-Za-z-]+\s+){{0,2}})(?i:{OFFICES})|\s+((?:[a-z-]+\s+){{0,2}})(?:{OFFICES}))\b"
)


# The title before a name, or before the place of a posting the answer starts with ("... Ambassador to the").
_GIVEN_OWNER = re.compile(
    rf"\b({_OWNER})['’]s\s+((?:[\w-]+\s+){{0,2}}?)(?i:(?:{OFFICES})(?:\s+(?:to|in|of|for)(?:\s+the)?)?)\s*,?\s*$"
)


_WH = frozenset("what which who whom whose when where why how".split())


@lru_cache(maxsize=1024)
def _asked_owner_match(question: str) -> re.Match[str] | None:
    """The question's "Pakistan's commerce minister" or "US ambassador" (not "Which ambassador")."""
    return next((m for m in _ASKED_OWNER.finditer(question) if m.group(1).split()[0].lower() not in _WH), None)


def _name_start(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` starts, past a title the span begins with: its owner, office words and
    the links between them ("Pakistan’s Ambassador to the" before "United States Rizwan Saeed Sheikh"); ``start``
    when the span has no such title, or is nothing but one."""
    for m in WORD.finditer(text, start, end):
        w = m.group()
        if not (APOSTROPHE_S.search(w) and w[0].isupper() or w.lower() in _TITLE_WORDS):
            return m.start() if m.start() > start else start
    return start


def _is_country(name: str) -> bool:
    """A country's name ("Pakistan", "US") or its people's ("Indian", "French")."""
    found = places.place(name)
    return bool(found and found.country) or places.is_people(name)


def _country_title(title: str) -> tuple[str, str] | None:
    """(the country, the words between it and the office) of a title that starts with a country's name or its
    people's, which no possessive marks: "US Secretary of State" gives ("US", ""), "Indian Prime Minister"
    ("Indian", "Prime"); None for a title that starts otherwise ("Foreign Minister")."""
    ws = words(title)
    for k in range(1, min(3, len(ws)) + 1):
        owner = " ".join(ws[:k])
        if _is_country(owner):
            office = next((i for i, w in enumerate(ws[k : k + 3]) if w.lower() in TITLE_NOUNS), None)
            return None if office is None else (owner, " ".join(ws[k : k + office]))
    return None


def other_owner(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the office asked for, the answer as the evidence titles it) when the question asks for the holder of one
    owner's office ("the US ambassador", "Pakistan's commerce minister") and the evidence titles the answer (at
    ``text[start:end]``, in ``text[sentence[0]:sentence[1]]``) as another owner's office ("Pakistan’s Ambassador
    Rizwan Saeed Sheikh"), or another department's of the same owner ("Pakistan’s finance chief, Muhammad
    Aurangzeb"); () otherwise. Unlike ``owner_swapped`` it holds when the question also names the other owner
    ("the US ambassador to Pakistan"). A name described after it counts too (``_described_after``). Of SQuAD v1.1
    train's 475 questions that ask for an owner's office, 1 gold answer is flagged (the question misread: "the
    Prime Minister of England choose as secretary of state")."""
    asked = _asked_owner_match(question)
    if not asked:
        return ()
    owner = asked.group(1)
    department = asked.group(3) if asked.group(2) else asked.group(4)
    start = _name_start(text, start, end)  # "Ambassador Rizwan Saeed Sheikh": the title is the span's own
    before = text[sentence[0] : start]
    title = _title_before(before, len(before), limit=12)
    given = _GIVEN_OWNER.search(title) or _GIVEN_OWNER.search(before[-120:])
    if given:
        other, other_department, given_as = given.group(1), given.group(2), given.group(0)
    elif _is_country(owner) and (country_title := _country_title(title)):  # not "the State Department spokesperson"
        (other, other_department), given_as = country_title, title
    else:
        return _described_after(question, asked, text, sentence, start, end)
    named = f"{given_as.strip().rstrip(',')} {text[start:end]}"
    return (_office_asked(asked), named) if _anothers(owner, department, other, other_department) else ()


def _office_asked(asked: re.Match[str]) -> str:
    return asked.group(0).strip() if asked.group(2) else f"the {asked.group(0).strip()}"


def _anothers(owner: str, department: str | None, other: str, other_department: str) -> bool:
    """Another owner's office, or another department's of the same owner ("Pakistan’s finance chief" for its
    foreign minister)."""
    if not same_place(owner, other):
        return True
    asked_words, given_words = set(map(stem, words(department or ""))), set(map(stem, words(other_department)))
    return bool(asked_words and given_words and not asked_words & given_words)


# A name described after it, by what it is and whose: "Nader Nadery, a member of the Afghan government’s negotiating
# team" ("of" or "for" an owner; "a spokeswoman in Kabul" gives a place).
_SERVING = TITLE_NOUNS | frozenset("member official negotiator aide".split())
_DESCRIBED_AFTER = re.compile(
    rf"\s*,\s+(?:a|an|the)\s+((?:[a-z-]+\s+){{1,3}}?)(?:of|for)\s+(?:the\s+)?"
    rf"(?:(state|province|region|county|prefecture|canton)\s+of\s+)?({_OWNER})[^,.;]*"
)  # "…, the interior minister of «the state of» Saxony-Anhalt": a part of a country

# Or by whose office it is: "Eiji Hashimoto, Nippon Steel's chairman and chief executive".
_OWNED_AFTER = re.compile(rf"\s*,\s+({_OWNER})['’]s\s+((?:[a-z-]+\s+){{0,2}}?)(?i:{OFFICES})\b")


def _described_after(
    question: str, asked: re.Match[str], text: str, sentence: tuple[int, int], start: int, end: int
) -> tuple[str, ...]:
    """``other_owner`` for a name described after it: another owner's member or office, unless the description
    gives the kind of office asked of a body ("Tom Barrack, a special envoy of the State Department" for "the US
    envoy"); the office asked of another place, or of a state of the country asked, is another's ("Tamara
    Zieschang, the interior minister of the state of Saxony-Anhalt" for Germany's interior minister, 0.83 in a set of
    outside reports)."""
    comma = text.find(",", start, end)  # "«Tamara Zieschang, the interior minister of …»": described in the answer
    name_end = end if comma == -1 else comma
    owned = _OWNED_AFTER.match(text[: sentence[1]], name_end)  # "Eiji Hashimoto, Nippon Steel's chairman"
    if owned and _anothers(asked.group(1), asked.group(3) if asked.group(2) else asked.group(4), *owned.groups()):
        return _office_asked(asked), f"{text[start:name_end]}, {owned.group(0).strip(' ,')}"
    given = _DESCRIBED_AFTER.match(text[: sentence[1]], name_end)
    if owned or not given:
        return ()
    described = words(given.group(1))
    owner, part_of_a_country, other = asked.group(1), given.group(2), given.group(3)
    if not _SERVING.intersection(w.lower() for w in described) or same_place(owner, other):  # "a grandson of …"
        return ()
    another_place = bool(places.place(owner) and places.place(other)) or bool(part_of_a_country and _is_country(owner))
    if _roles(described) & _asked_roles(question) and not another_place:
        return ()
    return _office_asked(asked), f"{text[start:name_end]}, {given.group(0).strip(' ,')}"


# Words that make an office a lower one than the office they qualify: a deputy prime minister is not the prime minister.
_RANKS = frozenset(map(stem, "deputy vice assistant associate junior".split()))
# Words that say which office of a kind ("prime minister", "foreign minister", "army chief"), as opposed to an owner
# ("US", "Pakistan's"), which ``other_owner`` compares; one spelling of each.
_SPELLING = {"defence": "defense", "labour": "labor"}
_BRANCHES = frozenset(
    map(
        stem,
        """prime foreign finance defense interior home commerce trade economic education health justice
agriculture energy information labor transport industry planning culture army navy naval air military police
intelligence""".split(),
    )
)
_QUALIFIERS = _RANKS | _BRANCHES
_OFFICE_HEADS = frozenset(map(stem, TITLE_NOUNS - {"deputy", "head", "leader", "officer"}))  # "officer": "office"
_WH_PERSON = frozenset("what which who whom whose".split())
_ASKING = (
    _WH_PERSON
    | frozenset("is are was were will be become the a an name names of as".split())
    | frozenset(
        "resigned resigns elected appointed sworn became".split()  # "Who resigned as Nepal's prime minister?"
    )
    | frozenset("current present sitting incumbent".split())  # "Who is Kenya's current prime minister?"
)


def _office_stem(word: str) -> str:
    return stem(_SPELLING.get(word.lower(), word))  # one spelling: "Defence" and "defense"


def _office_stems(phrase: str) -> list[str]:
    """The stems of a title's words, hyphens split ("Vice-President": vice, presid)."""
    return [_office_stem(p) for w in words(phrase) for p in w.split("-") if p]


@lru_cache(maxsize=1024)
def _asked_office(question: str) -> tuple[int, int, tuple[str, ...]] | None:
    """Where the office the question asks for starts and ends (its noun) in ``words(question)``, and the stems of
    those words, when it asks for the holder of an office: "Who is Pakistan's Prime Minister?", "What is the name of
    the foreign minister?", "Which US senator ...?"; None otherwise ("Who reports to the commander?")."""
    found = words(question)
    stems_ = tuple(_office_stem(w) for w in found)
    wh = next((i for i, w in enumerate(found) if w.lower() in _WH_PERSON), None)
    if wh is None:
        return None
    first = None  # the office's first rank or branch word
    for i, (w, s) in enumerate(zip(found[wh:], stems_[wh:]), wh):
        if s in _OFFICE_HEADS:
            return (i if first is None else first), i, stems_
        if s in _QUALIFIERS:
            first = i if first is None else first
        elif w.lower() in _ASKING or APOSTROPHE_S.search(w) or w[0].isupper():  # a frame word, an owner ("US")
            first = None
        else:
            return None
    return None


# An office in lower case before the name, as news writes it: "information minister Dana Morris Dixon", "the
# information minister, Dana Morris Dixon,"
_LOWER_OFFICE = re.compile(r"\b((?:[a-z-]+\s+){1,5})$|(?:['’]s|\bthe)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$")


def other_rank(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the office asked for, the answer as the evidence titles it) when the question asks for the holder of an office
    ("Pakistan's Prime Minister") and every title the evidence gives the answer with that office's noun says another
    office: a lower rank ("Deputy Prime Minister") or another branch ("Foreign Minister"); () otherwise. The title is
    read just before the answer ``text[start:end]`` in ``text[sentence[0]:sentence[1]]``, in the answer itself, or,
    where none stands before it, set after it between commas ("Shinjiro Koizumi, Japan's new agriculture minister,"
    for Japan's prime minister, 0.59 in a held-out set of outside reports).
    A title less precise than the question ("Minister Shinzo Abe" for the prime minister) is no mismatch. A title in
    lower case counts where no capitalised one stands before the name ("Who is the prime minister of Jamaica?"
    answered "Dana Morris Dixon" from "the information minister, «Dana Morris Dixon», said", 0.56, its sentence cut,
    in outside reports); the 3,019 gold answers of the SQuAD v2.0 fit half flag none, v1.1 train's 87,599 one."""
    asked = _asked_office(question)
    if asked is None:
        return ()
    first, head, stems_ = asked
    title = _title_before(text[sentence[0] :], start - sentence[0], limit=12)
    lower = _LOWER_OFFICE.search(text, sentence[0], start)
    if not title and lower and (lower.group(1) or re.match(r"[,.;]|\s*$", text[end:])):  # an apposition, no list
        title = lower.group(0).strip()
    after = None if title else _OFFICE_AFTER_NAME.match(text, end)
    named = text[start : after.end()] if after else f"{title} {text[start:end]}".strip()
    held = []  # the rank and branch words of each office in the title (joined by "and") with the asked noun
    for part in re.split(r"\s+and\s+", named):
        office = _office_stems(part)
        if stems_[head] in office:
            held.append(_QUALIFIERS.intersection(office[: office.index(stems_[head])]))
    ranks, branches = _RANKS.intersection(stems_[first:head]), _BRANCHES.intersection(stems_[first:head])

    def same(office: frozenset[str]) -> bool:  # no rank but the one asked; a branch, if one is asked, the one asked
        return office & _RANKS == ranks and (not branches or office & _BRANCHES <= branches)

    if not held or any(map(same, held)):
        return ()
    found = words(question)
    return " ".join(found[first : head + 1]).lower(), named


# An office set after the name between commas: "Shinjiro Koizumi, «Japan's new agriculture minister», said"
_OFFICE_AFTER_NAME = re.compile(
    rf",\s+(?:(?:[A-Z][\w.'’-]*['’]s|the)\s+)?(?:(?:new|current|acting|interim)\s+)?(?:[a-z-]+\s+){{0,3}}?"
    rf"(?i:{OFFICES})\b(?=\s*,)"
)


# A country named before an office without "'s": "US President", "U.S. Secretary of State", "Indian Foreign Minister".
_PLACE = rf"(?:[A-Z]\.){{2,4}}|[A-Z]{{2,4}}(?!\.)|{DEMONYM}"  # "U.S." or "US", not "US." ending a sentence


_NOT_PLACES = frozenset("republican christian anglican lutheran presbyterian episcopalian libertarian".split())


_PLACE_OWNER = re.compile(rf"(?<![\w.])({_PLACE})\s+(?:[A-Z][\w-]*\s+){{0,2}}?(?i:{OFFICES})\b")


# "the President of Pakistan", "the prime minister of India": an owner after its office.
_ASKED_OWNER_AFTER = re.compile(rf"\b(?i:{OFFICES})\s+of\s+(?:the\s+)?({_OWNER})")


# Words of a body inside a country rather than of the country: "the State Department spokesperson", "the Secretary
# of State", "the White House spokesperson".
_DEPARTMENTS = _BRANCHES | frozenset(
    map(stem, "state department ministry office house council committee agency bureau treasury staff affairs".split())
)


def _title_owner(title: str, office: str) -> str:
    """The owner a title gives the office (a stem): "Pakistan’s Ambassador", "US President" ("" when none)."""
    given = next(
        (m for m in (_GIVEN_OWNER.search(title), _PLACE_OWNER.search(title)) if m and office in _office_stems(m[0])),
        None,
    )
    return "" if not given or given.group(1).lower() in _NOT_PLACES else given.group(1)


@lru_cache(maxsize=1024)
def owner_asked(question: str) -> str:
    """The owner of the office the question asks for: "Pakistan" in "Pakistan's president", "the US ambassador",
    "the President of Pakistan"; "" when none, or when it is a body rather than a country ("the State Department
    spokesperson", "the Secretary of State")."""
    before = _asked_owner_match(question)
    after = _ASKED_OWNER_AFTER.search(question)
    owner = before.group(1) if before else after.group(1) if after else ""
    return "" if _DEPARTMENTS.intersection(_office_stems(owner)) else owner


def owner_elsewhere(
    question: str, text: str, sentence: tuple[int, int], start: int, end: int, others: Sequence[str] = ()
) -> tuple[str, ...]:
    """(the office asked for, the answer as the article titles it) when the question asks for one owner's office
    ("the President of Pakistan", "Pakistan's president") and the article titles the answer (``text[start:end]``,
    in ``text[sentence[0]:sentence[1]]``) with that office of another owner ("US President Donald Trump"): where it
    is cited, or, when the title there names no owner ("President Donald Trump hosted ..."), where the article, or
    one of ``others`` (the other retrieved articles: reports of the same events), names the answer again."""
    office, owner = _asked_office(question), owner_asked(question)
    name = list(itertools.takewhile(lambda w: w[0].isupper(), words(text[start:end])))  # "Donald Trump" hosted ...
    if office is None or not owner or not name:
        return ()
    first, head, stems_ = office
    here = _title_before(text[sentence[0] :], start - sentence[0], limit=12)
    named = [(here, f"{here} {text[start:end]}")]  # (a title, the title with the name)
    if not _title_owner(here, stems_[head]):
        named += _titles_of(name[-1], tuple(dict.fromkeys((text, *others))))
    other, as_named = next(((o, n) for t, n in named if (o := _title_owner(t, stems_[head]))), ("", ""))
    if not other or same_place(owner, other) or same_place(owner, " ".join(name)):
        return ()
    asked = " ".join(words(question)[first : head + 1])
    return (f"{owner}'s {asked}" if asked[0].islower() else f"the {asked} of {owner}"), as_named


# "Which Pakistani official ...?", "What US senator ...?": a person of one country, asked by its people's name.
_PEOPLE = frozenset(map(stem, "official diplomat politician lawmaker negotiator leader person figure".split()))


_OPENING_OWNER = re.compile(rf"({_PLACE}|{_OWNER}(?=['’]s\s))(?:['’]s)?\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:{OFFICES})\b")


_ASKED_NATIONALITY = re.compile(
    rf"^(?:[Ww]hich|[Ww]hat)\s+(?:(?:senior|top|former|other|two|three)\s+)?({_PLACE})\s+((?:[a-z-]+\s+){{0,2}}?[a-z-]+)\b"
)  # "Which senior US officials ...?"


_POSTED_TO = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}$")


def other_nationality(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the person asked for, the answer as the evidence titles it) when the question asks for a person of one
    country ("Which Pakistani official met Jamieson Greer?") and the title just before the answer gives another
    country ("US Commerce Secretary Howard Lutnick"); () otherwise, and when the answer is untitled there."""
    asked = _ASKED_NATIONALITY.match(question.strip())
    if not asked or asked.group(1).lower() in _NOT_PLACES:
        return ()
    person = words(asked.group(2))[-1]
    if stem(person) not in _PEOPLE | _OFFICE_HEADS:
        return ()
    # the title before the answer's name, without the place it is posted to ("Pakistan’s Ambassador to the United
    # States" is no US official), and any it opens with: "US Commerce" before "Secretary Howard Lutnick"
    titled = _title_before(text[sentence[0] :], start - sentence[0], limit=12)
    before = _POSTED_TO.sub("", titled)
    title = " ".join(filter(None, (before, text[start : _name_start(text, start, end)].strip())))
    given = _PLACE_OWNER.search(title) or _GIVEN_OWNER.search(title) or _OPENING_OWNER.match(text, start, end)
    if not given or given.group(1).lower() in _NOT_PLACES or same_place(asked.group(1), given.group(1)):
        return ()
    several = person.endswith("s") and not person.endswith("ss")  # "Which senior US officials ...?"
    return f"{'' if several else 'a '}{asked.group(1)} {asked.group(2)}", " ".join(
        filter(None, (titled, text[start:end]))
    )


@lru_cache(maxsize=64)
def _titled_owners(question: str, answer: str, texts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(the owner, the title with the name) of each title that ``texts`` (the retrieved reports) give the answer
    with the very office the question asks of an owner, opening with an owner ("Pakistan’s Deputy Prime Minister and
    Foreign Minister Ishaq Dar" for "Who is the US foreign minister?"); () when the question asks no owner's office.
    Cached: ``owner_confirmed`` and ``owner_contradicted`` ask it of the same citation."""
    office, owner = _asked_office(question), owner_asked(question)
    name = [w for w in itertools.takewhile(lambda w: w[0].isupper(), words(answer)) if w.lower() not in _TITLE_WORDS]
    if office is None or not owner or not name:
        return ()
    first, head, stems_ = office
    asked = set(stems_[first : head + 1])
    return tuple(
        (APOSTROPHE_S.sub("", given[0]), named)
        for title, named in _titles_of(name[-1], tuple(dict.fromkeys(texts)))  # the cited article is retrieved too
        if (given := words(title))
        and (APOSTROPHE_S.search(given[0]) or re.fullmatch(_PLACE, given[0]))
        and given[0].lower() not in _NOT_PLACES | TITLE_NOUNS  # "CEO John Sculley": no owner
        and asked <= set(_office_stems(title))
    )


def owner_confirmed(question: str, answer: str, texts: Sequence[str]) -> bool:
    """Whether a retrieved report titles the answer with the office asked, of the owner asked: "Who is Pakistan's
    foreign minister?" is answered by "Mohammad Ishaq Dar" from "Deputy Prime Minister and Foreign Minister Mohammad
    Ishaq Dar spoke ...", which does not say whose, when another report writes "Pakistan’s Deputy Prime Minister and
    Foreign Minister Ishaq Dar"."""
    owner = owner_asked(question)
    return any(same_place(owner, given) for given, _ in _titled_owners(question, answer, tuple(texts)))


def owner_contradicted(
    question: str, text: str, sentence: tuple[int, int], start: int, end: int, others: Sequence[str] = ()
) -> tuple[str, ...]:
    """(the office asked for, the answer as a report titles it) when the reports title the answer (``text[start:end]``)
    with the office asked, but only ever of another owner ("Who is the US foreign minister?" answered "Mohammad
    Ishaq Dar", whom another report calls "Pakistan’s Deputy Prime Minister and Foreign Minister"); () otherwise."""
    owner, titled = owner_asked(question), _titled_owners(question, text[start:end], (text, *others))
    if not titled or any(same_place(owner, given) for given, _ in titled):
        return ()
    first, head, _ = _asked_office(question) or (0, 0, ())
    asked = " ".join(words(question)[first : head + 1])
    return f"the {owner} {asked}", titled[0][1]


_STANCE_ASKED = re.compile(r"\b(?:position|stance|view|views|stand)\s+(?:on|regarding|about|toward|towards)\b", re.I)
# A position on a body is a seat on it: "his position on the board" may well be "chairman".
_BODY = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:board|committee|council|team|panel|court|commission|cabinet|staff|show|"
    r"bench|ticket|squad|season|jury|faculty|senate|house|assembly)\b",
    re.I,
)


def office_for_stance(question: str, answer: str) -> str:
    """Says "a stance, not an office" when the question asks for someone's position on something ("What is Rubio's
    position on the Kashmir dispute?") and the answer is nothing but an office ("Secretary"); "" otherwise."""
    stance, said = _STANCE_ASKED.search(question), words(answer)
    titled = said and all(w.lower() in _TITLE_WORDS for w in said)
    return "a stance, not an office" if stance and titled and not _BODY.match(question, stance.end()) else ""


# Words that put an office holder in the past: "former president", "the previous administration under president".
_FORMER = frozenset("former previous ex late then outgoing erstwhile past".split())
_TENURES = frozenset(map(stem, "administration government regime presidency reign".split()))
_HELD = _OFFICE_HEADS | _TENURES
_NOW = re.compile(r"^(?:who|which|what)\b.*?\b(?:is|are|will\s+be|will\s+become)\b", re.I)  # held now, or to come
_WHEN_ASKED = re.compile(r"\b\d{4}\b|\b(?:then|former|previous|before|once|formerly|ex)\b", re.I)


def _holds(following: list[re.Match]) -> bool:
    """The words after "former", "then" … name an office or a tenure, past an owner and the office's branch or rank:
    "former US President", "former French president", "former finance minister", "the previous administration",
    "then-mayor"; not "then met" (Dar then met Rubio)."""
    rest = [
        m.group()
        for m in following
        if not re.fullmatch(_PLACE, m.group())
        and not places.is_people(m.group())
        and _office_stem(m.group()) not in _QUALIFIERS
    ]
    return bool(rest) and stem(rest[0]) in _HELD


# What says of the one named that they were in office: "«Nicolas Sarkozy» on Tuesday became the first former", "«X»,
# the former", "«Raila Odinga», Kenya's veteran opposition leader and former"; not "«X» met the former"
_SAID_TO_BE = re.compile(
    r",\s+(?:the|a|an)\s+|(?:\s+[\w'’-]+){0,3}?\s+(?:is|was|became|becomes|remains|remained)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:first|only|last|second|third)\s+)?|"
    r",\s+[A-Z][\w.-]*['’]s\s+(?:(?:[a-z-]+\s+){1,3}and\s+(?:the\s+)?)?"
)


_HELD_NOW = re.compile(r"\b(?:current|currently|incumbent)\b", re.I)


def former_holder(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, ...]:
    """(the office asked for, now; the words that put the answer in the past) when the question asks who holds an
    office now ("Who is the President of the United States?") and the cited sentence gives the answer
    (``text[start:end]``) as a past holder ("the previous administration under president Joe Biden"); ()
    otherwise, and when the question names a time of its own ("in 1954", "before") or the sentence says the answer
    holds an office now too ("current"). An apposition may go on to the past office: "«Raila Odinga», Kenya's
    veteran opposition leader and former prime minister" (0.60 for Kenya's current prime minister, in a set of
    outside reports). On SQuAD v1.1 train it flags none of the 130 gold answers to such questions that name no time."""
    office = _asked_office(question)
    if office is None or not _NOW.match(question.strip()) or _WHEN_ASKED.search(question):
        return ()
    if _HELD_NOW.search(text, *sentence):  # "«Greg Mullen», the former Deputy Chief …, serves as the current Chief"
        return ()
    first, head, _ = office
    before = list(re.finditer(r"[A-Za-z]+", text[sentence[0] : start]))[-8:]
    marker = next((m for i, m in enumerate(before) if m.group().lower() in _FORMER and _holds(before[i + 1 :])), None)
    asked = " ".join(words(question)[first : head + 1]).lower()
    if marker is not None:
        return f"the {asked} now", text[sentence[0] + marker.start() : end]
    # ten words: "…, Kenya's veteran opposition leader and former prime minister"
    after = list(re.finditer(r"[A-Za-z]+", text[end : sentence[1]]))[:10]
    marker = next((m for i, m in enumerate(after) if m.group().lower() in _FORMER and _holds(after[i + 1 :])), None)
    if marker is None or not _SAID_TO_BE.fullmatch(text, end, end + marker.start()):
        return ()
    return f"the {asked} now", text[start : end + marker.end()]


# "Who was the previous Bangladesh Bank governor?"; not "prior to the general election"
_FORMER_ASKED = re.compile(
    rf"\b(?:previous|former|preceding|outgoing|ex-|onetime|erstwhile)\s+(?:(?!to\b|of\b)[\w'’.-]+\s+){{0,3}}?"
    rf"({OFFICES})\b",
    re.I,
)
_FORMER_SAID = re.compile(rf"\b(?:{'|'.join(sorted(_FORMER | {'onetime', 'retired'}))})\b", re.I)
# "Who will be the new mayor of Anaheim?", "Who is the next governor?": one to come
_NEXT_ASKED = re.compile(
    rf"(?:^\W*who\s+(?:will|is\s+going\s+to|is\s+to)\s+(?:be|become)\s+(?:the\s+|its\s+|their\s+)?new|"
    rf"\b(?:next|incoming|future))\s+"
    rf"(?:(?!to\b|of\b)[\w'’.-]+\s+){{0,3}}?({OFFICES})\b",
    re.I,
)
_BEFORE_TO_COME = re.compile(r"^.*?(?=\b(?:new|next|incoming|future)\b)", re.I)
_NEXT_SAID = re.compile(r"\b(?:new|next|incoming|future|elect|designate|nominee|successor|succeed\w*)\b", re.I)


def sitting_for_former(question: str, text: str, start: int, end: int) -> str:
    """What a question about a former or next holder of an office asks for ("the previous Bangladesh Bank governor",
    "the new mayor" one "will be") when the passage titles the answer (``text[start:end]``) with that office and
    nothing that says it was theirs once ("former", "then", "outgoing") or is to come ("-elect", "incoming"): "Who
    was the previous Bangladesh Bank governor?" answered "Ahsan H Mansur" (0.86, in a report outside the seeds) from
    "Bangladesh Bank Governor Ahsan H Mansur", "Who will be the new mayor of Anaheim?" answered "Curt Pringle"
    (0.72) from "where Mayor Curt Pringle has served"; "" otherwise. None of SQuAD v1.1 train's 28 gold answers to
    questions of a former holder is flagged, nor of its 2 of a next one."""
    former = _FORMER_ASKED.search(question)
    asked, said = (former, _FORMER_SAID) if former else (_NEXT_ASKED.search(question), _NEXT_SAID)
    if not asked:
        return ""
    title = _title_before(text, start)
    titled = f"{title} {text[start:end]}".strip()
    office = list(re.finditer(rf"\b{asked.group(1)}\b", titled, re.I))
    name = titled[office[-1].end() :].strip(" ,") if office else ""
    if not name or said.search(text, max(0, start - len(title) - 30), end):
        return ""
    held = asked.group() if former else _BEFORE_TO_COME.sub("", asked.group())  # "new mayor", not "Who will be …"
    return f"the {held} (the passage calls “{name}” “{titled[: office[-1].end()]}” now)"


# What a report calls the firm it is about once it has named it: "the company", "the carmaker"
FIRM_NOUNS = (
    r"(?:company|firm|group|bank|carrier|airline|maker|automaker|carmaker|retailer|lender|insurer|manufacturer)"
)
# A firm's office a report gives without naming the firm: "Sho Minekawa, «the company's CEO»"
_FIRMS_OFFICE_AFTER = re.compile(rf",\s+the\s+{FIRM_NOUNS}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{OFFICES})\b", re.I)
_FIRMS_OFFICE_BEFORE = re.compile(rf"\bthe\s+{FIRM_NOUNS}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{OFFICES}),?\s+$", re.I)
# or as the firm that is led: "The company, led since March by «chief executive» Lip-Bu Tan"
_FIRM_LED_BY = re.compile(
    rf"\b[Tt]he\s+{FIRM_NOUNS},?\s+(?:which\s+is\s+|which\s+has\s+been\s+)?led\s+(?:[\w-]+\s+){{0,3}}?by\s+"
    r"(?:[a-z][\w-]*\s+){0,3}$"
)


_PERMANENT_ASKED = re.compile(r"\b(?:permanent|full-time|long-term)\b", re.I)
# "Mira Murati … will serve as «interim» chief executive", "the acting president, Kamala Harris"
_STOPGAP = re.compile(
    r"\b(?:interim|acting|caretaker|temporary|stand-in)\s+(?:[a-z-]+\s+){0,2}?(?:chief|president|leader|head|director|"
    r"chair\w*|manager|minister|governor|mayor|coach|executive|officer|secretary|commissioner|ceo)\b",
    re.I,
)


def stopgap_for_permanent(question: str, text: str, start: int, end: int) -> str:
    """Says "a permanent one, not a stopgap" when "Who will be OpenAI's permanent chief executive?" is answered by
    one its clause calls interim, acting or caretaker: "«Mira Murati», the company's chief technology officer, will
    serve as interim chief executive while the board searches for a permanent successor" (0.77, an unanswerable
    question in a set of outside reports on a firing); "" otherwise, and where the question asks about the stopgap."""
    if not _PERMANENT_ASKED.search(question) or re.search(r"\b(?:interim|acting|caretaker)\b", question, re.I):
        return ""
    first, last = line_sentence(text, start, end)
    clause = re.split(r"[;]|\b(?:while|but|whereas|until)\b", text[start : min(last, end + 100)])[0]
    near = text[max(first, start - 40) : start] + " " + clause
    return "a permanent one, not a stopgap" if _STOPGAP.search(near) else ""


_LEADS = r"leads|heads|runs|chairs|manages|directs|led|headed|ran|chaired|managed|directed"
_LEADER_ASKED = re.compile(rf"^\W*[Ww]ho\s+({_LEADS})\s+(?:the\s+)?({_OWNER})\W*$")  # "Who leads SpaceX?"
# "Mark Nappi, who leads the Starliner program at Boeing", "Gwynne Shotwell, SpaceX's president"
_LEADS_AFTER = re.compile(rf"\s*,\s+who\s+(?:{_LEADS})\s+[^,.;]*?\b(?:at|of|for)\s+(?:the\s+)?({_OWNER})")


def leader_of_another(question: str, text: str, start: int, end: int) -> str:
    """What "Who leads SpaceX?" asks when the answer (``text[start:end]``) is described right after as leading
    something of another body, or as another's office: "Mark Nappi, who leads the Starliner program at Boeing" (0.72,
    an unanswerable question in a set of outside reports on a spacecraft); "" otherwise."""
    asked = _LEADER_ASKED.match(question)
    given = (_LEADS_AFTER.match(text, end) or _OWNED_AFTER.match(text, end)) if asked else None
    if not asked or not given:
        return ""
    owner, other = asked.group(2), given.group(1)
    if {stem(w) for w in words(owner)} & {stem(w) for w in words(other)} or same_place(owner, other):
        return ""
    return f"whoever {asked.group(1)} {owner} (the passage says “{given.group().strip(' ,')}”)"


def firms_office_for_another(question: str, text: str, start: int, end: int, headline: str) -> str:
    """What a question about one firm's office asks for ("Toyota's CEO") when the passage titles the answer
    (``text[start:end]``) "the company's CEO" in a report whose ``headline`` names another firm, not the one asked
    about: "Who is Toyota's CEO?" answered "Sho Minekawa" (0.81, in a report outside the seeds) from "Sho Minekawa,
    the company's CEO", under "Takata airbag concerns spurs on more Honda recalls", or "The company, led since March
    by chief executive «Lip-Bu Tan»" for Nvidia's under "A lifeline for Intel, …" (0.86, in a set of outside
    reports); "" otherwise, and without a headline (SQuAD's paragraphs have none)."""
    asked = _asked_owner_match(question)
    if not headline or asked is None or re.search(rf"\b{re.escape(asked.group(1))}\b", headline):
        return ""
    before = text[max(0, start - 80) : start]
    given = _FIRMS_OFFICE_AFTER.match(text, end) or _FIRMS_OFFICE_BEFORE.search(before) or _FIRM_LED_BY.search(before)
    if given is None:
        return ""
    return f"{asked.group()} (the passage gives “{given.group().strip(' ,')}” in a report headlined “{headline}”)"
