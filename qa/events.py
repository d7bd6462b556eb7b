"""Vetoes about what, when and how many: answers about another event, time or count than the one asked.

The date of another event, a start for an end, what was done for what is still to come, a count of other things
or of all the dead, another period or rank, a length of time for "when", a place in another role, another kind of
thing, the opposite of what was said. Each was kept only where it flags under 1.5% of SQuAD v1.1 train's gold
answers to such questions.
"""

from __future__ import annotations

import itertools
import re

from qa import places
from qa.answer_types import FUTURE_ASKED, JUST_A_DURATION, SETTING_ASIDE, AnswerType, question_type
from qa.lexical import (
    QUESTION_FRAME,
    STOPWORDS,
    WORD,
    Terms,
    stem,
    stems,
    words,
)
from qa.places import DEMONYM_ENDINGS, DEMONYMS, same_place
from qa.rewording import SAID_FOR
from qa.roles import AGENT_ASKED

# "How many people have died": a count asked of what happened to those counted
_COUNT_ASKED = r"^how\s+many\s+(?:[\w'-]+\s+){0,3}?(?:(?:have|had|has)\s+)?"

# Events a question asks about that evidence must speak of: (asked, said, what the question asks for).
_DEATHS_ASKED = re.compile(
    _COUNT_ASKED + r"(?:died|(?:were|was|been)\s+killed|perished|lost\s+their\s+lives|deaths|fatalities|dead)\b", re.I
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
        _DEATHS_ASKED,
        re.compile(
            r"\b(?:kill\w*|die[ds]?|dying|dead\w*|deaths?|fatal\w*|perish\w*|lives|bodies|toll|casualt\w*|massacre\w*|"
            r"murder\w*|slain|slaughter\w*|execut\w*|drown\w*|genocide|victims?|mortality|decimat\w*|extermina\w*|lost|"
            r"loss\w*|shot|starv\w*|destroy\w*|assassinat\w*)\b",
            re.I,
        ),
        "a number of deaths (the passage tells of none)",
    ),
    (  # and "three people were killed" counts no injured
        re.compile(
            _COUNT_ASKED + r"(?:(?:were|was|been|got)\s+(?:injured|wounded|hurt|hospitali[sz]ed)|injuries)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:injur\w*|wound\w*|hurt\w*|hospital\w*|casualt\w*|treated|burns?|harm\w*|victims?|maim\w*)\b", re.I
        ),
        "a number of injured (the passage tells of none)",
    ),
)


_DEATH = r"(?:kill\w*|die[ds]?|dead|deaths?|fatalit\w*|perish\w*|lives|toll)"
_COUNTED = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)"
_DEATH_WORD = re.compile(rf"\b{_DEATH}\b", re.I)
_CLAUSE_END = re.compile(r"[,;]|\s(?:and|or|but)\s")
_WORD_IN_CLAUSE = r"(?:(?!and\b|or\b|but\b)\w+\s+)"  # "thousands of people and killing": two clauses
_TOLL = re.compile(
    rf"\b{_DEATH}\s+{_WORD_IN_CLAUSE}{{0,2}}{_COUNTED}\b(?:\s+\w+)?|\b{_COUNTED}\s+{_WORD_IN_CLAUSE}{{0,3}}{_DEATH}\b",
    re.I,
)


def count_beside_the_toll(question: str, text: str, start: int, end: int) -> str:
    """What "How many people died …?" asks when its sentence gives a toll ("killing one man") and the answer
    (``text[start:end]``) is another count, in no toll: "knocking out power to «hundreds of thousands» of people
    and killing one man" (0.64 before, in a report outside the seeds); "" otherwise, and for one of a count of
    dead in its clause ("killed 224 people, including «12» Americans"). 2 of SQuAD v1.1 train's 127 gold answers to
    such questions are flagged ("«273» civilians and 84 policemen killed"; a "12" its gold set finds in "December
    12")."""
    if not _DEATHS_ASKED.search(question.strip()):
        return ""
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    last = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    tolls = list(_TOLL.finditer(text, first, last))
    if not tolls or any(t.start() < end and start < t.end() for t in tolls):
        return ""
    clause_end = _CLAUSE_END.search(text, end, last)
    near = text[max(first, start - 50) : clause_end.start() if clause_end else last]
    if _DEATH_WORD.search(near):  # "killed 224 people, including «12» Americans": some of the dead
        return ""
    return f"a number of deaths (the passage gives “{tolls[0].group()}”)"


def event_unsaid(question: str, window: str) -> str:
    """What the question asks for ("a place of birth", "when it ends") when it asks about an event that the cited
    sentence and its neighbours (``window``) say nothing of; "" otherwise. On SQuAD v1.1 train none flags any
    gold answer: of 37 questions asking where someone was born, 93 asking when something ended, 128 asking how many
    died and 9 how many were injured."""
    return next(
        (kind for asked, said, kind in _EVENTS if asked.search(question.strip()) and not said.search(window)), ""
    )


_START_ASKED = re.compile(
    r"^(?:when|(?:on|in)\s+(?:what|which)\s+(?:date|day|year|month))\b.*\b(?:begin|began|begun|beginning|start|started|"
    r"starts|commence[ds]?|kick(?:ed)?\s+off|break\s+out|broke\s+out|erupt(?:ed)?)\b",
    re.I,
)
_ENDED = re.compile(r"\b(?:ended|ending|ends|conclud\w+|finished|halted)\b", re.I)
# "not until 1896", "since May", "the outbreak of the Revolution in 1789": the start said, after all
_STARTED = re.compile(
    r"\b(?:beg[ia]n\w*|start\w*|commenc\w*|launch\w*|since|from|broke\s+out|erupt\w*|open\w*|outbreak|until|till)\b",
    re.I,
)


def end_for_start(question: str, terms: Terms, text: str, sentence: tuple[int, int], start: int) -> str:
    """Says "when it began" when the question asks when something began and the answer at ``start`` is when it
    ended: "a four-day standoff, which ended with a ceasefire on «May 10»" for "When did the standoff begin?" (0.57
    before), unless the thing asked about is named between ("ended with a ceasefire on «May 10»" says when the
    ceasefire began); "" otherwise. Read in the 60 characters before the answer, in its sentence. 2 of SQuAD v1.1
    train's 636 gold answers to such questions are flagged ("a consensus ended party politics in «1816»", when the
    "Era of Good Feelings" began)."""
    if not _START_ASKED.search(question.strip()):
        return ""
    before = text[max(sentence[0], start - 60) : start]
    ended = list(_ENDED.finditer(before))
    if not ended or _STARTED.search(before):
        return ""
    # "a standoff, which ended with a ceasefire on «May 10»" does say when the ceasefire began
    return "" if stems(before[ended[-1].end() :]) & set(terms.all) else "when it began"


_END_ASKED = re.compile(
    r"^(?:when|(?:on|in)\s+(?:what|which)\s+(?:date|day|year|month))\b.*\b(?:end|ended|ending|finish|finished|"
    r"conclude|concluded|expire|expired)\b",
    re.I,
)
_ENDED_WITH = re.compile(r"\b(?:ended|ending|ends|concluded|culminat\w+)\s+(?:with|in)\b", re.I)


def start_for_end(question: str, terms: Terms, text: str, sentence: tuple[int, int], start: int) -> str:
    """Says "when it ended" when the question asks when something ended and the answer at ``start`` is when another
    thing ended with it, so when it began: "a four-day standoff, which ended with a US-brokered ceasefire on «May
    10»" for "When did the ceasefire end?" (0.81 before); "" otherwise. Read in the 60 characters before the
    answer, in its sentence. None of SQuAD v1.1 train's 178 gold answers to such questions is flagged."""
    if not _END_ASKED.search(question.strip()):
        return ""
    before = text[max(sentence[0], start - 60) : start]
    ended = list(_ENDED_WITH.finditer(before))
    if not ended or not stems(before[ended[-1].end() :]) & set(terms.all):
        return ""
    return f"when it ended (the passage says when it began: “{before[ended[-1].start() :].strip()}”)"


_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# "X after the administration imposed tariffs in «April»": the date is of what X came after. A clause opened so,
# with a verb in it ("since 2002", "until 1407" are no clause).
_CLAUSE_FOR_ANOTHER = re.compile(r"\b(?:(after|following|since)|before|until)\b", re.I)
_CLAUSE_VERB = re.compile(
    r"\b(?:\w+ed|began|begun|took|made|won|came|went|saw|held|gave|broke|fell|rose|met|left|became|said|struck|hit|"
    r"led|lost|sent|set|put|cut|paid|sold|bought|built|wrote|ran|fought|told|brought)\b",
    re.I,
)


def date_of_another_event(asked: AnswerType | None, terms: Terms, sentence: str, start: int, end: int) -> str:
    """Says "when it happened, not what came before it" when a date question's answer (``sentence[start:end]``)
    is in a clause that opens with "after", "before", "since" ... and names something else, while the sentence
    names what is asked before that clause: "Pakistan is holding trade talks with Washington after the Trump
    administration imposed … tariffs on Pakistani exports in «April»" for "When did the trade talks begin?" (0.51
    before); "" otherwise. 3 of SQuAD v1.1 train's 9,414 gold answers to date questions are flagged ("The war ended
    after a cease-fire was put in place in «1994»")."""
    if asked is not AnswerType.DATE:
        return ""
    content = set(terms.all) - set(terms.frame)
    before = sentence[:start]
    opened = list(_CLAUSE_FOR_ANOTHER.finditer(before))
    if not opened:
        return ""
    clause, main = before[opened[-1].end() :], before[: opened[-1].start()]
    if _CLAUSE_BREAK.search(clause) or len(clause.split()) < 3 or not _CLAUSE_VERB.search(clause):
        return ""
    if stems(clause) & content or stems(sentence[end:]) & content or not stems(main) & content:
        return ""
    return f"when it happened, not what came {'before' if opened[-1].group(1) else 'after'} it"


_PEOPLES_THING = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+([A-Z][a-z]+)\s+([a-z]+)")  # "Which Afghan group ...?"


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


_HOW_MANY = re.compile(r"\bhow many\s+(.+)", re.I)
_NOT_COUNTED = frozenset(  # where the words a "how many" question counts end: "How many Pakistani soldiers | died"
    "were was are is did do does have has had will would can could in of on at to by for from with during among "
    "the a an that which who whom as".split()
)
# The noun a number counts, then part of them: "26 people, most of them tourists", "17 soldiers, including 3 officers".
_PARTITIVE = re.compile(
    r"(?:\s*([A-Za-z][\w'’-]*))?\s*[,(]\s*(?:most|many|some|several|half|mostly|among them|including|of whom|of which)"
    r"\b(?:\s+of\s+(?:them|whom|which))?([^.;)]{0,40})",
    re.I,
)


# "Just last month", "earlier this week", "yesterday": a time the report counts from its own date
_RELATIVE_TIME = re.compile(
    r"(?:(?:just|only|earlier|late|early)\s+)?(?:last|this|next|past|previous)\s+(?:week|month|year|weekend|night"
    r"|summer|winter|spring|autumn|fall)|yesterday|today|tomorrow|earlier\s+this\s+(?:week|month|year)",
    re.I,
)
# "When did Trump become president?": a change of office asked for; the words a sentence says it with
_BECOMING_ASKED = re.compile(r"\b(?:become|elected|appointed|named|sworn|assume|take\s+(?:over|office))\b", re.I)
_BECOMING_SAID = re.compile(
    r"\b(?:becom\w*|became|elect\w*|appoint\w*|named?|sworn|swore|assum\w*|t[ao]ok\w*\s+(?:over|office)"
    r"|tak(?:e|es|en|ing)\s+(?:over|office)|inaugurat\w*|succeed\w*|nominat\w*|confirm\w*|promot\w*)\b",
    re.I,
)


_BEFORE_NAMED = re.compile(r"\b(?:before|prior\s+to|preceding)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# what ties a time to an earlier one: "the first such storm since «2005»", "ahead of the «1936 Summer Olympics»"
_TIME_BEFORE = re.compile(
    r"\b(?:since|from|ahead\s+of|before|after|prior\s+to|last|until|till|than)\s+(?:\S+\s+){0,3}$", re.I
)


def time_of_the_one_before(question: str, text: str, start: int, end: int) -> str:
    """What "When did a hurricane last hit Florida before Hermine?" asks ("a time before Hermine") when the answer
    (``text[start:end]``) is a time in a clause that names Hermine itself and ties the time to nothing earlier:
    "Hurricane Hermine made landfall early «Friday»" (0.72 before, in a report outside the seeds); "" otherwise.
    None of SQuAD v1.1 train's 87,599 gold answers is flagged (10 answer such questions; "since 1605" is one)."""
    before = _BEFORE_NAMED.search(question)
    if (
        not before
        or question_type(question) is not AnswerType.DATE
        or _TIME_BEFORE.search(text, max(0, start - 60), start)
    ):
        return ""
    clause = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), text.rfind("\n", 0, start)) + 1
    named = before.group(1).split()[-1]
    return f"a time before {before.group(1)}" if re.search(rf"\b{re.escape(named)}\b", text[clause:start]) else ""


def time_of_another_deed(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "When did <someone> become …?" asks, when the answer (``text[start:end]``) is a time counted from the
    report's date and the cited sentence says nothing of anyone becoming, being elected or named: "When did Trump
    become president?" answered "Just last month" (0.63) from "Just last month, US President Donald Trump welcomed
    ..."; "" otherwise. No gold answer in SQuAD v1.1 train is such a time."""
    if not re.match(r"\s*when\b", question, re.I) or not _BECOMING_ASKED.search(question):
        return ""
    if not _RELATIVE_TIME.fullmatch(text[start:end].strip(" ,.")):
        return ""
    if _BECOMING_SAID.search(text, sentence[0], sentence[1]):
        return ""
    return "when the office was taken (the cited sentence says nothing of it)"


_POPULATION_ASKED = re.compile(r"\bpopulation\b|\bhow\s+many\s+(?:people|residents|inhabitants)\s+live\b", re.I)
_HARM_ASKED = re.compile(r"\b(?:kill\w*|die\w*|dead|deaths?|reduc\w*|lost|lose|loss|injur\w*|wound\w*)\b", re.I)
_TOLL_BEFORE = re.compile(
    r"\b(?:kill\w*|died|dead|deaths?|injur\w*|wound\w*|casualt\w*)\s+(?:(?:at\s+least|about|some|nearly)\s+)?$", re.I
)


def toll_for_population(question: str, text: str, start: int, end: int) -> str:
    """What a question about how many live somewhere asks, when the answer (``text[start:end]``) counts the killed or
    hurt: "What is the population of Kashmir?" answered "26" (0.59) from "which killed 26 people"; "" otherwise,
    and for a question about a population's dead ("What portion of the population died …?"). None of SQuAD v1.1
    train's 910 gold answers to population questions is flagged."""
    if not _POPULATION_ASKED.search(question) or _HARM_ASKED.search(question):
        return ""
    toll = _TOLL_BEFORE.search(text[max(0, start - 30) : start])
    return f"how many live there, not a toll (“{toll.group().strip()} {text[start:end]}”)" if toll else ""


_CHANGE_ASKED = re.compile(
    r"^(?:by\s+)?how\s+much\s+(?:did|does|do|has|have|had|will|would)\b(?!.*\bto\W*$).*\b(?:drop|fall|fell|rise|rose|"
    r"risen|lose|lost|gain|decline|climb|jump|increase|decrease|grow|grew|slide|slid|slip|sink|sank|surge|soar|"
    r"tumble|plunge|shed|shrink|shrank|go\s+(?:up|down)|went\s+(?:up|down)|edge|dip|cut|raise|lower|reduce)\w*\b",
    re.I,
)
# "lost 2.4% to": the number after it is where the change ended
_CHANGE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent|points?|cents?|pence|(?:[mb]illion|thousand|bn|m)\b)?|"
    r"\$\s?\d[\d,.]*(?:\s*(?:[mb]illion|bn|m)\b)?)\s+to\s+(?:about\s+|around\s+|nearly\s+|a\s+record\s+)?$",
    re.I,
)


def level_for_change(question: str, text: str, start: int, end: int) -> str:
    """What a question about how much something fell or rose asks, when the answer (``text[start:end]``) is the level
    it reached: "How much did Campbell's shares drop on Monday?" answered "$44.06" (0.57) from "lost 2.4% to
    $44.06"; "" otherwise, and for "How much did they fall to?". None of SQuAD v1.1 train's 60 gold answers to such
    questions is flagged."""
    if not _CHANGE_ASKED.search(question.strip()):
        return ""
    return "the change, not the level it reached" if _CHANGE_BEFORE.search(text[max(0, start - 40) : start]) else ""


# "How much is the deal worth?": a total, which the price of one share is not
_TOTAL_ASKED = re.compile(
    r"\b(?:(?:how\s+much|what)\b.*\b(?:worth|valued?|value|size|cost)|how\s+(?:big|large)\b.*\b(?:deal|offer|bid|"
    r"acquisition|takeover|purchase|merger|buyout))\b",
    re.I,
)
_ONE_SHARE_ASKED = re.compile(r"\b(?:shares?|stock)\b", re.I)  # "per share", "What was Comcast's share value?"
_FOR_ONE_SHARE = re.compile(r"\s*(?:in\s+cash\s+)?(?:per|a|for\s+(?:each|every))\s+(?:[\w-]+\s+){0,3}?share\b", re.I)


def share_price_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "the whole, not the price of one share" when a question about what a deal is worth is answered by what
    it pays for each share: "WestRock will pay «$18» for each Multi Packaging share" for "How much is the WestRock
    deal worth?" (0.66 with the total's sentence cut, a report outside the seeds); "" otherwise, and for a question
    about a share's price. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _TOTAL_ASKED.search(question) or _ONE_SHARE_ASKED.search(question):
        return ""
    figure = re.match(r"\W*[$€£]?\d[\d,.]*", text[start:end])  # "$18", or "$18 for each … share outstanding"
    at = start + figure.end() if figure else end
    return "the whole, not the price of one share" if _FOR_ONE_SHARE.match(text, at) else ""


_LENGTH_ASKED = re.compile(r"^\s*how\s+long\s+(?:was|is|were|are)\b", re.I)
_UNIT_AFTER = re.compile(
    r"\s*(?:-|years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet\w+|miles?|mi|feet|ft|m|met(?:er|re)s?|"
    r"inch\w*|yards?|centimet\w+|cm|mm)\b",
    re.I,
)


def bare_number_for_length(question: str, text: str, start: int, end: int) -> str:
    """Says "a length" when "How long was …?" is answered by a bare number with no unit after it in the text:
    "McDonnell, «60», is …", his age (0.56 with the sentence giving the term cut, in a report outside the seeds);
    "" otherwise. 1 of SQuAD v1.1 train's 170 gold answers to such questions is flagged ("How long was Live Aid's
    stadium audience?" → "72,000")."""
    if not _LENGTH_ASKED.match(question) or not re.fullmatch(r"\W*\d[\d,.]*\W*", text[start:end]):
        return ""
    return "" if _UNIT_AFTER.match(text, end) else "a length (the passage gives a bare number)"


_IN_TOTAL_ASKED = re.compile(r"\b(?:in\s+total|in\s+all|altogether|all\s+told|overall)\b", re.I)
_RATE = re.compile(r"\s*(?:a|an|per|each|every)\s+(month|year|week|day|hour)\b", re.I)
_RATE_ENDING = re.compile(rf"{_RATE.pattern}\W*$", re.I)


def rate_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "a total, not an amount a month" when a question about a total ("How much money did Cabral receive in
    total?") is answered by an amount a month, a year, a week, a day or an hour, the rate ending the answer or right
    after it: "received «hundreds of thousands of dollars» a month" (0.67 before, in a report outside the seeds); ""
    otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _IN_TOTAL_ASKED.search(question):
        return ""
    rate = _RATE.match(text, end) or _RATE_ENDING.search(text[start:end])
    return f"a total, not an amount a {rate.group(1).lower()}" if rate else ""


# What a figure foreseen is written after: "revenue outlook for the current quarter was «between $42 billion and $44
# billion»", "less than the expected «$46 billion»"
_FORESEEN_BEFORE = re.compile(
    r"\b(?:outlook|forecast\w*|guidance|project(?:ed|ions?)|expect(?:ed|s|ations?)?|predict(?:ed|s|ions?)?|"
    r"anticipat\w*)\b((?:\s+[\w$%.,'’-]+){0,6}?)\s*$",
    re.I,
)
_FORESEEN_ASKED = re.compile(
    r"\b(?:outlook|forecast\w*|guidance|project\w*|expect\w*|predict\w*|anticipat\w*|estimat\w*|analysts?|will|"
    r"would|next|future|plan\w*|goal|target\w*|hope\w*|aim\w*|could|might|may|should|going|suppos\w*|likely)\b",
    re.I,
)
_BARE_YEAR = re.compile(r"\W*(?:1\d{3}|20\d{2})\W*")


def foreseen_for_reached(question: str, text: str, start: int, end: int) -> str:
    """Says "what was, not what was foreseen" when a question about a figure reached ("What was Apple's quarterly
    revenue?") is answered by one the text gives as foreseen, within six words after "outlook", "forecast",
    "expected" and their kin, in one clause, not after "from" (a figure "expected to rise from 512,682" was reached):
    "the company's revenue outlook for the current quarter was «between $42 billion and $44 billion»" (0.53 before);
    "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    figure = text[start:end]
    if _FORESEEN_ASKED.search(question) or not re.match(r"\W*(?:between\s+)?[$€£]?\d", figure):
        return ""
    if _BARE_YEAR.fullmatch(figure):
        return ""
    foreseen = _FORESEEN_BEFORE.search(text, max(0, start - 80), start)
    if not foreseen or re.search(r"[.;:!?]\s|\bfrom\b", foreseen.group(1) + " "):
        return ""
    return "what was, not what was foreseen"


_PLURALS = frozenset("children men women people".split())
# Counts of people that say nothing of what kind: a question may count any of them as these.
_ANYONE = frozenset(map(stem, "people persons individuals victims casualties deaths fatalities lives dead".split()))


def counted_among(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question counts ("a count of tourists") when the answer ``text[start:end]`` counts
    something else, of which the asked-for things are only a part ("26 people, most of them tourists", after the
    answer or in it), or people
    of whom part are others, for a kind of people ("How many soldiers died?"); "" otherwise. None of SQuAD v1.1
    train's 5,099 gold answers to "how many" questions is flagged."""
    how_many = _HOW_MANY.search(question)
    number = re.match(r"\S+", text[start:end]) if how_many else None
    if not how_many or not number:
        return ""
    part = _PARTITIVE.match(text, end)
    if not part:  # or in the span itself: "26 people, most of them tourists"
        inside = _PARTITIVE.match(text, start + number.end())
        part = inside if inside and inside.start(2) <= end else None
    if not part:
        return ""
    asked = list(itertools.takewhile(lambda w: w.lower() not in _NOT_COUNTED, words(how_many.group(1))))
    asked_stems = {stem(w) for w in asked}
    counted = {stem(w) for w in words(f"{text[start : part.start()]} {part.group(1) or ''}")}
    named = [stem(w) for w in words(part.group(2)) if not w[0].isdigit()][:1]  # "3 officers", not "38 percent worked"
    if asked_stems & counted:
        return ""
    among = next((w for w in asked if [stem(w)] == named), "")
    if among:
        return f"a count of {among}"
    # People counted, most of them others: "26 people, most of them tourists" gives no count of soldiers.
    kind = next((w for w in asked if w.islower() and (w.endswith("s") or w in _PLURALS)), "")
    # "most of them", not "including": those included may be soldiers too
    mostly = re.search(r"\b(?:most|mostly|many)\b", text[part.start() : part.start(2)], re.I)
    people = bool(mostly and counted & _ANYONE) and not asked_stems & (_ANYONE | set(named))
    return f"a count of {kind}" if people and kind else ""


# What a count of people may be written as ("15,000 people", "500 others", "70 staff") and things that are never
# people: "How many people were injured?" is not answered by "15,000" of "The quake damaged 15,000 houses".
_COUNTED_PEOPLE = _ANYONE | frozenset(
    map(stem, "people persons civilians soldiers troops residents children students workers men women others".split())
)
_NOT_PEOPLE = frozenset(  # plurals: "25,000 school age children" counts children
    """houses homes buildings apartments schools hospitals churches mosques bridges roads vehicles cars trucks buses
    aircraft planes jets helicopters ships boats vessels missiles rockets drones bombs shells tanks villages towns
    cities provinces acres hectares kilometres kilometers miles metres meters tons tonnes barrels gallons litres
    liters""".split()
)


def things_for_people(question: str, text: str, start: int, end: int) -> str:
    """What a question counting people asks ("a count of people") when the answer's number (``text[start:end]``) counts
    things: "How many people were injured in Gansu?" answered "15,000" (0.67, a report outside the seeds) from "The
    quake damaged 15,000 houses"; "" otherwise, and when a word for people comes first ("15,000 displaced people"). None
    of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    how_many = _HOW_MANY.search(question)
    # the noun counted: "How many «people» lost their homes?", "How many Pakistani «soldiers» died?"
    noun = next((w for w in words(how_many.group(1))[:3] if w.islower()), "") if how_many else ""
    number = re.search(r"\d[\d,.]*", text[start:end]) if noun and stem(noun) in _COUNTED_PEOPLE else None
    if number is None:
        return ""
    after = re.match(r"(?:\s+[a-z][\w-]*){1,3}", text[start + number.end() :])
    for word in words(after.group()) if after else ():
        if stem(word) in _COUNTED_PEOPLE:
            return ""
        if word in _NOT_PEOPLE:
            return f"a count of {noun} (the passage counts “{number.group()} {word}”)"
    return ""


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
# Periods a report counts: "the fourth quarter", "the second round", "his third term"
_NTH_PERIOD = re.compile(
    rf"\b({_ORDINAL})[\s-]+(quarters?|half|halves|rounds?|terms?|games?|legs?|stages?|phases?|waves?|tests?)\b", re.I
)


def _ordinal(word: str) -> str:
    """ "3rd" as "third"."""
    number = re.match(r"\d+", word)
    return _ORDINALS[int(number.group()) - 1] if number and 0 < int(number.group()) <= 10 else word.lower()


def other_period(question: str, window: str, answer: str) -> str:
    """What a question about a counted period asks ("the third quarter") when the passage around the answer speaks
    only of another ("the fourth quarter"): "What was Qualcomm's revenue in the third quarter?" answered "53 cents"
    (0.47, a report outside the seeds) from a report of its fourth quarter; "" otherwise, for an answer that is
    itself an ordinal, and for "first", which a passage may leave unsaid ("the second film after Skyfall"). None of
    SQuAD v1.1 train's 53 gold answers to questions about such periods is flagged."""
    if re.search(rf"\b{_ORDINAL}\b", answer, re.I):
        return ""
    said = {_ordinal(w) for w in re.findall(rf"\b{_ORDINAL}\b", window, re.I)}
    for number, period in _NTH_PERIOD.findall(question):
        if _ordinal(number) in said or _ordinal(number) == "first":
            continue
        other = next((m for m in _NTH_PERIOD.finditer(window) if stem(m.group(2)) == stem(period)), None)
        if other:
            return f"the {number} {period} (the passage speaks of the {other.group()})"
    return ""


_SUPERLATIVE = re.compile(
    r"\b(largest|biggest|smallest|highest|lowest|busiest|oldest|newest|richest|poorest|longest|shortest|tallest|"
    r"deadliest|most|least|best|worst|top)\b",
    re.I,
)
_RANK_ASKED = re.compile(r"\b(?:rank\w*|place[sd]?|position|where\s+(?:does|did|is|was))\b", re.I)
_RANKED_AFTER = re.compile(r"\b(?:after|behind|than|only\s+to)\s+(?:the\s+)?$", re.I)  # "second-oldest after «X»"


def ranked_lower(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question about the first of a kind asks ("the largest") when the cited sentence ranks what it speaks of
    lower, every time it uses the word: "What is Ostmark's largest trading partner?" answered "Lindor" (0.61)
    from "making Lindor Ostmark's third-largest trading partner"; "" otherwise, for a question about a rank ("Where
    does Valencia rank ...?"), and an answer after "after" or "behind" ("the second-oldest after «the Technion»").
    12 of SQuAD v1.1 train's 3,609 gold answers to questions with such a word are flagged (0.33%)."""
    if _RANK_ASKED.search(question):
        return ""
    if _RANKED_AFTER.search(text, max(sentence[0], start - 20), start):
        return ""
    for asked in _SUPERLATIVE.finditer(question):
        if re.search(rf"\b{_ORDINAL}[\s-]+$", question[: asked.start()], re.I):
            continue  # "the third-largest" asked
        said = list(re.finditer(rf"\b{asked.group(1)}\b", text[sentence[0] : sentence[1]], re.I))
        ranks = [re.search(rf"\b({_ORDINAL})[\s-]+$", text[sentence[0] : sentence[0] + m.start()], re.I) for m in said]
        if said and all(ranks) and (rank := ranks[0]):
            return f"the {asked.group(1).lower()} (the passage says “{rank.group(1)}-{said[0].group()}”)"
    return ""


_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)


def share_for_votes(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes ...?" asks when the answer (``text[start:end]``) is a share of them: "How many votes did
    Reyna receive?" answered "52.6 percent" (0.56), or "52.6" (0.47) of it, from "Reyna took 52.6 percent of the
    vote"; "" otherwise. None of SQuAD v1.1 train's 19 gold answers to such questions is flagged (though 60 of its
    5,098 answers to other "how many" questions are shares: "How many households ...?" «27.7%»)."""
    if not re.search(r"\bhow\s+many\s+votes\b", question, re.I):
        return ""
    number = list(re.finditer(r"\d[\d,.]*\d|\d", text[start:end]))
    share = number and _SHARE_AFTER.match(text, start + number[-1].end())
    return "a count of votes, not a share of them" if share else ""


_FOR_A_WHILE = re.compile(r"\b(?:for|lasting|over)\s+(?:(?:about|nearly|almost|some)\s+)?$", re.I)


def length_for_when(question: str, text: str, start: int, end: int) -> str:
    """What "When ...?" asks when the answer (``text[start:end]``) is how long something went on: "When will the port
    reopen?" answered "two days" (0.53, a report outside the seeds) from "closed the port ... for two days"; ""
    otherwise. None of SQuAD v1.1 train's 5,461 gold answers to "when" questions is flagged."""
    if not re.match(r"\s*when\b", question, re.I) or not JUST_A_DURATION.match(text[start:end]):
        return ""
    return "a time, not how long" if _FOR_A_WHILE.search(text, max(0, start - 25), start) else ""


# "the 1985 quake": a year and the thing it dates, in a question and in the cited sentence (not "2006 and 2013")
_DATED_THING = re.compile(
    r"\b(1[5-9]\d\d|20\d\d)\s+(?!(?:and|or|to|through|until|in|on|at|by|for|with|from)\b)([a-z]+)"
)
_COMPARED_WITH = re.compile(
    r"\b(?:after|since|than|like|unlike|compared\s+(?:with|to)|anniversary\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)


def compared_event(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question about a dated event asks ("the 1985 quake") when the cited sentence names that event only after
    the answer (``text[start:end]``), to compare another with it: "How many people died in the 1985 quake?" answered
    "230" (0.69, a report outside the seeds) from "The quake on Tuesday killed at least 230 people, 32 years to the day
    after a devastating 1985 quake"; "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = {(year, stem(noun)) for year, noun in _DATED_THING.findall(question)}
    said = [m for m in _DATED_THING.finditer(text, *sentence) if (m.group(1), stem(m.group(2))) in asked]
    if not said or any(m.start() < end or not _COMPARED_WITH.search(text, sentence[0], m.start()) for m in said):
        return ""
    return f"what the {said[0].group()} did (the passage names it only to compare)"


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


_PAST_ASKED = re.compile(
    r"(?i:\b(?:did|was|were|had|last|ago|previous|earlier)\b)|^\W*(?i:who|what|which)\s+(?:[a-z]+\s+){0,2}[a-z]+ed\b"
)  # "Which city hosted ...?"
_PLAN_ASKED = re.compile(
    r"\b(?:will|would|schedul\w*|plan\w*|set|upcoming|expected|due|supposed|intended|to\s+be)\b", re.I
)
# "the upcoming U.S.-Pakistan Counterterrorism Dialogue", "the talks, scheduled for August"
_TO_COME = re.compile(
    r"\b(?:upcoming|forthcoming)\s+((?:[\w.-]+\s+){0,4}[\w.-]+)|((?:[\w.-]+\s+){0,4}[\w.-]+),?\s+"
    r"(?:scheduled|planned)\s+(?:for|to)\b",
    re.I,
)


# What puts a time still to come: "an announcement would be made on Friday", "talks scheduled for Monday"
_TO_COME_SAID = re.compile(
    r"\b(?:will|would|shall|wo|to\s+be|schedul\w*|plan\w*|expect\w*|due|set\s+to|upcoming|forthcoming|next|"
    r"going\s+to|intend\w*|propos\w*)\b|['’]ll\b",
    re.I,
)
_A_WEEKDAY = re.compile(r"\W*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*", re.I)


def done_for_to_come(question: str, sentence: str, start: int, end: int) -> str:
    """What a question about a time to come asks when the answer (``sentence[start:end]``) is a weekday on which, by the
    cited sentence, something was done, nothing said to come: "When will the TPP deal take effect?" answered "Thursday"
    (0.57, a report outside the seeds) from "Ministers reached agreement in talks on the trade deal on Thursday"; ""
    otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not FUTURE_ASKED.search(question) or not _A_WEEKDAY.fullmatch(sentence[start:end]):
        return ""
    return "" if _TO_COME_SAID.search(sentence) else "a time still to come (the passage tells what was done then)"


# "might even export": a possibility, which no question about what was done asks for (not "could": "he could play
# at four" says what he did)
_MIGHT = re.compile(r"\b(?:might|may)\s+(?:(?:even|also|still|one\s+day|someday|soon|eventually|well)\s+)*(\w+)")
_DID_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.I)
_MAYBE_ASKED = re.compile(
    r"\b(?:will|would|could|might|may|can|should|expected|plan\w*|hope\w*|possib\w*|potential\w*)\b", re.I
)


def only_possible(question: str, terms: Terms, sentence: str, start: int) -> str:
    """Says "what happened, not what might" when a question about what was done ("What did Pakistan export to
    India?") is answered from a sentence that says only that it might be, its verb after "might" or "may" within
    six words before the answer (``sentence[start:]``): "Trump joked that one day Pakistan might even export «oil»
    to India" (0.78 before); "" otherwise. 1 of SQuAD v1.1 train's 37,537 gold answers to questions with "did",
    "was", "were" or "had" is flagged ("Congress may establish «legislative courts»")."""
    if not _DID_ASKED.search(question) or _MAYBE_ASKED.search(question):
        return ""
    asked = set(terms.all) - set(terms.key)
    for m in _MIGHT.finditer(sentence[:start]):
        between = sentence[m.end() : start]
        if stem(m.group(1)) in asked and not _CLAUSE_BREAK.search(between) and len(between.split()) <= 6:
            return "what happened, not what might"
    return ""


def still_to_come(question: str, terms: Terms, sentence: str) -> str:
    """What a question about something past asks ("what has already happened") when the cited ``sentence`` says
    the thing the question names (one of its ``terms.key``) is still to come: "Which Pakistani city hosted the
    Counterterrorism Dialogue last year?" answered "Islamabad" from "the upcoming U.S.-Pakistan Counterterrorism
    Dialogue, scheduled for August in Islamabad", or a word of its name written in lower case ("Which Pakistani city
    hosted the counterterrorism talks last year?", 0.87 before); "" otherwise. 14 of SQuAD v1.1 train's 87,599 gold
    answers are flagged (13 by the names alone)."""
    if not _PAST_ASKED.search(question) or _PLAN_ASKED.search(question):
        return ""
    for m in _TO_COME.finditer(sentence):
        at = 1 if m.group(1) else 2
        # its name, which a question may write in lower case: "the counterterrorism talks" for the "U.S.-Pakistan
        # Counterterrorism Dialogue" (not a word that only opens the sentence: "Operations were planned to …")
        named = {
            stem(w.group())
            for w in WORD.finditer(sentence, m.start(at), m.end(at))
            if w.group()[0].isupper() and sentence[: w.start()].strip()
        }
        if stems(m.group(at)) & set(terms.key) or named & set(terms.all):
            return "what has already happened"
    return ""


_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
_VISIT = re.compile(
    rf"\b(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l?ed|s)?\s+to|arriv(?:e|ed|es)\s+in)\s+(?:the\s+)?({_PLACE_NAME})"
)
_AT_PLACE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({_PLACE_NAME})")  # not "to": "compared to Hawaii"


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


_WHERE = re.compile(r"^\s*(?i:where)\b")
_ORIGIN_ASKED = re.compile(r"^\s*(?i:where)\b.*\bfrom\W*$")  # "Where is Aurangzeb from?"
_OWNER_OF = re.compile(r"['’]s\s+[a-z][\w-]*")  # "Pakistan’s assistance": whose, not where
_VISITED = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?\s+to|trip\s+to|arrived\s+in|went\s+to|toured)\s+(?:the\s+)?$",
    re.I,
)


def place_in_another_role(question: str, text: str, start: int, end: int) -> str:
    """What a "where" question asks, with what the passage says instead, when the answer (``text[start:end]``) is
    a place in another role; "" otherwise. An owner ("Where was the attack's mastermind arrested?" answered
    "Pakistan" from "Pakistan’s assistance in arresting", 0.53) says whose, not where: 4 of SQuAD v1.1 train's
    3,293 gold answers to "where" are so followed (0.12%). A place visited ("Where is Aurangzeb from?" answered
    "Washington" from "who also visited Washington", 0.51) is not where one is from: none of the 230 answers to
    "Where ... from?" is."""
    if not _WHERE.match(question):
        return ""
    owner = _OWNER_OF.match(text, end)
    if owner:
        return f"a place (the passage speaks of “{text[start : owner.end()]}”)"
    visited = _VISITED.search(text[max(0, start - 30) : start])
    if visited and _ORIGIN_ASKED.match(question):
        return f"where one is from (the passage says “{visited.group().strip()} {text[start:end]}”)"
    return ""


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


_NUMBERED = re.compile(  # a name that ends in a number: "Resolution 2788", "Flight 370", "Article 370"
    r"\b(Resolution|Flight|Route|Highway|Interstate|Article|Section|Chapter|Paragraph|Clause|Bill|Room|Gate|"
    r"Terminal|Platform|Model|Version|Number|No\.|Apollo|Proposition|Amendment)\s+$"
)


def number_in_a_name(question: str, text: str, start: int, end: int) -> str:
    """What "how many" asks, with the name the answer (``text[start:end]``) is part of, when that number only
    numbers a name: "How many resolutions did Pakistan pass?" answered "2788" (0.80) from "Resolution 2788", then
    "Resolution 2788" (0.59), or "2788 on the Peaceful Settlement of Disputes" (0.51); "" otherwise. None of SQuAD
    v1.1 train's 4,247 gold answers to "how many" is flagged."""
    number = re.search(r"\d[\d,.]*", text[start:end])  # its first: "2788", "Resolution 2788", "2788 on the ..."
    if not _HOW_MANY.match(question.strip()) or number is None:
        return ""
    at = start + number.start()
    numbered = _NUMBERED.search(text[max(0, at - 20) : at])
    if numbered is None or not all(w[0].isupper() for w in text[start:at].split()):
        return ""
    return f"a count, not the number of a name (“{text[at - len(numbered.group()) : start + number.end()]}”)"


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
_PLACE_BEHIND = re.compile(rf"^\s*(?i:where)\b.*\s(?i:after|{SETTING_ASIDE})\s+((?:the\s+)?{_PLACE_NAME})")


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
}
_KIND_OF_NOUN = {form: kind for kind, ws in _THING_KINDS.items() for w in ws.split() for form in (w, f"{w}s")}
# the noun a which/what question asks for, ended by a verb or a preposition: "Which attack led ...", "What
# missile system was ...", not "What German war policy ..."
_WHICH_THING = re.compile(
    r"\b(?:which|what)((?:\s+[\w-]+){0,2}?\s+[\w-]+)(?=\s+(?:is|was|are|were|will|would|did|does|do|has|have|had|"
    r"can|could|led|of|in|on|against|by|to|[a-z]+ed)\b|\W*$)",
    re.I,
)


def other_kind_of_thing(question: str, answer: str) -> str:
    """What a "which operation" question asks for ("an operation") when the answer is named as another kind of
    thing by its last word ("Al-Fatah missile system", "Afghan war" for "Which attack ...?") or by a title that
    opens it ("Operation Bunyanum Marsoos" for "Which targets ...?"); "" otherwise. None of SQuAD v1.1 train's 471
    gold answers to questions that ask for one of these kinds is flagged."""
    asked = _WHICH_THING.search(question)
    noun = words(asked.group(1))[-1] if asked and not _KIND_OF.search(asked.group()) else ""
    kind = _KIND_OF_NOUN.get(noun)
    answer_words = words(answer)
    if kind is None or len(answer_words) < 2:
        return ""
    # by its last word, in lower case ("Al-Fatah missile system"), or its first, a title ("Operation Bunyanum …")
    last, first = answer_words[-1], answer_words[0]
    given = _KIND_OF_NOUN.get(last if last.islower() else first.lower() if first[0].isupper() else "")
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" if given is not None and given != kind else ""


# Events and their opposites, as the question and the sentence write them. Not converses such as "buy" and "sell"
# ("Who bought it?" is answered by "sold to «Anbang»"; "Which country might import oil?" by "export oil to
# «India»"), nor a start and an end ("the end of the war" is no event; ``end_for_start`` reads those).
_OPPOSITE_PAIRS = (
    ("lift lifted lifting remove removed removing reduce reduced reducing", "impose imposed imposing"),
    ("open opened opening", "close closed closing shut"),
    ("rise rises rose risen rising", "fall falls fell fallen falling drop dropped decline declined"),
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
    ("acquit acquitted acquittal", "convict convicted conviction"),  # none of SQuAD v1.1 train's 42 answers flagged
)
_OPPOSITES: dict[str, set[str]] = {}
for _one, _other in _OPPOSITE_PAIRS:
    for _side, _opposite in ((_one, _other), (_other, _one)):
        for _w in _side.split():
            _OPPOSITES.setdefault(_w, set()).update(_opposite.split())
# A price or count moved, as markets write it: "sending its shares «up 7.7 percent»" (only as the sentence's word)
for _w in _OPPOSITE_PAIRS[2][0].split():
    _OPPOSITES[_w].add("down")
for _w in _OPPOSITE_PAIRS[2][1].split():
    _OPPOSITES[_w].add("up")
_AS_WRITTEN = {"up": r"up(?=\s+\$?\d)", "down": r"down(?=\s+\$?\d)"}
_NEGATED = re.compile(r"(?:\b(?:not|no|never|nor|without)|n['’]t)\s+(?:\w+\s+){0,2}$", re.I)  # "not included": the same


def opposite_said(question: str, sentence: str, start: int, end: int) -> tuple[str, ...]:
    """(the question's word, its opposite in the sentence) when the answer (``sentence[start:end]``) belongs, in
    its clause and within 12 words, to the opposite of what the question asks about, and the sentence never says
    what it asks: "When were the reciprocal tariffs lifted?" answered from "the Trump administration imposed 29
    percent “reciprocal tariffs” on Pakistani exports in «April»" (0.52 before), or an answer that holds the
    opposite ("When was he born?": «died 1532»); () otherwise. Not where the question names both ("Did it increase
    or decrease?") or the sentence denies the opposite ("not included"). 10 of SQuAD v1.1 train's 6,614 gold answers
    to questions with such a word are flagged (0.15%; "What country did Thapa oppose?" answered «Great Britain» from
    "supported France against «Great Britain»")."""
    asked = [w.lower() for w in words(question)]
    said = {stem(w) for w in words(sentence)}
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
            if not _CLAUSE_BREAK.search(between) and len(between.split()) <= 12:
                return (word, m.group())
    return ()
