"""Vetoes about how many and how much: a count or figure of something else than the one asked for.

A count beside the toll, a toll for a population, a level for a change, one share's price for a deal's worth, a
rate for a total, a figure foreseen for one reached, the earlier figure a change starts from for the latest, a figure
of another measure (income for revenue), a count of all for some among them or of things for people, a share of the
vote for votes, a lower rank for the first, the number in a name, an event named only to compare, a bare number for
how long. Each was kept only where it flags under 1.5% of SQuAD v1.1 train's gold answers to such questions.
"""

from __future__ import annotations

import itertools
import re

from index.metadata import MONTH_WORD
from qa import places, roles
from qa.answer_types import HOW_LONG_ASKED, ORDINAL, SPEED_ASKED
from qa.events import CLAUSE_BREAK, DEATHS_ASKED, IN_PLACE_ASKED
from qa.lexical import FIRST_SENTENCE, NAME, NAMED_WEEKDAY, STOPWORDS, is_content_word, line_sentence, stem, words

_DEATH = r"(?:kill\w*|die[ds]?|dead|deaths?|fatalit\w*|perish\w*|lives|toll)"
_COUNTED = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)"
_DEATH_WORD = re.compile(rf"\b{_DEATH}\b", re.I)
_CLAUSE_END = re.compile(r"[,;]|\s(?:and|or|but)\s")
_WORD_IN_CLAUSE = r"(?:(?!and\b|or\b|but\b)\w+\s+)"  # "thousands of people and killing": two clauses
_WORD_TO_TOLL = r"(?:(?!and\b|or\b|but\b|by\b)\w+\s+)"  # "raised the death toll by one": a change
_TOLL = re.compile(
    rf"\b{_DEATH}\s+{_WORD_TO_TOLL}{{0,2}}{_COUNTED}\b(?:\s+\w+)?|\b{_COUNTED}\s+{_WORD_IN_CLAUSE}{{0,3}}{_DEATH}\b",
    re.I,
)


def count_beside_the_toll(question: str, text: str, start: int, end: int) -> str:
    """What "How many people died …?" asks when its sentence gives a toll ("killing one man") and the answer
    (``text[start:end]``) is another count, in no toll: "knocking out power to «hundreds of thousands» of people
    and killing one man" (0.64 before, in a report outside the seeds); "" otherwise, and for one of a count of
    dead in its clause ("killed 224 people, including «12» Americans"). 2 of SQuAD v1.1 train's 127 gold answers to
    such questions are flagged ("«273» civilians and 84 policemen killed"; a "12" its gold set finds in "December
    12")."""
    if not DEATHS_ASKED.search(question.strip()):
        return ""
    first, last = line_sentence(text, start, end)
    tolls = list(_TOLL.finditer(text, first, last))
    if not tolls or any(t.start() < end and start < t.end() for t in tolls):
        return ""
    clause_end = _CLAUSE_END.search(text, end, last)
    near = text[max(first, start - 50) : clause_end.start() if clause_end else last]
    if _DEATH_WORD.search(near):  # "killed 224 people, including «12» Americans": some of the dead
        return ""
    return f"a number of deaths (the passage gives “{tolls[0].group()}”)"


_HOW_MANY = re.compile(r"\bhow many\s+(.+)", re.I)
_NOT_COUNTED = frozenset(  # where the words a "how many" question counts end: "How many Pakistani soldiers | died"
    "were was are is did do does have has had will would can could in of on at to by for from with during among "
    "the a an that which who whom as".split()
)
# The noun a number counts, then part of them: "26 people, most of them tourists", "17 soldiers, including 3 officers",
# also after the verb they are counted by: "79 people were injured, 12 of them firefighters".
_PARTITIVE = re.compile(
    r"(?:\s*([A-Za-z][\w'’-]*)(?:\s+(?:were|was|are|is|had\s+been|have\s+been)\s+[a-z]+)?)?"
    r"\s*[,(]\s*(?:most|many|some|several|half|mostly|among them|including|of whom|of which"
    r"|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+of\s+(?:them|whom)\b))"
    r"\b(?:\s+of\s+(?:them|whom|which))?([^.;)]{0,40})",
    re.I,
)  # "Three people, «two of them» children"


_POPULATION_ASKED = re.compile(r"\bpopulation\b|\bhow\s+many\s+(?:people|residents|inhabitants)\s+live\b", re.I)
_HARM_ASKED = re.compile(r"\b(?:kill\w*|die\w*|dead|deaths?|reduc\w*|lost|lose|loss|injur\w*|wound\w*)\b", re.I)
_TOLL_HEDGE = r"(?:(?:at\s+least|about|some|nearly|more\s+than|over|almost|around)\s+)?"  # "killing «more than» 240"
_TOLL_BEFORE = re.compile(  # "killed 26", "a death toll of at least 5,000"
    rf"\b(?:kill\w*|died|dead|deaths?|injur\w*|wound\w*|casualt\w*|toll\s+(?:of|at|to))\s+{_TOLL_HEDGE}$", re.I
)


# "«36» deaths had been reported", "«14» people were killed": the dead or hurt, counted
_TOLL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:deaths?|dead|killed|died|injured|wounded|casualties|fatalities|bodies)\b", re.I
)


# "«5,000» of those who fled had arrived", "«62,000» people had fled": people who moved, no place's population (asked
# as such: not "How much of the population returned?")
_RESIDENTS_ASKED = re.compile(
    r"\bhow\s+many\s+(?:people|residents|inhabitants)\s+live\b|\bpopulation\s+of\b|['’]s\s+population\b", re.I
)
_MOVED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:fled|arrived|evacuated|displaced|escaped|sheltered|relocated)\b", re.I
)


_CAPACITY_ASKED = re.compile(  # "How many people can the hall hold?", "What is the stadium's capacity?"
    r"\bcapacity\b|\bhow\s+many\b.*\b(?:can|could|does|do|will|would)\b.*\b(?:hold|seat|accommodate)\b", re.I
)
_RISEN_TO = re.compile(  # "the number of people killed … has risen to «143»"
    rf"\b(?:ris(?:en|e|es)|rose|climbed|reached|stands|stood|jumped|increased)\s+(?:to|at)\s+{_TOLL_HEDGE}$", re.I
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)  # "64 people were confirmed dead, «31» of them in Wajima"


def toll_for_another_figure(question: str, text: str, start: int, end: int) -> str:
    """What a question about how many live somewhere (or another figure) asks, when the answer (``text[start:end]``)
    counts the killed or hurt: "What is the population of Kashmir?" answered "26" (0.59) from "which killed 26
    people", or "5,000" (0.50 with Derna's population cut, in a report outside the seeds) from "a death toll of at
    least 5,000", or said after the count ("«36» deaths had been reported in Chooralmala", 0.67, in a set of outside
    reports), or a part of a toll told before it ("64 people were confirmed dead, «31» of them in Wajima", 0.57), or
    a toll risen to it ("The number of people killed … has risen to «143»"); or how many a place holds ("How many
    people can Crocus City Hall hold?" answered "143", the dead, 0.69), or how old someone is ("How old was the
    attacker?" answered "35" of "injuring «35»", 0.51 with the age cut), or, for a population, the people who fled or
    came ("Only about «5,000» of those who fled had arrived in Tawila", 0.64, in outside reports that give no
    population); "" otherwise, and for a question about a
    population's dead ("What portion of the population died …?"). None of SQuAD v1.1 train's 910 gold answers to
    population questions, nor of its 79 to questions of what a place holds, nor of its 108 to "how old", is
    flagged."""
    if _HARM_ASKED.search(question):
        return ""
    if _POPULATION_ASKED.search(question):
        asked = "how many live there"
    elif _CAPACITY_ASKED.search(question):
        asked = "how many it holds"
    elif _AN_AGE_ASKED.search(question):
        asked = "an age"
    else:
        return ""
    toll = _TOLL_BEFORE.search(text[max(0, start - 30) : start])
    if toll:
        return f"{asked}, not a toll (“{toll.group().strip()} {text[start:end]}”)"
    risen = _RISEN_TO.search(text, max(0, start - 40), start)  # "the number of people killed … has risen to «143»"
    first, _ = line_sentence(text, start, end)
    died = _DEATH_WORD.search(re.split(r"[,;:]", text[first : risen.start()])[-1]) if risen else None
    if risen and died:
        return f"{asked}, not a toll (“{died.group()} … {risen.group().strip()} {text[start:end]}”)"
    at = _past_hedge(text, start, end)
    if not _CARDINAL.match(text, at):  # the rest reads what follows the answer's number
        return ""
    counted = _first_word_end(text, at, end)
    toll_after = _TOLL_AFTER.match(text, counted)
    if toll_after:
        return f"{asked}, not a toll (“{text[start : toll_after.end()]}”)"
    moved = _MOVED_AFTER.match(text, counted) if _RESIDENTS_ASKED.search(question) else None
    if moved:
        return f"{asked}, not how many fled or came (“{text[start : moved.end()]}”)"
    part = _OF_THEM.match(text, counted)
    if not part or not _DEATH_WORD.search(text, first, start):
        return ""
    return f"{asked}, not a part of a toll (“{text[start : part.end()]}”)"


_PLACE_ASKED = re.compile(r"\b(?:in|of)\s+((?:[A-Z][\w'’.-]*\s*)+?)(?:['’]s)?\W*$")  # "live in «Benghazi»?"
_HEDGE_WORDS = r"(?:(?:around|about|some|nearly|almost|roughly|approximately|more\s+than|over|just\s+over)\s+)?"
# "«Derna», a community of around …", "the city of «Derna», home to …": a place and how many live there
_PEOPLE_OF_BEFORE = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:city|town|village|community|"
    rf"port|capital|municipality|district|region|island|settlement)\s+of|(?:which\s+is\s+)?home\s+to)\s+{_HEDGE_WORDS}$"
)


def population_of_another_place(question: str, text: str, start: int, end: int) -> str:
    """What "How many people live in Benghazi?" asks when the answer (``text[start:end]``) counts the people of
    another place, set before it as a place of so many ("«Derna», a community of around «125,000» people", 0.51, in
    a report outside the seeds), in a sentence that never names the place asked; "" otherwise. None of SQuAD v1.1
    train's 1,650 gold answers to questions about a population is flagged."""
    asked = _PLACE_ASKED.search(question) if _POPULATION_ASKED.search(question) else None
    other = _PEOPLE_OF_BEFORE.search(text, max(0, start - 80), start) if asked else None
    if asked is None or other is None:
        return ""
    first, last = line_sentence(text, start, end)
    place = asked.group(1).strip()
    if re.search(rf"\b{re.escape(place)}", text[first:last]):
        return ""
    return f"the people of {place}, not of {other.group(1)}"


# "How many people die on India's roads each year?": a count for each year, month or day, which a report's sentence
# says so ("150,000 deaths a year", "each winter"), never one event's toll ("killing «44» people")
_RATE_ASKED = re.compile(
    r"^\W*how\s+many\b.*\b(?:(?:each|every|per|a)\s+(?:year|month|week|day)|annually|yearly|monthly|weekly|daily)\b",
    re.I,
)
_RATE_SAID = re.compile(
    r"\b(?:year|month|week|day|winter|summer|season|annual\w*|yearly|monthly|weekly|daily|per|every|each|average)\b|/",
    re.I,
)


def toll_for_rate(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "How many people die on India's roads each year?" asks when the answer (``text[start:end]``) is one
    event's toll in a sentence that counts nothing by the year: "killing «44» people" (0.57 before, in a report
    outside the seeds), or any count in such a sentence that names a weekday ("closed for most of Friday …,
    disrupting the journeys of about «200,000» passengers", 0.54 for how many use Heathrow each year); ""
    otherwise. None of SQuAD v1.1 train's 137 gold answers to such questions is flagged (5 would be with no toll or
    weekday asked for), nor of the v2.0 fit half's."""
    if not _RATE_ASKED.match(question) or _RATE_SAID.search(text, *sentence):
        return ""
    toll = _TOLL_BEFORE.search(text[max(0, start - 30) : start])
    if toll:
        return f"a count each year, not one toll (“{toll.group().strip()} {text[start:end]}”)"
    day = NAMED_WEEKDAY.search(text, *sentence)  # "closed for most of Friday, disrupting … «200,000» passengers"
    return f"a count each year, not one day's (“{day.group()}”)" if day else ""


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


# "raised its target rate to a range of «3.00%-3.25%»", "boosting it to «3%»": the level a change reached
_CHANGED_TO = re.compile(
    r"\b(?:rais|lift|boost|cut|lower|increas|reduc|push|hik|trim|slash)\w*\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:a\s+(?:range|level|high|low|record|total)\s+of\s+|about\s+|around\s+|nearly\s+|between\s+)?$",
    re.I,
)


def level_for_change(question: str, text: str, start: int, end: int) -> str:
    """What a question about how much something fell or rose asks, when the answer (``text[start:end]``) is the level
    it reached: "How much did Campbell's shares drop on Monday?" answered "$44.06" (0.57) from "lost 2.4% to
    $44.06"; "How much has the Fed raised interest rates this year?" answered "3.00%-3.25%" (0.57, its change's
    sentence cut, in a report outside the seeds) from "raised its target interest rate to a range of 3.00%-3.25%";
    "" otherwise, and for "How much did they fall to?" or "increase to after …". None of SQuAD v1.1 train's 60
    gold answers to such questions is flagged."""
    asked = _CHANGE_ASKED.search(question.strip())
    if not asked or re.match(r"\s+to\b", question.strip()[asked.end() :]):
        return ""
    before = text[max(0, start - 60) : start]
    return (
        "the change, not the level it reached"
        if _CHANGE_BEFORE.search(before[-40:]) or _CHANGED_TO.search(before)
        else ""
    )


# "What was the policy rate before the cut?", "the previous rate": the level a change started from
_BEFORE_ASKED = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:cut|rise|hike|increase|decrease|"
    r"reduction|change|move|drop|fall)\b|\b(?:previous|prior|former|old|earlier)\s+(?:[\w-]+\s+){0,2}?(?:rate|level|"
    r"price|target|range)\b",
    re.I,
)


def reached_for_before(question: str, text: str, start: int, end: int) -> str:
    """Says "the level before the change, not after it" when "What was the policy rate before the cut?" is answered
    by the level a change reached: "lowering its policy rate to a range of «4.75% to 5.00%»" (0.56, an unanswerable
    question in a set of outside reports on a rate cut); "" otherwise."""
    if not _BEFORE_ASKED.search(question):
        return ""
    reached = _CHANGED_TO.search(text[max(0, start - 60) : start]) or _CHANGE_BEFORE.search(
        text[max(0, start - 40) : start]
    )
    return "the level before the change, not after it" if reached else ""


# "What was Kipchoge's winning time?": a level, which what a change took off or added is not ("cut «30 seconds» off
# the record", "improved her best by «18 minutes»")
_LEVEL_ASKED = re.compile(
    r"^\W*what\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,4}?"  # "the S&P 500's record"
    r"(time|price|rate|temperature|level|score|record|speed|value|total)\b",
    re.I,
)
_CHANGE_NOUNS = re.compile(
    r"\b(?:change|difference|margin|gap|cut|improvement|increase|decrease|drop|rise|fall|gain|loss|lead|deficit)\b",
    re.I,
)
_AT_A_MOMENT = re.compile(r"\b(?:after|before|since|following|during|until)\s+(?:the|its|this|that)\s+$", re.I)
_CHANGED_AFTER = re.compile(
    r"\s+(?:off|faster|slower|quicker|more\s+than|less\s+than|lower|higher|above|below)\b", re.I
)
# "«30 seconds off» the previous world record", "ended «0.3% lower»"
_CHANGED_WITHIN = re.compile(r"\d\S*(?:\s+[a-z]+)?\s+(?:off|faster|slower|quicker|lower|higher)\b", re.I)
_CHANGED_BY = re.compile(
    r"\b(?:improv|cut|lower|rais|increas|decreas|reduc|drop|fell|rose|climb|shav|slash|trim)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?by\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def change_for_level(question: str, text: str, start: int, end: int) -> str:
    """What "What was Kipchoge's winning time?" asks when the answer (``text[start:end]``) is what a change took off
    or added: "His time cut «30 seconds» off the previous world record" (0.75 before, in a report outside the
    seeds), then "30 seconds off the previous world record"; "" otherwise, and where the question asks for a
    change (not one it names as a moment: "What was Nvidia's market value after the fall?" answered «$593 billion»,
    0.64, from "wiping some $593 billion off the chipmaker's market value"). None of SQuAD v1.1 train's 430 gold
    answers to such questions is flagged."""
    asked = _LEVEL_ASKED.match(question)
    if not asked or any(not _AT_A_MOMENT.search(question, 0, m.start()) for m in _CHANGE_NOUNS.finditer(question)):
        return ""
    if (
        _CHANGED_AFTER.match(text, end)
        or _CHANGED_WITHIN.search(text, start, end)
        or _CHANGED_BY.search(text[max(0, start - 60) : start])
    ):
        return f"the {asked.group(1).lower()} itself, not a change in it"
    return ""


# "How much is the deal worth?": a total, which the price of one share is not
_TOTAL_ASKED = re.compile(
    r"(?i:\b(?:(?:how\s+much|what)\b.*\b(?:worth|valued?|value|size|cost)|how\s+(?:big|large)\b.*\b(?:deal|offer|"
    r"bid|acquisition|takeover|purchase|merger|buyout))\b)"
    # "How much will Cisco pay for Splunk?": a firm bought whole
    r"|(?i:\bhow\s+much\b).*\b(?i:pay|paying|paid|spend|spent|spending|offer|offered|offering)\s+for\s+[A-Z]",
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


_SHARE_PRICE_ASKED = re.compile(
    r"\b(?:stock|share)\s+price\b|\bprice\s+(?:of\s+(?:a|one|each)\s+share|per\s+share)\b|"
    r"\bper\s+(?:[A-Z][\w&.-]*\s+)?share\b",  # "per Sourcefire share"
    re.I,
)
_BILLIONS_AT_END = re.compile(r"\d[\d,.]*\s*(?:billion|trillion|bn|tn)\W*$", re.I)  # "worth more than «$100 billion»"


def total_for_share_price(question: str, text: str, start: int, end: int) -> str:
    """Says "the price of one share, not the whole" when a question about a share's price is answered by a sum in
    billions, what a whole company or deal is worth: "What was Walgreens' stock price at its 2015 peak?" answered
    "$100 billion" (0.82) from "The company was worth more than «$100 billion» at its peak in 2015" (a set of outside
    reports on a takeover); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _SHARE_PRICE_ASKED.search(question) or not _BILLIONS_AT_END.search(text[start:end]):
        return ""
    return "the price of one share, not the whole"


# "a deal worth «$23.7 billion» including debt": a sum that holds the thing named after it
_SUM_AT_END = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn))?|\d[\d,.]*\s*(?:million|billion|trillion))\W*$"
)
_INCLUDING = re.compile(r"\s+(?:,\s*)?(?:including|includes|with)\s+(?:its\s+|their\s+|the\s+)?([a-z]+)\b")


def sum_including_asked(question: str, text: str, start: int, end: int) -> str:
    """What "How much debt does Walgreens have?" asks when the answer (``text[start:end]``) is a sum said to
    include the debt: "a deal worth up to «$23.7 billion» including debt" (0.65, in a set of outside reports on a
    takeover); "" otherwise, and where the question asks for the sum with it ("including debt"). None of SQuAD
    v1.1 train's 87,599 gold answers is flagged."""
    held = _INCLUDING.match(text, end) if _SUM_AT_END.search(text[start:end]) else None
    if held is None or re.search(rf"\b(?:including|includes|with)\s+(?:\w+\s+)?{held.group(1)}\b", question, re.I):
        return ""
    asked = {stem(w) for w in words(question) if is_content_word(w.lower())}
    return f"the {held.group(1)} alone, not a sum that includes it" if stem(held.group(1)) in asked else ""


_WORLD = r"\b(?:world\w*|global\w*|internationally|across\s+the\s+globe|on\s+earth|planet)\b"
_WORLD_ASKED = re.compile(_WORLD)  # lower case: not "World War I", "the World Cup"
_WORLD_SAID = re.compile(_WORLD, re.I)
_IN_PLACE = re.compile(rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+((?:the\s+)?({places.PLACE_NAME}))")


def country_for_world(question: str, text: str, start: int, end: int) -> str:
    """What "How many people worldwide live with HIV?" asks when the answer's sentence gives the figure (``text[start
    :end]``) for one known place and says nothing of the world: "About «1.2 million» people in the United States
    are living with HIV" (0.63, in a set of outside reports on a drug's approval); "" otherwise. 1 of SQuAD v1.1
    train's 208 gold answers with a number, to questions asking so of the world, is flagged (of "the western world",
    a figure for the United Kingdom); none of the v2.0 fit half's."""
    if not _WORLD_ASKED.search(question) or not re.search(r"\d", text[start:end]):
        return ""
    first, last = line_sentence(text, start, end)
    said = text[first:last]
    if _WORLD_SAID.search(said):
        return ""
    place = next((m.group(1) for m in _IN_PLACE.finditer(said) if places.place(m.group(2)) is not None), "")
    return f"a figure for the world, not for {place}" if place else ""


# Cars made and cars delivered: two counts carmakers report apart
_MADE = re.compile(r"\b(?:produc\w*|built|build\w*|made|make|makes|manufactur\w*|output)\b", re.I)
_DELIVERED = re.compile(r"\b(?:deliver\w*)\b", re.I)


def delivered_for_made(question: str, text: str, start: int, end: int) -> str:
    """What "How many vehicles did Tesla produce?" asks when the answer (``text[start:end]``) counts what was
    delivered, right after it in its clause ("Tesla delivered «336,681» vehicles", 0.84, in a set of outside reports
    on a carmaker's results), and the other way; "" otherwise. None of SQuAD v1.1 train's 269 gold answers to "how
    many" or "how much" questions asking either is flagged, nor of the v2.0 fit half's."""
    if not _HOW_MUCH_OR_MANY.search(question) or not _FIGURE.match(text[start:end]):
        return ""
    made, delivered = _MADE.search(question), _DELIVERED.search(question)
    if bool(made) == bool(delivered):
        return ""
    clause = _last_clause(text[max(0, start - 60) : start])
    if made and _DELIVERED.search(clause):
        return "how many were made, not delivered"
    return "how many were delivered, not made" if delivered and _MADE.search(clause) else ""


# "Huang's stake in Nvidia is now worth about": what one holds of a firm, before the figure
_STAKE_IN = re.compile(
    r"\b(?:stakes?|holdings?|shareholding|interest)\s+in\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*[^.;]{0,40}$"
)
_HOLDING_ASKED = re.compile(r"\b(?:stakes?|holdings?|shares?|interest|own|owns|owned)\b", re.I)


def stake_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "the whole, not a stake in it" when a question about what a firm or deal is worth is answered by what a
    stake in it is worth: "Jensen Huang's stake in Nvidia is now worth about «$179 billion»" for "What is Nvidia's
    market value?" (0.64 with the value's sentence cut, in a set of outside reports); "" otherwise, and for a
    question about a stake or shares. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _TOTAL_ASKED.search(question) or _HOLDING_ASKED.search(question):
        return ""
    first, _ = line_sentence(text, start, end)
    return "the whole, not a stake in it" if _STAKE_IN.search(text, first, start) else ""


# A firm's totals, which a report also gives a share: "a net loss of $78.1 million or a loss of «$2.0 a share»"
_TOTALS = frozenset("loss losses income profit profits revenue revenues sales turnover".split())
_PER_SHARE_ASKED = re.compile(r"\b(?:shares?|stock|per|each|eps)\b", re.I)
_EARNED = frozenset("earn earned earns".split())
# the whole told first: "$482.5 million, or «84 cents» a share"
_WHOLE_OR = re.compile(r"\d[\d,.]*\s*(?:million|billion|trillion|bn)\s*,?\s+or\s+$", re.I)
_A_SHARE = re.compile(r"(?:\s+cents?)?\s*(?:per|a|each)\s+(?:diluted\s+|basic\s+)?share\b", re.I)


def per_share_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "the whole, not an amount a share" when a question about a firm's loss, income, profit or revenue is
    answered by what it comes to a share: "a net loss of $78.1 million or a loss of «$2.0 a share»" for "What was
    Tesco Corporation's net loss in the fourth quarter?" (0.66, in a report outside the seeds), or one about what
    it earned by the share beside the whole ("$482.5 million, or «84 cents a share»", 0.79, in a set of outside
    reports on quarterly results); "" otherwise, and for a question about shares, or about earnings the report gives
    a share alone ("Excluding one-time items, it earned «98 cents a share»"), or a dividend."""
    asked = {w.lower() for w in words(question)}
    if _PER_SHARE_ASKED.search(question) or not asked & (_TOTALS | _EARNED):
        return ""
    figure = re.match(r"\W*(?:[A-Z]{1,3})?[$€£]?\d[\d,.]*", text[start:end])
    if not figure or not _A_SHARE.match(text, start + figure.end()):
        return ""
    if not asked & _TOTALS and not _WHOLE_OR.search(text[max(0, start - 40) : start]):
        return ""
    return "the whole, not an amount a share"


# "How long was …?", "How deep …?", "How far from Los Angeles …?"; not "How far back …?" (a year answers it)
_DIMENSION_ASKED = re.compile(
    r"^\s*how\s+(?:long(?=\s+(?:was|is|were|are)\b)|deep|tall|wide|far(?!\s+(?:back|below|above|behind|ahead|up|"
    r"down|into|along)\b)|high(?!.*\b(?:magnitudes?|levels?|rates?|scores?|prices?|temperatures?|ranks?)\b))\b",
    re.I,
)
# What "How wide …?", "How far …?" or "What was the height of …?" asks, and what the word after a length's unit gives
_DIMENSION_OF = {
    "wide": "a width",
    "width": "a width",
    "deep": "a depth",
    "depth": "a depth",
    "tall": "a height",
    "high": "a height",
    "height": "a height",
    "long": "a length",
    "length": "a length",
    "thick": "a thickness",
    "thickness": "a thickness",
    "far": "a distance",
}
_UNIT_AFTER = re.compile(
    r"\s*(?:-|years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet\w+|miles?|mi|feet|ft|m|met(?:er|re)s?|"
    r"inch\w*|yards?|centimet\w+|cm|mm)\b",
    re.I,
)


_WEIGHT_ASKED = re.compile(r"^\s*how\s+(?:heavy\b|much\s+(?:does|do|did|will|would|can|could)\b.*\bweigh\b)", re.I)
_WEIGHT_AFTER = re.compile(r"\s*(?:-|tons?|tonnes?|kg|kilo\w*|pounds?|lbs?|grams?|g|ounces?|oz|stone)\b", re.I)


def bare_number_for_length(question: str, text: str, start: int, end: int) -> str:
    """Says "a length", "a depth", "a height", "a width", "a distance" or "a weight" when "How long was …?", "How
    deep …?", "How tall …?", "How wide …?", "How far …?" or "How much does … weigh?" is answered by a bare number with
    no unit after it in the text: "McDonnell, «60», is …", his age (0.56 with the sentence giving the term cut), "The
    «6.4» magnitude quake" for "How deep was the Thursday quake?" (0.67), and "the pod of «49» pilot whales" for how
    much they weigh (0.54), in reports outside the seeds, or "put the magnitude at «8.8»" for how high the tsunami
    waves were (0.49 cut; not for a high magnitude, level or rate); "" otherwise. 1 of SQuAD v1.1 train's 170 gold
    answers to "how long was" questions is flagged ("How long was Live Aid's stadium audience?" → "72,000"), none of
    its 139 to the others nor of its 12 to a weight."""
    asked = _DIMENSION_ASKED.match(question)
    weight = _WEIGHT_ASKED.match(question)
    if not (asked or weight) or not re.fullmatch(r"[^\w$£€]*\d[\d,.]*\W*", text[start:end]):
        return ""
    if weight:
        return "" if _WEIGHT_AFTER.match(text, end) else "a weight (the passage gives a bare number)"
    kind = _DIMENSION_OF[asked.group().split()[-1].lower()] if asked else ""
    return "" if _UNIT_AFTER.match(text, end) else f"{kind} (the passage gives a bare number)"


_TURNOUT_ASKED = re.compile(r"^\W*what\s+(?:was|is|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?turnout\b", re.I)
# a share said soon after the number: "33%", "91.04 percent", "54–46%", "from 90 to closer to 50 per cent"
_SHARE_SOON_AFTER = re.compile(
    r"(?:[^.;!?]|\.\d){0,40}?(?:%|percent|per\s*cent|percentage|pct)|\s*(?:of|in\s+(?:every|each|\d))\b", re.I
)


def bare_number_for_share(question: str, text: str, start: int, end: int) -> str:
    """Says "a share" when "What was the turnout in 2022?" or "What percentage …?" is answered by a bare number under
    100 with no percent after it in the text: "one seat in 2019 and «12» in the 2022 election" (0.64, in a set of
    outside reports on an election); "" otherwise. 1 of SQuAD v1.1 train's 907 gold answers to such questions is
    flagged, its answer's offset pointing at another "20"."""
    if not (_SHARE_ASKED.search(question) or _TURNOUT_ASKED.match(question)):
        return ""
    number = re.fullmatch(r"[^\w%]*\d{1,2}[^\w%]*", text[start:end])
    if not number or _SHARE_SOON_AFTER.match(text, end):
        return ""
    return "a share (the passage gives a bare number)"


_WINDS_ASKED = re.compile(r"\b(?:winds?|gusts?|speeds?)\b", re.I)  # "How high were the winds?": a speed
# A speed, in the span or right after its number: "winds of «155 mph»"
_SPEED = re.compile(
    r"\s*(?:mph|km/h|kph|kmh|knots?|(?:miles|kilomet(?:er|re)s|met(?:er|re)s)\s+(?:per|an|a)\s+(?:hour|second))\b", re.I
)


# An area, right after its number: "About «100 hectares»", "«40 square miles»"
_AREA = re.compile(r"\s*(?:hectares?|acres?|square\s+\w+|sq\.?\s*(?:km|mi|m|ft)|km2|km²|m²)\b", re.I)


def speed_or_area_for_dimension(question: str, text: str, start: int, end: int) -> str:
    """Says "a height, not a speed" (or a depth, length, width or distance) when "How high was Michael's storm
    surge?" is answered by a speed: "Michael brought winds of «155 mph» and a storm surge that destroyed … homes"
    (0.67, an unanswerable question in a set of outside reports on hurricanes), and "a height, not an area" for an
    area: "About «100 hectares» of Suzu and Noto were flooded by the tsunami" for how high the tsunami was (0.68, in a
    set of outside reports on an earthquake); "" otherwise, and for high winds."""
    asked = _DIMENSION_ASKED.match(question)
    if not asked or _WINDS_ASKED.search(question):
        return ""
    number = _last_count(text, start, end) or re.search(r"\d[\d,.]*", text[start:end])
    if not number:
        return ""
    kind = _DIMENSION_OF[asked.group().split()[-1].lower()]
    if _SPEED.match(text, start + number.end()):
        return f"{kind}, not a speed"
    return f"{kind}, not an area" if _AREA.match(text, start + number.end()) else ""


_DEPTH_ASKED = re.compile(
    r"^\W*(?:how\s+(deep|tall|high)|(?:at\s+)?what\s+(depth|height)|what\s+(?:was|is|were)\s+the\s+(depth|height))\b",
    re.I,
)
# "700 kilometers (430 miles) «away» from the epicenter", "113 miles «northeast» of Los Angeles"
_AWAY = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:away|from|off|outside|inland|offshore|(?:north|south|east|west)\w*|"
    r"to\s+the\s+(?:north|south|east|west)\w*)\b",
    re.I,
)
_DIRECTION_ENDING = re.compile(r"\s(?:north|south|east|west)\w*$", re.I)  # "«4 kilometres north»" of the town


def distance_for_depth_or_height(question: str, text: str, start: int, end: int) -> str:
    """Says "a depth" or "a height" when "How deep …?" or "How tall …?" is answered by a distance away, which the
    words after the answer (``text[start:end]``) say: "felt in Mexico City, some «700 kilometers» (430 miles) away"
    for "How deep was the Oaxaca quake?" (0.47), and "«65km» north of Tonga's main island" for "How tall is the
    volcano?" (0.48), in reports outside the seeds that give neither, or "«4 kilometres north»" of a town, the
    direction read as part of the answer; "" otherwise. None of SQuAD v1.1 train's 83
    gold answers to such questions is flagged."""
    asked = _DEPTH_ASKED.match(question)
    if not asked or not (_AWAY.match(text, end) or _DIRECTION_ENDING.search(text, start, end)):
        return ""
    return f"{_DIMENSION_OF[next(filter(None, asked.groups())).lower()]} (the passage gives a distance away)"


_IN_TOTAL_ASKED = re.compile(r"\b(?:in\s+total|in\s+all|altogether|all\s+told|overall)\b", re.I)
_AT_A_TIME = re.compile(r"\s(?:when\s+(?:it|they|he|she|the)|at\s+the\s+time)\b", re.I)  # "… when it fell"
_RATE = re.compile(r"\s*(?:a|an|per|each|every)\s+(month|year|week|day|hour)\b", re.I)
_RATE_ENDING = re.compile(rf"{_RATE.pattern}\W*$", re.I)
# "«11 million» vehicles a year": the rate after the thing counted (not after "in": "died in a day")
_RATE_AFTER = re.compile(rf"(?:\s+(?!(?:in|on|at|of|for|to|by|and|or)\b)[a-z][\w-]*){{0,2}}?{_RATE.pattern}", re.I)
_PER_TIME_ASKED = re.compile(rf"{_RATE.pattern}|\b(?:annual|yearly|daily|weekly|monthly|hourly)", re.I)


def rate_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "a total, not an amount a month" when a question about a total ("How much money did Cabral receive in
    total?") is answered by an amount a month, a year, a week, a day or an hour, the rate ending the answer or right
    after it: "received «hundreds of thousands of dollars» a month" (0.67 before, in a report outside the seeds); ""
    otherwise. So too for a count at one moment ("How many cars were on the bridge when it collapsed?", "at the time
    of"): "carried about «11 million» vehicles a year" (0.49, in a set of outside reports). None of SQuAD v1.1
    train's 87,599 gold answers is flagged."""
    if _IN_TOTAL_ASKED.search(question):
        asked = "a total"
    elif _AT_A_TIME.search(question) and not _PER_TIME_ASKED.search(question):
        asked = "a count at the time"
    else:
        return ""
    rate = _RATE_AFTER.match(text, end) or _RATE_ENDING.search(text[start:end])
    return f"{asked}, not an amount a {rate.group(1).lower()}" if rate else ""


# What a figure foreseen is written after: "revenue outlook for the current quarter was «between $42 billion and $44
# billion»", "less than the expected «$46 billion»"
_FORESEEN_BEFORE = re.compile(
    r"\b(?:outlook|forecast(?:s|ed|ing)?|guidance|project(?:ed|ions?)|expect(?:ed|s|ations?)?|predict(?:ed|s|ions?)?|"
    r"anticipat\w*)\b((?:\s+[\w$%.,'’-]+){0,6}?)\s*$",
    re.I,
)
_FORESEEN_ASKED = re.compile(
    r"\b(?:outlook|forecast\w*|guidance|project\w*|expect\w*|predict\w*|anticipat\w*|estimat\w*|analysts?|will|"
    r"would|next|future|plan\w*|goal|target\w*|hope\w*|aim\w*|could|might|may|should|going|suppos\w*|likely)\b",
    re.I,
)
# A move told in the past between: "a weaker outlook than expected and its shares «fell» 6.2 percent" was reached
_MOVED = re.compile(
    r"\b(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|declined|grew|closed|ended|surged|plunged|tumbled|"
    r"soared)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_BARE_YEAR = re.compile(rf"\W*{_YEAR.pattern}\W*")


def foreseen_for_reached(question: str, text: str, start: int, end: int) -> str:
    """Says "what was, not what was foreseen" when a question about a figure reached ("What was Apple's quarterly
    revenue?") is answered by one the text gives as foreseen, within six words after "outlook", "forecast",
    "expected" and their kin, in one clause, not after "from" (a figure "expected to rise from 512,682" was reached)
    nor after a move told in the past ("a weaker outlook than expected and its shares fell «6.2 percent»"):
    "the company's revenue outlook for the current quarter was «between $42 billion and $44 billion»" (0.53 before);
    "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    figure = text[start:end]
    if _FORESEEN_ASKED.search(question) or not re.match(r"\W*(?:between\s+)?[$€£]?\d", figure):
        return ""
    if _BARE_YEAR.fullmatch(figure):
        return ""
    foreseen = _FORESEEN_BEFORE.search(text, max(0, start - 80), start)
    if not foreseen or re.search(r"[.;:!?]\s|\bfrom\b", foreseen.group(1) + " ") or _MOVED.search(foreseen.group(1)):
        return ""
    return "what was, not what was foreseen"


_NOW_ASKED = re.compile(r"\b(?:current|currently|now|present|presently|today'?s?)\b", re.I)
# a figure still to come: "The rate will be further raised to «10%»", "is going to raise rates ... to «9 percent»"
_TO_COME_BEFORE = re.compile(
    r"\b(?:will|going\s+to|plans?\s+to|planned\s+to|set\s+to|expected\s+to)\b((?:\s+[\w$%.,'’-]+){0,6}?)\s*$", re.I
)


def to_come_for_current(question: str, text: str, start: int, end: int) -> str:
    """What a question about a figure now asks ("What is the current interest rate in Bangladesh?") when the answer
    (``text[start:end]``) is one still to come, within six words after "will", "going to" and their kin in one clause:
    "The rate will be further raised to «10%»" (0.52 with the current rate's sentence cut, in a report outside the
    seeds); "" otherwise. None of SQuAD v1.1 train's 920 gold answers to questions about now is flagged."""
    if not _NOW_ASKED.search(question) or not re.match(r"\W*(?:between\s+)?[$€£]?\d", text[start:end]):
        return ""
    to_come = _TO_COME_BEFORE.search(text, max(0, start - 80), start)
    if not to_come or re.search(r"[.;:!?]\s", to_come.group(1) + " "):
        return ""
    return "what is now, not what is to come"


# "NASA is «paying» Firefly «about» $101.5 million": the verbs that name who is paid right after them, and the
# hedges between that name and the sum
_PAYING = r"pay|pays|paying|paid|award\w*|grant\w*|gave|give[sn]?|giving|owe[sd]?"
_SUM_HEDGES = r"(?:(?:a|an|about|some|nearly|almost|more\s+than|over|up\s+to)\s+)*"
# One a question asks what it paid: "How much did the mission cost Firefly?", "How much did Firefly spend?"
_PAYER_ASKED = re.compile(
    rf"\bcost\s+(?:the\s+)?({roles.CAPITALIZED_RUN})|\b(?:did|does|will|has)\s+(?:the\s+)?({roles.CAPITALIZED_RUN})\s+"
    r"(?:pay|spend|invest)\b"
)


def paid_to_for_paid_by(question: str, text: str, start: int, end: int) -> str:
    """What "How much did the mission cost Firefly?" asks when the answer (``text[start:end]``) is a sum paid to
    Firefly, right after "paying Firefly", "paid", "awarded" or "gave" it: "NASA is paying Firefly «$101.5 million»
    for the delivery" (0.63, in a set of outside reports on a moon landing); "" otherwise. None of SQuAD v1.1
    train's 79 gold answers to questions asking what one paid or spent is flagged, nor of the v2.0 fit half's."""
    asked = _PAYER_ASKED.search(question)
    if asked is None:
        return ""
    payer = asked.group(1) or asked.group(2)
    paid = re.search(
        rf"\b(?:{_PAYING}|owing)\s+(?:the\s+)?{re.escape(payer)}\s+{_SUM_HEDGES}$", text[max(0, start - 80) : start]
    )
    return f"what {payer} paid, not what it is paid" if paid else ""


_PAYEE_ASKED = re.compile(rf"\b(?:pay|give|award|grant|owe|lend)\s+(?:the\s+)?({roles.CAPITALIZED_RUN})")
_PAID_TO_BEFORE = re.compile(rf"\b(?:{_PAYING}|lent|lend\w*)\s+(?:the\s+)?({roles.CAPITALIZED_RUN})\s+{_SUM_HEDGES}$")


# "«$26.3 billion» in 2021 to Apple, Samsung and others": a sum paid to several
_PAID_TO_SEVERAL = re.compile(
    r"(?:\s+(?:in|during)\s+\d{4})?\s+to\s+((?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)*[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*,?\s+and\s+(?:others|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))"
)


def paid_to_another(question: str, text: str, start: int, end: int) -> str:
    """What "How much did NASA pay Astrobotic?" asks when the answer (``text[start:end]``) is the sum the text says
    was paid to another, named right before it: "NASA paid Intuitive Machines «$118 million»" (0.48, an unanswerable
    question in a set of outside reports on a moon landing), or to several, the one asked among them: "Google paid
    «$26.3 billion» in 2021 to Apple, Samsung and others" for what it paid Samsung (0.84, in a set on an antitrust
    ruling); "" otherwise. None of SQuAD v1.1 train's 54 gold answers to such questions is flagged."""
    asked = _PAYEE_ASKED.search(question)
    if not asked:
        return ""
    payee = asked.group(1).split()[-1]
    several = _PAID_TO_SEVERAL.match(text, end)
    if several and re.search(rf"\b{re.escape(payee)}\b", several.group(1)):
        return f"what was paid to {asked.group(1)} alone, not to {several.group(1)}"
    paid = _PAID_TO_BEFORE.search(text[max(0, start - 80) : start])
    if not paid or payee in paid.group(1).split():
        return ""
    return f"what was paid to {asked.group(1)}, not to {paid.group(1)}"


# A deed asked as done ("How many tourists were evacuated?", "How deep did the drill reach?"), answered by a figure only
# intended: "officials are preparing to evacuate «thousands» of visitors"
_DONE_ASKED = re.compile(
    r"^\W*how\s+(?:many|much|far|deep|high|long|large|big|fast)\b.*\b(?:were|was|did|had|has|have)\b", re.I
)
_INTENT_ASKED = re.compile(
    r"\b(?:will|would|can|could|plan\w*|expect\w*|intend\w*|meant|set\s+to|going\s+to|prepar\w*|aim\w*|hope\w*|want\w*|to\s+be|"
    r"vow\w*|pledg\w*|promis\w*|propos\w*|seek\w*|sought|threaten\w*)\b",
    re.I,
)
_INTENDED_BEFORE = re.compile(
    r"\b(?:prepar\w*|plan(?:s|ned|ning)?|set|expected|going|about|ready|poised|hop\w*|aim\w*|seek\w*|intend\w*|meant|"
    r"threaten\w*|vow\w*|pledg\w*|promis\w*|propos\w*|want\w*)\s+to\s+[a-z]+\s+(?:(?:up\s+to|about|some|nearly|almost|"
    r"more\s+than|at\s+least|as\s+many\s+as|another|a\s+further)\s+)?$",
    re.I,
)


def intended_for_done(question: str, text: str, start: int, end: int) -> str:
    """What "How many tourists were evacuated?" asks when the answer (``text[start:end]``) counts a deed only
    intended, right after "preparing to evacuate", "plans to rebuild" and their kin: "officials are preparing to
    evacuate «thousands» of visitors and residents" (0.69 before, in a report outside the seeds); "" otherwise, and
    where the question asks about the plan; "How deep did the drill reach?" so too ("a drill «meant» to reach «about 3
    metres»", 0.72, in outside reports on a moon landing). None of SQuAD v1.1 train's 3,185 gold answers to questions
    asking how many, how much, how far and their kin were or did is flagged, nor of the v2.0 fit half's."""
    if not _DONE_ASKED.match(question) or _INTENT_ASKED.search(question):
        return ""
    intended = _INTENDED_BEFORE.search(text, max(0, start - 60), start)
    return "what was done, not what was intended" if intended else ""


# What a figure compared with is written after: "rose 32 per cent to $14.4 billion from «$10.9 billion»", "up from «58
# percent»", "versus a profit of «$2.98 billion»", "compared with «US$248.3 million»". "From" counts only after a change
# in the same clause: "ranged from «$13.73 billion» to …" compares nothing. A decimal point ends no clause.
_CHANGED = (
    r"(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|jump\w*|climb\w*|"
    r"drop\w*|declin\w*|slipp?\w*|slid\w*|surg\w*|soar\w*|plung\w*|tumbl\w*|gain\w*|lost|los(?:s|es|ing)|"
    r"improv\w*|widen\w*|narrow\w*|shr[aiu]nk\w*|doubl\w*|tripl\w*|edg\w*|leap\w*|swung|swing\w*|up|down|"
    r"rais\w*|lower\w*|boost\w*|chang\w*)"
)
_IN_CLAUSE = r"(?:[^.;:!?]|\.(?=\d))"
_VERSUS = r"\b(?:versus|vs\.?|compared\s+(?:with|to))"
_COMPARED_BEFORE = re.compile(
    rf"(?:\b{_CHANGED}\b{_IN_CLAUSE}*?(?<!ranging\s)(?<!ranged\s)(?<!range\s)\bfrom|{_VERSUS})\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+of\s+)?$",
    re.I,
)
_EARLIER_ASKED = re.compile(
    r"\b(?:from|before|earlier|previous\w*|prior|ago|last|initial\w*|original\w*|start\w*|began|begin\w*|"
    r"former\w*|compared|versus|when|became|become|high\w*|great\w*|peak\w*|low\w*|most|least)\b",
    re.I,
)
_FIGURE = re.compile(rf"\W*(?:(?:[A-Z]{{1,3}})?[$€£]\d|(?!{_YEAR.pattern})\d)")  # a sum, or a number but a year
_TO_FIGURE = re.compile(r"\bto\s+[$€£]?\d")  # "«18 percent to 5 percent»" gives the latest too
# Said of both figures: "in the fourth quarter from $134.5 million in the previous year quarter"
_PERIODS = frozenset(map(stem, "year years quarter quarters month months week weeks period periods half".split()))
_CLAUSE_AFTER_ENDS = re.compile(r"\s+to\b|[.;:!?](?!\d)")  # "… from $10.9 billion a year earlier." "… from 58 to"


def _sentence_between_stops(text: str, start: int, end: int) -> str:
    """The text from the ". " before ``text[start:end]`` to the ". " after it (line breaks do not end it)."""
    stop = text.find(". ", end)
    return text[text.rfind(". ", 0, start) + 1 : stop if stop >= 0 else len(text)]


def earlier_for_latest(question: str, text: str, start: int, end: int) -> str:
    """Says "the latest figure, not the earlier one it is compared with" when a question about a figure is answered by
    the one a change started from or a figure is compared with: "«$2.98 billion» in the year-ago period" for "What was
    the net profit in the third quarter?" (0.79, in a report outside the seeds); "" otherwise, for a question asking
    about an earlier time ("before", "a year ago", "from"), or one naming what the text says of the earlier figure
    ("in 2019", "the referendum"; "quarter" or "year" is said of both). 1 of SQuAD v1.1 train's 9,399 gold answers
    that are figures is flagged, one that SQuAD gives for another year ("How much of the Bronx was non-Hispanic white
    as of 2009?" → "34.4%", from "down from 34.4% in 1980")."""
    figure = text[start:end]
    if _EARLIER_ASKED.search(question) or not _FIGURE.match(figure) or _TO_FIGURE.search(figure):
        return ""
    if not _COMPARED_BEFORE.search(text, max(0, start - 120), start):
        return ""
    sentence = _sentence_between_stops(text, start, end)
    if any(year in sentence for year in _YEAR.findall(question)):  # "in 2000" asked, "From 2000 to 2009, … fell from"
        return ""
    said_of_it = {stem(w) for w in words(_CLAUSE_AFTER_ENDS.split(text[end : end + 200], maxsplit=1)[0])}
    if (said_of_it - _PERIODS) & {stem(w) for w in words(question) if is_content_word(w)}:
        return ""
    return "the latest figure, not the earlier one it is compared with"


# "What was gaming revenue a year earlier?": a figure of an earlier time
_EARLIER_TIME_ASKED = re.compile(
    r"\b(?:(?:a|one|two|three)\s+(?:years?|quarters?|months?)\s+(?:earlier|ago|before)|"
    r"in\s+the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month))\b",
    re.I,
)
# what gives a figure's time as another than the report's: "from $1.4 billion a year earlier", "last year", "2019"
_ANOTHER_TIME = re.compile(
    r"\b(?:earlier|ago|before|previous\w*|prior|last|past|from|compared|versus|vs|year-ago|then|once|formerly|"
    rf"{_YEAR.pattern}|{MONTH_WORD})\b",
    re.I,
)


def latest_for_earlier(question: str, text: str, start: int, end: int) -> str:
    """What "What was Nvidia's gaming revenue a year earlier?" asks when the answer (``text[start:end]``) is a figure
    whose sentence gives it no other time than the report's: "Gaming revenue was «$2.9 billion»." (0.92, in a set of
    outside reports on a chipmaker's results); "" otherwise. SQuAD v1.1 train asks three such questions, none of a
    figure."""
    asked = _EARLIER_TIME_ASKED.search(question)
    if not asked or not _FIGURE.match(text[start:end]):
        return ""
    if _ANOTHER_TIME.search(_sentence_between_stops(text, start, end)):
        return ""
    return f"the figure {asked.group()}, not the latest"


# "How high will inflation rise?", "By how much did sales jump?": one figure of a change, its size or its end
_ONE_FIGURE_ASKED = re.compile(
    rf"^\W*(?:by\s+)?how\s+(?:much|high|low|far|fast)\b(?!.*\b(?:from|between|range\w*)\b).*\b{_CHANGED}\b", re.I
)
# "409% to $18.4 billion", "21% in early trading, while Cisco's fell 4%"
_TWO_FIGURES = re.compile(r"^\W*(?:[$€£]\s?)?\d[^;]*?(?:\bto\s+|,\s+(?:while|whereas|but)\s+[^;]*?)(?:[$€£]\s?)?\d")


def two_figures_for_one(question: str, text: str, start: int, end: int) -> str:
    """Says "one figure, not two" when a question about a change asks for one figure and the answer
    (``text[start:end]``) runs from one to another: "jumped «409% to $18.4 billion»" (0.59, in a set of outside
    reports on a chipmaker's results), "inflation, which was «2.5% in December, to rise to 3.7%»" (0.61, in another
    on a rate cut); "" otherwise, and for a question asking "from", "between" or a range. None of SQuAD v1.1
    train's 86 gold answers to such questions is flagged."""
    span = text[start:end]
    if not _ONE_FIGURE_ASKED.search(question) or not _TWO_FIGURES.search(span):
        return ""
    return f"one figure, not two (“{span}”)"


_YEAR_ASKED = re.compile(rf"\b(?:in|for|by|of|during|through)\s+({_YEAR.pattern})", re.I)
# "4.5% «in 2022», 3.1% in 2023": the year a figure is for, right after it ("in 2022-23" is a span of years)
_FIGURE_IN = re.compile(r"\d\S*\s+(?:in|for|by|during)\s+$", re.I)  # "2.3% in " 2024: the year of another figure
_YEAR_OF_FIGURE = re.compile(rf"\d\S*\s+(?:in|for|by|during)\s+({_YEAR.pattern})", re.I)
_YEAR_AFTER = re.compile(rf"\s*(?:[\w-]+\s+)?(?:in|for|by|during)\s+({_YEAR.pattern})(?!\s*(?:-|–|to|and)\s*\d)", re.I)


_RELATIVE_YEAR = re.compile(r"(?<!the\s)\b(this|last|next)\s+year\b", re.I)  # not "the last year of the quota"


def other_relative_year(question: str, text: str, start: int, end: int) -> str:
    """Says "last year's, not this year's" when a question about last year (or this year, or next) is answered by a
    figure whose own clause speaks of another, in words: "«524» deaths had been reported in Congo so far this year,
    already more than in all of last year" for last year's deaths (0.80, an unanswerable question in a set of outside
    reports on an outbreak); so too for a year asked by number that the text gives elsewhere, where the clause
    speaks of "this year": "at the end of this year to «4.4%»" beside "a further full point in 2025" for the rate
    projected for 2025 (0.52, in a set on a rate cut); "" otherwise."""
    asked = _RELATIVE_YEAR.search(question)
    year = None if asked else _YEAR_ASKED.search(question)
    if not asked and not year:
        return ""
    first, last = line_sentence(text, start, end)
    low = max(
        (m.end() for m in CLAUSE_BREAK.finditer(text, first, start) if text[m.end() : m.end() + 1] == " "),
        default=first,
    )
    after = next(
        (m.start() for m in CLAUSE_BREAK.finditer(text, end, last) if text[m.end() : m.end() + 1] == " "), last
    )
    told = {m.group(1).lower() for m in _RELATIVE_YEAR.finditer(text[low:after])}
    if not told:
        return ""
    if asked:
        relative = asked.group(1).lower()
        return "" if relative in told else f"{relative} year's, not {min(told)} year's"
    number = year.group(1) if year else ""
    if number in text[low:after] or not re.search(rf"\b{number}\b", text[:low] + text[after:]):
        return ""
    return f"{number}'s, not {min(told)} year's"


# "the largest quake in Myanmar's history", "the deadliest on record", "the biggest ever"; not the best or earliest
_SUPERLATIVE_ASKED = re.compile(
    r"\b(?:(?!best\b|earliest\b|latest\b)[a-z]+est|most\s+[a-z]+)\b.*\b(?:in\s+(?:[\w'’-]+\s+){0,2}history|"
    r"on\s+record|ever)\b",
    re.I,
)
_SUPERLATIVE_SAID = re.compile(r"\b(?:[a-z]{3,}est|most|record\w*|history|historic|ever|never|since|first)\b", re.I)


def superlative_unsaid(question: str, text: str, start: int, end: int) -> str:
    """Says "largest of a record (the passage says nothing of one)" when a question about a record ("What
    was the magnitude of the largest quake in Myanmar's history?") is answered from a report that nowhere says a
    superlative, record, history, "ever" or "since": "An earthquake with a magnitude of «7.7» struck central
    Myanmar" (0.65, an unanswerable question in a set of outside reports on an earthquake); "" otherwise."""
    asked = _SUPERLATIVE_ASKED.search(question)
    if not asked or _SUPERLATIVE_SAID.search(text[:start] + text[end:]):
        return ""
    return f"{asked.group().split()[0].lower()} of a record (the passage says nothing of one)"


def figure_for_another_year(question: str, text: str, start: int, end: int) -> str:
    """What "What core PCE inflation does the Fed project for 2024?" asks when the answer (``text[start:end]``) is
    the figure the sentence gives for another year, the one right after it: "projected to be at «4.5%» in 2022, 3.1%
    in 2023, 2.3% in 2024" (0.64, in a report outside the seeds), or the figures it runs across ("«4.5% in 2022,
    3.1% in 2023, 2.3%»", 0.51 then); "" otherwise, where the sentence does not name the year asked, and where the
    year asked comes last before the answer ("In 2019, the fund grew «4%» in 2020 prices"). None of SQuAD v1.1
    train's 163 gold figures with a year right after them, to questions naming one, is flagged."""
    asked = set(_YEAR_ASKED.findall(question))
    if len(asked) != 1 or not _FIGURE.match(text[start:end]):
        return ""
    # the year of a figure within the answer ("«4.5% in 2022, 3.1% in 2023, 2.3%»"), else the one right after it
    within = [year for year in _YEAR_OF_FIGURE.findall(text[start:end]) if year not in asked]
    after = None if _YEAR.search(text, start, end) else _YEAR_AFTER.match(text, end)
    other = within[0] if within else after.group(1) if after and after.group(1) not in asked else ""
    if not other:
        return ""
    sentence = _sentence_between_stops(text, start, end)
    before = list(_YEAR.finditer(text, max(0, start - 80), start))
    own = (
        before
        and before[-1].group() in asked
        and not _FIGURE_IN.search(text, max(0, before[-1].start() - 30), before[-1].start())
    )
    if not asked & set(_YEAR.findall(sentence)) or own:  # "«In 2019», the fund grew …", not "2.3% «in 2024», …"
        return ""
    return f"the figure for {min(asked)}, not for {other}"


# Measures reports give figures of, each with the words that name it
_MEASURES = (
    "revenue revenues sales turnover",
    "income profit profits earnings",
    "loss losses",
    "turnout",
    "vote votes ballots",
    "unemployment unemployed jobless",
    "inflation",
    "debt debts",
    "deficit deficits",
    "dividend dividends",
    "exports",
    "imports",
    "population",
    "shares stock",
    "cash",
)
_MEASURE_OF = {w: i for i, kind in enumerate(_MEASURES) for w in kind.split()}  # as written: "voted" names none
_MEASURE_WORD = "|".join(w for kind in _MEASURES for w in kind.split())
# "a 27 per cent «revenue» rise", "$3.1 billion in «sales»", "52.6 percent of the «vote»"
_MEASURE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?({_MEASURE_WORD})\b", re.I)
_MEASURE_BEFORE = re.compile(rf"\b({_MEASURE_WORD})\b", re.I)
_CLAUSE_START = re.compile(r"[;:!?]|\.(?!\d)|,\s+(?:and|but|while|whereas)\b")


def _last_clause(before: str) -> str:
    """The end of ``before`` from its last clause's start: "Net income … rose to" of "…; Net income … rose to"."""
    return before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0) :]


def other_measure(question: str, text: str, start: int, end: int) -> str:
    """What a question about a figure of one measure asks ("revenue, not income") when the answer
    (``text[start:end]``) is a figure of another: the one named right after it ("a 27 per cent «revenue» rise"), or
    else the last one named before it in its clause, within 12 words ("«Net income» … rose to $1.9 billion"), or one
    the span itself names ("«50.89 percent of the vote»" for the turnout, 0.71, in outside reports). "What
    was Cisco's revenue in the second quarter?" answered "$1.9 billion" (0.47), its net income, and "What share of
    the vote did Reyna get?" answered "71 percent" (0.62), the turnout, with her share cut, in reports outside the
    seeds; "" otherwise, and when the question names no measure or also the answer's ("sales" are revenue,
    "earnings" income, "jobless" unemployment). Cash counts too ("How much cash did Splunk have?" answered "annual
    recurring revenue of «$3.9 billion»", 0.73, in a set of outside reports on a takeover). 3 of SQuAD v1.1 train's
    712 gold figures to questions naming a measure are flagged, each where the question names another measure than
    the text ("revenues" for its "exports", "debts" for its "cash")."""
    asked = {_MEASURE_OF[w.lower()]: w for w in words(question) if w.lower() in _MEASURE_OF}
    if not asked or not _FIGURE.match(text[start:end]):
        return ""
    inside = _MEASURE_BEFORE.findall(text[start:end])  # "«50.89 percent of the vote»"
    after = _MEASURE_AFTER.match(text, end)
    clause = _last_clause(text[:start][-200:])
    before = _MEASURE_BEFORE.findall(" ".join(clause.split()[-12:]))  # "«loss» of jobs …, the city had 40 percent"
    given = inside[-1] if inside else after.group(1) if after else before[-1] if before else ""
    if not given or _MEASURE_OF[given.lower()] in asked:
        return ""
    return f"{next(iter(asked.values())).lower()}, not {given.lower()}"


_PLURALS = frozenset("children men women people".split())
# Counts of people that say nothing of what kind: a question may count any of them as these.
_ANYONE = frozenset(map(stem, "people persons individuals victims casualties deaths fatalities lives dead".split()))


# Sums of their own kind, which a question names when it asks for one: "which carries a «$2,500» bond"
_SUM_KINDS = r"(bond|bail|fine|reward|ransom|salary|fee|bonus|penalty)s?\b"
_SUM_KIND_IN = re.compile(rf"\b{_SUM_KINDS}\W*$", re.I)
_SUM_KIND_AFTER = re.compile(rf"\s*(?:\(\w+\)\s*)?{_SUM_KINDS}", re.I)


def other_kind_of_money(question: str, text: str, start: int, end: int) -> str:
    """What "How much money did Banchs take?" asks when the answer (``text[start:end]``) is a bond, bail, fine,
    reward, ransom, salary, fee, bonus or penalty the question does not name: "which carries a «$2,500 bond»" (0.50
    before, in a report outside the seeds); "" otherwise. None of SQuAD v1.1 train's 946 gold answers to "how much"
    questions is flagged."""
    if not re.match(r"^\W*how\s+much\b", question, re.I):
        return ""
    kind = _SUM_KIND_IN.search(text, start, end) or _SUM_KIND_AFTER.match(text, end)
    if not kind or re.search(rf"\b{kind.group(1)}", question, re.I):
        return ""
    return f"the sum asked, not a {kind.group(1).lower()}"


# "among the injured people were «three» flight attendants", "Among them was «one» child"
_AMONG_BEFORE = re.compile(
    r"\bamong\s+(?:them|those|(?:the\s+)?(?:[\w-]+\s+){1,3}?)(?:,\s*)?(?:(?:were|was|are|is|had\s+been|have\s+been)\s+|"
    r",\s*)(?:(?:at\s+least|about|some|nearly|almost)\s+)?$",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def some_among_for_all(question: str, text: str, start: int, end: int) -> str:
    """What "How many people were injured?" asks when the answer (``text[start:end]``) counts some among them, of
    a kind the question does not ask for: "among the injured people were «three» flight attendants" (0.68 with the
    count of the injured cut out, in a report outside the seeds); "" otherwise, and for "How many flight attendants
    …?". None of SQuAD v1.1 train's 5,094 gold answers to "how many" questions is flagged."""
    how_many = _HOW_MANY.search(question)
    if not how_many or not _AMONG_BEFORE.search(text, max(0, start - 60), start):
        return ""
    kind = _NOUN_AFTER.match(text, end)
    asked = {stem(w) for w in _counted_words(how_many, _NOT_COUNTED)}
    if kind and {stem(w) for w in words(kind.group(1))} & asked:
        return ""
    return "a count of all, not of some among them"


# One time of many: "More than 90 died «on Sunday alone»", "«In 2023 alone», 40 people were arrested"
_ONE_TIME = (
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|that\s+day|(?:on|in)\s+(?:the\s+)?"
    r"(?:\w+\s+)?day|in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:last|this|that)\s+(?:week|month|year|weekend)|overnight|yesterday|today)\s+alone\b"
)
_ONE_TIME_AFTER = re.compile(rf"[^.;,]{{0,40}}?\b({_ONE_TIME})", re.I)
_ONE_TIME_BEFORE = re.compile(rf"\b({_ONE_TIME})[^.;]*$", re.I)


def one_times_count_for_all(question: str, text: str, start: int, end: int) -> str:
    """What "How many people were killed in the unrest?" asks ("a count of all") when the answer's count
    (``text[start:end]``) is of one day, month or year alone: "«More than 90» died on Sunday alone" (0.54 with the
    answer's sentence cut, in a set of outside reports); "" otherwise, and where the question names that time. A
    place alone ("in the United States alone") may be all a report counts. None of SQuAD v1.1 train's 87,599 gold
    answers is flagged, nor of the v2.0 fit half's."""
    if not _HOW_MANY.search(question):
        return ""
    first, _ = line_sentence(text, start, end)
    one = _ONE_TIME_AFTER.match(text, end) or _ONE_TIME_BEFORE.search(text, max(first, start - 60), start)
    said = {stem(w) for w in words(one.group(1)) if is_content_word(w.lower())} if one else set()
    if not one or said & set(map(stem, words(question))):
        return ""
    return f"a count of all, not of one time (“{one.group(1)}”)"


_OTHERS_AFTER = re.compile(r"\s+other\s+[a-z]", re.I)  # "«Five» other passengers"
_OTHERS_ASKED = re.compile(
    r"\b(?:others?|more|additional|further|remaining|rest|else|besides?|apart|outside|extra|addition|except\w*|aside)\b",
    re.I,
)


def others_for_all(question: str, text: str, start: int, end: int) -> str:
    """What "How many passengers were on board?" asks when the answer (``text[start:end]``) counts others beside
    some already named: "«Five» other passengers and three crew were also on board" (0.60 with the count of all
    cut, in a report outside the seeds), "«83» other boats"; "" otherwise, and where the question asks about the
    others. 7 of SQuAD v1.1 train's 5,099 gold answers to "how many" are flagged (0.14%: "By June 25, the rioting
    had spread to «five» other towns" for how many towns had riots), none of the v2.0 fit half's ("more",
    "additional" and "remaining" also flagged "«Three» additional putative species" there)."""
    if not _HOW_MANY.search(question) or _OTHERS_ASKED.search(question):
        return ""
    others = _OTHERS_AFTER.match(text, _first_word_end(text, start, end))
    return f"a count of all, not of the others (“{text[start : others.end() - 1].strip()}…”)" if others else ""


def counted_among(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question counts ("a count of tourists") when the answer ``text[start:end]`` counts
    something else, of which the asked-for things are only a part ("26 people, most of them tourists", after the
    answer or in it, or after the verb they are counted by: "«79» people were injured, 12 of them firefighters", 0.68
    for the firefighters, in outside reports), or people of whom part are others, for a kind of people ("How many
    soldiers died?"); "" otherwise. None of SQuAD v1.1 train's 5,099 gold answers to "how many" questions is
    flagged."""
    how_many = _HOW_MANY.search(question)
    number = re.match(r"\S+", text[start:end]) if how_many else None
    if not how_many or not number:
        return ""
    part = _PARTITIVE.match(text, end)
    if not part:  # or in the span itself: "26 people, most of them tourists"
        inside = _PARTITIVE.match(text, start + number.end())
        part = inside if inside and inside.start() < end else None
    if not part:
        return ""
    asked = _counted_words(how_many, _NOT_COUNTED)
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
    map(
        stem,
        """people persons civilians soldiers troops residents children students workers men women others passengers
        crew tourists pilgrims patients migrants refugees pilots employees staff members officers officials doctors
        nurses teachers miners fans spectators visitors voters protesters prisoners hostages survivors""".split(),
    )
)
_NOT_PEOPLE = frozenset(  # plurals: "25,000 school age children" counts children
    """houses homes buildings apartments schools hospitals churches mosques bridges roads vehicles cars trucks buses
    aircraft planes jets helicopters ships boats vessels missiles rockets drones bombs shells tanks villages towns
    cities provinces acres hectares kilometres kilometers miles metres meters tons tonnes barrels gallons litres
    liters carriages coaches wagons flights trains factories mines stores shops households""".split()
)


# A count as reports write it: "12,000", "Fourteen", "a dozen"
_CARDINAL = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
    r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?)\b",
    re.I,
)


# "How many passengers could the ferry carry?", "What is the hall's capacity?"; not "How many was it carrying?"
_CAN_CARRY_ASKED = re.compile(
    r"\bcapacity\b|\bhow\s+many\b.*\b(?:can|could)\b.*\b(?:hold|seat|accommodate|carry|take)\b"
    r"|\bhow\s+many\b.*\b(?:designed|built|licensed|allowed|permitted|meant|able)\s+to\s+(?:carry|hold|seat|take)\b",
    re.I,
)
_LOAD_ASKED = re.compile(r"\b(?:carrying|aboard|on\s+board)\b", re.I)
_CARRYING_BEFORE = re.compile(rf"(?<!\bof\s)(?<!\bfor\s)\b(?:carrying|carried|ferrying)\s+{_TOLL_HEDGE}$", re.I)
_ROOM_BEFORE = re.compile(rf"\b(?:(?:room|space|seats?|berths?|capacity)\s+(?:for|of)|up\s+to)\s+{_TOLL_HEDGE}$", re.I)
_ABOARD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:aboard|on\s+board)\b", re.I)


def load_for_capacity(question: str, text: str, start: int, end: int) -> str:
    """What "How many passengers could the ferry carry?" asks when the answer (``text[start:end]``) counts those it
    carried: "The Kim Nirvana, «carrying 173» passengers and 16 crew" beside "the boat could carry 178" (0.78, in a
    set of outside reports on a ferry disaster), or "with «173» people aboard"; "" otherwise, and for room for so
    many ("room for «43» passengers aboard"). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _CAN_CARRY_ASKED.search(question) or _LOAD_ASKED.search(question):
        return ""
    at = _past_hedge(text, start, end)
    if not _CARDINAL.match(text, at) or _ROOM_BEFORE.search(text[max(0, start - 40) : start]):
        return ""
    carried = _CARRYING_BEFORE.search(text[max(0, start - 40) : start])
    if carried or _ABOARD_AFTER.match(text, _first_word_end(text, at, end)):
        return "how many it can carry, not how many it carried"
    return ""


# "How many people were aboard?", "How many were killed?", "How many … in all?": everyone counted
_EVERYONE_ASKED = re.compile(
    r"\bhow\s+many\s+(?:(?:people|persons|individuals)\b|(?:were|was|are|have|had|did)\b)"
    r"|\b(?:in\s+total|in\s+all|altogether|all\s+told)\b",
    re.I,
)
_PART = r"([a-z][a-z-]*)"
# "«173» passengers and 16 crew"
_AND_ANOTHER_PART = re.compile(rf"\s+{_PART}\s+and\s+({_CARDINAL.pattern})\s+{_PART}\b")
_ANOTHER_PART_AND = re.compile(rf"\b(?:{_CARDINAL.pattern})\s+{_PART}\s+and\s+$")  # "173 passengers and «16»"


def part_for_everyone(question: str, text: str, start: int, end: int) -> str:
    """What "How many people were aboard?" asks when the answer (``text[start:end]``) counts one part of those
    aboard, told beside the other: "carrying «173» passengers and 16 crew" (0.79, in a set of outside reports on a
    ferry disaster whose lead gives 189 people); "" otherwise, where the question names the part ("How many
    passengers …?") or the answer holds both, and for fates ("632 dead and «329» injured"). 1 of SQuAD v1.1 train's
    87,599 gold answers is flagged ("450 authors and «80,000» attendees" for how many people came)."""
    if not _EVERYONE_ASKED.search(question):
        return ""
    at = _past_hedge(text, start, end)
    if not _CARDINAL.match(text, at):
        return ""
    counted = _first_word_end(text, at, end)
    after = _AND_ANOTHER_PART.match(text, counted)
    if after and after.start(2) >= end:
        part, other, told = after.group(1), after.group(3), text[at : after.end()]
    elif before := _ANOTHER_PART_AND.search(text[max(0, at - 60) : at]):
        noun = re.match(rf"\s+{_PART}\b", text[counted:])
        if not noun:
            return ""
        part, other, told = noun.group(1), before.group(1), f"{before.group()}{text[at : counted + noun.end()]}"
    else:
        return ""
    asked = {stem(w.lower()) for w in words(question)}
    if part == other or stem(part) in asked or part in STOPWORDS or any(re.fullmatch(_FATES, w) for w in (part, other)):
        return ""
    return f"everyone, not the {part} alone (“{told}”)"


def _counted(question: str, text: str, start: int, end: int) -> tuple[str, str, list[str]]:
    """The noun a "how many" question counts, the answer's number (``text[start:end]``) and the lower-case words
    right after that number, where it says what it counts: ("passengers", "Fourteen", ["cars", "ran", "off"])."""
    how_many = _HOW_MANY.search(question)
    # the noun counted: "How many «people» lost their homes?", "How many Pakistani «soldiers» died?"
    noun = next((w for w in words(how_many.group(1))[:3] if w.islower()), "") if how_many else ""
    number = _CARDINAL.search(text[start:end]) if noun else None
    if number is None:
        return noun, "", []
    after = re.match(r"(?:\s+[a-z][\w-]*){1,3}", text[start + number.end() :])
    return noun, number.group(), words(after.group()) if after else []


_STILL = re.compile(r"\bstill\b", re.I)
_CLAUSE_BREAKS = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+(?:while|whereas)\s+")


def ever_for_still(question: str, text: str, start: int, end: int) -> str:
    """What "How many Florida residents were still without power on Wednesday?" asks when the answer
    (``text[start:end]``) counts those ever so, in a clause without "still", and another clause of its sentence
    counts those still so: "about «13 million» Florida residents had been without power at some point, and about
    3.8 million still were" (0.66, in a set of outside reports on hurricanes); "" otherwise, and where that clause
    says what they still are in words the question lacks. None of SQuAD v1.1 train's 87,599 gold answers (247
    questions say "still") is flagged."""
    if not _STILL.search(question):
        return ""
    first, last = line_sentence(text, start, end)
    breaks = [first, *(m.end() for m in _CLAUSE_BREAKS.finditer(text, first, last)), last]
    opened = max(b for b in breaks if b <= start)
    closed = min((b for b in breaks if b > start), default=last)  # the clause of its first count: a span may pass it
    if _STILL.search(text, opened, closed):
        return ""
    other = re.search(rf"{_TOLL_HEDGE}(?:{_CARDINAL.pattern})[^,;]*?\bstill\s+\w+([^,;]*)", text[closed:last], re.I)
    said = {stem(w) for w in words(other.group(1)) if is_content_word(w.lower())} if other else set()
    if not other or said and not said & {stem(w) for w in words(question)}:
        return ""  # still so in another way: "685,000 were under reconstruction, but 1.94 million … still without …"
    return f"how many still are, not how many ever were (“{other.group().rstrip(' .')}”)"


# Kinds of a count that a bare noun does not ask for: "30 «severe» cases" for how many cases
_KINDS = frozenset("severe serious critical mild moderate fatal symptomatic asymptomatic".split())


def kind_for_count(question: str, text: str, start: int, end: int) -> str:
    """What "How many cases were in Moderna's placebo group?" counts when the answer's number (``text[start:end]``)
    counts one kind of them, a kind the question leaves out: "All «30» severe cases … were in the placebo group"
    (0.60, in a set of outside reports on vaccine trials; 185 cases were); "" otherwise. One of SQuAD v1.1 train's
    5,064 gold answers to "how many" questions is flagged ("nine critical rules")."""
    noun, number, after = _counted(question, text, start, end)
    if not after or after[0].lower() not in _KINDS or after[0].lower() in (w.lower() for w in words(question)):
        return ""
    counted = next((w for w in after[1:3] if stem(w) == stem(noun)), "")
    return f"a count of {noun} (the passage counts “{number} {after[0]} {counted}”)" if counted else ""


# "Of the «196» cases …, 185 were in the placebo group and 11 in the vaccine group": a total, then its parts
_OF_THE_BEFORE = re.compile(r"\s*Of\s+(?:the\s+|these\s+|those\s+|all\s+)?")  # opening the sentence
_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CLAUSE_COMMA = re.compile(r",\s")  # not "30,000"


def total_for_part(question: str, text: str, start: int, end: int) -> str:
    """What "How many COVID-19 cases were in Moderna's vaccine group?" asks when the answer (``text[start:end]``) is
    a total its sentence goes on to divide, the part asked among them: "Of the «196» cases of COVID-19 among the
    30,000 volunteers, 185 were in people who got a placebo and 11 in those who got two doses of the vaccine" (0.73,
    in a set of outside reports on vaccine trials); "" otherwise, and for a question the total's own clause
    answers. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _HOW_MANY.search(question):
        return ""
    first, last = line_sentence(text, start, end)
    if not _OF_THE_BEFORE.fullmatch(text[first:start]):
        return ""
    clause_end = _CLAUSE_COMMA.search(text, start, last)  # from the total, which a span may pass
    if not clause_end:
        return ""
    comma = clause_end.start()
    total = {stem(w) for w in words(text[first:comma])}
    left = {stem(w) for w in words(question) if is_content_word(w.lower())} - total
    parts = [p.strip() for p in _PARTS.split(text[comma:last].strip(" .")) if _CARDINAL.match(p.strip())]
    shared = sorted(((len(left & {stem(w) for w in words(p)}), p) for p in parts), reverse=True)
    if not shared or not shared[0][0] or len(shared) > 1 and shared[1][0] == shared[0][0]:
        return ""  # no part named by the question, or two alike
    return f"one part, not all (“{shared[0][1]}”)"


def things_for_people(question: str, text: str, start: int, end: int) -> str:
    """What a question counting people asks ("a count of people") when the answer's number (``text[start:end]``) counts
    things: "How many people were injured in Gansu?" answered "15,000" (0.67, a report outside the seeds) from "The
    quake damaged 15,000 houses"; "" otherwise, and when a word for people comes first ("15,000 displaced people"). None
    of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    noun, number, after = _counted(question, text, start, end)
    if stem(noun) not in _COUNTED_PEOPLE:
        return ""
    for word in after:
        if stem(word) in _COUNTED_PEOPLE:
            return ""
        if word in _NOT_PEOPLE:
            return f"a count of {noun} (the passage counts “{number} {word}”)"
    return ""


# People of an age, a sex or a calling, whom a count of "people" says nothing of, as a residents' or workers' count
# may
_KINDS_BY_AGE_SEX_OR_CALLING = frozenset(
    map(
        stem,
        """children kids girls boys women minors babies infants teenagers teens firefighters police policemen soldiers
        troops journalists reporters rescuers medics paramedics doctors nurses teachers students miners""".split(),
    )
)
_PEOPLE_AT_LARGE = frozenset(map(stem, "people persons individuals".split()))


def people_for_a_kind(question: str, text: str, start: int, end: int) -> str:
    """What "How many children were killed?" asks ("a count of children") when the answer's number counts people at
    large, in a sentence that never names the kind asked: "The man who killed «14» people" (0.52, in a set of
    outside reports), "«Dozens» of people were injured" for firefighters (0.55), or a bare toll with no noun after it
    ("one of them a small child, and injuring «68»", 0.71); "" otherwise, and for residents or workers, whom a count
    of people may be. None of SQuAD v1.1 train's 224 gold answers counting children, women, soldiers or
    the like is flagged."""
    noun, number, after = _counted(question, text, start, end)
    if not number or stem(noun) not in _KINDS_BY_AGE_SEX_OR_CALLING:
        return ""
    of = after[:1] == ["of"]  # "dozens of people"
    if of:
        number, after = f"{number} of", after[1:]
    if not after:
        # a bare toll, "…, and injuring «68», officials said": no noun says whom it counts; not "killed 11 Paris
        # policemen", nor "dozens of Parisians"
        bare = not of and not re.match(r"\s+[A-Z]", text[end:])
        toll = _TOLL_BEFORE.search(text, max(0, start - 30), start) if bare else None
        return f"a count of {noun} (the passage counts “{toll.group().strip()} {number}” of no kind)" if toll else ""
    first, last = line_sentence(text, start, end)
    if stem(after[0]) not in _PEOPLE_AT_LARGE or stem(noun) in {stem(w) for w in words(text[first:last])}:
        return ""
    return f"a count of {noun} (the passage counts “{number} {after[0]}”)"


# "How many «British» «passengers» …?": a people's share of a count
_ONE_PEOPLES_COUNT_ASKED = re.compile(r"\b(?i:how\s+many)\s+([A-Z][a-z]+)\s+([a-z]+)\b")
# after a count of one people, as a list gives it: "53 were «British»,", "seven «Portuguese» and"
_PEOPLE_APART = r"(?:\s+(?:nationals|citizens))?(?=\s*[,.;)]|\s+and\b)"


def all_for_one_people(question: str, text: str, start: int, end: int) -> str:
    """What "How many British passengers were on board?" asks when the answer's number (``text[start:end]``) counts
    the noun asked of every people, in a sentence that names none, and the report counts that people apart: "There
    were «230» passengers and 12 crew on board. … 53 were British" (0.57, in a set of outside reports on an air
    crash); "" otherwise. None of SQuAD v1.1 train's 69 gold answers to how many of a people is flagged."""
    asked = _ONE_PEOPLES_COUNT_ASKED.search(question)
    number = _CARDINAL.search(text, start, end) if asked and places.is_people(asked.group(1)) else None
    counted = re.match(r"\s+([a-z]+)", text[number.end() :]) if number else None
    if not asked or not number or not counted or stem(counted.group(1)) != stem(asked.group(2)):
        return ""
    people = asked.group(1)
    first, last = line_sentence(text, start, end)
    named = {stem(w) for w in words(text[first:last])}
    if stem(people) in named or any(places.names_people_of(stem(people), n) for n in named):
        return ""
    if not re.search(rf"(?:{_CARDINAL.pattern})\s+(?:(?:were|are|was)\s+)?{people}{_PEOPLE_APART}", text):
        return ""
    given = f"{number.group()} {counted.group(1)}"
    return f"a count of {people} {asked.group(2)} (the passage counts “{given}” of every people)"


def people_for_things(question: str, text: str, start: int, end: int) -> str:
    """What a question counting things asks ("a count of carriages") when the answer's number counts people: "How
    many carriages derailed?" answered "200" (0.48, a report outside the seeds, the count of carriages cut out) from
    "carrying more than 200 passengers"; "" otherwise, and when the thing asked comes first ("200 cars of
    passengers"). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    noun, number, after = _counted(question, text, start, end)
    if noun not in _NOT_PEOPLE or not text[start:end].rstrip(" .,").endswith(number):  # not a list's "4,500 students"
        return ""
    for word in after:
        if word in _NOT_PEOPLE:
            return ""
        # people as a noun: not "Lyon and five others", nor "two passenger ships"
        if stem(word) in _COUNTED_PEOPLE - {stem("others")} and (word.endswith("s") or word in _PLURALS):
            return f"a count of {noun} (the passage counts “{number} {word}”)"
    return ""


# A day of the month the answer would be: "September «10»", "September 9 and «10»"
_MONTH_BEFORE = re.compile(
    rf"\b{MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|or|-|–)\s*)?$",  # not "May 12, «20» helicopters"
    re.I,
)


def day_for_count(question: str, text: str, start: int, end: int) -> str:
    """Says a count is asked when a "how many" question is answered by a day of a month (``text[start:end]``):
    "How many pilots went on strike?" answered "10" (0.70, a report outside the seeds) from "Monday and Tuesday,
    September 9 and 10"; "" otherwise. 3 of SQuAD v1.1 train's 5,094 gold answers to "how many" are flagged, each a
    number SQuAD finds in a date ("How many British troops died …?" → "12", of "December 12, 1903")."""
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", text[start:end].strip())
    if not _HOW_MANY.search(question) or not day or int(day.group(1)) > 31 or text[end : end + 1].isdigit():
        return ""
    month = _MONTH_BEFORE.search(text, max(0, start - 30), start)
    return f"a count, not a day of the month (“{text[month.start() : end]}”)" if month else ""


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
# Periods a report counts: "the fourth quarter", "the second round", "his third term"
_NTH_PERIOD = re.compile(
    rf"\b({ORDINAL})[\s-]+(quarters?|half|halves|rounds?|terms?|games?|legs?|stages?|phases?|waves?|tests?)\b", re.I
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
    if re.search(rf"\b{ORDINAL}\b", answer, re.I):
        return ""
    said = {_ordinal(w) for w in re.findall(rf"\b{ORDINAL}\b", window, re.I)}
    for number, period in _NTH_PERIOD.findall(question):
        if _ordinal(number) in said or _ordinal(number) == "first":
            continue
        other = next((m for m in _NTH_PERIOD.finditer(window) if stem(m.group(2)) == stem(period)), None)
        if other:
            return f"the {number} {period} (the passage speaks of the {other.group()})"
    return ""


_PERIOD_ROUND = re.compile(rf"\b({ORDINAL})[\s-]+(rounds?|ballots?|votes?|legs?|stages?|halves|half|quarters?)\b", re.I)


def other_round(question: str, text: str, start: int, end: int) -> str:
    """What a question about one round asks ("the first round") when the answer's sentence (around
    ``text[start:end]``) speaks of another and never of the one asked: "How many votes did Merz win in the first
    round?" answered "325" (0.67, in a set of outside reports) from "In the second round, in the afternoon, he won
    «325» votes"; "" otherwise. Unlike ``other_period`` it reads "first" too, in the sentence alone: the first
    round is told in the sentence before. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0
    fit half's."""
    asked = _PERIOD_ROUND.search(question)
    if not asked or re.search(rf"\b{ORDINAL}\b", text[start:end], re.I):  # "«fourth quarter»" answers "which"
        return ""
    first, last = line_sentence(text, start, end)
    said = [m for m in _PERIOD_ROUND.finditer(text, first, last) if stem(m.group(2)) == stem(asked.group(2))]
    ordinals = {_ordinal(w) for w in re.findall(rf"\b{ORDINAL}\b", text[first:last], re.I)}
    if not said or _ordinal(asked.group(1)) in ordinals:  # "the first brew or round is called «awel»"
        return ""
    return (
        f"the {asked.group(1).lower()} {asked.group(2).lower()} (the sentence speaks of the {said[0].group().lower()})"
    )


# "Merz won 310 votes, six fewer than «the 316 he needed»": what was needed, said beside what was won
_NEED_ASKED = re.compile(r"\b(?:need|needs|needed|required|require|requires)\b", re.I)
_NEEDED_SAID = re.compile(
    r"\b(?:\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:needed|required)|(?:needed|required|needs?)\s+(?:to\s+\w+\s+)?"
    r"(?:at\s+least\s+)?\d[\d,.]*)\b",
    re.I,
)


def won_for_needed(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes did Merz need?" asks when the answer's sentence tells what was needed beside another
    count, the answer (``text[start:end]``): "Merz won «310» votes, six fewer than the 316 he needed" (0.62, in a set
    of outside reports); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0
    fit half's."""
    if not _NEED_ASKED.search(question) or not _HOW_MANY.search(question):
        return ""
    first, last = line_sentence(text, start, end)
    needed = list(_NEEDED_SAID.finditer(text, first, last))
    if (
        not needed
        or any(m.start() < end and start < m.end() for m in needed)
        or _needed_as_asked(question, text, start, end)
    ):
        return ""
    return f"how many were needed (“{needed[0].group()}”)"


_NEED_BEFORE = re.compile(r"\b(?:need|needs|needed|require|requires|required)\s+(?:at\s+least\s+)?$", re.I)
_WORD_NEXT = re.compile(r"\s+([a-z][\w-]*)")


def _needed_as_asked(question: str, text: str, start: int, end: int) -> bool:
    """The answer is itself what is needed, of what the question counts: "He will need «at least three» partners to
    reach the 76 seats required", for "How many coalition partners does Jetten need?" (vetoed before, in a set of
    outside reports), not for how many seats."""
    noun = _WORD_NEXT.match(text, end)
    return bool(
        _NEED_BEFORE.search(text[max(0, start - 30) : start])
        and noun
        and stem(noun.group(1)) in {stem(w) for w in words(question)}
    )


# "What share of the vote did Hassan receive?": a share, not the count beside it ("«31.9 million» votes, or 97.66
# percent")
_SHARE_ASKED = re.compile(r"\bwhat\s+(?:share|percentage|percent|proportion|fraction)\b", re.I)
_A_COUNT_HEDGE = r"(?:(?:more|less|fewer)\s+than|about|nearly|almost|over|some|around|just|only)\s+"  # "just «515»"
_A_COUNT_OF = re.compile(rf"(?:{_A_COUNT_HEDGE})?[\d,.]*\d(?:\s+(?:million|billion|thousand))?")
_COUNTED_AFTER = re.compile(r"\s+([a-z]+s)\b")
_COUNT_WITH_ITS_NOUN = re.compile(rf"{_A_COUNT_OF.pattern}\s+([a-z]+s)")  # "«515 votes»", the noun in the span


def count_for_share(question: str, text: str, start: int, end: int) -> str:
    """What "What share of the vote did Hassan receive?" asks when the answer (``text[start:end]``) is a count of
    things, a plural noun after it or in it: "she received more than «31.9 million» votes, or 97.66 percent" (0.62, in
    a set of outside reports on Tanzania's election), "led Nasralla by just «515 votes»" (0.51, in another); ""
    otherwise."""
    if not _SHARE_ASKED.search(question):
        return ""
    span = text[start:end].strip()
    counted = span if _COUNT_WITH_ITS_NOUN.fullmatch(span) else ""
    after = _COUNTED_AFTER.match(text, end)
    if not counted and after and _A_COUNT_OF.fullmatch(span):
        counted = f"{span} {after.group(1)}"
    return f"a share, not a count (“{counted}”)" if counted else ""


# "How many votes did Anutin receive?": a count won, not one needed ("How many votes did Merz need?")
_WON_ASKED = re.compile(
    r"\bhow\s+many\s+(?:votes|seats|ballots|delegates)\b.*\b(?:win|won|receive|received|get|got|secure|secured|"
    r"obtain|obtained|take|took|gain|gained|capture|captured)\b",
    re.I,
)


def needed_for_won(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes did Anutin receive?" asks when the answer (``text[start:end]``) is the count needed:
    "He needs at least «247» votes in the 492-member House" (0.56, in a set of outside reports); "" otherwise. None
    of SQuAD v1.1 train's 18 gold answers to such questions is flagged."""
    if not _WON_ASKED.search(question) or _NEED_ASKED.search(question):
        return ""
    needed = _said_over_the_answer(_NEEDED_SAID, text, start, end)
    return f"how many were won, not how many are needed (“{needed.group()}”)" if needed else ""


# "led Nasralla by just «515» votes", "won by a margin of «515»": how far ahead one was, not how many one won
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:led|leads|leading|trailed|trails|trailing|ahead|behind|beat|beats|won|wins|lost|loses|defeated)\b"
    rf"[^.;:!?]{{0,60}}?\bby|\bmargin\s+of)\s+(?:{_A_COUNT_HEDGE})?$",
    re.I,
)
_MARGIN_ASKED = re.compile(
    r"\b(?:margin|lead|led|ahead|behind|difference|more|by\s+how\s+(?:many|much))\b|\bby\W*$", re.I
)  # "How many votes did Asfura win by?"


def margin_for_won(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes did Asfura receive?" asks when the answer (``text[start:end]``) is how far ahead one was:
    "Asfura led Nasralla by just «515» votes" (0.51, in a set of outside reports on a count); "" otherwise, and
    where the question asks for a lead or margin. None of SQuAD v1.1 train's 18 gold answers to such questions is
    flagged."""
    if not _WON_ASKED.search(question) or _MARGIN_ASKED.search(question) or not re.search(r"\d", text[start:end]):
        return ""
    margin = _MARGIN_BEFORE.search(text, max(0, start - 100), start)
    return f"how many were won, not by how many (“{margin.group().strip()} {text[start:end]}”)" if margin else ""


# "finishing «10» points clear of Arsenal": how far ahead one was, told after the figure
_MARGIN_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:clear\s+of|ahead\s+of|behind|adrift\s+of|short\s+of)\b", re.I)
_AHEAD_ASKED = re.compile(
    r"\b(?:clear|ahead|behind|adrift|short|margin|lead|led|difference|by|more|fewer|less)\b", re.I
)


def margin_for_total(question: str, text: str, start: int, end: int) -> str:
    """What "How many points did Liverpool finish with?" or "What was Simbu's time?" asks when the answer
    (``text[start:end]``) is how far ahead or behind one finished: "finishing «10» points clear of Arsenal" (0.49, in
    a set of outside reports on a transfer), "1 minute and «6 seconds» ahead of Tanzania's Alphonce Simbu" (0.53, in
    outside reports on a marathon); "" otherwise, and where the question asks for the lead. None of SQuAD v1.1
    train's 87,599 gold answers is flagged, nor of the v2.0 fit half's."""
    if _AHEAD_ASKED.search(question):
        return ""
    figures = list(re.finditer(r"\d[\d,.]*", text[start:end]))  # "«1 minute and 6 seconds» ahead of" ends on 6
    if not figures or text[start + figures[-1].end() : end].strip(" ,.").count(" ") > 0:
        return ""  # the figure ends the answer, but for its unit ("«10 points» clear of")
    margin = _MARGIN_AFTER.match(text, start + figures[-1].end())
    return f"a figure of its own, not a lead (“{text[start + figures[0].start() : margin.end()]}”)" if margin else ""


def _said_over_the_answer(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in the answer's sentence that takes in part of the answer ``text[start:end]``:
    "needs at least «247»", "three in «four»"."""
    first, last = line_sentence(text, start, end)
    return next((m for m in pattern.finditer(text, first, last) if m.start() < end and start < m.end()), None)


# "nearly «ten times» the minimum wage": a multiple of what follows it
_MULTIPLE = re.compile(r"\b(?:times|twice|double|triple|treble|quadruple)\b", re.I)
# the thing's own value asked ("What is the minimum wage …?"), not a comparison ("What is it compared with …?")
_VALUE_OF_ASKED = re.compile(
    r"^\W*(?:what|how\s+(?:much|high|large|big))\s+(?:is|was|are|were|will\s+be)\b"
    r"(?!.*\b(?:than|compared|times|fraction|share|percent\w*|proportion|ratio)\b)",
    re.I,
)
_COMPARED_AFTER = re.compile(r"\s+(?:of\s+)?(?:the|its|their|his|her|that)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def multiple_for_the_thing(question: str, text: str, start: int, end: int) -> str:
    """What "What is the minimum wage in Jakarta?" asks when the answer (``text[start:end]``) is a multiple of the
    thing asked, which the words after it name: "an allowance of 50 million rupiah, nearly «ten times» the minimum
    wage in Jakarta" (0.66, in a set of outside reports), or «ten times the minimum wage» (0.56 then); "" otherwise,
    and for a comparison asked ("What is the allowance compared with …?"). None of SQuAD v1.1 train's 87,599 gold
    answers is flagged."""
    multiple = list(_MULTIPLE.finditer(text, start, end)) if _VALUE_OF_ASKED.match(question) else []
    after = _COMPARED_AFTER.match(text, multiple[-1].end()) if multiple else None  # in the answer or after it
    if not after:
        return ""
    asked = {stem(w) for w in words(question) if is_content_word(w.lower())}
    named = list(itertools.takewhile(lambda w: w.lower() not in STOPWORDS, words(after.group(1))))  # "minimum wage"
    thing = [w for w in named if stem(w) in asked]
    return f"the {' '.join(thing)} itself, not a multiple of it" if thing else ""


# "hold «328» seats between them": a count of several together
_TOGETHER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:between\s+them|together|combined|jointly|between\s+the\s+(?:two|three|four)\b)", re.I
)
_TOGETHER_ASKED = re.compile(r"\b(?:and|together|combined|between|total|altogether|jointly|both|all)\b", re.I)


def count_held_together(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question about one asks when the answer's number (``text[start:end]``) counts what several
    hold together: "his conservatives and the Social Democrats hold «328» seats between them" for "How many seats did
    the Conservatives win?" (0.59 with its sentence cut, in a set of outside reports); "" otherwise, and where the
    question asks about several. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0 fit
    half's."""
    number = re.search(r"\d[\d,.]*", text[start:end])
    if not number or not _HOW_MANY.search(question) or _TOGETHER_ASKED.search(question):
        return ""
    together = _TOGETHER_AFTER.match(text, start + number.end())
    if not together:
        return ""
    return f"a count of one, not of several together (“{number.group()}{together.group()}”)"


# "in the United States, India and Europe": places a count is for, together
_PLACES_TOGETHER = re.compile(
    rf"\bin\s+((?:the\s+)?{places.PLACE_NAME}(?:\s*,\s*(?:the\s+)?{places.PLACE_NAME})*,?\s+and\s+"
    rf"(?:the\s+)?{places.PLACE_NAME})"
)


def count_for_places_together(question: str, text: str, start: int, end: int) -> str:
    """What "How many flights were cancelled in India?" asks when the answer's count (``text[start:end]``) is for
    several places its clause names together, the one asked among them: "Airlines in the United States, India and
    Europe cancelled more than «1,400» flights" (0.68, an unanswerable question in a set of outside reports on a
    software outage); "" otherwise, and where the question names the others too. 1 of SQuAD v1.1 train's 1,596 gold
    answers to such questions is flagged (Cheyenne's speakers "in Montana and Canada" for Montana's)."""
    asked = [name for name, _ in places.named_in(question)] if _HOW_MUCH_OR_MANY.search(question) else []
    if len(asked) != 1:
        return ""
    first, _ = line_sentence(text, start, end)
    clause = _last_clause(text[first:start])
    listed = _PLACES_TOGETHER.search(clause)
    if not listed or not re.search(rf"\b{re.escape(asked[0])}\b", listed.group(1)):
        return ""
    return f"a count for {asked[0]} alone, not for “{listed.group(1)}” together"


_TALLY = re.compile(r"\s*\d[\d,]*\s*(?:to|[-–—])\s*\d[\d,]*\s*")  # "125 to 46", "237-149"
_VOTES_ASKED = re.compile(r"\bhow\s+many\s+(?:\w+\s+){0,2}votes?\b", re.I)


def tally_for_votes(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes …?" asks when the answer (``text[start:end]``) is the tally of both sides: "The upper
    house confirmed her in a second vote, «125 to 46»" for "How many votes did Noda win in the upper house?" (0.55,
    in a set of outside reports); "" otherwise."""
    return (
        "one side's votes, not the tally"
        if _VOTES_ASKED.search(question) and _TALLY.fullmatch(text, start, end)
        else ""
    )


_SUPERLATIVE = re.compile(
    r"\b(largest|biggest|smallest|highest|lowest|busiest|oldest|newest|richest|poorest|longest|shortest|tallest|"
    r"deadliest|most|least|best|worst|top)\b",
    re.I,
)
_RANK_ASKED = re.compile(r"\b(?:rank\w*|place[sd]?|position|where\s+(?:does|did|is|was))\b", re.I)
_RANKED_AFTER = re.compile(r"\b(?:after|behind|than|only\s+to)\s+(?:the\s+)?$", re.I)  # "second-oldest after «X»"


def ranked_lower(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question about the first of a kind asks ("the largest") when the cited sentence ranks what it speaks of
    lower, every time it uses the word or last before the answer in its clause: "What is Ostmark's largest trading
    partner?" answered "Lindor" (0.61) from "making Lindor Ostmark's third-largest trading partner", "When was the
    largest Powerball jackpot won?" answered "2016" (0.80) from "the largest … and the second-largest was the $1.586
    billion jackpot won in 2016"; "" otherwise, for a question about a rank ("Where does Valencia rank ...?"), and an
    answer after "after" or "behind" ("the second-oldest after «the Technion»"). 14 of SQuAD v1.1 train's 3,609 gold
    answers to questions with such a word are flagged (0.39%), as many as by every use alone."""
    if _RANK_ASKED.search(question):
        return ""
    if _RANKED_AFTER.search(text, max(sentence[0], start - 20), start):
        return ""
    for asked in _SUPERLATIVE.finditer(question):
        if re.search(rf"\b{ORDINAL}[\s-]+$", question[: asked.start()], re.I):
            continue  # "the third-largest" asked
        said = list(re.finditer(rf"\b{asked.group(1)}\b", text[sentence[0] : sentence[1]], re.I))
        ranks = [re.search(rf"\b({ORDINAL})[\s-]+$", text[sentence[0] : sentence[0] + m.start()], re.I) for m in said]
        # every use, or the last before the answer in its clause: "the largest ... was $2.04 billion, ... and the
        # second-largest was the $1.586 billion jackpot won in «2016»"
        before = [(m, r) for m, r in zip(said, ranks) if sentence[0] + m.end() <= start]
        last = (
            before[-1] if before and not CLAUSE_BREAK.search(text, sentence[0] + before[-1][0].end(), start) else None
        )
        used, rank = (said[0], ranks[0]) if said and all(ranks) else last or (None, None)
        if used and rank:
            return f"the {asked.group(1).lower()} (the passage says “{rank.group(1)}-{used.group()}”)"
    return ""


_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)


def share_for_votes(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes ...?" or "How many seats ...?" asks when the answer (``text[start:end]``) is a share:
    "How many votes did Reyna receive?" answered "52.6 percent" (0.56), or "52.6" (0.47) of it, from "Reyna took 52.6
    percent of the vote"; "How many seats did Fuerza Patria win?" answered "32 percent" (0.52, in a set of outside
    reports); "" otherwise. None of SQuAD v1.1 train's 19 and 29 gold answers to such questions is flagged (though
    60 of its 5,098 answers to other "how many" questions are shares: "How many households ...?" «27.7%»)."""
    asked = re.search(r"\bhow\s+many\s+(votes|seats)\b", question, re.I)
    if not asked:
        return ""
    return f"a count of {asked.group(1).lower()}, not a share of them" if _ends_in_a_share(text, start, end) else ""


def _ends_in_a_share(text: str, start: int, end: int) -> bool:
    """The answer's last number is a share: "52.6 percent", or "52.6" of it."""
    number = list(re.finditer(r"\d[\d,.]*\d|\d", text[start:end]))
    return bool(number and _SHARE_AFTER.match(text, start + number[-1].end()))


# "How many people live in Madagascar?": its population, a count of all (not "How many people live in poverty?")
_ALL_PEOPLE_ASKED = re.compile(
    r"^\W*(?i:how\s+many\s+(?:people|residents|inhabitants|persons|citizens)\s+(?:live|lived|reside|resided)\s+"
    r"(?:in|on)\s+)(?:the\s+)?[A-Z]|^\W*(?i:what\s+(?:is|was)\s+the\s+population\s+of)\b"
)
# "three in four", "1 out of 5" (not "36,818 in 1940"), "75 percent"
_RATIO = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of|of\s+every)\s+"
    r"(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten)\b|\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)",
    re.I,
)


def share_for_population(question: str, text: str, start: int, end: int) -> str:
    """What "How many people live in Madagascar?" asks when the answer (``text[start:end]``) is a share of them:
    "About «three in four» people in Madagascar live in poverty" (0.64, in a set of outside reports), or a part of it,
    "«four»"; "" otherwise. None of SQuAD v1.1 train's 107 gold answers to such questions is flagged."""
    if not _ALL_PEOPLE_ASKED.match(question) or not _said_over_the_answer(_RATIO, text, start, end):
        return ""
    return "a count of the people, not a share of them"


# "What share of the vote did Mamdani win?": the one whose share is asked
_SHARE_OF_NAME_ASKED = re.compile(
    rf"\b(?i:what|which)\s+(?i:share|percentage|proportion|per\s*cent)\b.*?\b(?i:did|does|will|has|had|would)\s+"
    rf"({NAME})\s+(?i:win|get|receive|take|secure|capture|gain|garner|poll|earn|have)\b"
)
# the one who had the share: "«Cuomo», who ran …, had «41.6 percent»", "and Republican «Curtis Sliwa» «7.1 percent»",
# "«Lee» of the Democratic Party had «49.4 percent»"
_SHARE_HOLDER = re.compile(
    rf"({NAME})(?:\s+(?:of|from)\s+(?:the\s+)?{NAME})?(?:,\s+who\b[^,;]*,)?\s+(?:(?:had|won|got|received|took|secured|captured|garnered|polled|earned)"
    r"(?:\s+with)?\s+(?:(?:about|around|nearly|almost|just|some|roughly|over|under|more\s+than|less\s+than)\s+)?)?$"
)


def share_of_another_name(question: str, text: str, start: int, end: int) -> str:
    """What "What share of the vote did Mamdani win in the June primary?" asks when the answer (``text[start:end]``)
    is the share another name had: "Cuomo, who ran as an independent after losing the primary to Mamdani in June,
    had «41.6 percent», and Republican Curtis Sliwa «7.1 percent»" (0.53, in a set of outside reports); "" otherwise.
    None of SQuAD v1.1 train's 127 gold answers to such questions is flagged."""
    asked = _SHARE_OF_NAME_ASKED.search(question)
    if not asked or not _ends_in_a_share(text, start, end):
        return ""
    holder = _SHARE_HOLDER.search(text, line_sentence(text, start, end)[0], start)
    if not holder or holder.group(1).lower() in STOPWORDS:
        return ""
    name, other = set(words(asked.group(1))), set(words(holder.group(1)))
    return "" if name & other else f"the share of {asked.group(1)}, not of {holder.group(1)}"


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
    if not said:
        return _record_beaten(question, text, sentence, end)
    if any(m.start() < end or not _COMPARED_WITH.search(text, sentence[0], m.start()) for m in said):
        return ""
    return f"what the {said[0].group()} did (the passage names it only to compare)"


# "beating the 4 hours 42 minutes of Wilander's win … in 1982": a record, then the year it was set
_BEATING = re.compile(  # in lower case: not "Synthesizing: Ten Ragas to a Disco Beat (1982)"
    r"\b(?:beat(?:ing|s)?|surpass(?:ing|ed|es)?|break(?:ing|s)?|broke|eclips(?:ing|ed|es)|topp(?:ing|ed)|"
    r"better(?:ing|ed)|exceed(?:ing|ed|s)?)\b"
)


def _record_beaten(question: str, text: str, sentence: tuple[int, int], end: int) -> str:
    """What the question's dated thing did ("the 1982 final") when the sentence names its year only after the
    answer, past a word of beating it: "The match lasted «five hours and 29 minutes», beating the 4 hours 42
    minutes of Mats Wilander's win over Guillermo Vilas in 1982" (0.64, in a set of outside reports on a tennis
    final); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged ("since 2016" is no record
    beaten: read as one, 2 were)."""
    for year, noun in _DATED_THING.findall(question):
        named = re.search(rf"\b{year}\b", text[sentence[0] : sentence[1]])
        at = sentence[0] + named.start() if named else -1
        if named and at >= end and _BEATING.search(text, end, at):
            return f"what the {year} {noun} did (the passage names it only to compare)"
    return ""


_NUMBERED = re.compile(  # a name that ends in a number: "Resolution 2788", "Flight 370", "Article 370"
    r"\b(Resolution|Flight|Route|Highway|Interstate|Article|Section|Chapter|Paragraph|Clause|Bill|Room|Gate|"
    r"Terminal|Platform|Model|Version|Number|No\.|Apollo|Proposition|Amendment|Group\s+of)\s+$"
)
# or a grade, a small number before the noun it grades: "number 6 fuel oil", "category 4 storm" (not "they number 30
# million")
_GRADE = re.compile(r"\b(?:number|no\.|grade|type|class|category)\s+$")
_GRADED = re.compile(r"\d{1,2}\s+(?!(?:hundred|thousand|million|billion)\b)[a-z]")
_HOW_MUCH_OR_MANY = re.compile(r"\bhow (?:many|much)\b", re.I)


def number_in_a_name(question: str, text: str, start: int, end: int) -> str:
    """What "how many" or "how much" asks, with the name the answer (``text[start:end]``) is part of, when that
    number only numbers a name or grades a thing: "How many resolutions did Pakistan pass?" answered "2788" (0.80)
    from "Resolution 2788", then "Resolution 2788" (0.59), or "2788 on the Peaceful Settlement of Disputes" (0.51);
    "How much fuel oil was the barge carrying?" answered "6" (0.70) from "number 6 fuel oil"; "" otherwise. None of
    SQuAD v1.1 train's 5,193 gold answers to "how many" or "how much" is flagged."""
    number = re.search(r"\d[\d,.]*", text[start:end])  # its first: "2788", "Resolution 2788", "2788 on the ..."
    if not _HOW_MUCH_OR_MANY.match(question.strip()) or number is None:
        return ""
    at = start + number.start()
    before = text[max(0, at - 20) : at]
    named, graded = _NUMBERED.search(before), _GRADED.match(text, at) and _GRADE.search(before)
    numbered = named or graded
    if not numbered or not all(w[0].isupper() for w in text[start:at].split()):
        return ""
    quoted = text[at - len(numbered.group()) : start + number.end()]
    asked = "an amount" if re.match(r"\W*how much\b", question, re.I) else "a count"
    return f"{asked}, not the number of a name (“{quoted}”)" if named else f"{asked}, not a grade (“{quoted}”)"


_AGE_ASKED = re.compile(r"\b(?:old|age[ds]?|born|birthday)\b", re.I)
_AGE_AFTER = re.compile(r"[\s-]+(?:years?[\s-]+old|year-old)\b", re.I)
_NAMED_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*),\s*$")  # "Sandusky, «68», denied": the age news sets after a name


def age_for_count(question: str, text: str, start: int, end: int) -> str:
    """Says a count is asked when a "how many" question not about age is answered by, or with, an age: one news
    sets between commas after a name ("How many counts was Sandusky found guilty of?" answered "68" (0.61, a report
    outside the seeds with the count cut out) and then "68, denied 48" from "Sandusky, 68, denied 48 counts"), or
    one before "-year-old" ("How many years has Fico been prime minister?" answered "59" of "the 59-year-old Prime
    Minister", 0.60); "" otherwise. None of SQuAD v1.1 train's 5,099 gold answers to such questions is flagged."""
    if not _HOW_MANY.search(question) or _AGE_ASKED.search(question):
        return ""
    aged = re.match(r"\d{1,3}", text[start:end])
    aged = aged and _AGE_AFTER.match(text, start + aged.end())
    if aged:
        return f"a count, not an age (“{text[start : aged.end()].strip()}”)"
    named = _age_after_a_name(text, start, end)
    return f"a count, not an age (“{named}”)" if named else ""


def _age_after_a_name(text: str, start: int, end: int) -> str:
    """The answer (``text[start:end]``) as the age news sets between commas after a name ("Sandusky, «68», denied"):
    "Sandusky, 68"; "" otherwise."""
    age = re.match(r"\d{1,3}(?=,(?!\d))", text[start:end] + text[end : end + 2])
    name = age and _NAMED_BEFORE.search(text, max(0, start - 40), start)
    if not age or not name or re.fullmatch(MONTH_WORD, name.group(1), re.I):  # "died in April, «352»"
        return ""
    return f"{name.group(1)}, {age.group()}"


_AN_AGE_ASKED = re.compile(r"^\W*(?:how\s+old\b|what\s+(?:is|was|were|are)\s+(?:the\s+)?ages?\s+of\b)", re.I)
_BARE_NUMBER = re.compile(r"\d[\d,]*(?![\d.])")
# what a number after which is no age measures: a share, votes, a distance, a weight, money
_NO_AGE_UNIT = re.compile(
    r"\s*(?:%|(?:percent|per\s+cent|percentage\s+points?|points?|votes?|seats?|met(?:re|er)s|kilomet(?:re|er)s|km|"
    r"miles|feet|kilograms|kg|tonnes|tons|dollars|euros|pounds)\b)|-(?!(?:years?|months?|weeks?|days?|old|one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+\b"
    # a term: "a «25»-year sentence", "«two» years in prison"
    r"|-years?\s+(?:sentence|term|prison\s+term|jail\s+term)\b|\s+years?\s+(?:in\s+(?:prison|jail)|behind\s+bars)\b",
    re.I,
)


def number_for_an_age(question: str, text: str, start: int, end: int) -> str:
    """Says "an age" when "How old …?" is answered by a bare number no one lives to, with no unit of time in or
    after the answer: "How old was the first officer?" answered "1,100" of "First Officer Clive Kunder, who had about
    «1,100»" (his hours, 0.49, in a set of outside reports), or any number with a unit no age has: "ahead of Quiroga
    on «27» percent" (0.74, in outside reports that give no age), "«41.2» percent", "a «four»-term lawmaker" (0.53),
    a term in prison ("His «25»-year sentence", 0.62);
    "" otherwise, and for "1,100 years", "a 1,100-year-old tree" or "twenty-four". None of SQuAD v1.1 train's 87,599
    gold answers is flagged, nor of the v2.0 fit half's."""
    asked = _AN_AGE_ASKED.match(question)
    counted = _CARDINAL.match(text[start:end]) if asked else None  # "«41.2» percent", "a «four»-term lawmaker"
    unit = _NO_AGE_UNIT.match(text, start + counted.end()) if counted else None
    if counted and unit:  # "ahead of Quiroga on «27» percent"
        return f"an age (“{counted.group()}{unit.group()}” is none)"
    number = _BARE_NUMBER.match(text[start:end]) if asked else None
    if not number or int(number.group().replace(",", "")) <= 125 or re.fullmatch(r"\d{4}", number.group()):
        return ""  # an age one lives to, or a year: "How old are the paintings?" answered "«1480»s"
    _, last = line_sentence(text, start, end)
    return "" if _TIME_UNITS.search(text, start, min(last, end + 20)) else f"an age (“{number.group()}” is none)"


_WHEN_ASKED = re.compile(r"^\W*when\b|\b(?:what|which)\s+(?:year|date|day)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:age\s+of|aged|at\s+age|(?:died|dies|dead)\s+at)\s+$", re.I)  # "has died at 89"
_AN_AGE = re.compile(
    r"\W*(?:(?:(?:at\s+)?(?:the\s+)?age\s+of|aged|at\s+age)\s+\d{1,3}|\d{1,3}[\s-]+(?:years?[\s-]+old|year-old))\W*",
    re.I,
)


def age_for_when(question: str, text: str, start: int, end: int) -> str:
    """Says "a time, not an age" when "When …?" or "What year …?" is answered by an age (``text[start:end]``, a
    bare number after "age of" or "aged", or before "-year-old"): "When did Alan Arkin die?" answered "89" (0.72, in a
    report outside the seeds) from "has died at the age of 89", then "at the age of 89" (0.76), or one set between
    commas after a name ("When was Karki born?" answered "73" of "Karki, 73, was chosen", 0.76); "" otherwise. 1 of
    SQuAD v1.1 train's 9,414 gold answers to date questions is flagged ("When did Victoria inherit the throne?"
    answered "aged 18")."""
    if not _WHEN_ASKED.search(question):
        return ""
    if _AN_AGE.fullmatch(text[start:end]):  # "«at the age of 89»"
        return f"a time, not an age (“{text[start:end].strip()}”)"
    if not re.fullmatch(r"\W*\d{1,3}\W*", text[start:end]):
        return ""
    before = _AGE_BEFORE.search(text, max(0, start - 15), start)
    after = _AGE_AFTER.match(text, end)
    if not before and not after:
        named = _age_after_a_name(text, start, end)  # "Karki, «73», was sworn in"
        return f"a time, not an age (“{named}”)" if named else ""
    said = f"{before.group().strip()} {text[start:end]}" if before else text[start : after.end()] if after else ""
    return f"a time, not an age (“{said}”)"


_POINTED_BEFORE = re.compile(r"(?:\d+\.)+\Z")  # "29.06." before "«23»", not "2007.\n" before "«2019»"
_POINTED_AFTER = re.compile(r"(?:\.\d+)+")  # ".23" after "«29.06»"


def piece_of_a_number(question: str, text: str, start: int, end: int) -> str:
    """Says "a whole figure" when the answer (``text[start:end]``) is a piece of a number or date its text writes
    with points: "How old was Alan Arkin when he died?" answered "23" (0.77 with the answer's sentence cut, in a
    report outside the seeds) of "(29.06.23)"; "" otherwise. 7 of SQuAD v1.1 train's 87,599 gold answers are
    flagged, each a piece its annotator cut from a decimal ("91" of "91.04 percent")."""
    before = _POINTED_BEFORE.search(text, max(0, start - 20), start) if text[start : start + 1].isdigit() else None
    after = _POINTED_AFTER.match(text, end) if text[end - 1 : end].isdigit() else None
    if not before and not after:
        return ""
    whole = f"{before.group() if before else ''}{text[start:end]}{after.group() if after else ''}"
    return f"a whole figure, not a piece of “{whole}”"


# "2 hours«, 0 minutes and 35 seconds»": the rest of a time given in several units
_REST_OF_A_TIME = re.compile(r"(?:,?\s+(?:and\s+)?\d[\d.]*\s+(?:hours?|minutes?|seconds?)\b)+")


def piece_of_a_time(question: str, text: str, start: int, end: int) -> str:
    """Says "a whole time" when the answer (``text[start:end]``) is the first units of a time its text goes on to
    give in smaller ones: "«2 hours», 0 minutes and 35 seconds" (0.71, in a set of outside reports on a marathon
    record); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not re.search(r"\b(?:hours?|minutes?)$", text[start:end]):
        return ""
    rest = _REST_OF_A_TIME.match(text, end)
    return f"a whole time, not a piece of “{text[start : rest.end()]}”" if rest else ""


_PART_NUMBER = r"\b(?:\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_OUT_OF = re.compile(rf"{_PART_NUMBER}\s+out\s+of\s+$", re.I)  # "45 out of «48»"
_OF_THE_WHOLE = re.compile(
    rf"{_PART_NUMBER}\s+of\s+(?:the|its|their|his|her|[\w-]+['’]s)\s+$", re.I
)  # "Five of its «28»"


# ", including 419 for Everest": the part of a whole said right after it, and what the part is of
_PART_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+(?:(?:including|of\s+which|among\s+them)\s+(?:(?:about|some|nearly|over|more\s+than)\s+)?"
    r"[\d,.]+(?:\s+[a-z]+)?|(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:half|a\s+third|a\s+quarter|"
    r"two-thirds|most|[\d.]+%)\s+of\s+them)\s+(for|in|from|at|on|to|of)\s+((?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)*)"
)  # ", including «419» for Everest", ", around half of them in Wolfsburg"


def whole_for_part(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question asks when the answer (``text[start:end]``) is a whole, and the question the part
    of it that the text gives with it: the whole a number is out of, where the words before that number say what the
    question says ("How many counts was Sandusky found guilty of?" answered "48", 0.72, from "found guilty of 45 out
    of «48» counts"; not "How many counts did he face?"), or a whole that a part the question names is said right
    after ("How many permits did Nepal issue for Everest?" answered "over 900", 0.52, from "over 900 permits for its
    mountains, including 419 for Everest"), in reports outside the seeds, or the whole of "Five of Starliner's «28»
    thrusters failed" for how many failed (0.73, in a set on a spacecraft); "" otherwise. None of SQuAD v1.1 train's
    87,599 gold answers is flagged (one answers such a question: "How many cities were studied?", "154 out of «230»
    cities")."""
    if not _HOW_MANY.search(question):
        return ""
    return _out_of_whole(question, text, start, end) or _whole_of_a_named_part(question, text, end)


def _out_of_whole(question: str, text: str, start: int, end: int) -> str:
    """The whole a part is out of, when the words of its clause before the part say what the question says ("found
    *guilty* of 45 out of «48» counts"), or, for "Five of Starliner's «28» thrusters failed", a deed told in the
    first words after the whole does ("*failed*"): "11 of the «21» national airline companies" names the whole."""
    part = _OUT_OF.search(text, max(0, start - 30), start)
    if part:
        clause = max(
            text.rfind(". ", 0, part.start()), text.rfind("\n", 0, part.start()), text.rfind(", ", 0, part.start())
        )
        said = {stem(w) for w in words(text[clause + 1 : part.start()]) if is_content_word(w.lower())}
    elif part := _OF_THE_WHOLE.search(text, max(0, start - 40), start):
        after = words(re.split(r"[.;,:!?\n]", text[end : end + 80], maxsplit=1)[0])[:5]
        said = {stem(w) for w in after if w.islower() and w.endswith("ed")}
    else:
        return ""
    if not said & {stem(w) for w in words(question) if is_content_word(w.lower())}:
        return ""
    return f"how many of them, not how many in all (“{text[part.start() : end]}”)"


def _whole_of_a_named_part(question: str, text: str, end: int) -> str:
    part = _PART_AFTER.match(text, end)
    if not part:
        return ""
    of = {stem(w) for w in words(part.group(2)) if w.lower() not in STOPWORDS}
    if (
        not of
        or not of <= {stem(w) for w in words(question)}
        or of & {stem(w) for w in words(text[end : part.start(2)])}
    ):
        return ""  # the part names more than the question, or the whole already says it
    return f"the part {part.group(1)} {part.group(2)}, not the whole"


# "360 people were injured, «205» of whom were treated as outpatients": a part of a count told just before, and what
# sets the part apart
_PART_OF_THE_COUNT = re.compile(
    r"\s+of\s+(?:them|whom|which)\s+(?:(?:were|are|was|is)\s+|ha(?:ve|d|s)\s+(?:been\s+)?)?([^,.;]{1,60})", re.I
)
_COUNT_JUST_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s*$")
_SOME_OF_THEM_ASKED = re.compile(r"^\W*of\s+the\b|\bhow\s+many\s+of\b", re.I)  # "How many of the injured …?"


def part_for_whole(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question asks when the answer (``text[start:end]``) is a part of a count told just before
    it, set apart by what the question never says: "How many people were injured in the concert hall attack?"
    answered "205" (0.59, in a set of outside reports) from "360 people were injured, «205» of whom were treated as
    outpatients"; "" otherwise, and where the question asks for a part ("How many of the injured …?", "Of the 16
    satellites …"). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    last = re.search(r"\d[\d,.]*$", text[start:end])  # "360 people were injured, «205»": the part, last in the span
    number = start + last.start() if last else start
    if not _HOW_MANY.search(question) or _SOME_OF_THEM_ASKED.search(question) or not _CARDINAL.match(text, number):
        return ""
    part = _PART_OF_THE_COUNT.match(text, _first_word_end(text, number, end))
    if not part or not _COUNT_JUST_BEFORE.search(text, max(0, number - 80), number):
        return ""
    apart = {stem(w) for w in words(part.group(1)) if is_content_word(w.lower())}
    if not apart or apart & {stem(w) for w in words(question)}:
        return ""
    return f"how many in all, not a part of them (“{text[number : part.end()].strip()}”)"


# Where the noun a "how many" question counts ends: "How many «fires» are burning in Western states?"
_AFTER_COUNTED = frozenset(
    "are were did does do has have had is was will would can could should of in on at to for by from that which who "
    "with there been be".split()
)
_ANY_COUNT = frozenset(  # "How many times …", "how many thousands of …": of anything
    "times types kinds sorts forms varieties categories dozens hundreds thousands millions billions".split()
)


def _counted_words(how_many: re.Match[str], stops: frozenset[str] = _AFTER_COUNTED) -> list[str]:
    """The words a "how many" question counts, up to its verb or preposition ("Pakistani soldiers" of "How many
    Pakistani soldiers died …?"), or up to any of ``stops``."""
    return list(itertools.takewhile(lambda w: w.lower() not in stops, words(how_many.group(1))))


def _last_count(text: str, start: int, end: int) -> re.Match[str] | None:
    """The answer's last number, where the answer (``text[start:end]``) ends with it: "80 fires burning in «11»"."""
    number = next(reversed(list(_CARDINAL.finditer(text[start:end]))), None)
    return number if number and text[start:end].rstrip(" .,").endswith(number.group()) else None


# "How many workers were laid off?", "By how much will he cut jobs?": those removed
_CUT_ASKED = re.compile(
    r"^\W*(?:by\s+)?how\s+(?:many|much)\b.*\b(?:laid\s+off|lay\s+off|cut|fir(?:e|ed|ing)|dismiss\w*|los(?:e|t)|"
    r"eliminat\w*|shed|ax(?:e|ed)|slash\w*)\b",
    re.I,
)
_LEFT_ASKED = re.compile(r"\b(?:left|leav\w*|remain\w*|still|rest)\b", re.I)
_LEAVING_BEFORE = re.compile(r"\bleaving\s+(?:[\w'’-]+\s+){0,3}$", re.I)  # "cut jobs, leaving Twitter's approximately"


def left_for_cut(question: str, text: str, start: int, end: int) -> str:
    """Says "those cut" when "How many employees were laid off?" is answered by the count a cut leaves: "plans to cut
    jobs, leaving Twitter's approximately «7,500» employees" (0.47, in a report outside the seeds that gives no
    count cut; 0.57 for "By how much did Musk say he would cut jobs?" with its share's sentence cut); "" otherwise,
    and where the question asks what is left. None of SQuAD v1.1 train's 84 gold answers to such questions is
    flagged."""
    if not _CUT_ASKED.search(question) or _LEFT_ASKED.search(question) or not _last_count(text, start, end):
        return ""
    return "those cut, not those left" if _LEAVING_BEFORE.search(text, max(0, start - 40), start) else ""


# "How many people does Intel employ?", "How big is its workforce?": all the staff
_STAFF_ASKED = re.compile(
    r"\b(?:employ|employs|workforce|staff|headcount)\b|^\W*how\s+many\s+(?:people|workers|employees)\s+(?:does|do|did)"
    r"\b.*\b(?:have|has|had)\b",
    re.I,
)
# "would cut about «15,000» jobs", "plans to lay off «1,800» workers"
_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|lay(?:ing)?\s+off|laid\s+off|eliminat\w+|shed\w*|slash\w*|ax(?:e|es|ed|ing))\s+"
    r"(?:(?:about|some|nearly|around|roughly|almost|more\s+than|over|up\s+to|an?\s+(?:further|additional))\s+)?$",
    re.I,
)


def cut_for_total(question: str, text: str, start: int, end: int) -> str:
    """Says "all its staff, not those cut" when "How many people does Intel employ?" is answered by the count of
    jobs a cut removes: "it would cut about «15,000» jobs, more than 15% of its workforce" (0.50, an unanswerable
    question in a set of outside reports on a chipmaker); "" otherwise, and where the question asks of a cut."""
    if not _STAFF_ASKED.search(question) or _CUT_ASKED.search(question) or not _last_count(text, start, end):
        return ""
    return "all its staff, not those cut" if _CUT_BEFORE.search(text, max(0, start - 40), start) else ""


def _counted_noun(counted: list[str]) -> str:
    """The noun a "how many" question counts: the last plural before its verb ("How many Pakistani «soldiers» died
    …?"), or ""."""
    return next((w for w in reversed(counted) if w.islower() and (w in _PLURALS or re.search(r"[^s]s$", w))), "")


# Tallies an outbreak or a disaster reports side by side, none of them another: "14,000 cases and 524 deaths"
_TALLIES = ("cases infections", "deaths fatalities", "injuries", "recoveries", "hospitalizations hospitalisations")
_TALLY_KIND = {stem(w): kind for kind, ws in enumerate(_TALLIES) for w in ws.split()}


def _other_tally(noun: str, given: str) -> bool:
    """Whether ``given`` is a tally of another kind than ``noun`` ("deaths" for "cases")."""
    asked, said = _TALLY_KIND.get(stem(noun)), _TALLY_KIND.get(stem(given))
    return asked is not None and said is not None and asked != said


def count_of_another_noun(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question counts ("fires") when the answer's number (``text[start:end]``) counts another
    thing that the question names after it: "How many fires are burning in Western states?" answered "11" (0.62, a
    report outside the seeds) from "more than 80 fires burning in «11» Western states", or that is a tally of another
    kind ("«524 deaths»" for how many cases, 0.63, in a set on an outbreak); "" otherwise. 29 of SQuAD
    v1.1 train's 5,064 gold answers to "how many" questions are flagged (0.6%; "How many supporters of Tibet were
    expected?" answered «600» from "600 pro-Tibet protesters")."""
    how_many = _HOW_MANY.search(question)
    if not how_many:
        return ""
    counted = _counted_words(how_many)
    noun = _counted_noun(counted)
    # the answer's last number, or the one its last word counts: "«524 deaths»"
    number = _last_count(text, start, end) or re.search(r"\d[\d,.]*(?=\s+[a-z][\w-]*s\W*$)", text[start:end])
    if not noun or noun in _ANY_COUNT or not number:
        return ""
    # the plural noun the number counts, up to two words on: "11 Western «states»"
    thing = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*[^s\W]s)\b", text[start + number.end() :])
    named_after = {stem(w) for w in words(question[how_many.start(1) :])[len(counted) :]}
    if not thing or stem(thing.group(1)) == stem(noun):
        return ""
    if stem(thing.group(1)) not in named_after and not _other_tally(noun, thing.group(1)):
        return ""
    said = text[start + number.start() : start + number.end() + thing.end()]
    return f"a count of {noun} (the passage counts “{said.strip()}”)"


# Groups news counts apart, on two sides: a ship's crew are none of its passengers
_SIDES = (
    ("crew crews crewmembers", "passengers"),
    ("guards", "prisoners inmates"),
    ("teachers", "students pupils"),
    ("doctors nurses", "patients"),
    ("players", "fans spectators"),
    ("employees workers staff staffers", "users customers subscribers clients"),
    ("seats", "votes ballots"),
)
_SIDE = {stem(w): (group, side) for group, pair in enumerate(_SIDES) for side in (0, 1) for w in pair[side].split()}
_SIDE_NOUNS = frozenset(w for pair in _SIDES for side in pair for w in side.split())


def other_side_counted(question: str, text: str, start: int, end: int) -> str:
    """What "How many crew were on board?" counts when the answer's number (``text[start:end]``) counts the other
    side of the same pair, passengers ("«243» passengers and a dozen crew", 0.69 before, in a report outside the
    seeds), or a firm's staff its users ("«7,500 employees»" for "How many users does Twitter have?", 0.78 then
    0.67, in another); "" otherwise, and where the question names them too. None of SQuAD v1.1 train's 87,599 gold
    answers is flagged."""
    how_many = _HOW_MANY.search(question)
    number = _last_count(text, start, end) or _CARDINAL.search(text[start:end])  # or "«7,500 employees»"
    if not how_many or not number:
        return ""
    asked = {_SIDE[stem(w)]: w for w in _counted_words(how_many) if w.lower() in _SIDE_NOUNS}  # not "voted"
    thing = re.match(
        r"\s+(?:(?:million|billion|thousand)\s+)?(?:[\w-]+\s+)??([a-z][\w-]*)\b", text[start + number.end() :]
    )
    other = _SIDE.get(stem(thing.group(1))) if thing else None
    if not thing or not other or (other[0], 1 - other[1]) not in asked:
        return ""
    if stem(thing.group(1)) in {stem(w) for w in words(question)}:
        return ""
    said = text[start + number.start() : start + number.end() + thing.end()]
    return f"a count of {asked[(other[0], 1 - other[1])]} (the passage counts “{said.strip()}”)"


# "19 and 351", "243 passengers and a dozen"
# kinds of people a report counts together: "nearly 700 «passengers and crew» members". Not ``_COUNTED_PEOPLE``,
# which holds words that name no kind ("others", "members", "dead") and "officers", whose stem is that of "offices"
# ("1,300 employees and offices" is no count of two kinds of people)
_KINDS_OF_PEOPLE = frozenset(
    map(
        stem,
        """passengers crew crewmembers crewmen staff employees guests visitors workers soldiers civilians
        children adults students teachers residents tourists fans players coaches pilots drivers police firefighters
        nurses doctors patients inmates guards prisoners miners""".split(),
    )
)
_JOINED_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+([a-z]+)\s+(?:and|or|plus)\s+(?:other\s+|the\s+|their\s+)?([a-z]+)\b", re.I
)


def count_with_others(question: str, text: str, start: int, end: int) -> str:
    """What "How many passengers were sickened?" asks when the answer's count (``text[start:end]``) is of the
    passengers together with others: "sickened «nearly 700» passengers and crew members" (0.53 before, in a report
    outside the seeds that counts "630 passengers and 54 crew members" too), or "«200 passengers» and crewmembers"
    (0.52); "" otherwise, and where the question names the others. None of SQuAD v1.1 train's 235 gold answers to
    such questions about people is flagged."""
    how_many = _HOW_MANY.search(question)
    if not how_many or re.search(r"\b(?:and|or)\b", question, re.I):
        return ""
    counted = _counted_words(how_many)
    number = _CARDINAL.search(text, start, end)  # "«200 passengers» and crewmembers" too
    joined = _JOINED_AFTER.match(text, number.end()) if counted and number else None
    if not joined or not number:
        return ""
    first, other = stem(joined.group(1)), stem(joined.group(2))
    if first != stem(counted[-1]) or not {first, other} <= _KINDS_OF_PEOPLE or other in map(stem, words(question)):
        return ""
    together = f"{number.group()} {joined.group(1)} and {joined.group(2)}"
    return f"a count of {counted[-1].lower()} alone (the passage counts “{together}” together)"


# "243 passengers and a dozen", "three in Saxony and one"; not "four hundred and sixteen", one number
_TWO_COUNTS = re.compile(
    rf"\s*(?:\d[\d,.]*|{_CARDINAL.pattern})(?:\s+[\w'’-]+){{0,2}}?(?<!hundred)(?<!thousand)\s+and\s+"
    rf"(?:a\s+|about\s+|some\s+)?(?:{_CARDINAL.pattern})(?:\s+[a-z]+)?\s*",
    re.I,
)
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)


def two_counts_for_one(question: str, text: str, start: int, end: int) -> str:
    """Says one count is asked when a "how many" question about one thing is answered by two numbers
    (``text[start:end]``): "How many hepatitis A cases has San Diego County counted?" answered "19 and 351" (0.49, a
    report outside the seeds with the count cut out) from "bringing the totals to 19 and 351, respectively", "How
    many crew were on board the Missouri train?" answered "243 passengers and a dozen" (0.76); ""
    otherwise, for a range ("between 10 and 20") and where the question asks two ("How many contacts and combats
    …?"). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _HOW_MANY.search(question) or re.search(r"\b(?:and|or)\b", question, re.I):
        return ""
    if not _TWO_COUNTS.fullmatch(text[start:end]) or _RANGE_BEFORE.search(text, max(0, start - 12), start):
        return ""
    return f"one count, not two (“{text[start:end].strip()}”)"


_SCORE = re.compile(r"\W*\d{1,3}\s*[-–]\s*\d{1,3}\W*")
_FINAL_ASKED = re.compile(
    r"\b(?:final|full[\s-]time|end)\s+(?:score|result)\b|\bwhat\s+was\s+the\s+(?:score|result)\b", re.I
)
_PART_ASKED = re.compile(r"\b(?:half[\s-]?time|the\s+break|interval|when|after|before|minute)\b", re.I)
# how a match stood before it ended: "equalised to «1-1»", "trailing «0-1»", "led 2-0"
_ON_THE_WAY = re.compile(
    r"\b(?:equali[sz]ed|levell?ed|led|leading|trailed|trailing|pulled\s+(?:it\s+)?back)\s+(?:(?:to|at|by)\s+)?$", re.I
)


def score_on_the_way(question: str, text: str, start: int, end: int) -> str:
    """What a question about a match's final score asks when the answer (``text[start:end]``) is a score the match
    passed through: "What was the final score between Otago and Canterbury?" answered "1-1" (0.49, a report outside
    the seeds with the final score cut out) from "Otago equalised to 1-1"; "" otherwise, and when the question asks
    for a score on the way ("at half-time"). None of SQuAD v1.1 train's 87,599 gold answers is flagged (7 answer
    such questions with a score)."""
    if not _FINAL_ASKED.search(question) or _PART_ASKED.search(question) or not _SCORE.fullmatch(text[start:end]):
        return ""
    way = _ON_THE_WAY.search(text, max(0, start - 40), start)
    return f"the final score, not one on the way (“{text[way.start() : end]}”)" if way else ""


# "87,000 people «dead or missing»", "the injured and dead": the dead counted with others
_WITH_OTHERS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths?)\s+(?:or|and)\s+(missing|injured|wounded|hurt)\b|"
    r"\s+(?:[\w-]+\s+){0,2}?(missing|injured|wounded)\s+(?:or|and)\s+(?:dead|killed)\b",
    re.I,
)


def dead_counted_with_others(question: str, text: str, start: int, end: int) -> str:
    """Says "a number of deaths" when a question about how many died is answered by a count of the dead together
    with the missing or injured, said right after the answer's count (``text[start:end]``): "How many people died in the
    Sichuan earthquake?" answered "87,000" (0.67, in a report outside the seeds) from "left 87,000 people dead or
    missing", then "87,000 people dead or missing" (0.47); "" otherwise, and where the question asks about those others
    too. 1 of SQuAD v1.1 train's 127 gold answers to how many died is flagged ("How many dead troops leave behind?" →
    "1,000 dead", of "1,000 dead and wounded")."""
    counted = _first_word_end(text, start, end)  # "«87,000» people dead or missing" too
    together = _WITH_OTHERS.match(text, counted) if DEATHS_ASKED.search(question) else None
    if together is None or re.search(rf"\b{together.group(1) or together.group(2)}\b", question, re.I):
        return ""
    return f"a number of deaths (the passage counts “{together.group().strip()}” together)"


# What else befell those a count counts: "had «treated» more than 2,000 pilgrims", "300 pilgrims were «missing»"
_OTHER_FATES = (
    r"treated|rescued|saved|evacuated|hospitali[sz]ed|arrested|detained|injured|wounded|hurt|displaced|stranded|"
    r"trapped|missing|sickened|infected|examined|admitted"
)
_OTHER_FATE_BEFORE = re.compile(
    rf"\b({_OTHER_FATES})\s+(?:(?:more\s+than|over|at\s+least|about|nearly|almost|around|some|up\s+to|another|"
    r"a\s+further)\s+)?$",
    re.I,
)
_OTHER_FATE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|remain(?:ed)?)\s+"
    rf"(?:still\s+|also\s+|later\s+|reported\s+)?({_OTHER_FATES})\b",
    re.I,
)


def other_fate_for_deaths(question: str, text: str, start: int, end: int) -> str:
    """Says "a number of deaths" when "How many … died?" is answered by a count (``text[start:end]``) of those
    something else befell, said just before it or after its noun: "Saudi authorities said they had treated more
    than «2,000» pilgrims" (0.56 before, in a set of outside reports on the heat at the Hajj, whose sentences
    nearby tell of deaths); "" otherwise, and where the question asks that fate too. None of SQuAD v1.1 train's
    87,599 gold answers is flagged, nor of the v2.0 fit half's."""
    if not DEATHS_ASKED.search(question.strip()):
        return ""
    said = _OTHER_FATE_BEFORE.search(text, max(0, start - 30), start) or _OTHER_FATE_AFTER.match(
        text, _first_word_end(text, start, end)
    )
    if not said or re.search(rf"\b{said.group(1)}\b", question, re.I):
        return ""
    return f"a number of deaths, not of those {said.group(1).lower()}"


_LIVING_ASKED = re.compile(r"^\W*how\s+many\b.*\b(?:alive|living|survive\w*|survivors?)\b", re.I)
# "the «bodies of» 28 hostages", "28 hostages «who died»": the dead
_DEAD_BEFORE = re.compile(
    r"\b(?:bodies|remains|corpses)\s+of\s+(?:(?:the|some|about|at\s+least|another|more\s+than)\s+)*$|\bdead\s+$", re.I
)
_DEAD_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:who\s+(?:had\s+)?(?:died|were\s+killed|perished)|"
    r"(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:dead|killed|deceased))\b",
    re.I,
)


def dead_for_living(question: str, text: str, start: int, end: int) -> str:
    """What "How many hostages remain alive?" asks when the answer's count (``text[start:end]``) is of the dead: "the
    bodies of «28» hostages who died in captivity" (0.81, in a set of outside reports on a hostage release); ""
    otherwise. None of SQuAD v1.1 train's 27 gold answers to how many live or survived is flagged."""
    if not _LIVING_ASKED.search(question.strip()):
        return ""
    said = _DEAD_BEFORE.search(text, max(0, start - 30), start) or _DEAD_AFTER.match(
        text, _first_word_end(text, start, end)
    )
    return f"a number of the living, not of the dead (“{said.group()}”)" if said else ""


_ABOARD_ASKED = re.compile(
    r"^\W*how\s+many\s+(?:people|persons|individuals)\s+(?:were|was|are|is)\s+(?:on\s+board|aboard|on\s+the|"
    r"carried|travel\w*|flying)\b",
    re.I,
)
_CREW_AFTER = re.compile(r"\s+(?:crew(?:\s+members)?|crewmembers|pilots|flight\s+attendants)\b(?!\s+and\b|\s*,)", re.I)
# "Twenty-three people were killed": the dead, of a bus whose count aboard the report says is not yet known
_HARMED_AFTER = re.compile(
    r"\s+(?:(?:people|persons|passengers|of\s+them)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|died|injured|hurt|wounded|missing|rescued|survived|hospitali[sz]ed)\b",
    re.I,
)


def some_for_everyone_aboard(question: str, text: str, start: int, end: int) -> str:
    """Says "a count of everyone aboard" when "How many people were aboard …?" is answered by a count of some of
    them: the crew (``text[start:end]`` then "crew", "pilots", "flight attendants"), "How many people were aboard
    Xiamen Air Flight 8667?" answered "eight" (0.74, in a report outside the seeds) from "the rest including eight
    crew aboard"; or the dead, hurt or rescued ("«Twenty-three» people were killed", 0.52, in a report that says the
    count aboard is not yet known; "killing more than «240» people", 0.49 with the count aboard cut, in a set of
    outside reports on an air crash); "" otherwise, and for "killing all 10". None of SQuAD v1.1 train's 87,599
    gold answers is flagged (none of its 355 to "How many people …?" is so followed)."""
    if not _ABOARD_ASKED.match(question):
        return ""
    counted = _first_word_end(text, start, end)  # "«eight» crew" too
    some = _CREW_AFTER.match(text, counted) or _HARMED_AFTER.match(text, counted)
    if some:
        return f"a count of everyone aboard (the passage counts “{text[start : some.end()]}”)"
    toll = _TOLL_BEFORE.search(text, max(0, start - 30), start)  # "killing more than «240»"; not "killing all 10"
    return f"a count of everyone aboard (the passage counts “{text[toll.start() : end]}”)" if toll else ""


# "killing «all 10» on board", "«12» people aboard": everyone aboard, crew too, not only the passengers
_PASSENGERS_ASKED = re.compile(r"^\W*how\s+many\s+passengers\b(?!.*\bcrew)", re.I)
_EVERYONE_AFTER = re.compile(r"\s+(?:people\s+|persons\s+|occupants\s+)?(?:on\s*board|aboard)\b", re.I)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|occupants)\b", re.I)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)


def everyone_for_passengers(question: str, text: str, start: int, end: int) -> str:
    """Says "a count of passengers" when "How many passengers were on board?" is answered by a count of everyone
    aboard: "killing «all 10» on board" (0.62 with the passengers' and crew's sentence cut, in a report outside the
    seeds), or "«12» people aboard" in a report that names a crew; "" otherwise, and where the question asks about
    the crew too.
    None of SQuAD v1.1 train's 43 gold answers to questions about passengers is flagged."""
    if not _PASSENGERS_ASKED.match(question):
        return ""
    counted = _first_word_end(text, start, end)
    aboard = _EVERYONE_AFTER.match(text, counted)
    every = _ALL_BEFORE.search(text, max(0, start - 5), start)
    crew = re.search(r"\bcrew", text, re.I)
    if not aboard or not (every or crew and _PEOPLE_AFTER.match(text, counted)):
        return ""
    everyone = text[every.start() if every else start : aboard.end()]
    return f"a count of passengers, not of everyone aboard (the passage counts “{everyone}”)"


_CRAFT = r"(?:plane|jet|airliner|aircraft|helicopter|ship|boat|vessel|ferry|bus|train|car|truck|van|yacht|tanker)"
# "«67» people aboard a regional jet and an Army helicopter": those aboard two craft
_ABOARD_TWO = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:aboard|on\s+board|on|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?({_CRAFT})s?"
    rf"\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?({_CRAFT})s?\b",
    re.I,
)


def aboard_two_craft(question: str, text: str, start: int, end: int) -> str:
    """What "How many people were aboard the jet?" asks when the answer (``text[start:end]``) counts those aboard it
    and another craft: "All «67» people aboard a regional jet and an Army helicopter" (0.73, in a set of outside
    reports); "" otherwise, and where the question names both. None of SQuAD v1.1 train's 87,599 gold answers is
    flagged."""
    two = _ABOARD_TWO.match(text, _first_word_end(text, start, end)) if _HOW_MANY.search(question) else None
    if not two or two.group(1).lower() == two.group(2).lower():
        return ""
    asked = {stem(w) for w in words(question)}
    named = [craft for craft in two.groups() if stem(craft.lower()) in asked]
    if len(named) != 1:
        return ""
    return f"how many were aboard the {named[0]}, not aboard both (“{text[start : two.end()]}”)"


_LENGTH = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand))[\s-]*"
    r"(?:(?:hundred|thousand|million|billion)[\s-]+)?"  # "670 million kilometres"
    r"(?:met(?:er|re)s?|kilomet(?:er|re)s?|km|miles?|feet|foot|ft|yards?|inch(?:es)?|(?:centi|milli)met(?:er|re)s?|"
    r"cm|mm)\b",
    re.I,
)
# how a speed is written: "80 kilometers per hour", "50 miles an hour", "130 kmh", "30 knots"
_SPEED_SAID = re.compile(r"\b(?:per|an\s+hour|a\s+second|mph|kph|kmh|knots?|mach)\b|/\s*(?:h|hr|s)\b", re.I)


def length_for_speed(question: str, text: str, start: int, end: int) -> str:
    """Says "a speed" when "How fast …?" is answered by a length with no time to it (``text[start:end]`` and the
    words just after it): "How fast was the Sri Padma bus going?" answered "20-meter" (0.52, in a report outside
    the seeds that gives no speed) from "a 20-meter deep ravine", then "20-meter deep ravine" (0.48); "" otherwise,
    and for "80 kilometers" of "80 kilometers per hour". None of SQuAD v1.1 train's 23 gold answers to such
    questions is flagged."""
    if not SPEED_ASKED.match(question) or not _LENGTH.search(text, start, end):
        return ""
    return "" if _SPEED_SAID.search(text, start, min(len(text), end + 20)) else "a speed"


_DIMENSION_NAMED = re.compile(
    r"^\W*(?:how\s+(wide|deep|tall|high|long|thick)|what\s+(?:is|was|are|were)\s+the\s+(width|depth|height|length|"
    r"thickness))\b",
    re.I,
)
# "86 metres «high»", "a 20-metre-«deep» ravine", "720 metres in «length»"; not "600 kilometres across" (a length)
_DIMENSION_GIVEN = re.compile(
    r"\s*-?\s*(?:\([^)]{0,30}\)\s*)?(?:in\s+)?(wide|width|deep|depth|tall|high|height|long|length|thick|thickness)\b",
    re.I,
)


def _last_length(text: str, start: int, end: int) -> re.Match[str] | None:
    """The answer's last length (``text[start:end]``), where the words after it say of what or from where:
    "42 years old and «86 metres» high"."""
    return next(reversed(list(_LENGTH.finditer(text, start, end))), None)


def other_dimension(question: str, text: str, start: int, end: int) -> str:
    """What "How wide …?" asks ("a width") when the answer's length (``text[start:end]``) is of another dimension,
    which the word after its unit names: "How wide was the reservoir?" answered "86 metres high" (0.62, in a report
    outside the seeds that gives no width), or "How much does Odysseus weigh?" answered "«4.3 metres» tall" (0.50,
    in a set of outside reports on a moon landing); "" otherwise, and for "How tall …?" of something "high". None of
    SQuAD v1.1 train's 642 gold answers to such questions is flagged, nor of its 12 to a weight."""
    asked, weight = _DIMENSION_NAMED.match(question), _WEIGHT_ASKED.match(question)
    length = _last_length(text, start, end)
    given = _DIMENSION_GIVEN.match(text, length.end()) if (asked or weight) and length else None
    if weight and length:  # "«4.3 metres» tall" for how much it weighs
        return f"a weight (the passage gives {_DIMENSION_OF[given.group(1).lower()] if given else 'a length'})"
    if not asked or not given:
        return ""
    kind, said = _DIMENSION_OF[(asked.group(1) or asked.group(2)).lower()], _DIMENSION_OF[given.group(1).lower()]
    return "" if kind == said else f"{kind} (the passage gives {said})"


# "How high did the booster fly?": a distance gone, which a thing's size ("the «71-metre» booster") is not; not "How
# high does the Shard rise?", its size
_WENT_ASKED = re.compile(
    r"^\W*how\s+(high|far|deep|low)\s+(?:did|will|would|could|has|have|had)\b.*\b(?:fly|flew|flown|climb\w*|"
    r"go|went|gone|reach\w*|travel\w*|rise|rose|risen|soar\w*|dive|dived|dove|fall|fell|fallen|drop\w*|sink|sank|sunk|"
    r"descend\w*|ascend\w*)\b",
    re.I,
)
_SIZE_OF_A_THING = re.compile(r"\d[\d,.]*-(?:met(?:er|re)|foot|kilomet(?:er|re)|mile|km|m|ft)\b", re.I)


def size_for_distance_gone(question: str, text: str, start: int, end: int) -> str:
    """Says "how far it went, not a size" when "How high did the booster fly?" is answered by a length written as a
    thing's size, its unit joined by a hyphen: "The «71-metre» booster lifted off" (0.54, an unanswerable question in
    a set of outside reports on a rocket); "" otherwise. None of SQuAD v1.1 train's 8 gold answers to such questions
    is flagged."""
    asked = _WENT_ASKED.match(question)
    size = _SIZE_OF_A_THING.search(text, start, min(len(text), end + 12)) if asked else None
    if not asked or not size or size.start() >= end:
        return ""
    return f"how {asked.group(1).lower()} it went, not a size (“{size.group()}”)"


# "How far is West from «Austin»?", "How far from «Dunmore» is …?"
_FAR_FROM = re.compile(rf"^\W*[Hh]ow\s+far\b.*?\bfrom\s+(?:the\s+)?({places.PLACE_NAME})")
# "20 miles north of «Waco»", "40 km (25 miles) from «Lima»", "some 3 miles off the «Florida» coast"
_FROM_PLACE = re.compile(
    rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:(?:north|south|east|west)\w*\s+of|(?:away\s+)?from|outside(?:\s+of)?|off)\s+"
    rf"(?:the\s+)?(?:[a-z]+\s+){{0,2}}?({places.PLACE_NAME})"
)


def distance_from_another_place(question: str, text: str, start: int, end: int) -> str:
    """What "How far is West from Austin?" asks ("a distance from Austin") when the answer's length
    (``text[start:end]``) is measured from a place the question does not name: "approximately «20 miles» north of
    Waco" (0.51, in a report outside the seeds that names no Austin); "" otherwise, and for a distance asked the
    other way round. None of SQuAD v1.1 train's 28 gold answers to such questions is flagged."""
    asked = _FAR_FROM.match(question)
    length = _last_length(text, start, end)
    given = _FROM_PLACE.match(text, length.end()) if asked and length else None
    if not asked or not given:
        return ""
    named = [w for w in words(question) if w[:1].isupper()]
    if any(places.same_spelling(g, w) for g in given.group(1).split() for w in named):  # not "Bernburg" for Berlin
        return ""
    other = re.sub(r"(?<=[a-z]{2})\.$", "", given.group(1))  # "from the Sun." ends a sentence, "U.S." a name
    return f"a distance from {asked.group(1)} (the passage gives one from {other})"


# "closest to the Sun", "no nearer to Earth": what a thing comes nearest
_NEAREST = re.compile(rf"\b(?:closest|nearest|closer|nearer)\s+(?:approach\s+)?to\s+(?:the\s+)?({places.PLACE_NAME})")


def nearest_to_another(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What a question asks of the nearest a thing comes to one body or place ("When will the comet pass closest to
    Mars?") when the cited sentence ties the answer (``text[start:end]``) to its nearest to another, the last such
    words before it: "It will pass closest to the Sun on «October 29», just inside the orbit of Mars" (0.54, in a
    set of outside reports on a comet); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _NEAREST.search(question)
    given = list(_NEAREST.finditer(text, sentence[0], start)) if asked else []
    if not asked or not given or places.same_place(asked.group(1), given[-1].group(1)):
        return ""
    return f"what holds {asked.group()} (the passage gives it “{given[-1].group()}”)"


_PLACE_ASKED_WHERE = re.compile(
    r"^\W*(?:where\b(?!.*\bfrom\W*$)|(?:in|at|near)\s+(?:what|which)\s+(?:city|town|village|place|area|region|country)\b)",
    re.I,
)  # not "Where do geese fly from?": the place a distance starts from is asked


# "a Southern California Edison site «near where» the Eaton fire began": what lies near the place asked
_NEAR_WHERE = re.compile(r"\s+(?:near|close\s+to|not\s+far\s+from|next\s+to|beside)\s+where\b", re.I)


def landmark_for_place(question: str, text: str, start: int, end: int) -> str:
    """What "Where was the epicentre?" asks ("a place") when the answer's place (``text[start:end]``) is the one a
    distance is measured from: "about 72 kilometers (45 miles) southwest of «Marrakech»" (0.68, in a set of outside
    reports on a quake and a foiled attack), or something near where it was ("a Southern California Edison site near
    where the Eaton fire began", 0.71 for where it started); "" otherwise, and for a span that holds the distance or
    direction. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    if not _PLACE_ASKED_WHERE.match(question):
        return ""
    near = _NEAR_WHERE.match(text, end)
    if near:
        return f"a place, not one near it (“{text[start : near.end()]}”)"
    for length in reversed(list(_LENGTH.finditer(text, max(0, start - 80), start))):
        given = _FROM_PLACE.match(text, length.end())
        if given and given.start(1) <= start < given.end(1):
            begun = len(text[: length.start()].rstrip("0123456789.,"))  # "7«2 kilometers»" matched from its last digit
            return f"a place, not the one a distance is measured from (“{text[begun : given.end()]}”)"
    return ""


# "How old is Helton Pereira's «sister»?"
_AGE_OF_KIN = re.compile(
    r"^\W*how\s+old\s+(?:is|was|are|were)\s+(?:the\s+)?(.+?)['’]s?\s+([a-z]+)(?:\s+(?:when|at|on)\b.*)?\W*$", re.I
)  # "How old was Odinga's father «when he died»?"
_PERSON = r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*"  # a capitalised name: "Helton Pereira"
_AGED_ONE_AFTER = re.compile(rf"[\s-]*years?[\s-]*old\s+({_PERSON}|[a-z]+)")  # "28-year-old wife"
_AGED_ONE_BEFORE = re.compile(rf"({_PERSON}),\s*$")  # "Helton Pereira, 28,"
# "Zohran Mamdani, a «34»-year-old", "Cardinal Re, the «91»-year-old dean"
_AGED_BY_A = re.compile(rf"({_PERSON}),\s+(?:an?|the)\s+$")


def age_of_another(question: str, text: str, start: int, end: int) -> str:
    """What "How old is Helton Pereira's sister?" asks ("the sister’s age") when the answer's age
    (``text[start:end]``) is that of the one the question names as hers ("28-year-old «Helton Pereira»", 0.70 in a
    report outside the seeds) or of other kin ("his 28-year-old «wife»"); "" otherwise, and for an age of someone
    the question does not name, who may be the one asked about. An age after "He" that follows a sentence naming the
    one asked as the kin's owner is that one's ("Raila Odinga … died … He was «80»" for his father's age, 0.63, in a
    set of outside reports). The two such questions among SQuAD v1.1 train's 87,599 are not flagged."""
    asked = _AGE_OF_KIN.match(question)
    number = re.search(r"\d+", text[start:end]) if asked else None
    if not asked or not number or asked.group(2).lower() not in roles.KIN:
        return ""
    aged = _AGED_ONE_AFTER.match(text, start + number.end()) or _AGED_ONE_BEFORE.search(text, 0, start + number.start())
    owner = aged.group(1) if aged else _owner_by_he(asked.group(1), asked.group(2), text, start)
    if owner.lower() in roles.KIN and owner.lower() != asked.group(2).lower():
        return f"the {asked.group(2)}’s age (the passage gives the {owner}’s)"
    if owner and set(words(owner)) & set(words(asked.group(1))):
        return f"the {asked.group(2)}’s age (the passage gives that of “{owner}”)"
    return ""


def _owner_by_he(owner: str, kin: str, text: str, start: int) -> str:
    """The owner asked, where the age's sentence opens with "He" or "She" for the one a sentence before opens with
    (``roles.named_by_pronoun``) and neither it nor the one before speaks of the kin: "Raila Odinga died on Wednesday
    in India. He was «80»" is Odinga's own age."""
    first, last = line_sentence(text, start, start)
    before, sentence = text[max(0, first - 400) : first], text[first:last]
    if re.search(rf"\b{kin}", re.split(r"(?<=[.!?])\s+", before.strip())[-1] + sentence, re.I):
        return ""
    named = roles.named_by_pronoun(owner, sentence, before)
    return " ".join(w for w in words(owner) if stem(w) in named)


# "How old is «Derek Chauvin»?": a name, not one's kin ("Victoria's uncle" is age_of_another's)
_AGE_OF_NAMED = re.compile(
    r"^\W*(?i:how\s+old\s+(?:is|was|are|were|will))\s+((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)\b(?!['’])"
)
# "«George Floyd» died at the age of 46", "Mary Jones, aged 46"
_DIED_AGED = re.compile(
    rf"({_PERSON})\s+(?:(?:who\s+)?(?:died|dies|was\s+killed|passed\s+away)\s+at\s+the\s+age"
    r"\s+of|,?\s*aged)\s+$"
)


def age_of_another_person(question: str, text: str, start: int, end: int) -> str:
    """What "How old is Derek Chauvin?" asks when the answer's age (``text[start:end]``) is that of another person
    the text names with it: "«George Floyd» died at the age of 46" (0.65 with his own age's sentence cut, in a report
    outside the seeds), "Mary Jones, 46,", "a 52-year-old Anna Berg", "Zohran Mamdani, a 34-year-old" (0.59, in a
    set of outside reports); "" otherwise, and for a name sharing a word
    with the one asked ("Floyd"). None of SQuAD v1.1 train's 63 gold answers to such questions is flagged."""
    asked = _AGE_OF_NAMED.match(question)
    number = re.search(r"\d+", text[start:end]) if asked else None
    if not asked or not number:
        return ""
    at = start + number.start()
    aged = (
        _AGED_BY_A.search(text, max(0, at - 60), at)  # first: "Mamdani, a 34-year-old" is his age
        or _AGED_ONE_AFTER.match(text, start + number.end())
        or _AGED_ONE_BEFORE.search(text, max(0, at - 60), at)
        or _DIED_AGED.search(text, max(0, at - 80), at)
    )
    owner = aged.group(1) if aged else ""
    if not owner[:1].isupper() or owner.split()[0] in {"The", "A", "An", "He", "She", "In", "At", "On"}:
        return ""
    if " " not in owner and places.is_people(owner):  # "a 54-year-old Nepali guide": what the one aged is
        return ""
    if {w.lower() for w in words(owner)} & {w.lower() for w in words(asked.group(1))}:
        return ""
    return f"{asked.group(1)}’s age (the passage gives that of “{owner}”)"


# Those a report ages without naming them at once: "A «22»-year-old man ... arrested on suspicion of killing Kirk"
_ONE_AGED = frozenset(
    """man woman boy girl teenager youth person suspect gunman attacker assailant shooter driver student resident
    victim worker soldier officer pilot father mother son daughter""".split()
)
_NAMED_BESIDE = re.compile(r"\s*(?:[,(A-Z]|(?:named|called|identified\s+as|known\s+as)\b)")  # the one aged


def age_of_one_beside(question: str, text: str, start: int, end: int) -> str:
    """What "How old was Charlie Kirk?" asks when the answer's age (``text[start:end]``) is that of someone the
    sentence tells of with no name, before the name asked: "A «22»-year-old man ... has been arrested on suspicion
    of killing Charlie Kirk" (0.73, in a set of outside reports on a shooting); "" otherwise, and where the name
    comes first or is given at once ("a 22-year-old man, Charlie Kirk,"). None of SQuAD v1.1 train's 63 gold
    answers to such questions is flagged."""
    asked = _AGE_OF_NAMED.match(question)
    number = re.search(r"\d+", text[start:end]) if asked else None
    aged = _AGED_ONE_AFTER.match(text, start + number.end()) if asked and number else None
    if not asked or not aged or aged.group(1) not in _ONE_AGED or _NAMED_BESIDE.match(text, aged.end()):
        return ""
    first, last = line_sentence(text, start, end)
    name = set(words(asked.group(1)))
    if name & set(words(text[first:start])) or not name & set(words(text[aged.end() : last])):
        return ""
    return f"{asked.group(1)}’s age (the passage gives that of a {aged.group(1)} it tells of beside)"


_HOW_OLD = re.compile(r"^\W*how\s+old\b", re.I)
_KIN_NAMED = r"\b(?:my|his|her|their|our|your)\s+"  # "his 28-year-old wife", "my mum is 84"
_KIN_IS_AGED = re.compile(rf"{_KIN_NAMED}([a-z]+)\s+(?:is|was|turned)\s+$", re.I)


def age_of_kin(question: str, text: str, start: int, end: int) -> str:
    """What "How old is Ke Huy Quan?" asks when the answer's age (``text[start:end]``) is that of someone's kin, by
    a possessive before it: "“My mum is «84 years old»,” Quan said" (0.63, in a report outside the seeds), "his
    «28»-year-old wife"; "" otherwise, and where the question names kin (``age_of_another`` reads those). None of
    SQuAD v1.1 train's 104 gold answers to "how old" questions is flagged ("a 32-year-old widow" is herself)."""
    number = re.search(r"\d+", text[start:end]) if _HOW_OLD.match(question) else None
    if not number or roles.KIN.intersection(w.lower() for w in words(question)):
        return ""
    before = text[max(0, start + number.start() - 40) : start + number.start()]
    aged = _KIN_IS_AGED.search(before) or (
        _AGED_ONE_AFTER.match(text, start + number.end()) if re.search(rf"{_KIN_NAMED}$", before, re.I) else None
    )
    owner = aged.group(1) if aged else ""
    return f"someone's own age, not their {owner}'s" if owner in roles.KIN else ""


_LENGTH_OF_A_THING = re.compile(r"\s+(?!old\b)([a-z]+)")  # "a «2,000-year» history", not "-old"
# "a «37-year»-old man": the age of someone, not how long a thing has been ("the 40-year-old monopoly")
_AGE_OF_SOMEONE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?|persons?|suspects?|victims?|drivers?|fathers?|mothers?|"
    r"sons?|daughters?|residents?|students?|soldiers?|officers?|firefighters?)\b",
    re.I,
)


def length_for_age(question: str, text: str, start: int, end: int) -> str:
    """What "How old is Prevost?" asks when the answer (``text[start:end]``) is a length said of a thing: "the
    «2,000-year» history of the Church" (0.49 with his age's sentence cut, in a report outside the seeds), "a
    «12-year» papacy"; "" otherwise. None of SQuAD v1.1 train's 104 gold answers to "how old" is flagged ("400-year
    -old")."""
    if not _HOW_OLD.match(question) or not text[start:end].endswith("-year"):
        return ""
    thing = _LENGTH_OF_A_THING.match(text, end)
    return f"an age, not a “{text[start:end]} {thing.group(1)}”" if thing else ""


def age_for_length(question: str, text: str, start: int, end: int) -> str:
    """What "How long had Ho been a firefighter?" asks when the answer (``text[start:end]``) is someone's age: "a
    «37-year»-old man" (0.68 with his years of service cut, in a set of outside reports); "" otherwise. None of
    SQuAD v1.1 train's 545 gold answers to "how long" is flagged ("the «40-year»-old monopoly" is how long it held)."""
    if not HOW_LONG_ASKED.match(question):
        return ""
    word_end = end + len(re.split(r"[^\w-]", text[end:], maxsplit=1)[0])  # "«37»-year-old", "«37-year»-old"
    aged = re.search(r"\w-years?-old$", text[start:word_end])
    return "a length of time, not an age" if aged and _AGE_OF_SOMEONE.match(text, word_end) else ""


# "all «four» acting honours, three of which went to …": a whole, then its shares; "— «three» of which …": the first
_SHARED_OUT = re.compile(r"[^.;]{0,60}?\b(\w+)\s+of\s+(?:which|whom|them|these|those)\b", re.I)
_FIRST_SHARE = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.I)


def share_of_another(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "How many acting honours did The Whale win?" counts when the answer's count (``text[start:end]``) is the
    whole its sentence then shares out, or the first share, and the question's name comes only in a later share:
    "all «four» acting honours — «three» of which were won by 'Everything Everywhere All at Once' and one by 'The
    Whale'" (0.61, then "three", 0.63, in a report outside the seeds); "" otherwise. 1 of SQuAD v1.1 train's 5,099
    gold answers to "how many" questions is flagged (the "twenty" of "twenty-nine" pillar-gates, shared out by
    era)."""
    number = _CARDINAL.search(text, start, end) if _HOW_MANY.search(question) else None
    if not number:
        return ""
    whole = _SHARED_OUT.match(text, number.end())
    if whole and _CARDINAL.fullmatch(whole.group(1)):
        later, said = whole.end(), f"a share, not the whole (“{number.group()} … {whole.group(1)} of which”)"
    elif _FIRST_SHARE.match(text, number.end()) and re.search(r"[,;:—–-]\s*$", text[sentence[0] : number.start()]):
        other = _CARDINAL.search(text, number.end(), sentence[1])  # "… and «one» by 'The Whale'"
        later, said = (other.start() if other else sentence[1]), f"another share than “{number.group()} of which”"
    else:
        return ""
    names = [w for w in words(question)[1:] if w[:1].isupper() and w.lower() not in STOPWORDS]
    named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", text[later : sentence[1]])]
    if not named or any(re.search(rf"\b{re.escape(n)}\b", text[sentence[0] : later]) for n in named):
        return ""
    return said


def count_of_another_people(question: str, text: str, start: int, end: int) -> str:
    """What "How many Brazilian soldiers arrived?" counts when the answer's number (``text[start:end]``) counts those
    of another people: "«more than 100» Israeli soldiers … arrived" (0.58, in a report outside the seeds); "" otherwise,
    and for a people named another way ("Pakistan" and "Pakistani"). None of SQuAD v1.1 train's 918 gold answers to "how
    many" questions that name a people or place is flagged."""
    how_many = _HOW_MANY.search(question)
    number = _CARDINAL.search(text, start, end) if how_many else None
    counted = _counted_words(how_many) if how_many else []
    people = list(itertools.takewhile(lambda w: w[:1].isupper(), counted))
    if not number or not people or len(counted) == len(people):
        return ""
    given = re.match(r"\s+([A-Z][\w-]*)\s+([a-z][\w-]*)\b", text[number.end() :])
    if not given or stem(given.group(2)) != stem(counted[len(people)]):
        return ""
    other = given.group(1)
    if not places.is_people(other) or places.same_place(" ".join(people), other) or other in words(question):
        return ""
    said = text[number.start() : number.end() + given.end()]
    return f"a count of {' '.join(people)} {counted[len(people)]} (the passage counts “{said}”)"


_NOT_ASKED = re.compile(r"\b(?:not|no|never|without)\b|n['’]t\b", re.I)


def count_of_the_opposite(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """What "How many people were accounted for?" counts ("those accounted") when the answer's number
    (``text[start:end]``) counts the opposite, the word nearest it in its sentence being the question's with "un"
    before it: "the number of people who are unaccounted for … increased to «159»" (0.53, in a report outside the
    seeds that says "120 people are now accounted for" next); "" otherwise, and where the question negates ("not
    accounted for"). 2 of SQuAD v1.1 train's 6,221 gold answers to "how many" or "how much" questions are flagged
    (those "armed" beside "the People's Armed Police" and "unarmed" runners; "known" life cycles near "unknown")."""
    if not re.search(r"\bhow\s+(?:many|much)\b", question, re.I) or _NOT_ASKED.search(question):
        return ""
    said = list(re.finditer(r"\w+", text[sentence[0] : sentence[1]]))
    for asked in {w.lower() for w in words(question) if len(w) >= 5}:  # not "less" of "unless"
        found = [m for m in said if m.group().lower() in (asked, "un" + asked)]
        nearest = min(found, key=lambda m: abs(sentence[0] + m.start() - start), default=None)
        if nearest and nearest.group().lower() == "un" + asked:
            return f"a count of those {asked} (the passage counts those un{asked})"
    return ""


def _past_hedge(text: str, start: int, end: int) -> int:
    """Where the answer's number starts, past a hedge: "«about 5,000» of those who fled"."""
    hedge = re.match(_TOLL_HEDGE, text[start:end], re.I)
    return start + (hedge.end() if hedge else 0)


def _first_word_end(text: str, start: int, end: int) -> int:
    """Where the answer's first word ends: a count's words may follow it in the answer or after it."""
    return next((start + m.start() for m in re.finditer(r"\s", text[start:end])), end)


# What befell some of those counted: "27 girls from Camp Mystic … «were still missing»", "68,000 airmen died"
_FATES = (
    r"missing|dead|killed|injured|wounded|hurt|rescued|evacuated|arrested|unaccounted|hospitali[sz]ed|drowned|"
    r"stranded|trapped|detained|displaced|homeless"
)
_BEFELL = re.compile(
    r"\b(?:(?:were|was|are|is|remain(?:ed|s)?|ha(?:ve|d|s)\s+been)\s+(?:still\s+|now\s+|later\s+|reported\s+)?"
    rf"(?:{_FATES})|died|perished|drowned|starved)\b",
    re.I,
)
_FATE_ASKED = frozenset(
    map(
        stem,
        """missing dead killed injured wounded hurt rescued evacuated arrested unaccounted hospitalized drowned stranded
trapped detained displaced homeless die died death casualties victims survivors toll fatalities injuries arrests
kill rescue evacuation lose lost loss starve starved perish perished""".split(),
    )
)
# Between the count and what befell them: another clause or count ("420,000 homes and 63 people were injured")
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:and|or|but|who|which|that|where|while|when|after|before|as|many|some|most|others)\b|\d", re.I
)
_ALL_OF = re.compile(r"\b(?:all|none|not\s+one)\s+(?:of\s+)?(?:the\s+)?$", re.I)  # "none of the 165 people"


def fate_for_count(question: str, text: str, start: int, end: int) -> str:
    """What "How many campers were at Camp Mystic?" asks when the answer's number (``text[start:end]``) counts
    those something befell: "«27» girls from Camp Mystic, a Christian camp …, were still missing" (0.61 before, in
    a report outside the seeds); "" otherwise, where the question asks about the fate, and for "all 34 crew members
    were detained" or "none of the 165 people aboard was hurt". 1 of SQuAD v1.1 train's 87,599 gold answers is
    flagged ("How many causalities did the US Air Force suffer?", misspelt, answered «68,000» from "68,000 U.S
    airmen died"), none of the SQuAD v2.0 fit half's."""
    if not _HOW_MANY.search(question) or {stem(w) for w in words(question)} & _FATE_ASKED:
        return ""
    first, last = line_sentence(text, start, end)
    if _ALL_OF.search(text, max(first, start - 16), start):
        return ""
    befell = _BEFELL.search(text, end, last)
    between = text[end : befell.start()] if befell else ""
    if not befell or _ANOTHER_CLAUSE.search(between) or len(between.split()) > 20:
        return ""
    return f"how many in all, not how many {befell.group().split()[-1]}"


_TIME_UNIT = (
    r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries|"
    r"millenni(?:um|a)"
)
_TIME_UNITS = re.compile(rf"\b({_TIME_UNIT})\b", re.I)
_UNIT_ASKED = re.compile(rf"\bhow\s+many\s+(?:more\s+|full\s+|whole\s+)?({_TIME_UNIT})\b", re.I)


def _time_unit(word: str) -> str:
    word = word.lower()
    return {"century": "centur", "centuries": "centur", "millennium": "millenni", "millennia": "millenni"}.get(
        word, word.removesuffix("s")
    )


def other_time_unit(question: str, text: str, start: int, end: int) -> str:
    """What "How many days were the astronauts in space?" asks when the answer (``text[start:end]``) counts another
    unit of time: "«nine months»" (0.52 with the days' sentence cut, in a report outside the seeds); "" otherwise.
    None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _UNIT_ASKED.search(question)
    if not asked:
        return ""
    given = {_time_unit(u) for u in _TIME_UNITS.findall(text, start, end)}
    if not given or _time_unit(asked.group(1)) in given:
        return ""
    return f"a count of {asked.group(1).lower()} (the passage gives “{text[start:end]}”)"


# "How many soldiers does Sweden have?", "How many troops will Sweden send?": the owner asked
_OWNER_COUNT_ASKED = re.compile(
    r"\b(?i:how)\s+many\s+([^?]*?)\s*\b(?:does|do|did|has|have|had|will|would|can|could)\s+"
    r"((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+(?:have|own|field|keep|employ|maintain|deploy|send|contribute|"
    r"get|need|possess|operate|run|fly|promised?|pledged?|donated?|give|given|sent|provided?|offered|offer)\b"
)
# "«20,000» troops from 13 countries", "«300» soldiers from France"
_COUNTED_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\s+from\s+(?:\w+\s+(?:other\s+)?(?:countries|nations|states|allies|members)|"
    r"(?:the\s+)?((?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)(?:\s+(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*))*))"
)


def count_from_elsewhere(question: str, text: str, start: int, end: int) -> str:
    """What "How many soldiers does Sweden have?" counts when the answer's number (``text[start:end]``) counts those
    from many countries or from another: "«20,000» troops from 13 countries conduct NATO drills in the high north of
    Sweden" (0.60 before, in a report outside the seeds; 0.65 for "How many troops will Sweden send to Latvia?"),
    then "«20,000 troops»" (0.48, 0.47); "" otherwise, and where they come from the owner asked. None of SQuAD v1.1
    train's 296 gold answers to such questions is flagged."""
    asked = _OWNER_COUNT_ASKED.search(question)
    number = _CARDINAL.search(text, start, end) if asked else None
    given = _COUNTED_FROM.match(text, number.end()) if number else None  # after the span, or inside it
    if not asked or not given:
        return ""
    owner, source = asked.group(2).removeprefix("the "), given.group(1)
    if source and (places.same_place(owner, source) or set(words(owner)) & set(words(source))):
        return ""
    return f"{owner}'s own {asked.group(1)} (the passage counts “{text[start : given.end()].strip()}”)"


# "How many Tomahawk missiles hit «Fordow»?": a count of what was aimed at a place; "fired «30» Tomahawk cruise missiles
# at Natanz and Isfahan"
_AIM_ASKED = re.compile(
    r"^\W*how\s+many\b.*\b(?:hit|hits|struck|strike|strikes|fired|fire|attack\w*|bomb\w*|launch\w*|aim\w*|"
    r"target\w*|shell\w*|land\w*|fell|fall|dropped)\b",
    re.I,
)
_COUNT_AIMED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*s\s+(?:at|on|against|into|toward|towards)\s+((?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s+(?:and|or)\s+|,\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*)*)"
)


def count_aimed_elsewhere(question: str, text: str, start: int, end: int) -> str:
    """What "How many Tomahawk missiles hit Fordow?" counts when the answer's number (``text[start:end]``) counts
    what was aimed at other places only: "submarines fired «30» Tomahawk cruise missiles at Natanz and Isfahan"
    (0.77, in a set of outside reports that count none at Fordow); "" otherwise, and where the places aimed at take
    in the one asked. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0 fit half's."""
    number = _CARDINAL.search(text, start, end) if _AIM_ASKED.search(question) else None
    aimed = _COUNT_AIMED.match(text, number.end()) if number else None
    if not number or not aimed:
        return ""
    counted = text[number.end() : aimed.start(1)]
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]*", question)[1:] if w.removesuffix("'s") not in counted]
    if not names or any(w.removesuffix("'s") in aimed.group(1) for w in names):
        return ""
    return f"what hit {' '.join(names)} (the passage counts “{text[number.start() : aimed.end()]}”)"


# "a three-«run» «home run»": a count inside one thing's name, then that thing; not "a four-way distinction"
_COUNT_INSIDE = re.compile(r"-(?!way\b|fold\b)[a-z]+\s+((?:[a-z]+\s+){0,2}[a-z]+)")


def count_inside_a_name(question: str, text: str, start: int, end: int) -> str:
    """What "How many home runs did Bichette hit?" counts when the answer (``text[start:end]``) only opens the name
    of one thing the question counts: "on a «three»-run home run by Bo Bichette" (0.49, in a set of outside reports
    on a baseball final); "" otherwise, and where the question counts what the compound does ("How many runs did
    the home run score?"). None of SQuAD v1.1 train's 2,794 gold answers to such questions is flagged."""
    how_many = _HOW_MANY.search(question)
    asked = _counted_words(how_many, _NOT_COUNTED) if how_many else []  # "home runs"
    named = _COUNT_INSIDE.match(text, end) if asked and _CARDINAL.fullmatch(text[start:end].strip()) else None
    if not named or not re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start]):
        return ""
    thing = named.group(1).split()[: len(asked)]
    if [stem(w) for w in thing] != [stem(w) for w in asked]:
        return ""
    return f"a count of {' '.join(asked)} (the passage tells of one {text[start : named.start(1)]}{' '.join(thing)})"


# "the «465»-seat lower house": a number that gives another thing's size, then the thing ("opposition bloc")
_SIZE_OF = re.compile(r"-([a-z]+)\b")
_SIZED_ONE = re.compile(r"(?:\s+(?!(?:with|of|in|on|at|for|and|to|from|by|that|which)\b)[a-z]+){1,3}")
# what the thing asked about won: "How many seats did the opposition bloc win?" ("a «nine»-party opposition bloc"), not
# what it is made of ("How many stories made up the tower?" beside "a nine-storey tower")
_GAINED_ASKED = re.compile(
    r"\b(?:win|won|get|got|take|took|receive|received|earn|earned|secure|secured|gain|gained|capture|captured)\b", re.I
)


def size_of_another_thing(question: str, text: str, start: int, end: int) -> str:
    """What "How many votes did Takaichi win?" counts when the answer's number (``text[start:end]``) only gives the
    size of another thing, and its sentence counts the noun asked by another number: "won 237 votes in the
    «465»-seat lower house" (0.58, in a set of outside reports on a prime minister's election), or the size of
    what the question asks about, for what it won: "How many seats did the opposition bloc win?" answered "nine" of
    "a «nine»-party opposition bloc" (0.65, in another such set on elections); "" otherwise. None of SQuAD v1.1
    train's 5,064 gold answers to "how many" questions is flagged."""
    how_many = _HOW_MANY.search(question)
    noun = _counted_noun(_counted_words(how_many)) if how_many else ""
    sized = _SIZE_OF.match(text, end) if noun and _CARDINAL.fullmatch(text[start:end].strip()) else None
    asked = {stem(w) for w in words(question)}
    if not sized or stem(sized.group(1)) in asked:
        return ""  # "How many seats …?"
    first, last = line_sentence(text, start, end)
    other = re.search(rf"\b\d[\d,.]*\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b", text[first:last])
    if other:
        return f"a count of {noun} (the passage counts “{other.group()}”)"
    sized_one = _SIZED_ONE.match(text, sized.end()) if _GAINED_ASKED.search(question) else None
    if sized_one and {stem(w) for w in sized_one.group().split() if is_content_word(w)} & asked:
        return f"a count of {noun} (“{text[start : sized_one.end()]}” gives its size)"
    return ""


_ONE_SIZED_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?$", re.I)  # "a «6.4» aftershock", "a magnitude 6.4"
# the singular noun after the number, ending its phrase: not "a 55,000 seat stadium", nor "364 juvenile offenders"
_ONE_SIZED = re.compile(r"\s+([a-z]+)(?=\s*[.,;:)]|\s+(?:[a-z]+ed|was|is|were|that|which|of|in|on|at|from|near|and)\b)")


def size_of_one_for_count(question: str, text: str, start: int, end: int) -> str:
    """What "How many aftershocks followed the quake?" counts when the answer's number (``text[start:end]``) gives
    the size of one of them: "followed minutes later by a «6.4» aftershock" (0.79, in a set of outside reports on an
    earthquake); "" otherwise. None of SQuAD v1.1 train's 5,098 gold answers to "how many" is flagged."""
    how_many = _HOW_MANY.search(question)
    noun = _counted_noun(_counted_words(how_many)) if how_many else ""
    if not noun or not re.fullmatch(r"\d[\d,.]*", text[start:end].strip()):
        return ""
    sized = _ONE_SIZED_BEFORE.search(text, max(0, start - 20), start)
    one = _ONE_SIZED.match(text, end) if sized else None
    if not sized or not one or one.group(1) == noun or stem(one.group(1)) != stem(noun):
        return ""
    return f"a count of {noun} (“{text[sized.start() : one.end()]}” gives the size of one)"


# One game, race or final the question names: "in the Super Bowl", "in the final"
_ONE_GAME_ASKED = re.compile(
    r"\b(?:in|during)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*|game|match|final|semi-?final|race)\b"
)
_SEASON_ASKED = re.compile(r"\b(?:season|career|campaign)\b", re.I)
# a count over a season or a career: "2,000 «yards in the regular season»", "30 «goals this season»"
_SEASON_AFTER = re.compile(
    r"(?:\s+[\w,-]+){0,4}?\s+(?:in|during|over|across|for|this|last)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:regular\s+season|season|career|campaign)\b",
    re.I,
)


def season_for_game(question: str, text: str, start: int, end: int) -> str:
    """What "How many yards did Saquon Barkley run in the Super Bowl?" counts when the answer's count
    (``text[start:end]``) is one over a season or a career: "ran for more than «2,000» yards in the regular season"
    (0.72, in a set of outside reports on a Super Bowl); "" otherwise, and where the question asks about a season.
    None of SQuAD v1.1 train's 1,042 gold answers to "how many" or "how much" in a named event is flagged."""
    game = _ONE_GAME_ASKED.search(question) if re.match(r"^\W*how\s+(?:many|much)\b", question, re.I) else None
    if not game or _SEASON_ASKED.search(question):
        return ""
    season = _SEASON_AFTER.match(text, end)
    return f"a count in the {game.group(1)}, not over a season or a career (“{season.group()}”)" if season else ""


# "«UPS» said it had", "«FedEx» operates": who has the count that follows
_OWNER_BEFORE = re.compile(
    r"\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+(?:(?:said|says)\s+(?:it|they)\s+(?:would\s+|will\s+)?)?(?:has|had|"
    r"have|owns|owned|operates|operated|runs|ran|flies|flew|employs|employed|fields|fielded|donate[sd]?|give|gives|"
    r"gave|send|sends|sent|provide[sd]?|pledge[sd]?|promise[sd]?|offer(?:s|ed)?)\s+(?:(?:about|some|nearly|almost|"
    r"around|more\s+than|over)\s+)?$"
)


def count_of_another_owner(question: str, text: str, start: int, end: int) -> str:
    """What "How many MD-11s does FedEx operate?" counts when the answer's number (``text[start:end]``) is one
    another owner has, named right before it: "UPS said it had «27» MD-11s" (0.49, in a set of outside reports on a
    cargo plane crash), or gives ("the European Union said it would donate about «175,000»" for how many doses Japan
    promised, 0.61, in a set on an outbreak); "" otherwise, and for an owner the question names too. None of SQuAD
    v1.1 train's 296 gold
    answers to such questions is flagged (1 before the question's names were set aside: "Uptown" in "How many square
    feet of office space did Houston have in Uptown?")."""
    asked = _OWNER_COUNT_ASKED.search(question)
    number = _CARDINAL.search(text, start, end) if asked else None
    given = _OWNER_BEFORE.search(text, line_sentence(text, start, end)[0], number.start()) if number else None
    if not asked or not given or given.group(1).split()[0].lower() in STOPWORDS:
        return ""
    owner, other = asked.group(2).removeprefix("the "), given.group(1)
    if set(words(other)) & set(words(question)) or places.same_place(owner, other):
        return ""
    return f"{owner}'s {asked.group(1)} (the passage counts those {other} has)"


# Events of two kinds, one seldom the other's toll: a collision is no earthquake. A fire or a collapse may be either.
_NATURAL_EVENT = (
    r"earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|"
    r"floods?|flooding|landslides?|mudslides?|avalanches?|eruptions?|droughts?|heat\s?waves?"
)
_MAN_MADE_EVENT = (
    r"collisions?|crash(?:es)?|accidents?|derailments?|attacks?|bombings?|blasts?|explosions?|shootings?|raids?|"
    r"airstrikes?|massacres?|ambush(?:es)?|wars?|fighting|clashes|riots?|stampedes?|shipwrecks?"
)
_EVENT_OF_A_KIND = re.compile(rf"\b(?:({_NATURAL_EVENT})|({_MAN_MADE_EVENT}))\b", re.I)
_ANY_EVENT = re.compile(
    rf"\b(?:{_NATURAL_EVENT}|{_MAN_MADE_EVENT}|fires?|wildfires?|bushfires?|blazes?|infernos?|collapses?)\b", re.I
)
_SET_OFF = re.compile(r",\s*(?:which|who|that)\b[^,]*,")  # "The crash, which came after the storm, killed five"
_DIED_IN = re.compile(
    rf"[^,;.]{{0,40}}?\b(?:died|killed|dead|perished|deaths)\s+(?:in|during|from|by)\s+(?:the|a|an)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?={_ANY_EVENT.pattern})",
    re.I,
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")  # "the «Camp »Fire", "the «Maui »wildfires"
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")  # "Hurricane« Ian»"
_NOT_A_NAME = frozenset("the a an this that since after before when as in of".split())


def _event_kind(match: re.Match[str]) -> int:
    """1 for a natural event, 2 for a man-made one."""
    return 1 if match.group(1) else 2


def _event_name(text: str, event: re.Match[str]) -> tuple[set[str], str]:
    """The capitalised words that name an event with its noun, in lower case, and the name as a reply writes it:
    before it ("the Maui wildfires", "the Camp Fire"; not "The"), else after a capitalised noun ("Hurricane Ian")."""
    before = _NAME_BEFORE.search(text, 0, event.start())
    named = [w for w in before.group().split() if w.lower() not in _NOT_A_NAME] if before else []
    if named:
        return {w.lower() for w in named}, f"the {' '.join(named)} {event.group()}"
    after = _NAME_AFTER.match(text, event.end()) if event.group()[0].isupper() else None
    return ({w.lower() for w in after.group().split()}, event.group() + after.group()) if after else (set(), "")


_EVENT_ASKED = re.compile(
    rf"\b(?:the|a|an|this|that|last|same)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NATURAL_EVENT}|{_MAN_MADE_EVENT})\b", re.I
)  # a noun: "the attack", "the Vienna bombing"; not "Who attacked …"


# "«62» people died in «Paiporta»"; "Of the dead, «39» were in «Wajima» and «22» in «Suzu»"
_DIED_IN_PLACE = re.compile(
    rf"(?:(?:\s+[\w-]+){{0,3}}?\s+(?:died|were\s+killed|was\s+killed|perished|were))?\s+(?:in|at)\s+"
    rf"({places.PLACE_NAME})"
)


# "a surge of «more than 15 feet» onto the coast at «Keaton Beach»": a figure, then where it was measured
_MEASURED_AT = re.compile(rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:at|in|near|off)\s+({places.PLACE_NAME})")
_FIGURE_ASKED = re.compile(r"^\W*how\s+(?:high|much|many|deep|strong|fast|far|long|big|large|heavy)\b", re.I)


_IN_A_PLACE_ASKED = re.compile(r"\bin\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\W*$")  # "… in Perry?"


def _may_hold(place: str, other: str) -> bool:
    """Whether ``other`` may lie in ``place``: a known place holds an unknown one ("Keaton Beach" in Florida), or
    one it overlaps ("Buenos Aires" in Argentina)."""
    known, inside = places.place(place), places.place(other)
    return known is not None and (inside is None or places.overlap(known, inside))


def figure_of_another_place(question: str, text: str, start: int, end: int) -> str:
    """What "How high was the storm surge in Perry?" asks when the answer's figure (``text[start:end]``) is given for
    another place named right after it, while its sentence names the place asked apart from it: "came ashore … near
    Perry, pushing a surge of «more than 15 feet» onto the coast at Keaton Beach" (0.73, an unanswerable question in
    a set of outside reports on a hurricane); "" otherwise, and where the sentence leaves the place asked unnamed
    (Keaton Beach may lie in the place asked). None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = _IN_A_PLACE_ASKED.search(question) if _FIGURE_ASKED.match(question) else None
    said = _MEASURED_AT.match(text, end) if asked else None
    if not asked or not said:
        return ""
    place, other = asked.group(1), said.group(1).rstrip(".")
    if places.same_place(place, other) or set(words(place)) & set(words(other)) or _may_hold(place, other):
        return ""
    first, last = line_sentence(text, start, end)
    elsewhere = text[first:start] + " " + text[said.end() : last]
    # the place asked named as where something else happened ("near Perry"), not as the one that has the figure
    # ("Plymouth has five fire stations located in Camel's Head") nor as what holds the other ("Chennai, India")
    if not re.search(rf"\b(?:near|in|at|off|outside|over)\s+(?:the\s+)?{re.escape(place)}\b", elsewhere):
        return ""
    if re.match(rf",\s+{re.escape(place)}\b", text[said.end() :]):  # "Chennai, India"
        return ""
    return f"the figure in {place}, not in {other}"


def toll_of_another_place(question: str, text: str, start: int, end: int) -> str:
    """What "How many people died in Valencia city?" asks when the answer's count (``text[start:end]``) died in
    another place, named right after it: "At least «62» people died in Paiporta, a town … south of Valencia" (0.47,
    in a set of outside reports on the Valencia floods), or "Of the dead, «39» were in Wajima" for how many died in
    Nanao (0.55, in a set on an earthquake); "" otherwise, and for the place asked spelt another way. 1 of SQuAD v1.1
    train's 125 gold answers to how many died is flagged (a place misspelt: "Breuit" for Beirut)."""
    asked = IN_PLACE_ASKED.search(question) if DEATHS_ASKED.search(question.strip()) else None
    said = _DIED_IN_PLACE.match(text, end) if asked else None
    if not asked or not said:
        return ""
    place, other = asked.group(1), said.group(1)
    if places.same_place(place, other) or set(words(place)) & set(words(other)):
        return ""
    return f"the toll in {place.removesuffix(' city')}, not in {other}"


_SHOCK_ASKED = re.compile(r"\b(after|fore)shocks?\b", re.I)
_QUAKE = re.compile(r"\b(?:earth)?quakes?\b", re.I)


def main_quake_for_aftershock(question: str, text: str, start: int, end: int) -> str:
    """Says "the aftershock, not the main quake" when a question about an aftershock (or a foreshock) is answered
    from a sentence that tells of a quake and of no aftershock: "an earthquake with a magnitude of «7.6» struck" for
    what magnitude the largest aftershock was (0.48, an unanswerable question in a set of outside reports on an
    earthquake); "" otherwise. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0 fit
    half's."""
    asked = _SHOCK_ASKED.search(question)
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    sentence = text[first:last]
    if _SHOCK_ASKED.search(sentence) or not _QUAKE.search(sentence):
        return ""
    return f"the {asked.group(1).lower()}shock, not the main quake"


def event_the_report_lacks(question: str, text: str, start: int, end: int) -> str:
    """What a question on "the attack" asks when the report (``text``) opens on an event of the other kind and never
    tells of the one asked, by noun or verb: "How many people were injured in the attack?" answered "«329» injured"
    from a report of an earthquake (0.67 before, in a set of outside reports on a quake and a foiled attack). ""
    where the question names both kinds. None of SQuAD v1.1 train's 87,599 gold answers is flagged, nor of the v2.0
    fit half's."""
    asked = _EVENT_ASKED.search(question)
    if not asked or len({_event_kind(m) for m in _EVENT_OF_A_KIND.finditer(question)}) != 1:
        return ""
    noun = _EVENT_OF_A_KIND.search(asked.group())
    assert noun is not None
    opening = FIRST_SENTENCE.match(text)  # the headline and first sentence: what the report is about
    told = {_event_kind(m): m.group() for m in _EVENT_OF_A_KIND.finditer(opening.group() if opening else text[:400])}
    if not told or _event_kind(noun) in told or stem(noun.group()) in {stem(w) for w in words(text)}:
        return ""
    return f"the {noun.group().lower()}, not the {next(iter(told.values())).lower()} the report tells of"


_THE_NAMED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){1,3}$")  # "the «Eaton» fire"
_EARLIER_ONE = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+)?$", re.I)  # "the last major «quake»"


def toll_of_another_event(question: str, text: str, start: int, end: int) -> str:
    """What "How many people died in the collision?" asks when the answer (``text[start:end]``) is the toll of an
    event of another kind: "48" of "to deliver aid to those caught up in a powerful earthquake that struck on New
    Year's Day, killing at least «48» people" (0.62 before, in a report outside the seeds); or of another named one,
    where the question names its own ("How many people died in the Maui wildfires?" answered "85" of "the deadliest
    wildfire since the Camp Fire killed at least «85» people", 0.70 with the answer's sentences cut); or of an earlier
    one ("The last major quake in Afghanistan, in Herat province …, killed about «1,500» people", 0.72 cut), a name
    before a noun in lower case too ("«16» were killed in the Eaton fire" for the Palisades fire's, 0.60). The event
    is the last one named before a toll that follows it ("killing", "killed"), a clause set off by commas passed over,
    or the one it died in ("«14» people were killed in the earthquake"); "" otherwise, where the question asks both
    kinds or none, and for an event the question names. None of SQuAD v1.1 train's 87,599 gold answers is flagged."""
    asked = list(_ANY_EVENT.finditer(question)) if DEATHS_ASKED.search(question.strip()) else []
    if not asked:
        return ""
    first, _ = line_sentence(text, start, end)
    died_in = _DIED_IN.match(text, end)
    if died_in:
        said, where = _ANY_EVENT.match(text, died_in.end()), text
    elif _TOLL_BEFORE.search(text, max(first, start - 30), start):
        where = _SET_OFF.sub(",", text[first:start])
        found = list(_ANY_EVENT.finditer(where))
        said = found[-1] if found else None
    else:
        return ""
    if said is None:
        return ""
    if _EARLIER_ONE.search(where, max(0, said.start() - 30), said.start()):  # "The last major «quake»"
        return f"the toll of the one asked, not of an earlier {said.group().lower()}"
    # a name: "the Camp Fire", "the Eaton fire" (not "Sunday's attack")
    is_named = said.group()[0].isupper() or _THE_NAMED.search(where, 0, said.start())
    named, name = _event_name(where, said) if is_named else (set(), "")
    asked_named, asked_name = _event_name(question, asked[-1])
    if named and asked_named and not named & {w.lower() for w in words(question)}:
        return f"the toll of {asked_name}, not of {name}"
    kinds = {_event_kind(m): m.group() for m in _EVENT_OF_A_KIND.finditer(question)}
    kind = _EVENT_OF_A_KIND.fullmatch(said.group())
    if not kinds or not kind or _event_kind(kind) in kinds:
        return ""
    return f"the toll of the {next(iter(kinds.values())).lower()}, not of the {said.group().lower()}"


# "Game 2", "Apollo 11": one of a numbered series, as the question names it
_OF_A_SERIES = re.compile(rf"\b(?!(?i:{MONTH_WORD})\b)([A-Z][a-z]+)\s+(\d{{1,3}})\b(?![\d:.,]\d)")  # not "April 25"


def other_numbered(question: str, text: str, start: int, end: int) -> str:
    """What a question about one of a numbered series asks ("Game 2") when the answer's sentence (around
    ``text[start:end]``) names another of the series and never the one asked: "How many pitches did Yamamoto throw in
    Game 2?" answered "96" (0.62, in a set of outside reports) from "He threw «96» pitches in Game 6"; "" otherwise,
    and for an answer that is itself one of them ("Which game …?" → "Game 2"), and for a month's day. 6 of SQuAD
    v1.1 train's 2,191 gold answers to questions that name one are flagged ("Convention 183" asked of "Convention
    182", "Windows 8" of a sentence that compares "Windows 95")."""
    asked = _OF_A_SERIES.findall(question)
    if not asked or _OF_A_SERIES.search(text[start:end]):
        return ""
    first, last = line_sentence(text, start, end)
    said = _OF_A_SERIES.findall(text[first:last])
    for series, number in asked:
        others = [n for s, n in said if s == series]
        if others and not re.search(rf"\b{series}\s+{number}\b", text[first:last], re.I):  # "channel 65"
            return f"{series} {number} (the passage speaks of {series} {others[0]})"
    return ""


# "a «two-year» fix", "«10,000-metre» race", "«fourth-quarter» revenue": a kind named by a number and a unit
_NUMBERED_KIND = re.compile(
    rf"\b({_CARDINAL.pattern}|{ORDINAL})-(years?|months?|weeks?|days?|hours?|quarters?|metres?|meters?|miles?|"
    r"kilometres?|kilometers?|seats?|members?|storey|story|lanes?|games?|points?)\s+([a-z][\w-]*)",
    re.I,
)


_SPELT_NUMBERS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_SPELT_NUMBERS |= {w: str(i + 1) for i, w in enumerate("first second third fourth fifth sixth seventh eighth".split())}


def _number_key(number: str) -> str:
    """One spelling of a number: "three" and "3", "fourth" and "4th", "10,000" and "10000" alike."""
    lower = number.lower().replace(",", "")
    return _SPELT_NUMBERS.get(lower) or re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", lower)


def other_numbered_kind(question: str, text: str, start: int, end: int) -> str:
    """What "What will Nationwide's cheapest two-year fix fall to?" asks when the answer's sentence (around
    ``text[start:end]``) names the same thing with another number and never the one asked: "Its cheapest five-year
    fix will fall to «3.89%»" (0.64, in a set of outside reports on mortgage rates); "" otherwise. None of SQuAD v1.1
    train's 37 gold answers to questions that name such a kind is flagged ("ten-year" of "10-year" is no other)."""
    asked = [m.groups() for m in _NUMBERED_KIND.finditer(question)]
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    said = [
        (_number_key(m.group(1)), stem(m.group(2)), stem(m.group(3)), m.group())
        for m in _NUMBERED_KIND.finditer(text, first, last)
    ]
    for number, unit, thing in asked:
        kind = (_number_key(number), stem(unit), stem(thing))
        others = [phrase for n, u, t, phrase in said if (u, t) == kind[1:] and n != kind[0]]
        if others and kind not in {s[:3] for s in said}:
            return f"the {number}-{unit} {thing} (the passage gives “{others[0]}”)"
    return ""


# Currencies as news names them, each with its other names
_CURRENCIES = {"greenback": "dollar", "sterling": "pound", "renminbi": "yuan", "rouble": "ruble"}
_CURRENCY = r"(?:dollar|euro|yen|pound|sterling|yuan|renminbi|franc|rupee|won|ruble|rouble|peso|lira|rand|greenback)"
# "fell half a cent «against the dollar»", "rose 1% versus the greenback"
_AGAINST_CURRENCY = re.compile(rf"\b(?:against|versus|vs\.?)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?({_CURRENCY})s?\b", re.I)


def _currency(name: str) -> str:
    """One name of a currency: "greenback" is "dollar", "sterling" "pound"."""
    return _CURRENCIES.get(name.lower(), name.lower())


def against_another_currency(question: str, text: str, start: int, end: int) -> str:
    """What "How much did sterling fall against the euro?" asks when the answer's sentence (around
    ``text[start:end]``) gives the move against another currency only: "Sterling fell «about half a cent» against
    the dollar" (0.58, in a set of outside reports on a rate cut); "" otherwise. SQuAD v1.1 train asks no such
    question."""
    asked = _AGAINST_CURRENCY.search(question)
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    said = {_currency(m.group(1)) for m in _AGAINST_CURRENCY.finditer(text, first, last)}
    if not said or _currency(asked.group(1)) in said:
        return ""
    return f"a move against the {asked.group(1).lower()} (the passage gives one against the {min(said)})"


# "What was the flight number?": a number that names one, not one that counts
_IDENTIFIER_ASKED = re.compile(
    r"\b(flight|jersey|shirt|case|serial|model|route|bus|room|house|phone|account|licen[cs]e|badge|car|seat|"
    r"platform|gate|lot|patent|bill)(?:['’]s)?\s+number\b",
    re.I,
)
_COUNTS_AFTER = re.compile(r"\s+(?:of\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,5}?[a-z]+s\b|[a-z]+s\b)")


def count_for_identifier(question: str, text: str, start: int, end: int) -> str:
    """What "What was the flight number?" asks when the answer (``text[start:end]``) is a number that counts, the
    things it counts right after it: "grounded all «65» of its Boeing 737 MAX 9 planes" (0.50, in a set of outside
    reports on a blown-out door plug), "«171» passengers"; "" otherwise. SQuAD v1.1 train asks one such question,
    its gold answer not flagged."""
    asked = _IDENTIFIER_ASKED.search(question)
    number = _last_count(text, start, end) if asked else None
    counts = _COUNTS_AFTER.match(text, end) if number else None
    if not asked or not number or not counts:
        return ""
    return f"a {asked.group(1).lower()} number, not a count (“{text[start + number.start() : counts.end()]}”)"


# A price asked as paid ("How much did the stake cost?") or as got for a sale ("… sell it for?")
_PAID_ASKED = re.compile(r"\b(?:cost|costs|pay|paid|buy|bought|spend|spent|purchas\w*|acquir\w*)\b", re.I)
_SOLD_ASKED = re.compile(r"\b(?:sell|sells|sold|sale|fetch\w*)\b", re.I)
_HEDGE = r"(?:(?:about|around|some|nearly|roughly|almost|over|under|more\s+than|less\s+than|just)\s+)?"
_SOLD_BEFORE = re.compile(rf"\b(?:sold|sells?|selling|fetched)\s+(?:[\w'’-]+\s+){{0,4}}?for\s+{_HEDGE}$", re.I)
_PAID_BEFORE = re.compile(
    rf"\b(?:bought|buys?|buying|paid|pays?|paying|acquired|purchased)\s+(?:[\w'’-]+\s+){{0,4}}?for\s+{_HEDGE}$", re.I
)


def sold_for_bought(question: str, text: str, start: int, end: int) -> str:
    """What "How much did Anthropic's stake cost FTX?" asks when the answer (``text[start:end]``) is the price it
    sold for: "a stake in Anthropic that it sold for «about $884 million»" (0.60, an unanswerable question in a set
    of outside reports on a fraud trial), and the other way round; "" otherwise. None of SQuAD v1.1 train's 308 gold
    figures to such questions is flagged."""
    paid, sold = _PAID_ASKED.search(question), _SOLD_ASKED.search(question)
    if bool(paid) == bool(sold):
        return ""
    before = text[max(0, start - 80) : start]
    if paid and _SOLD_BEFORE.search(before):
        return "what was paid, not what it sold for"
    if sold and _PAID_BEFORE.search(before):
        return "what it sold for, not what was paid"
    return ""


# "with about «32» percent": a share; "101 seats in the «257»-seat lower house": the size of the whole
_A_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)
# not "How many of the richest families …?", which a share answers ("77 percent of the richest families")
_COUNT_ASKED = re.compile(r"\bhow\s+many\s+(?!percent|per\s+cent|percentage|of\b)([a-z]+)\b(.*)", re.I)
_WHOLE_AFTER = re.compile(r"-([a-z]+)((?:\s+(?!(?:and|or|in|of|on|at|to|with|for|by|from)\b)[A-Za-z-]+){1,3})")
# the count of the same unit before the whole: "101 seats in the «257»-seat lower house"
_COUNT_IN_THE_WHOLE = r"\d[\d,.]*\s+{unit}\w*\s+(?:in|of|out\s+of)\s+(?:the|a|an|its|their)\s+$"
_THE_WHOLE_ASKED = re.compile(r"\s+(?:are|is|were|was)\s+(?:there\s+)?(?:in|at)\b", re.I)  # "seats are in the house"


def share_or_whole_for_count(question: str, text: str, start: int, end: int) -> str:
    """What a "how many" question asks when the answer (``text[start:end]``) is a bare share, its unit left out
    ("came second with about «32» percent", 0.49 for how many seats Fuerza Patria won; votes and seats are
    ``share_for_votes``'s), or the size of the whole the count is of ("101 seats in the «257»-seat lower house", 0.64
    for how many seats Milei's party will have; both in a set of outside reports); "" otherwise, and for a question
    about the whole itself ("How many seats does the lower house have?"). A share with its unit ("27.7%") is left:
    SQuAD answers some "how many" questions so. 2 of SQuAD v1.1 train's 5,099 gold answers to "how many" questions
    are flagged ("in Nevada «6» percent were given the death penalty")."""
    asked = _COUNT_ASKED.search(question)
    if not asked or not re.fullmatch(r"[\d,.]+", text[start:end].strip()):
        return ""
    unit = stem(asked.group(1))
    share = _A_SHARE_AFTER.match(text, end)
    if share and unit not in {"vote", "seat"}:  # those are ``share_for_votes``'s
        return f"a count, not a share (“{text[start : share.end()]}”)"
    whole = _WHOLE_AFTER.match(text[end : end + 60])
    before = text[max(0, start - 40) : start]
    if not whole or stem(whole.group(1)) != unit or not re.search(_COUNT_IN_THE_WHOLE.format(unit=unit), before):
        return ""
    head = whole.group(2).split()[-1]
    if stem(head) in {stem(w) for w in words(asked.group(2))} and (
        _THE_WHOLE_ASKED.match(asked.group(2))
        or not re.search(rf"\b(?:in|of|at)\s+(?:the\s+)?(?:[\w-]+\s+)*{re.escape(head)}\b", asked.group(2), re.I)
    ):
        return ""  # "How many seats does the lower house have?", "How many seats are in the lower house?"
    the = text[max(0, start - 4) : start].lstrip()
    return f"a count, not the size of the whole (“{the}{text[start:end]}{whole.group()}”)"
