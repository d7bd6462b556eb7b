"""Places by name, and the countries they are in: a visit to Islamabad is not one to Washington, and one to
Beijing is one to China. Also the names of peoples ("Pakistani" for Pakistan) and of one country or body however
written ("US", "U.S.", "American").

``qa/data/places.tsv`` comes from GeoNames (https://www.geonames.org, CC BY 4.0; ``scripts/make_places.py``):
countries, US states, and cities of 100,000 people or more, each with the ISO codes of the countries a place of
that name is in ("Georgia": GE and US).
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa.lexical import initials_of, stem, words

TABLE = Path(__file__).with_name("data") / "places.tsv"
# How news writes some countries: "U.S.", "America", "Britain".
_ALIASES = {"us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states"}
_ALIASES |= {"america": "united states", "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom"}
_ALIASES |= {"netherlands": "the netherlands", "holland": "the netherlands", "czech republic": "czechia"}


@dataclass(frozen=True)
class Place:
    name: str
    countries: frozenset[str]  # ISO codes of the countries a place so named is (in)
    country: bool  # the name is a country's
    city: bool = False  # and a city's too: "Singapore", "Mexico", "Panama"


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, kind, codes = line.split("\t")
        known = places.get(name.lower())
        countries = frozenset(codes.split(",")) | (known.countries if known else frozenset())
        country, city = kind == "country" or bool(known and known.country), kind == "city" or bool(known and known.city)
        places[name.lower()] = Place(name, countries, country, city)
    return places


def place(name: str) -> Place | None:
    """The place of that name ("Pakistan's" is Pakistan; "Washington." at a sentence's end is Washington), or None
    for a name that is no known place."""
    key = re.sub(r"['’]s$", "", name.strip()).lower()
    for k in (key, key.rstrip(".")):
        if (found := _table().get(_ALIASES.get(k, k))) is not None:
            return found
    return None


# A run of capitalised words, "of" and the small words of other languages' place names allowed between them:
# "Mexico City", "Bank of England", "St. Louis", "Dar es Salaam", "Rio de Janeiro"; not on past a line's end or a
# sentence's ("in Spain and Portugal. Officials said": "Portugal", not "Portugal. Officials")
PLACE_NAME = (
    r"[A-Z][\w.'’-]*(?:(?<![a-z]{3}\.)[^\S\n]+(?:(?:of|es|de|del|da|do|dos|di|du|la|el)[^\S\n]+)?[A-Z][\w.'’-]*)*"
)
_NAME_RUN = re.compile(rf"\b{PLACE_NAME}")


def named_in(text: str) -> list[tuple[str, Place]]:
    """The known places the text names, each as written: the longest one that ends a run of capitalised words
    ("Mexico City", not "Mexico"; "Lanzhou" in "Gansu and Lanzhou"). A place that opens a longer name is the
    name's: "US Geological Survey" names no place."""
    found: list[tuple[str, Place]] = []
    for run in _NAME_RUN.finditer(text):
        ws = run.group().rstrip(".").split()
        named = ((n, p) for i in range(len(ws)) if (p := place(n := " ".join(ws[i:]))) is not None)
        found.extend(itertools.islice(named, 1))
    return found


def overlap(a: Place, b: Place) -> bool:
    """One may be in the other: a city and its country, a country and itself (a city is in no other city)."""
    return bool((a.country or b.country) and a.countries & b.countries)


# What a country's name gains to name its people: Pakistan-i, India-n, America-n, Austral-ian, Mexic-an, Chin-ese
# (stem "chin-es")
PEOPLE_ENDINGS = frozenset(("i", "n", "an", "ian", "ese", "ish", "istan", "es"))


@lru_cache(maxsize=4096)
def people_of(adjective: str) -> Place | None:
    """The country whose people the adjective names ("Afghan": Afghanistan, "Indian": India, "Chinese": China), or
    None ("European", "Western", and those the endings miss: "French", "American"). Of two, the longer name:
    "Nigerian" is Nigeria's, though Niger's name with "-ian"."""
    word = adjective.lower()
    if len(word) < 4:
        return None
    found = [
        p
        for name, p in _countries_by_prefix().get(word[:4], ())
        # "afghan" of "afghanistan"; not "mexico"
        if _ends_as_people(word, name) or len(word) >= 5 and name.startswith(word) and name != word
    ]
    return max(found, key=lambda p: len(p.name), default=None)


@lru_cache(maxsize=1)
def _countries_by_prefix() -> dict[str, list[tuple[str, Place]]]:
    """The one-word names of countries by their first four letters, which the name of their people shares
    (``people_of``): looking through the whole table for each new word took 8% of the checks' time."""
    index: dict[str, list[tuple[str, Place]]] = {}
    for name, p in _table().items():
        if p.country and " " not in name:
            index.setdefault(name[:4], []).append((name, p))
    return index


def _ends_as_people(people: str, country: str) -> bool:
    """``people`` is ``country`` with a people's ending, a final "a" or "o" giving way to it: "chin-ese" of
    "china", "mexic-an" of "mexico", "india-n" of "india"."""
    base = country[:-1] if country.endswith(("a", "o")) and not people.startswith(country) else country
    return len(base) >= 4 and people.startswith(base) and people[len(base) :] in PEOPLE_ENDINGS


# Names of a country and of its people that share no first three letters ("Indian" is India's, "Pakistani" is
# Pakistan's: those do).
DEMONYMS = {"french": "france", "dutch": "netherlands", "danish": "denmark", "irish": "ireland", "welsh": "wales"}
DEMONYMS |= {"filipino": "philippines", "british": "britain", "swiss": "switzerland"}
DEMONYM = r"[A-Z][a-z]+(?:an|ian|ese|ish|i)"  # "American", "Chinese", "British", "Pakistani"
DEMONYM_ENDINGS = ("an", "ian", "i", "ese", "ish")  # what a country's name may end in as its people's: "Indian"
# Names of a people that no ending derives from their country's (or Europe's): "Afghan", "Portuguese", "Greek"
_PEOPLE_APART = {"afghan": "afghanistan", "uzbek": "uzbekistan", "kazakh": "kazakhstan", "tajik": "tajikistan"}
_PEOPLE_APART |= {"portuguese": "portugal", "european": "europe", "greek": "greece", "thai": "thailand"}
_PEOPLE_APART |= {"spanish": "spain", "swedish": "sweden", "finnish": "finland", "turkish": "turkey"}
_PEOPLE_APART |= {"norwegian": "norway", "peruvian": "peru", "congolese": "congo", "lebanese": "lebanon"}
_PEOPLE_APART |= {"scottish": "scotland", "israeli": "israel", "belgian": "belgium", "slovak": "slovakia"}
_PEOPLE_APART |= {"german": "germany", "somali": "somalia", "singaporean": "singapore", "burmese": "myanmar"}
_PEOPLE_APART |= {"senegalese": "senegal", "cypriot": "cyprus", "zimbabwean": "zimbabwe", "argentine": "argentina"}
_PEOPLE_APART |= {"polish": "poland", "laotian": "laos", "malagasy": "madagascar"}
_PEOPLES = DEMONYMS | _PEOPLE_APART
_COUNTRY_OF = {stem(people): stem(country) for people, country in _PEOPLES.items()}


def is_people(word: str) -> bool:
    """The word names a country's people ("Bangladeshi", "Indian", "French")."""
    return word.lower() in _PEOPLES or people_of(word) is not None


def names_people_of(people: str, country: str) -> bool:
    """``people`` (a stem) names the people of ``country``: "pakistani" of "pakistan", "chines" of "china"; not
    "nigerian" of the country "niger", a longer name's people (but "serbian" of "serb")."""
    if _COUNTRY_OF.get(people) == country:
        return True
    return _ends_as_people(people, country) and not _of_a_longer_country(people, country)


def _of_a_longer_country(people: str, country: str) -> bool:
    """``people`` names the people of a country whose name starts with another's: "nigerian" of Nigeria, not
    Niger."""
    named, longer = place(country), people_of(people)
    return bool(
        named and named.country and longer and stem(longer.name) != country and longer.name.lower().startswith(country)
    )


_PEOPLE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


@lru_cache(maxsize=4096)
def country_of_people(word: str) -> Place | None:
    """The country whose people the word names, one or many: "Nepalis", "French", "Americans", "Ukrainian" (a
    country's name less its "e" or "a" with "-ian" or "-n" for its people: "Ukraine", "Cuba"); None for other words
    ("Christian")."""
    for w in dict.fromkeys((word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word)):
        lower = w.lower()
        if lower in _PEOPLES:
            return place(_PEOPLES[lower])
        if (found := people_of(w)) and found.name.lower()[len(lower) :] not in ("land", "lands"):
            return found  # "Czech" of Czechia, "Kyrgyz" of Kyrgyzstan; not "Greens" of Greenland
        for ending in ("ian", "n"):
            root = w[: -len(ending)] if w.endswith(ending) else ""
            for name in (root, f"{root}e", f"{root}a") if root else ():
                if (named := place(name)) is not None and named.country:
                    return named
    return None


@lru_cache(maxsize=64)
def countries_named(text: str) -> tuple[frozenset[str], ...]:
    """The ISO codes of each place and people that ``text`` names ("Kathmandu": NP, "French": FR, "Birmingham": GB
    and US), in order; kept for the report's next candidate."""
    peoples = (country_of_people(m.group()) for m in _PEOPLE_WORD.finditer(text))
    return (*(p.countries for _, p in named_in(text)), *(p.countries for p in peoples if p is not None))


# A country's people set before its state's voice: "Austrian «authorities»", "Austrian «officials» said"; not
# "Indian military targets", which are in India, not India's doing.
_OFFICIALS_OF = re.compile(
    rf"\b({DEMONYM}|{'|'.join(w.title() for w in DEMONYMS)})\s+(?:officials?|authorities|government|ministry|"
    r"ministers?|chancellor|president|prime\s+minister|police|prosecutors?|intelligence|diplomats?|embassy|"
    r"leaders?|spokes(?:man|woman|person))\b"
)


def named_by_officials(key: tuple[str, ...], text: str) -> set[str]:
    """The question's countries (stems of ``key``) that ``text`` names by their officials: "Austria" in "Austrian
    officials said", so that "Who is Austria's interior minister?" is not answered as about another country."""
    peoples = {stem(m.group(1)) for m in _OFFICIALS_OF.finditer(text)}
    return {t for t in key if any(names_people_of(p, t) for p in peoples)}


def same_name(a: str, b: str) -> bool:
    """The same place or people, or the same name spelt another way ("Tuscon", "Tucson"); never two countries
    whose names start alike ("Iran", "Iraqi"; "Austria", "Australian")."""
    a, b = a.lower(), b.lower()
    if _two_countries(a, b):
        return False
    return same_spelling(a, b) or a[:3] == b[:3] or DEMONYMS.get(a) == b or DEMONYMS.get(b) == a


def _two_countries(a: str, b: str) -> bool:
    """Each word names a country, by its name or its people's, and not the same one."""
    found = [p if (p := place(w)) is not None and p.country else people_of(w) for w in (a, b)]
    return None not in found and found[0] != found[1]


def same_spelling(a: str, b: str) -> bool:
    """One name, perhaps misspelt ("Tuscon", "Tucson"): not another that starts the same ("Bernburg", "Berlin"),
    which ``same_name`` takes for a people's name ("Pakistani", "Pakistan")."""
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75


# Unlike ``_ALIASES`` (names of places, for the table), these map peoples too, and to the initials ``same_place``
# compares: "American" is the US, "British" the UK, though neither is a place.
_SHORT_NAMES = {"american": "US", "americans": "US", "america": "US", "britain": "UK", "british": "UK"}


def initials_of_people(a: str, b: str) -> bool:
    """One word is a country's initials and the other its people ("UK" and "British", "US" and "American"): news
    writes "UK soldiers" for British ones. A country's name is not its people ("India" used a missile, "Indian"
    targets were hit): only initials stand for both."""
    a, b = a.lower(), b.lower()
    return any(x in ("us", "uk") and _SHORT_NAMES.get(y) == x.upper() for x, y in ((a, b), (b, a)))


def same_place(a: str, b: str) -> bool:
    """One country or body, however written: "US", "U.S.", "United States", "American"; "Pakistan" and "Pakistani
    Army". Every word of the shorter name must be found in the longer: "United Nations" is not "United States", nor
    "North Korea" "South Korea"."""
    a, b = _SHORT_NAMES.get(a.lower(), a), _SHORT_NAMES.get(b.lower(), b)
    if initials_of(a) == b.replace(".", "") or initials_of(b) == a.replace(".", ""):
        return True
    shorter, longer = sorted((words(a), words(b)), key=len)
    return bool(shorter) and all(any(same_name(x, y) for y in longer) for x in shorter)
