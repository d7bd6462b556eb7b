"""The question's terms and how well a sentence covers them: shared terms, key terms it lacks, echoes.

A question about "the outcome of the Counterterrorism Dialogue" is not answered
by a sentence that names the dialogue but no outcome. Terms are compared after
Snowball stemming, so "extradite" meets "extraditing". Names and numbers are
*key* terms: a sentence that lacks one answers a different question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d")
NAME = r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*"  # capitalised words: "Jamieson Greer", "Dar"
PRONOUNS = frozenset("he she they it we i you who which this that".split())
_HANDLE_NAME = re.compile(r"@(\w+)")
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # "MIshaqDar50": M, Ishaq, Dar, 50
STOPWORDS = frozenset(
    """a an the of in on at to for from by with about as into onto upon over under after before
during since until between among through against within without and or but nor so yet if then than that this these those
there here is are was were be been being am do does did done doing has have had having will would shall should can
could may might must what which who whom whose when where why how whatever it its it's they them their theirs he him
his she her hers we us our you your i me my mine one ones some any each every other another such same also just
only very more most much many not no yes own up down out off again further once all both few else whats whos wheres
whens hows whys""".split()
)
APOSTROPHE_S = re.compile(r"['’]s$")  # "Munir's", an owner; "What's", a contracted "is"
# Words that shape a question but carry no content to look for in the evidence.
QUESTION_FRAME = frozenset(
    """name named names call called kind type sort happen happened happens according say said
says tell told give given describe described mention mentioned refer referred term termed year date day time
number amount percent percentage""".split()
)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# Irregular pasts, which Snowball leaves whole: "How many drones did the jets shoot down?" is answered by "jets shot
# down three". Only forms that name nothing else ("found" is also to found, "left" a side, "saw" a tool, "fed" the Fed).
_IRREGULAR_PASTS = """arise arose arisen|beat beaten|become became|begin began begun|bleed bled|blow blew blown|
break broke broken|bring brought|build built|burn burnt|buy bought|catch caught|choose chose chosen|come came|
deal dealt|dig dug|draw drew drawn|drive drove driven|eat ate eaten|fall fell fallen|feel felt|fight fought|flee fled|
fly flew flown|forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|
get got gotten|give gave given|go went gone|grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|
know knew known|lead led|lend lent|lose lost|make made|mean meant|meet met|oversee oversaw overseen|
overthrow overthrew overthrown|overtake overtook overtaken|pay paid|rebuild rebuilt|ride rode ridden|ring rang rung|
rise rose risen|run ran|seek sought|sell sold|send sent|shake shook shaken|shine shone|shoot shot|sing sang sung|
sink sank sunk|sit sat|sleep slept|speak spoke spoken|spend spent|stand stood|steal stole stolen|stick stuck|
strike struck stricken|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|
tear tore torn|think thought|throw threw thrown|undertake undertook undertaken|uphold upheld|wake woke woken|
wear wore worn|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|write wrote written"""
_BASE_OF = {form: forms.split()[0] for forms in _IRREGULAR_PASTS.replace("\n", "").split("|") for form in forms.split()}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased, accents folded ("Beyoncé" meets "Beyonce"), possessive dropped, an irregular past read as its
    verb, Snowball-stemmed."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    plain = folded.replace("’", "'").removesuffix("'s")
    return _stemmer().stemWord(_BASE_OF.get(plain, plain))


def words(text: str) -> list[str]:
    return WORD.findall(text)


# Bodies news writes by their initials: a question's "United States" is in a text that says "US" or "U.S.".
# "America's top diplomat" is in a text that says "US Secretary of State".
INITIALS = {"US": "United States America", "USA": "United States America", "UK": "United Kingdom"}
INITIALS |= {"UN": "United Nations", "EU": "European Union"}
_DOTTED = (re.escape(".".join(k) + ".") for k in INITIALS)  # "U.S."
_INITIALLED = re.compile(r"\b(?:" + "|".join([*INITIALS, *_DOTTED]) + r")(?!\w)")
# and the other way: a question's "UN" is in a text that says "United Nations"
_SPELT_OUT = {k: re.compile(r"\b" + r"\s+".join(v.split()[:2]) + r"\b") for k, v in INITIALS.items()}


_PREFIXES = frozenset("co ex vice non pre post anti pro re sub semi mid self multi inter counter de un".split())


def _split_asked(word: str) -> bool:
    """A hyphened word the question asks for part by part: not one whose first part is a prefix."""
    return "-" in word and word.split("-", 1)[0].lower() not in _PREFIXES


# Titles news writes short, before a name: "Istanbul Gov. Muammer Guler", "Coast Guard Capt. Lincoln Stroh"
_TITLES_SHORT = {
    "Gov": "governor",
    "Sen": "senator",
    "Rep": "representative",
    "Gen": "general",
    "Capt": "captain",
    "Lt": "lieutenant",
    "Sgt": "sergeant",
    "Col": "colonel",
    "Maj": "major",
    "Adm": "admiral",
    "Cmdr": "commander",
    "Supt": "superintendent",
    "Insp": "inspector",
    "Det": "detective",
    "Prof": "professor",
    "Atty": "attorney",
}
_TITLE_SHORT = re.compile(r"\b(" + "|".join(_TITLES_SHORT) + r")\.")


@lru_cache(maxsize=2048)
def stems(text: str) -> frozenset[str]:
    """The stems of the text's words, of the names its initials stand for ("U.S.": united, state) and its short
    titles ("Gov.": governor), and of the parts of its social-media handles: a quoted post names people by handle
    ("Met with @MIshaqDar50"), and the handle's parts are their names. Kept for the next question: the checks stem
    the same sentences and windows again and again (a third of the checks' time before)."""
    found = words(text)
    joined = (p for w in found if "-" in w for p in w.split("-") if p)  # "San Francisco-based": based
    # a name written joined or apart: "North East United" is also "NorthEast", "NorthEast" also "North East"
    camel = (p for w in found if not w.isupper() and any(c.isupper() for c in w[1:]) for p in _HANDLE_PART.findall(w))
    pairs = (a + b for a, b in zip(found, found[1:]) if a[0].isupper() and b[0].isupper())
    parts = (p for handle in _HANDLE_NAME.findall(text) for p in _HANDLE_PART.findall(handle))
    spelt = (w for m in _INITIALLED.findall(text) for w in INITIALS[m.replace(".", "")].split())
    initials = (k for k, name in _SPELT_OUT.items() if name.search(text))
    titles = (_TITLES_SHORT[m] for m in _TITLE_SHORT.findall(text))
    return frozenset(stem(w) for w in (*found, *joined, *camel, *pairs, *parts, *spelt, *initials, *titles))


@dataclass(frozen=True)
class Terms:
    """The question's content terms, as stems; key terms are names and numbers."""

    all: tuple[str, ...]
    key: tuple[str, ...]
    surface: dict[str, str]  # stem -> the word as the question wrote it, for messages
    # The word after "how" ("how soon", "how high"): it names the kind of answer, which no sentence need say. It
    # stays in ``all``, as the verifier was fitted with it; reasons never call it missing.
    frame: tuple[str, ...] = ()

    @classmethod
    def of(cls, question: str) -> "Terms":
        all_, key, frame, surface = [], [], [], {}
        found = words(question)
        # each part of a hyphened word on its own ("the Pune-Goa match": Pune, Goa), as ``stems`` finds them; not
        # after a prefix ("co-CEO" is no CEO)
        found = [p for w in found for p in (w.split("-") if _split_asked(w) else (w,)) if p]
        for i, w in enumerate(found):
            lower = APOSTROPHE_S.sub("", w.lower())  # "What's" asks as "What" does: nothing to find
            if lower in STOPWORDS or lower in QUESTION_FRAME or len(lower) < 2 and not w.isdigit():
                continue
            s = stem(w)
            if s in surface:
                continue
            surface[s] = f"May {w}" if w[0].isdigit() and i > 0 and found[i - 1] == "May" else w  # not the verb
            all_.append(s)
            if w[0].isdigit() or (w[0].isupper() and i > 0):
                key.append(s)
            elif i > 0 and found[i - 1].lower() == "how":
                frame.append(s)
        return cls(tuple(all_), tuple(key), surface, tuple(frame))


def coverage(terms: tuple[str, ...], text_stems: AbstractSet[str]) -> float:
    """Share of the terms found in the text (1.0 when there are none to find)."""
    return sum(t in text_stems for t in terms) / len(terms) if terms else 1.0


def missing(terms: tuple[str, ...], text_stems: AbstractSet[str]) -> list[str]:
    return [t for t in terms if t not in text_stems]


def echo(answer: str, question: str) -> float:
    """Share of the answer's content words that the question already contains ("an American company")."""
    answer_words = [stem(w) for w in words(answer) if w.lower() not in STOPWORDS]
    if not answer_words:
        return 1.0
    question_stems = stems(question)
    return sum(w in question_stems for w in answer_words) / len(answer_words)


_HANDLE = re.compile(r"(?:^|\s)[@#]\w")


def is_handle(text: str, start: int, end: int) -> bool:
    """A span that is or holds a social-media handle or hashtag ("@MIshaqDar50", "Minister @MIshaqDar50", or the
    name after its sign): a name for machines, not an answer."""
    return bool(_HANDLE.search(text[start:end])) or start > 0 and text[start - 1] in "@#"


_HANDLE_ALONE = re.compile(r"(?<![\w.])@(\w+)")  # not an e-mail address


def handles_spelt(text: str) -> str:
    """The text with each social-media handle written as the name it spells: "Foreign Minister Ishaq Dar" for
    "Foreign Minister @MIshaqDar50". The support model, trained on prose, reads no name in the handle: "What did
    Rubio say he met Dar to discuss expanding?" read beside a post that tags Dar so scored −1.9, beside his name
    +2.6."""

    def spelt(m: re.Match[str]) -> str:
        return " ".join(p for p in _HANDLE_PART.findall(m.group(1)) if len(p) > 1 and p.isalpha()) or m.group()

    return _HANDLE_ALONE.sub(spelt, text)


# The last word of a title held by a person ("Deputy Prime Minister"), as opposed to a name ("Marco Rubio").
TITLE_NOUNS = frozenset(
    """minister secretary president chief ambassador governor senator general marshal director chairman chair
chairperson spokesperson spokesman spokeswoman envoy representative commander officer adviser advisor mayor
premier chancellor treasurer lawmaker king queen prince princess emperor pope bishop ceo head leader deputy""".split()
)


SEVERAL = frozenset("two three four five both several".split())


NAMED_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")

# A report's opening: its headline, if it has one without a full stop, and its first sentence
FIRST_SENTENCE = re.compile(r"[\s\S]{0,400}?[.!?](?=\s|$)")


def line_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``, ended by ". " or a line break: a quick bound for checks
    that read raw text, where no split sentence is at hand (a quotation's "!" ends none)."""
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    last = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return first, last


def initials_of(name: str) -> str:
    return "".join(w[0] for w in words(name) if w[0].isupper())


def is_content_word(word: str) -> bool:
    """A content word, or a name even where its lower case is a stop word ("May")."""
    lower = word.lower()
    return word[0].isupper() or lower not in STOPWORDS and lower not in QUESTION_FRAME


_BE = frozenset("is are was were".split())


# A question with these asks for another name ("What does 'Pax Mongolica' mean?", "What is Munir's rank?"): there
# apposition is the answer.
NAMING_WORDS = frozenset(
    "mean means meaning name named names call called term known title position post portfolio rank job role "
    "stand".split()
)


@lru_cache(maxsize=1024)
def asked_stems(question: str) -> tuple[str, ...]:
    """Stems of what the question asks for (``asked_words``)."""
    return tuple(stem(w) for w in asked_words(question))


@lru_cache(maxsize=1024)
def asked_words(question: str) -> tuple[str, ...]:
    """What the question asks for: the words after "which", "what", "how many" (past a form of "be"), after
    "who is", and after "as" in "who ... as": "Which *US Commerce Secretary* did ...", "Who is *India's Chief of Army
    Staff*?", "Who retired as *Intel's chief executive*?"."""
    q = words(question)
    lower = [w.lower() for w in q]
    wh = next((i for i, w in enumerate(lower) if w in ("what", "which", "who", "whom", "whose", "how")), None)
    if wh is None:
        return ()
    j = wh + 1 + (lower[wh] == "how")
    if j < len(q) and lower[j] in _BE:
        j += 1
    elif lower[wh] in ("who", "whom"):  # "Who retired as *Intel's chief executive*?": the answer's own title
        as_ = next((k for k in range(j, min(j + 4, len(q) - 1)) if lower[k] == "as"), None)
        if as_ is None:
            return ()
        j = as_ + 1
    while j < len(q) and lower[j] in ("the", "a", "an"):
        j += 1
    focus = []
    while j < len(q) and (is_content_word(q[j]) or lower[j] == "of"):
        focus.append(q[j])
        j += 1
    return tuple(focus)
