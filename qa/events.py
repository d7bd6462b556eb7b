"""Vetoes about what: answers about another event or thing than the one asked for.

An event the passage never tells of, a thing of another people, one left unnamed answered by another, a visit told
as elsewhere, a place set aside or in another role, a reason for a name, the helper for the one helped, a party to
what followed, another kind of thing, the opposite of what was said. How many is ``qa.figures``; when,
``qa.times``. Each was kept only where it flags under 1.5% of SQuAD v1.1 train's gold answers to such questions.
"""

from __future__ import annotations

import re

from qa import places
from qa.answer_types import CAUSE_ASKED, SETTING_ASIDE
from qa.lexical import (
    NAME,
    QUESTION_FRAME,
    STOPWORDS,
    WORD,
    is_content_word,
    line_sentence,
    stem,
    stems,
    words,
)
from qa.places import DEMONYM_ENDINGS, DEMONYMS, same_place
from qa.rewording import SAID_FOR
from qa.roles import AGENT_ASKED

# "How many people have died": a count asked of what happened to those counted
COUNT_ASKED = r"^how\s+many\s+(?:[\w'-]+\s+){0,3}?(?:(?:have|had|has)\s+)?"

# Events a question asks about that evidence must speak of: (asked, said, what the question asks for).
DEATHS_ASKED = re.compile(
    COUNT_ASKED + r"(?:died|(?:were|was|been)\s+killed|perished|lost\s+their\s+lives|deaths|fatalities|dead)\b", re.I
)
_EVENTS = (
    (  # "Pakistan’s army chief, Field Marshal Asim Munir" says where he serves, not where he was born
        re.compile(
            r"^(?:where|(?:in\s+)?(?:what|which)\s+(?:city|country|town|village|place|state))\b.*\bborn\b", re.I
        ),
        re.compile(r"\b(?:born|birth\w*|natives?|hometown|née|b\.)(?!\w)", re.I),  # "(b. Netherlands 1659)"
        "a place of birth",
    ),
    (  # "the Counterterrorism Dialogue, scheduled for August" says when it starts, not when it ends
        re.compile(r"^when\b.*\b(?:end|ends|ended|conclude[sd]?|finish(?:ed|es)?)\W*$", re.I),
        re.compile(
            r"\b(?:end\w*|conclu\w*|finish\w*|until|till|through|clos\w*|last\w*|over|expir\w*|terminat\w*|"
            r"complet\w*|ceas\w*|surrender\w*|armistice|dissol\w*|abolish\w*|fell|fall\w*|collaps\w*|death|died|"
            r"settle\w*|lifted|after|between)\b|\bfrom\b[^.;]{1,60}?\bto\b|\d\w*\s+to\s+\d|\d\s*[-–—]\s*\d|[–—]",
            re.I,
        ),
        "when it ends",  # said as a range too: "(220–589)", "from 1271 to 1368", "500 to 900 AD"
    ),
    (  # "eight people were injured" counts no dead: "How many people died in the shooting?" was answered "eight"
        DEATHS_ASKED,
        re.compile(
            r"\b(?:kill\w*|die[ds]?|dying|dead\w*|deaths?|fatal\w*|perish\w*|lives|bodies|toll|casualt\w*|massacre\w*|"
            r"murder\w*|slain|slaughter\w*|execut(?:e|ed|es|ing|ions?)|drown\w*|genocide|victims?|mortality|decimat\w*|extermina\w*|lost|"
            r"loss\w*|shot|starv\w*|destroy\w*|assassinat\w*)\b",
            re.I,
        ),
        "a number of deaths (the passage tells of none)",
    ),
    (  # and "three people were killed" counts no injured
        re.compile(
            COUNT_ASKED + r"(?:(?:were|was|been|got)\s+(?:injured|wounded|hurt|hospitali[sz]ed)|injuries)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:injur\w*|wound\w*|hurt\w*|hospital\w*|casualt\w*|treated|burns?|harm\w*|victims?|maim\w*)\b", re.I
        ),
        "a number of injured (the passage tells of none)",
    ),
    (  # "Who is Agatha Sangma's father?" is not answered by "Like Agatha, Pala belongs to Meghalaya"
        re.compile(
            r"^who\s+(?:is|was|are|were)\b.*['’]s?\s+(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|"
            r"aunt|grandfather|grandmother|spouse|parents?|children)\W*$",
            re.I,
        ),
        re.compile(
            r"\b(?:father|mother|sons?|daughters?|wife|wives|husband|brothers?|sisters?|parents?|uncle|aunt|nephew|"
            r"niece|grand\w+|spouse|child|children|widow\w*|fianc\w*|cousin|step\w+|\w+-in-law|married|marr\w*|"
            r"born|birth|fathered|née|nee|family|heir|dad|mum|mom|king|queen|prince\w*|emperor|empress)\b",
            re.I,
        ),
        "a relative (the passage names no one's family)",
    ),
    (  # "filmed the night game with the San Diego Padres" says who played, not who won
        re.compile(
            r"^\W*(?:who|which\s+(?:team|side|club|player|country|candidate|party|nation))\s+(?:won|wins|will\s+win)\s+"
            r"(?:the|this|that|last)?\s*(?:[\w'’-]+\s+){0,3}?(?:game|match|race|final|tie|bout|fight|contest|"
            r"tournament|championship|election|vote|award|prize|title|cup|series|derby|clash|encounter|fixture|"
            r"showdown)s?\b",
            re.I,
        ),
        re.compile(
            r"\b(?:won|wins?|winners?|winning|victor\w*|beat\w*|defeat\w*|champion\w*|titles?|triumph\w*|clinch\w*|"
            r"prevail\w*|edged|overc\w+|rout\w*|thrash\w*|crush\w*|claim\w*|took|tak\w*|captur\w*|earn\w*|secur\w*|"
            r"gain\w*|scor\w*|award\w*|elect\w*|lost|los[ei]\w*|first|gold|medal\w*|prize\w*|troph\w*|cup|"
            r"honou?r\w*|success\w*|upset|sweep|swept|landslide|majority|seats|votes?|conquer\w*|seiz\w*|bested|"
            r"topped|outscored|vanquish\w*)\b|\d+\s*[-–]\s*\d+",
            re.I,
        ),
        "who won (the passage tells of no result)",
    ),
    (  # "collided with the JAL plane around 5:47 p.m." says nothing of when it took off
        re.compile(  # a craft's departure, not an idea's ("When did industrialization take off?")
            r"^(?=.*\b(?:plane|jet|flight|aircraft|airliner|helicopter|rocket|ship|train|bus|ferry|boat|vessel|shuttle|"
            r"spacecraft|capsule|balloon|drone)s?\b).*(?:\b(?:tak(?:e|es|en|ing)|took|lift(?:s|ed|ing)?)\s+off\b|"
            r"\btake-?off\b|\bdepart(?:s|ed|ing)?\b)",
            re.I,
        ),
        re.compile(
            r"\b(?:tak(?:e|es|en|ing)|took|lift\w*|set)\s+(?:off|out|sail)\b|\b(?:take-?offs?|liftoff|depart\w*|leav\w*|"
            r"left|launch\w*|airborne|flew|flown|sail\w*)\b",
            re.I,
        ),
        "a departure (the passage tells of none)",
    ),
    (  # "crashed near the village of Kuzhenkino" says nothing of whose hometown it is
        re.compile(r"^\W*(?:where|what|which)\b[^?]*\b(?:home\s*town|native\s+(?:city|town|village))\W*$", re.I),
        re.compile(
            r"\b(?:home\s*towns?|home|native|born|birth\w*|grew\s+up|raised|natal|resident|lives?|lived)\b", re.I
        ),
        "a hometown (the passage tells of none)",
    ),
    (  # "losing the primary to Mamdani in June" says nothing of when he called him
        re.compile(
            r"^\W*(?i:when|on\s+what\s+(?:date|day)|what\s+day)\s+(?i:did|does|do|will|would|had|has|have)\s+"
            r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s+(?i:call|phone|telephone|ring)\s+[A-Z]"
        ),
        re.compile(
            r"\b(?:call\w*|phon\w*|telephon\w*|rang|ring\w*|spoke|speak\w*|talk\w*|conversation|dial\w*|"
            r"congratulat\w*|conferenc\w*|contact\w*)\b",
            re.I,
        ),
        "a call (the passage tells of none)",
    ),
)


def event_unsaid(question: str, window: str) -> str:
    """What the question asks for ("a place of birth", "when it ends") when it asks about an event that the cited
    sentence and its neighbours (``window``) say nothing of; "" otherwise. On SQuAD v1.1 train none flags any
    gold answer: of 37 questions asking where someone was born, 93 asking when something ended, 128 asking how many
    died, 9 how many were injured, 37 who won a game, race, election or prize, 7 about a craft's departure and 1
    asking for a hometown; none asks when one called another by name."""
    return next(
        (kind for asked, said, kind in _EVENTS if asked.search(question.strip()) and not said.search(window)), ""
    )


CLAUSE_BREAK = re.compile(r"[,;:()—–]")


_PEOPLES_THING = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+([A-Z][a-z]+)\s+([a-z]+)")  # "Which Afghan group ...?"


_CITY_ASKED = re.compile(r"^\W*(?:in\s+|to\s+|from\s+)?(?:which|what)\s+(city|town|village)\b", re.I)


def country_for_city(question: str, answer: str) -> str:
    """What "Which city did Wagner take?" asks when the answer is a country or a state that names no city of the
    places table ("Belarus", 0.47 with the answer's sentence cut, in a report outside the seeds; not "Singapore" nor
    "New York"); "" otherwise."""
    asked = _CITY_ASKED.match(question)
    where = places.place(re.sub(r"^\W*the\s+", "", answer, flags=re.I).strip(" .,;:")) if asked else None
    if asked is None or where is None or where.city:
        return ""
    return f"a {asked.group(1).lower()}, not a {'country' if where.country else 'state'}"


def another_people(question: str, answer: str) -> str:
    """What the question asks for ("an Afghan group") when it asks for a thing of one people and the answer is
    another country ("Which Afghan group carried out the Kabul Airport attack?" answered "Pakistan", 0.61); ""
    otherwise. None of SQuAD v1.1 train's 189 gold answers to such questions is flagged."""
    asked = _PEOPLES_THING.search(question)
    of = places.people_of(asked.group(1)) if asked else None
    given = places.place(answer.strip(" .,")) if of is not None else None
    if asked is None or of is None or given is None or not given.country or given.countries & of.countries:
        return ""
    return _peoples_thing(asked)


def _peoples_thing(asked: re.Match[str]) -> str:
    """ "an Afghan group", "a Pakistani city": the thing of one people a question asks for."""
    return f"{'an' if asked.group(1)[0] in 'AEIOU' else 'a'} {asked.group(1)} {asked.group(2)}"


# "Indian Illegally Occupied «Jammu and Kashmir»": a people's word opening the name the answer ends
_PEOPLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")


def named_for_another_people(question: str, text: str, start: int, end: int) -> str:
    """What the question asks for ("a Pakistani city") when it asks for a thing of one people and the passage names
    the answer (``text[start:end]``) with another people's word just before it: "Which Pakistani city was struck by
    India?" answered "Jammu and Kashmir" (0.58) from "Indian Illegally Occupied Jammu and Kashmir"; "" otherwise,
    and for a country's own name there ("Egypt's Nasser"). None of SQuAD v1.1 train's 189 gold answers to such
    questions is flagged."""
    asked = _PEOPLES_THING.search(question)
    of = places.people_of(asked.group(1)) if asked else None
    named = _PEOPLE_BEFORE.search(text[max(0, start - 60) : start]) if of is not None else None
    if asked is None or of is None or named is None or places.place(named.group(1)) is not None:
        return ""
    other = places.people_of(named.group(1))
    if other is None or other.countries & of.countries:
        return ""
    return f"{_peoples_thing(asked)} (the passage says “{named.group()}{text[start:end]}”)"


_WHICH_ONE = re.compile(
    r"\b(?:which|what)\s+((?:[\w-]+\s+){0,3}?)([a-z]+)\s+(?:is|was|are|were|will|would|did|does|do|has|have|had|can|"
    r"could|should|may|might)\b",
    re.I,
)
# Things news names, so that "an American company" is none of them named.
_NAMED_KINDS = frozenset(
    """company firm group organisation organization bank carrier airline maker retailer manufacturer agency party team
club newspaper outlet university country city town official person man woman school hospital hotel airport
stadium""".split()
)
_INDEFINITE = re.compile(r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,2}$", re.I)  # "an American «company»"
_KIND_OF = re.compile(r"\b(?:kinds?|types?|sorts?|forms?)\s+of\b", re.I)  # "What kind of university": any


def unnamed_one(question: str, text: str, start: int, end: int) -> str:
    """What a "which company" question asks ("a named company") when the answer ``text[start:end]`` is one left
    unnamed: "an American company would soon be selected". The answer is in a phrase after "a" or "an" whose noun
    is the question's (or a word news writers use for it: "firm") and which names no company, only perhaps a
    people ("American"); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _WHICH_ONE.search(question)
    if not asked or asked.group(2).lower() not in _NAMED_KINDS or _KIND_OF.search(asked.group(1)):
        return ""
    article = _INDEFINITE.search(text[:start])
    span = words(text[start:end])
    if span[:1] and span[0].lower() in ("a", "an"):
        article, span = None, span[1:]
    elif not article or not span:
        return ""
    before = words(article.group())[1:] if article else []
    after = re.match(r"(?:\s+[a-z][\w-]*){1,2}", text[end:])  # "an «American» company"
    phrase = [*before, *span, *(words(after.group()) if after else ())]
    noun = asked.group(2).lower()
    heads = {stem(noun), *(stem(w) for said in SAID_FOR.get((noun,), ()) for w in said)}
    last = len(before) + len(span) - 1  # the noun is the answer's last word or after it
    at = next((k for k in range(last, len(phrase)) if phrase[k].islower() and stem(phrase[k]) in heads), -1)
    # "a Cisco Systems company" names one; "a Mexico City school" only places it
    capitalised = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", " ".join(phrase[: max(at, 0)]))
    placed = {w for name in capitalised if places.place(name) for w in name.split()}
    named = [w for w in phrase[: max(at, 0)] if w[0].isupper() and not _demonym_like(w) and w not in placed]
    return f"a named {noun}" if at >= 0 and not named else ""


# Words that speak of several things without naming them: "striking multiple Indian military targets"
_SOME_OF = re.compile(
    r"\b(?:multiple|several|some|many|various|numerous|a\s+number\s+of|a\s+few|unnamed|unspecified)\s+", re.I
)
# What may name them just after: "several countries, including France", "targets in Punjab", "sites: …"
_NAMED_AFTER = re.compile(
    r"\s*(?:[,(:—–-]\s*)?(?:includ\w+|such\s+as|namely|like|among\s+them|notably|especially|particularly|"
    r"(?:in|at|near|called|named|known\s+as)\s+[A-Z]|[A-Z\d\"“'‘])"
)


def left_unnamed(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a "which" question asks ("which Indian military targets") when the answer's sentence speaks of those
    things only as "multiple Indian military targets", every word of the question's phrase there, naming none, and
    the answer ``text[start:end]`` is something else in the sentence ("Pakistan deployed its «Al-Fatah missile
    system», striking multiple Indian military targets"); "" otherwise. Only answers before the phrase: one after it
    may be one of those things ("Some Czech words …, for example, robota"). 1 of SQuAD v1.1 train's 87,599 gold
    answers is flagged."""
    asked = _WHICH_ONE.search(question)
    if not asked or _KIND_OF.search(asked.group()):
        return ""
    modifiers, head = {stem(w) for w in words(asked.group(1))}, stem(asked.group(2))
    if not modifiers:  # "Which targets": too little to know the sentence's phrase is the one asked about
        return ""
    for some in _SOME_OF.finditer(text, *sentence):
        found = list(WORD.finditer(text, some.end(), sentence[1]))[:5]
        at = next((k for k, w in enumerate(found) if stem(w.group()) == head), -1)
        if at < 0 or not modifiers <= {stem(w.group()) for w in found[:at]}:
            continue
        phrase_end = found[at].end()
        if end > some.start() or _NAMED_AFTER.match(text, phrase_end):
            continue  # an answer after the phrase may be one of them ("Some Czech words …, for example, robota")
        return f"which {asked.group(1)}{asked.group(2)} (the passage says only “{text[some.start() : phrase_end]}”)"
    return ""


def _demonym_like(word: str) -> bool:
    """A word that may name a people rather than one of them: "American", "Pakistani", "French"."""
    w = word.lower()
    return w in DEMONYMS or w.endswith(DEMONYM_ENDINGS)


_VISIT = re.compile(
    rf"\b(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l?ed|s)?\s+to|arriv(?:e|ed|es)\s+in)\s+(?:the\s+)?({places.PLACE_NAME})"
)
_AT_PLACE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({places.PLACE_NAME})")  # not "to": "compared to Hawaii"


def visited_elsewhere(question: str, sentence: str) -> str:
    """What a question about a visit asks ("a visit to Islamabad") when the cited ``sentence`` puts what it tells
    in another known place only: "When did Rubio visit Islamabad?" answered "Friday" from "Dar met Rubio in
    Washington on Friday". A city in the country asked (Beijing for China) or its country is no other place, and
    a sentence that names the place asked anywhere after "in" or "at" vetoes nothing; "" otherwise. It flags none of
    the 112 SQuAD v1.1 train gold answers to questions about a visit to a known place."""
    asked = _VISIT.search(question)
    where = places.place(asked.group(1)) if asked else None
    if asked is None or where is None:
        return ""
    elsewhere = False
    for m in _AT_PLACE.finditer(sentence):
        there = places.place(m.group(1))
        if same_place(asked.group(1), m.group(1)) or there is not None and places.overlap(where, there):
            return ""
        elsewhere = elsewhere or there is not None
    return f"a visit to {asked.group(1)}" if elsewhere else ""


IN_PLACE_ASKED = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|province|state|region|village)\s+of\s+)?({places.PLACE_NAME})"
)
# "Four homes were destroyed «there»", not "«There» were four": a place the sentence points back to
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|be|been|will|would|had|has|have|may|might|seems?|remains?)\b)")
_IN_A_PLACE = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?"
    rf"({places.PLACE_NAME})"
)
_IN_A_NAME = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(\w)")  # its first letter: a name's, of any alphabet


def there_is_elsewhere(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question places ("in Napa County") when the answer's sentence puts it only "there", and the sentence
    before, where "there" points, names another known place and not the one asked: "How many homes were destroyed
    in Napa County?" answered "Four" (0.72) from "The largest of the fires was in central Oregon … Four homes were
    destroyed there" (a set of outside reports on wildfires); "" otherwise, and where the place asked holds that
    one ("the United States" holds Oregon) or where "there" follows a place in its own sentence. ``text[start:end]``
    is the answer. None of SQuAD v1.1 train's 57 gold answers to questions placed so, in sentences saying "there",
    is flagged."""
    asked = IN_PLACE_ASKED.search(question)
    if not asked:
        return ""
    said = text[sentence[0] : sentence[1]]
    there = _THERE.search(said)
    if not there or _names(asked.group(1), said):
        return ""
    if any(m.group(1).isupper() for m in _IN_A_NAME.finditer(said, 0, there.start())):
        return ""  # "a plant in Łódź, Poland: production started «there» in «2007»" points back within
    before = re.split(r"(?<=[.!?])\s+", text[: sentence[0]].strip())[-1]
    if _names(asked.group(1), before):
        return ""
    where = places.place(asked.group(1))
    for m in _IN_A_PLACE.finditer(before):
        pointed = places.place(m.group(1))
        if pointed is not None and not (where is not None and places.overlap(where, pointed)):
            return f"what happened in {asked.group(1)} (“there” is {m.group(1)})"
    return ""


def _names(place: str, text: str) -> bool:
    return bool(re.search(rf"\b{re.escape(place)}\b", text))


# An event a question places by name ("the Chile quake", "the Washington derailment"), with the words that tell of it
_EVENT_WORDS = {
    "quake": "quake earthquake tremor temblor",
    "earthquake": "quake earthquake tremor temblor",
    **{
        w: w
        for w in "fire blaze wildfire storm hurricane typhoon cyclone flood crash derailment shooting explosion "
        "blast bombing outbreak eruption landslide tsunami".split()
    },
}
_TOLD_BY = {event: re.compile(rf"\b(?:{'|'.join(ws.split())})s?\b", re.I) for event, ws in _EVENT_WORDS.items()}
_PLACED_EVENT = re.compile(rf"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+({'|'.join(_EVENT_WORDS)})s?\b")


def event_elsewhere(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question asks about an event it places ("the Chile quake") when the answer's sentence tells of such an
    event somewhere else, in another country, and names neither the place asked nor its people: "How many people
    died in the Chile quake?" answered "126" (0.52) from a roundup's "Earlier last week, an earthquake rattled
    northwestern China, killing 126 people"; "" otherwise (``text[start:end]`` the answer). None of SQuAD v1.1
    train's 10 gold answers to questions placing such an event is flagged."""
    asked = _PLACED_EVENT.search(question)
    where = places.named_in(asked.group(1)) if asked else []
    said = text[sentence[0] : sentence[1]]
    if asked is None or not where or not _TOLD_BY[asked.group(2)].search(said):
        return ""
    there = places.named_in(said)
    peoples = {stem(w) for w in re.findall(r"\b[A-Z][a-z]+", said)}
    for name, place in where:
        if re.search(rf"\b{re.escape(name)}", said) or any(place.countries & p.countries for _, p in there):
            return ""
        if any(places.names_people_of(people, stem(name)) for people in peoples):
            return ""
    return f"what happened in the {asked.group()} (the passage speaks of {there[0][0]})" if there else ""


_WHERE = re.compile(r"^\s*(?i:where)\b")
_ORIGIN_ASKED = re.compile(r"^\s*(?i:where)\b.*\bfrom\W*$")  # "Where is Aurangzeb from?"
_HOME_IS_ASKED = re.compile(r"^\s*where\s+(?:is|was|are|were)\b", re.I)  # not "Where did he return from?"
_OWNER_OF = re.compile(r"['’]s\s+[a-z][\w-]*")  # "Pakistan’s assistance": whose, not where
# a place visited, or come back from ("back from «Mount Everest»"), or what smoke billowed from: no one's home
_VISITED = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?\s+to|trip\s+to|arrived\s+in|went\s+to|toured|"
    r"(?:back|return(?:ed|ing|s)?|billow(?:ed|ing|s)?|pour(?:ed|ing|s)?)\s+from)\s+(?:the\s+)?$",
    re.I,
)


def place_in_another_role(question: str, text: str, start: int, end: int) -> str:
    """What a "where" question asks, with what the passage says instead, when the answer (``text[start:end]``) is
    a place in another role; "" otherwise. An owner ("Where was the attack's mastermind arrested?" answered
    "Pakistan" from "Pakistan’s assistance in arresting", 0.53) says whose, not where: 4 of SQuAD v1.1 train's
    3,293 gold answers to "where" are so followed (0.12%). A place visited ("Where is Aurangzeb from?" answered
    "Washington" from "who also visited Washington", 0.51), or one come back from ("Kami Rita was back from «Mount
    Everest»", 0.79), is not where one is from: none of the 230 answers to "Where ... from?" is. Where one is from
    ("Michael Banchs, 37, of «Arlington»" for "Where is Banchs being held?", 0.65 with the answer's sentence cut) is
    no other place (``_HOME_BEFORE``)."""
    if not _WHERE.match(question):
        return ""
    owner = _OWNER_OF.match(text, end)
    if owner:
        return f"a place (the passage speaks of “{text[start : owner.end()]}”)"
    visited = _VISITED.search(text[max(0, start - 30) : start])
    come_back = visited and " from" in visited.group()  # "Where did he return from?" asks that place
    if visited and _ORIGIN_ASKED.match(question) and (not come_back or _HOME_IS_ASKED.match(question)):
        return f"where one is from (the passage says “{visited.group().strip()} {text[start:end]}”)"
    home = _HOME_BEFORE.search(text, max(0, start - 60), start)
    if home and not _HOME_ASKED.search(question):
        return f"the place asked, not where one is from (the passage says “{home.group()}{text[start:end]}”)"
    return (
        _went_for_came_from(question, text, start, end)
        or _left_for_went_to(question, text, start, end)
        or _quit_for_works_at(question, text, start, end)
    )


# where someone is from, as news writes it after the name: "Michael Banchs, 37, of «Arlington»"; none of SQuAD v1.1
# train's 2,843 gold answers to "where" questions that ask no home is so written
_HOME_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*,\s+(?:\d{1,3},\s+)?of\s+(?:the\s+)?$")
_HOME_ASKED = re.compile(
    r"\b(?:from|live[sd]?|living|home\w*|reside[sd]?|resident|native|born|grew|raised|hail\w*)\b", re.I
)


_CAME_FROM_ASKED = re.compile(r"^\s*(?i:where)\b.*\b([a-z]+)\s+from\W*$")  # "Where did the fire spread from?"
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|onto|towards?)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _went_for_came_from(question: str, text: str, start: int, end: int) -> str:
    """Where a thing went, by the question's own verb ("spread the fire to the hills of «the campus»"), is not where
    it came from: 1 of SQuAD v1.1 train's 228 gold answers to "Where did … <verb> from?" is so written."""
    asked = _CAME_FROM_ASKED.match(question)
    if not asked:
        return ""
    clause = re.split(r"[,;:.!?()—–]", text[max(0, start - 60) : start])[-1]
    went = _DESTINATION_BEFORE.search(clause)
    if not went:
        return ""
    verb = stem(asked.group(1).lower())
    said = next((w for w in re.finditer(r"[A-Za-z]+", clause[: went.start()]) if stem(w.group().lower()) == verb), None)
    if said is None:
        return ""
    return f"where it came from (the passage says “{clause[said.start() :].strip()} {text[start:end]}”)"


# "Where did Hasina go?", "Where did the family flee to?"; not "Where did they flee from?"
_WENT_ASKED = re.compile(
    r"^\s*where\s+(?:did|does|do|will|would|has|have|had|is|was|were|are)\b.*\b(?:go|goes|gone|went|going|flee|fled|"
    r"head|heads|headed|heading|travel\w*|fly|flew|flown|move[sd]?|moving|escape[sd]?|run|ran|sail\w*|"
    r"relocate[sd]?)\b(?!.*\bfrom\W*$)",
    re.I,
)
_LEFT_BEFORE = re.compile(  # "left «Dhaka»", "fled the «capital»"; not "fled to «India»"
    r"\b(?:left|leaving|leave|leaves|departed|departing|depart|fled|fleeing|flee|escaped|escaping|quit|evacuated|"
    r"abandoned)\s+(?:the\s+)?$",
    re.I,
)


def _left_for_went_to(question: str, text: str, start: int, end: int) -> str:
    """Where one went is no place one left ("Hasina … «left Dhaka» in a military helicopter" for "Where did Hasina
    go?", 0.67, in a set of outside reports): none of SQuAD v1.1 train's 164 gold answers to such questions is
    flagged."""
    left = _LEFT_BEFORE.search(text, max(0, start - 25), start) if _WENT_ASKED.match(question.strip()) else None
    return f"where one went, not the place one left (“{left.group()}{text[start:end]}”)" if left else ""


_VOTE_ASKED = re.compile(r"\bvot\w*\s+(?:\w+\s+){0,2}?(for|against|in\s+favou?r)\b", re.I)
_VOTED_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(vot\w*\s+(?:\w+\s+){0,2}?(for|against|in\s+favou?r))\b", re.I)


def voted_the_other_way(question: str, text: str, start: int, end: int) -> str:
    """What "How many lawmakers voted for martial law?" asks when the answer's count (``text[start:end]``) voted
    the other way, said right after it: "after «190» lawmakers voted unanimously against it" (0.79, in a set of
    outside reports); "" otherwise. None of SQuAD v1.1 train's 60 gold answers to questions about a side voted on
    is flagged."""
    asked = _VOTE_ASKED.search(question)
    said = _VOTED_AFTER.match(text, end) if asked else None
    if not asked or not said or len({side.lower().startswith("against") for side in (asked[1], said[2])}) == 1:
        return ""
    return f"those who voted {asked.group(1)}, not {said.group(2)} (“{said.group(1)}”)"


_WORKS_ASKED = re.compile(r"^\s*where\s+(?:does|do|is|are)\b.*\b(?:work|works|working|employed|teach|teaches)\b", re.I)
# "quit «Google»", "stepped down after spending a decade at «Google»": a place left, in the answer's clause
_QUIT_BEFORE = re.compile(r"\b(quit|left|leaving|departed|stepped\s+down|resigned|retired)\b[^.;:]*$", re.I)


def _quit_for_works_at(question: str, text: str, start: int, end: int) -> str:
    """Where one works now is no place one quit ("Hinton … «quit Google» in 2023" for "Where does Hinton work?",
    0.54 with his university's sentence cut, then "stepped down after spending a decade at «Google»", 0.54, in
    reports outside the seeds): none of SQuAD v1.1 train's 18 gold answers to such questions is flagged."""
    quit_ = _QUIT_BEFORE.search(text, max(0, start - 60), start) if _WORKS_ASKED.match(question) else None
    return f"where one works now, not a place one “{' '.join(quit_.group(1).split())}”" if quit_ else ""


# "What is Operation Bunyanum Marsoos?": a name the question asks to be told about
_WHAT_NAME_IS = re.compile(
    r"^\s*(?i:what)\s+(?i:is|was|are|were)\s+(?:the\s+|an?\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z\d][\w'’.-]*)*)\s*\?\s*$"
)
# A reason opening the answer's clause: "citing the need to protect civilians"
_REASON_BEFORE = re.compile(r"\b(?:citing|because|due\s+to|owing\s+to)\b[^,;:.!?]*$", re.I)


def reason_for_a_name(question: str, text: str, start: int, end: int) -> str:
    """What "What is <name>?" asks, with the words that make the answer (``text[start:end]``) a reason instead:
    "What is Operation Bunyanum Marsoos?" answered "need to protect civilians" (0.59) from "Pakistan launched
    Operation Bunyanum Marsoos, citing the need to protect civilians"; "" otherwise. None of SQuAD v1.1 train's 186
    gold answers to such questions is flagged."""
    asked = _WHAT_NAME_IS.match(question)
    reason = _REASON_BEFORE.search(text[max(0, start - 40) : start]) if asked else None
    if asked is None or reason is None:
        return ""
    return f"what {asked.group(1)} is (the passage gives a reason: “{reason.group()}{text[start:end]}”)"


_DONE_TO_ASKED = re.compile(r"^\s*(?i:who|whom)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+([a-z]+ed)\b")
_OWNER_MARK = re.compile(r"['’]s\b")
_HELPED_IN = re.compile(r"['’]s\s+(?:[a-z]+\s+){1,2}?(?:in|of|for|with)\s+((?:[a-z]+ing\s+(?:and\s+)?)+)")


def helper_for_the_one_done_to(question: str, text: str, start: int, end: int) -> str:
    """What "Who was <verb>ed …?" asks, with the passage's words, when the answer (``text[start:end]``) owns the help
    in doing it: "Who was arrested for the Kabul Airport attack?" answered "Pakistan" (0.48) from "Pakistan’s
    assistance in arresting and extraditing one of the masterminds"; or what "Who <verb>ed …?" asks when the help
    is in doing something to the ones who did it: "Who masterminded the Kabul Airport attack?" answered "Pakistan"
    (0.63) from the same words; "" otherwise. None of SQuAD v1.1 train's 348 gold answers to the first kind of
    question is flagged, nor any of the 2,586 to the second."""
    done_to, doer = _DONE_TO_ASKED.match(question), AGENT_ASKED.match(question)
    # "Pakistan", "Pakistan’s" or "Pakistan’s assistance": the owner is the answer's first words
    owner = _OWNER_MARK.search(text, start, end + 2) if len(words(text[start:end])) <= 3 else None
    helped = _HELPED_IN.match(text, owner.start() if owner else end) if done_to or doer else None
    if helped is None:
        return ""
    spoken_of = f"(the passage speaks of “{text[start : helped.end()].strip()}”)"
    if done_to:
        helping = {stem(w) for w in helped.group(1).split() if w.endswith("ing")}
        return f"the one {done_to.group(1)} {spoken_of}" if stem(done_to.group(1)) in helping else ""
    done_to_doers = {stem(w) for w in words(text[helped.end() : helped.end() + 80])[:8]}  # "one of the masterminds"
    return f"the one who {doer.group(1)} {spoken_of}" if doer and stem(doer.group(1)) in done_to_doers else ""


_WHO_DID = re.compile(r"^\s*(?:who|which\s+(?:country|countries|group|groups|side|nation|party))\b", re.I)
# "a confrontation between «India and Pakistan» that began after a deadly April 22 attack": what the event led to
_FOLLOWED = re.compile(
    r"\b(?:that|which)\s+(?:began|started|came|followed|erupted|broke\s+out|happened|occurred)\s+(?:after|following)\b"
)


def party_to_what_followed(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a "who" question asks, when the answer (``text[start:end]``) is a party to what began after the event
    the question names, and the rest of its sentence names that event with two of the question's words: "Who
    carried out the April 22 attack?" answered "India and Pakistan" (0.54) from "a military confrontation between
    India and Pakistan that began after a deadly April 22 attack"; "" otherwise. ``sentence``: the answer's, in
    ``text``. No gold answer to a "who" question in SQuAD v1.1 train stands so."""
    if not _WHO_DID.match(question) or re.search(r"\b(?:after|following|since)\b", question, re.I):
        return ""  # "Which countries clashed after the April 22 attack?" asks for the parties to what followed
    rest = text[end : sentence[1]]
    followed = _FOLLOWED.search(rest)
    if followed is None:
        return ""
    asked = {stem(w) for w in words(question) if w.lower() not in STOPWORDS | QUESTION_FRAME}
    if len(asked & stems(rest[followed.end() :])) < 2:
        return ""
    return f"who did what it names, not a party to what {followed.group().split(maxsplit=1)[1]} it"


_BLAMED = re.compile(r"\bblam(?:e|ed|es|ing)\s+(?:(?:the|a|an)\s+)?$", re.I)


def blame_and_blamed_joined(text: str, start: int, end: int) -> str:
    """What the question may ask instead, with the passage's words, when the answer (``text[start:end]``) joins
    what was blamed to whom it was blamed on: "attack on Pakistan-based militants" from "New Delhi blamed the
    attack on Pakistan-based militants" reads as an attack *on* militants (0.61 for "What did Islamabad deny?");
    "" otherwise. None of SQuAD v1.1 train's 7 gold answers right after "blame" is flagged."""
    window = max(0, start - 25)
    blamed = _BLAMED.search(text[window:start])
    if blamed is None or not re.search(r"\s+on\s+", text[start:end]):
        return ""
    return f"what was blamed or on whom, not both (the passage says “{text[window + blamed.start() : end]}”)"


# "Where will Dar travel after the United States?": a place the question puts behind it
_PLACE_BEHIND = re.compile(rf"^\s*(?i:where)\b.*\s(?i:after|{SETTING_ASIDE})\s+((?:the\s+)?{places.PLACE_NAME})")


def place_set_aside(question: str, answer: str) -> str:
    """Says "somewhere other than <place>" when a "where" question sets a known place aside ("after the United
    States", "besides Pakistan") and the answer is that place or one in it ("New York", 0.62 before); "" otherwise.
    None of the 23 SQuAD v1.1 train gold answers to such questions is flagged."""
    asked = _PLACE_BEHIND.search(question)
    behind = places.place(re.sub(r"^the\s+", "", asked.group(1))) if asked else None
    given = places.place(re.sub(r"^(?:(?:in|at|to)\s+)?(?:the\s+)?", "", answer.strip(), flags=re.I))
    if asked is None or behind is None or given is None:
        return ""
    return f"somewhere other than {asked.group(1)}" if places.overlap(behind, given) or behind == given else ""


# Kinds of thing news asks about, by the nouns that name them: a "missile system" is no operation, a "war" no attack.
_THING_KINDS = {
    "operation": "operation campaign offensive mission",
    "attack": "attack bombing assault raid shooting ambush",
    "war": "war conflict confrontation fighting hostilities",
    "weapon": "weapon missile rocket drone jet aircraft bomb system",
    "agreement": "agreement deal pact treaty accord",
    "target": "target site facility installation base",
    "vessel": "ship vessel boat ferry tanker freighter yacht",
    "crossing": "bridge tunnel viaduct",
    "lander": "lander",
    "rover": "rover",
}
_KIND_OF_NOUN = {form: kind for kind, ws in _THING_KINDS.items() for w in ws.split() for form in (w, f"{w}s")}
# Kinds of place, told only by what stands beside a name ("Derna, a city"): "Oro Valley" is a town
_PLACE_KINDS = {"settlement": "city town village", "river": "river stream creek", "valley": "valley canyon gorge"}
_KIND_DESCRIBED = _KIND_OF_NOUN | {w: kind for kind, ws in _PLACE_KINDS.items() for w in ws.split()}
# the noun a which/what question asks for, ended by a verb or a preposition: "Which attack led ...", "What
# missile system was ...", not "What German war policy ..."
_WHICH_THING = re.compile(
    r"\b(?:which|what)((?:\s+[\w-]+){0,2}?\s+[\w-]+)(?=\s+(?:is|was|are|were|will|would|did|does|do|has|have|had|"
    r"can|could|led|of|in|on|against|by|to|[a-z]+ed)\b|\W*$)",
    re.I,
)


# "What was the name of the ship that struck the Key Bridge?", ended as ``_WHICH_THING``'s noun is, or by a clause
_NAME_OF_THING = re.compile(
    r"\bname\s+of\s+(?:the|a|an|this|that|its|their)((?:\s+[\w-]+){0,2}?\s+[\w-]+)(?=\s+(?:that|which|who|"
    r"whose|where|when|is|was|are|were|will|would|did|does|do|has|have|had|can|could|of|in|on|against|by|to|"
    r"[a-z]+ed)\b|\W*$)",
    re.I,
)


_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")  # "Francis Scott «Key Bridge»"
# what stands beside a name says its kind: "Derna, a city of about 90,000 people"
_DESCRIBED_AS = re.compile(r"\s*,\s+(?:a|an)((?:\s+[a-z-]+){1,3})")


def other_kind_of_thing(question: str, text: str, start: int, end: int) -> str:
    """What a "which operation" question asks for ("an operation") when the answer (``text[start:end]``, with the
    rest of its name: "Francis Scott" of "Francis Scott Key Bridge") is named as another kind of thing by its last
    word ("Al-Fatah missile system", "Afghan war" for "Which attack ...?") or by a title that opens it ("Operation
    Bunyanum Marsoos" for "Which targets ...?"), or by what stands beside it: "«Derna», a city of about 90,000" for
    the name of the river valley (0.48, in a set of outside reports on floods); "" otherwise. None of SQuAD v1.1
    train's 566 gold answers to questions that ask for one of these kinds is flagged, nor of any other."""
    named = _NAME_OF_THING.search(question)
    asked = named or _WHICH_THING.search(question)
    noun = words(asked.group(1))[-1] if asked and not _KIND_OF.search(asked.group()) else ""
    kind = _KIND_DESCRIBED.get(noun)
    if kind is None:
        return ""
    goes_on = _NAME_GOES_ON.match(text, end) if text[end - 1 : end].isalpha() else None
    name_end = goes_on.end() if goes_on else end
    answer_words = words(text[start:name_end])
    # by what stands beside it, its last kind word ("Derna, a city of", "Operation Infinite Reach, a bombing
    # campaign"), by its own last word ("Al-Fatah missile system", "Francis Scott Key Bridge"), or its first, a title
    # ("Operation Bunyanum …"), unless a name is asked: "Operation Rolling Thunder" is the name of a bombing. A kind
    # of place is told only beside the name: "Oro Valley" is a town.
    described = _DESCRIBED_AS.match(text, name_end)
    kinds = [_KIND_DESCRIBED[w] for w in words(described.group(1)) if w in _KIND_DESCRIBED] if described else []
    given = kinds[-1] if kinds else None
    if given is None and kind in _THING_KINDS and len(answer_words) >= 2:
        last, first = answer_words[-1], answer_words[0]
        title = first.lower() if first[0].isupper() and not named else ""
        given = _KIND_OF_NOUN.get(last.lower()) or _KIND_OF_NOUN.get(title)
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" if given is not None and given != kind else ""


# "Which «volcano» erupted?": the noun a which/what question asks for, right before its verb
_WHICH_NOUN = re.compile(
    r"^\W*(?:which|what)\s+([a-z]{3,})\s+(?:is|was|were|are|did|does|do|has|had|have|will|[a-z]+ed)\b", re.I
)


def named_so_before(question: str, text: str, start: int, end: int) -> str:
    """What "Which volcano erupted?" asks when the answer's sentence opens on another name it describes as the
    noun asked: "Klyuchevskoy, the highest active volcano in Eurasia, began erupting on «Kamchatka»" (0.50, in a
    set of outside reports on an earthquake); "" otherwise. None of SQuAD v1.1 train's 9,146 gold answers to such
    questions is flagged."""
    asked = _WHICH_NOUN.match(question)
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    named = re.match(
        rf"\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}{asked.group(1).lower()}(?:e?s)?"
        r"(?:\s+(?:in|of|on|at)\s+[^,]{1,40})?,",
        text[first:last],
    )
    if not named or named.group(1).endswith("ly") or first + named.start(1) < end and start < first + named.end(1):
        return ""  # not "Conversely, the maternal lineages …"; nor the name itself
    return f"the {asked.group(1).lower()} (the passage names “{named.group(1)}” so)"


# Events and their opposites, as the question and the sentence write them. Not converses such as "buy" and "sell"
# ("Who bought it?" is answered by "sold to «Anbang»"; "Which country might import oil?" by "export oil to
# «India»"), nor a start and an end ("the end of the war" is no event; ``end_for_start`` reads those).
_OPPOSITE_PAIRS = (
    ("lift lifted lifting remove removed removing reduce reduced reducing", "impose imposed imposing"),
    ("open opened opening reopen reopened reopening", "close closed closing shut"),
    (
        "rise rises rose risen rising jump jumped jumps surge surged soar soared climb climbed",
        "fall falls fell fallen falling drop dropped decline declined plunge plunged tumble tumbled slump slumped",
    ),
    ("increase increased increasing", "decrease decreased decreasing reduce reduced reducing"),
    ("accept accepted approve approved", "reject rejected refuse refused veto vetoed"),
    ("arrive arrived", "depart departed"),
    ("hire hired appoint appointed", "fire fired dismiss dismissed sack sacked"),
    ("gain gained", "lose lost"),
    ("confirm confirmed admit admitted", "deny denied"),
    ("support supported praise praised", "oppose opposed criticize criticized criticise criticised condemn condemned"),
    ("allow allowed permit permitted", "ban banned forbid forbade prohibit prohibited"),
    ("arrest arrested", "release released freed"),
    ("born birth", "die died death"),
    ("agree agreed", "disagree disagreed"),
    ("strengthen strengthened", "weaken weakened"),
    ("include included", "exclude excluded"),
    ("succeed succeeded", "fail failed"),
    ("acquit acquitted acquittal cleared", "convict convicted conviction guilty"),  # none of SQuAD's 54 flagged
    ("catch caught capture captured recapture recaptured", "escape escaped flee fled"),
    ("join joined joining", "left quit"),  # "he left Intel's board in «August»" (0.64)
)
_OPPOSITES: dict[str, set[str]] = {}
for _one, _other in _OPPOSITE_PAIRS:
    for _side, _opposite in ((_one, _other), (_other, _one)):
        for _w in _side.split():
            _OPPOSITES.setdefault(_w, set()).update(_opposite.split())
# A price or count moved, as markets write it: "sending its shares «up 7.7 percent»", "shares «closed slightly
# higher»" (only as the sentence's words: "higher than" compares)
for _w in _OPPOSITE_PAIRS[2][0].split():
    _OPPOSITES[_w].update(("down", "lower"))
for _w in _OPPOSITE_PAIRS[2][1].split():
    _OPPOSITES[_w].update(("up", "higher"))
_MOVED = r"(?:closed|ended|finished|traded|opened|edged|moved)\s+(?:[a-z]+ly\s+)?"
_AS_WRITTEN = {
    "up": r"up(?=\s+\$?\d)",
    "down": r"down(?=\s+\$?\d)",
    "higher": rf"{_MOVED}higher",
    "lower": rf"{_MOVED}lower",
}
_FRONTED = re.compile(  # the subject after a phrase set before it: ", NHTSA ", ", the U.S. agency "
    r"^,\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:and|or|but|then|as|when|while|after|before|if)\b)"
    r"[\w.'’-]+\s+){1,3}$",
    re.I,
)
# A time or place set off after the clause it belongs to: "had closed once already this year, «in June», when"
_TIME_PREPOSITION = r"(?:in|on|at|during)\s+"
_TIME_SET_OFF = re.compile(rf"^[^,;:()—–]*,\s+{_TIME_PREPOSITION}$")
_PREPOSITION = re.compile(_TIME_PREPOSITION)  # an answer's own ("«in June»") sets it off as well
_NEGATED = re.compile(r"(?:\b(?:not|no|never|nor|without)|n['’]t)\s+(?:\w+\s+){0,2}$", re.I)  # "not included": the same


_CONTRASTED = re.compile(r"[;:]\s|,\s+(?:while|whereas|but)\s|\s(?:while|whereas)\s")  # "…, while Cisco's fell 4%"


def opposite_said(question: str, sentence: str, start: int, end: int) -> tuple[str, ...]:
    """(the question's word, its opposite in the sentence) when the answer (``sentence[start:end]``) belongs, in
    its clause (or set before its subject: "«Earlier this month», NHTSA opened", for when it closed; or set off
    after it: "had closed once already this year, «in June»," for when it reopened, 0.52) and within 12
    words, to the opposite of what the question asks about, and the sentence never says what it asks: "When were
    the reciprocal tariffs lifted?" answered from "the Trump administration imposed 29 percent “reciprocal tariffs”
    on Pakistani exports in «April»" (0.52 before), or an answer that holds the opposite ("When was he born?":
    «died 1532»); () otherwise. Not where the question names both ("Did it increase or decrease?") or the sentence
    denies the opposite ("not included"); what another clause says counts not ("Splunk's shares jumped «21%», while
    Cisco's fell 4%" for how much Splunk's fell, 0.71, in a set of outside reports on a takeover). 15 of SQuAD v1.1
    train's 7,422 gold answers to questions with such a word are flagged (0.20%; "What country did Thapa oppose?"
    answered «Great Britain» from "supported France against «Great Britain»")."""
    asked = [w.lower() for w in words(question)]
    # what the answer's own clause says: "Splunk's shares jumped «21%», while Cisco's fell 4%" says no fall of Splunk's
    breaks = [0, *(m.end() for m in _CONTRASTED.finditer(sentence)), len(sentence)]
    opened, closed = max(b for b in breaks if b <= start), min((b for b in breaks if b >= end), default=len(sentence))
    said = {stem(w) for w in words(sentence[opened:closed])}
    for word in asked:
        opposites = _OPPOSITES.get(word, set())
        if not opposites or stem(word) in said or opposites.intersection(asked):
            continue
        for m in re.finditer(rf"\b(?:{'|'.join(_AS_WRITTEN.get(w, w) for w in sorted(opposites))})\b", sentence, re.I):
            # the words from the opposite to the answer; none when the answer holds it ("died 1532")
            between = (
                sentence[m.end() : start] if m.end() <= start else sentence[end : m.start()] if m.start() >= end else ""
            )
            if _NEGATED.search(sentence[: m.start()]):
                continue
            fronted = m.start() >= end and _FRONTED.match(between)  # "«Earlier this month», NHTSA opened"
            lead = _PREPOSITION.match(sentence, start)
            set_off = m.end() <= start and _TIME_SET_OFF.match(between + (lead.group() if lead else ""))
            if (fronted or set_off or not CLAUSE_BREAK.search(between)) and len(between.split()) <= 12:
                return (word, m.group())
    return ()


# What a report says nobody knows yet: "the nationality of the fourth suspect was unknown"; not "was not released
# until May 7", which says when it was
_UNKNOWN = re.compile(
    r"\b(?:was|were|is|are|remains?|remained|ha[sd]\s+not\s+been|have\s+not\s+been)\s+(?:still\s+|also\s+|as\s+yet\s+|"
    r"yet\s+)?(?:unknown|unclear|not\s+(?:immediately\s+)?(?:known|clear|released|disclosed|identified|available|"
    r"revealed)|undisclosed|unidentified|a\s+mystery)\b(?!\s+until\b)",
    re.I,
)
_UNKNOWN_ASKED = re.compile(r"\b(?:unknown|unclear|known|clear|released|disclosed|identified|revealed|mystery)\b", re.I)
_CLAUSE_OPENS = re.compile(r"[,;:]|\b(?:while|but|and|whereas|although|though)\b")


def said_unknown(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What the question asks when the answer's sentence says that very thing is unknown: "Three of the suspects
    were «Colombian» nationals, while the nationality of the fourth suspect was unknown" for "What was the
    nationality of the fourth suspect?" (0.74 before, in a report outside the seeds); "" otherwise, and where the
    question asks about the not knowing ("Who said … was unknown?"). The words before "was unknown" in its clause
    must all be the question's. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if _UNKNOWN_ASKED.search(question):
        return ""
    said = text[sentence[0] : sentence[1]]
    asked = {stem(w) for w in words(question) if is_content_word(w.lower())}
    for m in _UNKNOWN.finditer(said):
        subject = _CLAUSE_OPENS.split(said[: m.start()])[-1]
        of_it = {stem(w) for w in words(subject) if is_content_word(w.lower())}
        opens = sentence[0] + m.start() - len(subject)
        if len(of_it) >= 2 and of_it <= asked and not opens <= start < sentence[0] + m.end():
            return f"something the passage says is unknown (“{(subject + m.group()).strip()}”)"
    return ""


# "Where were the Ninety Mile Beach whales taken?": where they went, never where the question's own place lies
# ("found at Ninety Mile Beach on «the North Island»")
_MOVED_ASKED = re.compile(
    r"^\W*where\s+(?:was|were|did|will|had|has|have|is|are)\b.*\b(?:taken|moved|sent|transported|brought|carried|"
    r"flown|driven|evacuated|relocated|transferred|towed|take|move|send|transport|bring|carry|fly|drive|evacuate|"
    r"relocate|transfer|tow)\b(?!\s+place\b)",
    re.I,
)
# "Where was Game 7 played?": where an event was held
_VENUE_ASKED = re.compile(
    r"^\W*where\s+(?:was|is|were|are|will|did|does|do)\b.*\b(?:played|held|hosted|staged|take\s+place|took\s+place|"
    r"happen(?:ed)?)\b",
    re.I,
)


# "beat «Inter Milan»", "faced «Real Madrid»": the side played, not where
_SIDE_PLAYED = re.compile(
    r"\b(?:beat(?:en|ing)?|defeat(?:ed|ing|s)?|against|versus|vs\.?|fac(?:ed|es|ing)|lost\s+to|"
    r"(?:crush|rout|thrash|edg|hammer|stunn)(?:ed|ing))\s+(?:the\s+)?$",
    re.I,
)


_NAME_ENDS = re.compile(rf"{NAME}\W*$")


def team_for_venue(question: str, text: str, start: int, end: int) -> str:
    """What "Where was Game 7 played?" asks when the answer (``text[start:end]``) is a team: a place's name followed
    by a plural one ("Los Angeles Dodgers", 0.55, in a set of outside reports on a baseball final), or the side
    beaten or faced ("beating «Inter Milan» 5-0", 0.57, in a set on a football final); "" otherwise. None of SQuAD
    v1.1 train's 155 gold answers to where an event was held is flagged."""
    if not _VENUE_ASKED.match(question):
        return ""
    span = text[start:end].strip(" .")
    side = _NAME_ENDS.search(text, start, end)  # "Saint-Germain beat «Inter Milan»"
    if (
        side
        and _SIDE_PLAYED.search(text, max(0, side.start() - 30), side.start())
        and not re.match(r"\s+[A-Z]", text[end:])
    ):
        return f"the place it was held, not “{span}”"
    named = span.split()
    if len(named) < 2 or not all(w[:1].isupper() and w.isalpha() for w in named):
        return ""
    if places.place(span) is not None or not named[-1].endswith("s") or named[-1].endswith("ss"):
        return ""  # "United States", "Rogers Centre"
    by_place = any(places.place(" ".join(named[:k])) is not None for k in range(1, len(named)))
    return f"the place it was held, not “{span}”" if by_place else ""


_PLACE_LIES = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:on|in|at|near|off)\s+(?:the\s+)?$")


def where_the_place_is(question: str, text: str, start: int, end: int) -> str:
    """What "Where were the Ninety Mile Beach whales taken?" asks when the answer (``text[start:end]``) is where the
    question's own place lies: "found at Ninety Mile Beach on «the North Island»" (0.67 before, in a report outside
    the seeds), then "on the North Island" (0.54); "" otherwise. None of SQuAD v1.1 train's 142 gold answers to such
    questions is flagged."""
    asked = _MOVED_ASKED.match(question)
    if not asked:  # every citation comes here: read nothing of the text for other questions
        return ""
    word = re.match(r"(?:on|in|at|near|off)\s+(?:the\s+)?", text[start:end])  # "«on the North Island»" too
    cut = start + (word.end() if word else 0)
    lies = _PLACE_LIES.search(text, max(0, cut - 80), cut)
    if not lies or not re.search(rf"\b{re.escape(lies.group(1))}\b", question):
        return ""
    return f"where they were {asked.group().split()[-1].lower()}, not where {lies.group(1)} is"


# "Where was the helicopter going?": where it was bound, which a place it was near or over is not
_BOUND_ASKED = re.compile(
    r"^\W*where\s+(?:was|were|is|are|did|had)\b.*\b(?:going|headed|heading|bound|destined|go|head)\W*$",
    re.I,
)
_NEAR = r"(?:near|over|outside|off|above|beside|by|close\s+to|next\s+to)\s+(?:the\s+)?"
_NEAR_BEFORE = re.compile(rf"\b{_NEAR}$", re.I)


def near_for_bound(question: str, text: str, start: int, end: int) -> str:
    """What "Where was the helicopter going?" asks when the answer (``text[start:end]``) is only a place something
    was near or over: "collided over the Potomac River near «Ronald Reagan Washington National Airport»" (0.53, in a
    set of outside reports on an air crash); "" otherwise. None of SQuAD v1.1 train's 5 gold answers to such
    questions is flagged (one that asks where a plane was "flying" answers "over «Turkey»", so flying is not asked)."""
    if not _BOUND_ASKED.match(question.strip()):
        return ""
    near = re.match(_NEAR, text[start:end], re.I) or _NEAR_BEFORE.search(text, max(0, start - 20), start)
    return f"where it was going, not where it was (“{near.group().split()[0]}”)" if near else ""


_WHERE_IS_ASKED = re.compile(r"^\W*where\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}([a-z]+)\W*$", re.I)


def name_for_where(question: str, text: str, start: int, end: int) -> str:
    """What "Where was the substation?" asks when the answer (``text[start:end]``) is the thing's own name, right
    before the question's noun: "at the «North Hyde» substation in Hayes" (0.60, in a set of outside reports on an
    airport's closure); "" otherwise. None of SQuAD v1.1 train's 519 gold answers to such questions is flagged."""
    asked = _WHERE_IS_ASKED.match(question.strip())
    named = re.match(r"\s+([a-z]+)\b", text[end : end + 30]) if asked else None
    if asked is None or named is None or stem(named.group(1)) != stem(asked.group(1)):
        return ""
    return f"where the {asked.group(1)} is, not its name"


# "crashed «into snowy terrain»": where it ended, not why
_CRASHED_INTO = re.compile(
    r"\b(?:crash\w*|slamm\w*|plung\w*|fell|ran|went|veer\w*|skid\w*|smash\w*|plough\w*|plow\w*)\s+(?:into|onto)\s+$",
    re.I,
)


_PLACE_ASKED = (
    r"^\W*(?:where|(?:in|at|from)\s+(?:what|which)\s+(?:city|town|village|place|country|state|stadium|venue|port|"
    r"station))\b"
)
_ENDS = r"end|ends|ended|ending|finish|finishes|finished|conclude[sd]?|concluding|terminate[sd]?|terminating"
_BEGINS = (
    r"begin|begins|began|begun|beginning|start|starts|started|starting|kick(?:s|ed)?\s+off|commence[sd]?|launch|"
    r"launche[sd]|originate[sd]?|opened|opens"
)
_ARRIVES = r"land|lands|landed|landing|arrive[sd]?|arriving|bound\s+for|destined\s+for|going|headed|heading"
_LEAVES = (
    r"(?:take[ns]?|took|taking)\s+off|depart|departs|departed|departing|left|leave|leaves|leaving|set\s+(?:off|out)"
)
# A journey's two ends, as a tour or a flight names them: where it begins and where it ends, each as asked and as
# said, and their names
_JOURNEY_ENDS = tuple(
    (
        re.compile(rf"{_PLACE_ASKED}.*\b(?:{first})\b", re.I),
        re.compile(rf"{_PLACE_ASKED}.*\b(?:{last})\b", re.I),
        re.compile(rf"\b(?:{first})\b", re.I),
        re.compile(rf"\b(?:{last})\b", re.I),
        names,
    )
    for first, last, names in (
        (_BEGINS, _ENDS, ("begins", "ends", "began")),
        (_LEAVES, _ARRIVES, ("leaves", "arrives", "leaves")),
    )
)
_GOING_TO = re.compile(r"(?:\w+\s+)?(?:to|for|towards)\s", re.I)  # "left the country, «mostly to Australia»"
_WENT_TO = re.compile(r"\b(?:to|for|towards)\s", re.I)


def other_end_of_a_journey(question: str, text: str, start: int, end: int) -> str:
    """What "Where will the Eras Tour end?" asks ("where it ends") when the answer's place (``text[start:end]``)
    is where it began: "Her Eras Tour, which began in «Glendale, Arizona», in March 2023" (0.69 with the answer's
    sentence cut, in a set of outside reports on a quake and a foiled attack); and the other way; and where a flight
    lands for where it took off ("as it came in to land at «Reagan National Airport»" for where the helicopter took
    off from, 0.47 cut), or took off for where it was going ("taking off from «Louisville»", 0.61 cut). Read in the
    60 characters before the answer, in its sentence: "" where they say both ("ended where it began, in «Athens»"),
    where the question asks both, or for where one went to ("left the country, «mostly to Australia»", "left the
    Vatican to go to … «Castel Gandolfo»"). None of SQuAD v1.1 train's 250 gold answers to such questions is
    flagged."""
    question = question.strip()
    for begins_asked, ends_asked, begins_said, ends_said, (begins, ends, began) in _JOURNEY_ENDS:
        ends_is_asked = bool(ends_asked.search(question))
        if ends_is_asked == bool(begins_asked.search(question)):
            continue
        said, asked = (begins_said, ends_said) if ends_is_asked else (ends_said, begins_said)
        first, _ = line_sentence(text, start, end)
        before = text[max(first, start - 60) : start]
        found = list(said.finditer(before))
        if not found or asked.search(before):
            return ""
        # where one went to: "left the country, «mostly to Australia»", "left the Vatican to go to … «Castel Gandolfo»"
        if ends_is_asked and (_GOING_TO.match(text, start) or _WENT_TO.search(before, found[-1].end())):
            return ""
        asked_for, told_of = (ends, began) if ends_is_asked else (begins, ends)
        return f"where it {asked_for} (the passage says where it {told_of}: “{before[found[-1].start() :].strip()}”)"
    return ""


_OPEN_ASKED = re.compile(r"\bopen(?:s|ed|ing)?\b(?!\s+fire)", re.I)
_FIRE_OPENED = re.compile(r"\bopen(?:s|ed|ing)?\s+fire\b", re.I)


def fire_opened_for_opening(question: str, text: str, start: int, end: int) -> str:
    """What "When did Crocus City Hall open?" asks when the answer's sentence speaks of opening only as "opening
    fire": "on «Friday evening», opening fire on the crowd" (0.70 with the opening's sentence cut, in a set of
    outside reports); "" otherwise, and where the question asks about the firing. None of SQuAD v1.1 train's 87,599
    gold answers is flagged."""
    first, last = line_sentence(text, start, end)
    fired = _FIRE_OPENED.search(text, first, last)
    if not _OPEN_ASKED.search(question) or not fired:  # not "When did the gunmen open fire?"
        return ""
    if _OPEN_ASKED.search(_FIRE_OPENED.sub("", text[first:last])):  # "It opened in 2009" too
        return ""
    return f"an opening (the passage says “{fired.group()}”)"


def crashed_into_for_cause(question: str, text: str, start: int, end: int) -> str:
    """Says "a cause" when "What caused …?" is answered by what something crashed or ran into (``text[start:end]``
    right after "crashed into"): "What caused the Saratov crash?" answered "snowy terrain" (0.62, in a report outside
    the seeds that says the cause remains uncertain) from "the plane crashed into snowy terrain"; "" otherwise. None
    of SQuAD v1.1 train's 355 gold answers to such questions is flagged."""
    into = re.match(r"(?:into|onto)\s+", text[start:end], re.I)  # "«into snowy terrain»" too
    before = text[max(0, start - 40) : start + (into.end() if into else 0)]
    if not CAUSE_ASKED.match(question.strip()) or not _CRASHED_INTO.search(before):
        return ""
    return "a cause (the passage says what it crashed into)"


# what the thing asked about did: "A global tech «outage» caused «chaos» ..."
_CAUSED_BEFORE = re.compile(
    r"\b([\w-]+)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(caused|triggered|sparked|led\s+to|resulted\s+in|prompted|spewed|unleashed)\s+"
    r"(?!by\b)(?:[\w-]+\s+){0,2}$",
    re.I,
)


def effect_for_cause(question: str, text: str, start: int, end: int) -> str:
    """Says "a cause" when "What caused the global IT outage?" is answered by what the outage itself caused (the
    answer, ``text[start:end]``, after "outage caused"): "chaos" (0.57, in a report outside the seeds), or spewed
    ("derailment that spewed «toxic chemicals»", 0.51, then «spewed toxic chemicals», 0.52); "" otherwise.
    None of SQuAD v1.1 train's 355 gold answers to such questions is flagged."""
    asked = CAUSE_ASKED.match(question.strip())
    verb = re.match(r"[a-z]+\s+", text[start:end])  # the span may open with the verb: "«spewed toxic chemicals»"
    caused = _CAUSED_BEFORE.search(text, max(0, start - 60), start + (verb.end() if verb else 0)) if asked else None
    if not asked or not caused or stem(caused.group(1)) not in stems(question[asked.end() :]):
        return ""
    return f"a cause, not what the {caused.group(1).lower()} {' '.join(caused.group(2).lower().split())}"


_COMPANY_ASKED = re.compile(
    r"^\W*(?:which|what)\s+(?:company|companies|firm|firms|business|manufacturer|maker|retailer|supplier|producer)\b",
    re.I,
)
_BRAND_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+brands?\b")  # "«TJ Farms» Select brand"
# "«Eagle», Idaho -based Flagship Food Group"
# "«Mingma Sherpa» of Seven Summit Treks": someone of a company, two or three capitalised words that name no firm
_PERSON = re.compile(
    r"(?![^,]*\b(?:Company|Corporation|Corp|Inc|Group|Bank|Airlines?|Holdings|Ltd|Co)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
)
_OF_AFTER = re.compile(r"\s+of\s+((?:[A-Z][\w&.'’-]*\s*)+)")
_BASED_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*-?\s*based\s+((?:[A-Z][\w&.'’-]*\s*)+)")


def brand_or_base_for_company(question: str, text: str, start: int, end: int) -> str:
    """Says "a company" when "Which company …?" is answered by a brand, the word "brand" right after the answer
    (``text[start:end]``) or after one or two more of its capitalised words, or by the place a company is based in:
    "Which company recalled frozen cauliflower?" answered "TJ Farms" (0.57, in a report outside the seeds), then
    "Eagle" (0.56), from "Eagle, Idaho -based Flagship Food Group … called back certain TJ Farms Select brand frozen
    cauliflower"; or by someone of a company ("«Mingma Sherpa» of Seven Summit Treks", 0.51 for "Which company
    organized the expedition?"); "" otherwise. None of SQuAD v1.1 train's 243 gold answers to such questions is
    flagged."""
    if not _COMPANY_ASKED.match(question):
        return ""
    if brand := _BRAND_AFTER.match(text, end):
        return f"a company (the passage calls “{text[start : brand.end()].rsplit(None, 1)[0]}” a brand)"
    if based := _BASED_AFTER.match(text, end):
        return f"a company (the passage gives where “{based.group(1).strip()}” is based)"
    if _PERSON.fullmatch(text[start:end]) and (of := _OF_AFTER.match(text, end)):
        return f"a company (the passage gives “{text[start:end]}” of “{of.group(1).strip()}”)"
    return ""


_AGENCY_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(agency|authority|regulator|ministry|department|body|watchdog)\b", re.I
)
_A_COMPANY_BEFORE = re.compile(r"\b(?:company|firm|maker|provider|retailer|airline|bank)\s+(?:[\w-]+\s+)?$", re.I)
_TWO_WORDS = re.compile(r"(?:\s+[\w-]+){0,2}")


# What kind of outlet a news source is, by the word a question or a report uses for it.
_OUTLET_KINDS = {
    "newspaper": "newspaper",
    "paper": "newspaper",
    "daily": "newspaper",
    "tabloid": "newspaper",
    "agency": "news agency",
    "wire service": "news agency",
    "broadcaster": "broadcaster",
    "channel": "broadcaster",
    "network": "broadcaster",
    "station": "broadcaster",
    "magazine": "magazine",
}
_OUTLET = "newspaper|paper|daily|tabloid|agency|wire service|broadcaster|channel|network|station|magazine"
_OUTLET_ASKED = re.compile(rf"^\s*(?:what|which)\s+(?:[\w-]+\s+)?({_OUTLET})\b", re.I)
_OUTLET_BEFORE = re.compile(rf"\b({_OUTLET})\s+(?:the\s+)?(?=[A-Z])", re.I)  # "news agency Reuters"
_OUTLET_AFTER = re.compile(rf"\s+(?:news\s+)?({_OUTLET})\b", re.I)  # "The Guardian newspaper"


def outlet_of_another_kind(question: str, text: str, start: int, end: int) -> str:
    """Says "a newspaper" when "What newspaper …?" is answered by an outlet the text calls another kind, right
    before or after its name ("according to news agency «Reuters»", 0.54 in a report outside the seeds that names
    no newspaper); "" otherwise. 1 of SQuAD v1.1 train's 227 gold answers to such questions is flagged, the
    question's own slip ("Michigan Daily student newspaper" for "Which university magazine …?")."""
    asked = _OUTLET_ASKED.match(question)
    if not asked:
        return ""
    lead = text[max(line_sentence(text, start, end)[0], start - 40) : end]  # this sentence's words only
    before = list(_OUTLET_BEFORE.finditer(lead))
    said = before[-1] if before else _OUTLET_AFTER.match(text, end)
    if not said:
        return ""
    kind, given = _OUTLET_KINDS[asked.group(1).lower()], _OUTLET_KINDS[said.group(1).lower()]
    return "" if kind == given else f"a {kind}, not a “{given}”"


def company_for_agency(question: str, text: str, start: int, end: int) -> str:
    """Says "an agency" when "Which agency …?" is answered by a name the text calls a company right before it
    ("cybersecurity company «CrowdStrike»", 0.66 with the agency's sentence cut, in a report outside the seeds); ""
    otherwise, and for a name that itself ends in the word asked ("shipping company «Sharaf» shipping agency").
    None of SQuAD v1.1 train's 205 gold answers to such questions is flagged."""
    asked = _AGENCY_ASKED.search(question)
    if not asked or not _A_COMPANY_BEFORE.search(text, max(0, start - 30), start):
        return ""
    after = _TWO_WORDS.match(text, end)
    name = text[start:end] + (after.group() if after else "")  # "«Sharaf» shipping agency" names one
    return "" if re.search(rf"\b{asked.group(1)}\b", name, re.I) else "an agency, not a company"


# "raised between the flags of «Spain and Turkey»": what stands beside it belongs to the places, not where it is
# (not a place's own parts: "near the banks of «Buffalo Bayou»")
_BESIDE_THINGS_OF = re.compile(
    r"\b(?:between|among|amid|beside|next\s+to|alongside|near)\s+(?:the\s+|two\s+|their\s+)?([a-z][\w-]*s)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_PLACE_PARTS = frozenset(
    """banks shores coasts edges borders streets slopes foothills outskirts waters gates walls hills mountains ruins
suburbs districts islands peaks sands cliffs plains valleys lakes rivers towns cities villages states provinces
regions parts remains grounds""".split()
)


def owner_of_things_beside(question: str, text: str, start: int, end: int) -> str:
    """What "Where was the flag raised?" asks when the answer (``text[start:end]``) only owns the things the thing
    asked about stands beside: "The flag was raised between the flags of «Spain and Turkey»" (0.70 before, in a
    report outside the seeds); "" otherwise, and for a place's own parts ("near the banks of Buffalo Bayou"). None
    of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _WHERE.match(question):
        return ""
    beside = _BESIDE_THINGS_OF.search(text, max(0, start - 60), start)
    if not beside or beside.group(1).lower() in _PLACE_PARTS:
        return ""
    return f"where it is, not whose {beside.group(1)} are beside it"


# "«Princess of Wales»": a title that names a place, held by a person
_TITLE_OF_A_PLACE = re.compile(
    r"^(?:[\w.-]+['’]s\s+)?(?:[Tt]he\s+)?(?:Princess|Prince|Duke|Duchess|King|Queen|Archbishop|Bishop|Earl|Countess|"
    r"Count|Emperor|Empress|Sultan|Emir|Mayor|Governor|President|Lord|Lady|Baron|Baroness|Marquess|Viscount|"
    r"Patriarch|Cardinal)\s+of\s+"
)


def title_for_place(question: str, answer: str) -> str:
    """What "Where did Kate have surgery?" asks when the answer is a person's title that names a place: "Kate,
    Britain's «Princess of Wales», said …" (0.48 before, in a report outside the seeds); "" otherwise. None of SQuAD
    v1.1 train's 87,599 gold answers is flagged."""
    if not _WHERE.match(question) or not _TITLE_OF_A_PLACE.match(answer):
        return ""
    return "a place, not a title someone holds"


_ILLNESS = r"(?:cancer|disease|illness|infection|tumou?r|condition|virus|injury|injuries|ailment|disorder|syndrome)"
# "What type of cancer does Kate have?", "Which disease killed him?"
_ILLNESS_ASKED = re.compile(
    rf"\b(?:(?:type|kind|form|sort)s?\s+of\s+{_ILLNESS}|^\W*(?:what|which)\s+{_ILLNESS})\b", re.I
)
_TREATMENT = re.compile(
    r"\b(?:chemotherapy|chemo|radiotherapy|radiation|surgery|operation|treatment|therapy|immunotherapy|transplant|"
    r"medication|medicine|vaccines?|drugs?|antibiotics?|dialysis|amputation)\W*$",
    re.I,
)


def treatment_for_illness(question: str, answer: str) -> str:
    """What "What type of cancer does Kate have?" asks when the answer is a treatment: "she was undergoing
    preventative «chemotherapy»" (0.81 before, in a report outside the seeds); "" otherwise. None of SQuAD v1.1
    train's 58 gold answers to such questions is flagged."""
    if not _ILLNESS_ASKED.search(question) or not _TREATMENT.search(answer):
        return ""
    return "an illness, not its treatment"
