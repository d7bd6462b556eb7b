"""The question put in the cited sentence's words, for the support model (``qa.support``).

The support model was trained on SQuAD, whose questions copy their sentence's words, so it reads a question that
says the same thing in other words as unsupported. These put the question in the sentence's words: an acronym as
the text writes it, the report's subject as the sentence refers to it, a shortened description, a surname, a word
news writers vary, what the question sets aside, and "he" or "she" for the person the sentence calls so.
"""

from __future__ import annotations

import re

from qa.answer_types import AUXILIARIES, SETTING_ASIDE
from qa.lexical import APOSTROPHE_S, INITIALS, SEVERAL, STOPWORDS, TITLE_NOUNS, WORD, initials_of, stem, stems, words

# Initials written with points, as some papers write every acronym ("R.I.M.", "F.B.I."): a question says "RIM".
_POINTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,6}")
# a name's words, one of them perhaps written in pointed initials: "U.S. Geological Survey" is the "USGS"
_NAME_WORD = r"(?:(?:[A-Z]\.){2,6}|[A-Z][\w'’&-]*)"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|in|and|for|the|on)\s+)*{_NAME_WORD})*")


def spelt_out(question: str, text: str) -> set[str]:
    """The stems of the question's acronyms that the text writes out: "RIM" in "Research in Motion" or in
    "R.I.M.". For the vetoes, the reasons and the support model's question, not the features: the verifier was
    fitted on exact stems (counted as covered there, they lowered right answers' probability)."""
    return {stem(a) for a in _spellings(question, text)}


def written_as(question: str, text: str, answer: str = "") -> str:
    """The question with its acronyms as the text writes them: "What share did Research in Motion capture?" for
    "... did RIM capture?" beside "Research in Motion’s chief said ...". The support model, fitted on questions
    that copy their names from the paragraph, reads the first as the question it is. Not where the answer is the
    name: "What does COAS stand for?" asks for it."""
    for acronym, name in _spellings(question, text).items():
        if not answer or (name not in answer and answer not in name):
            question = re.sub(rf"\b{acronym}\b", name, question)
    return question


# What a report calls its subject once it has named it: "the company", "the city", "the deal".
_REFERENCE = re.compile(
    r"\b[Tt]he\s+(company|firm|group|bank|carrier|airline|maker|retailer|city|town|village|country|state|province|"
    r"region|island|government|agency|party|team|club|deal|pact|agreement|treaty|accord|alliance|bloc)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_QUESTION_NAME = re.compile(r"(?<!^)\b[A-Z][\w.&-]*(?:\s+(?:(?:in|of|the|and)\s+)?[A-Z][\w.&-]*)*")


def referred_as(question: str, sentence: str, opening: str) -> str:
    """The question with the report's subject as the sentence refers to it: "How many buildings collapsed in the
    city?" for "... in Izmir?" beside "Soyer said 20 buildings had collapsed in the city", in a report whose
    ``opening`` (headline and first sentence) names Izmir. The support model, fitted on questions that copy the
    paragraph's words, otherwise reads the name's absence as a sign of another place. Only where the sentence
    refers to one kind of thing so, and the name is nowhere in it."""
    kinds = {m.group(1).lower() for m in _REFERENCE.finditer(sentence)}
    if len(kinds) != 1:
        return question
    kind, in_opening = kinds.pop(), stems(opening) | spelt_out(question, opening)
    for m, named in reversed(_names_missing(question, sentence)):
        if named <= in_opening:
            before, after = question[: m.start()], question[m.end() :]
            if re.match(rf"\s+{kind}\b", after):  # "the TPP deal": the deal
                question = f"{before}{after.lstrip()}"
            else:  # "discuss the TPP": discuss the deal, not "the the deal"
                question = f"{_THE_BEFORE.sub('', before)}the {kind}{after}"
    return question


# Modifiers that tell one of a kind from another ("the second attack", "the former president"): never dropped.
_TELLING = frozenset(
    """first second third fourth fifth last next previous former new old other same current future earlier later
latest final initial original""".split()
)
_THE_RUN = re.compile(r"\b[Tt]he((?:\s+[a-z][\w-]*){2,4})")


def shortened_as(question: str, sentence: str, report: str) -> str:
    """The question with a thing it describes as the sentence calls it: "When did the North close the complex?"
    for "... close the industrial complex?" beside "The North closed the complex in April", in a ``report`` that
    called it "the Gaeseong industrial complex". The support model reads a modifier the sentence lacks as a sign of
    another thing. Only a description the report uses (SQuAD v2.0's unanswerable questions add one of their own:
    "the graph isolation problem"), and not with a modifier that tells things apart ("the second attack", a
    number), nor an office ("the foreign minister" is not every "the minister")."""
    in_sentence = stems(sentence)
    for m in reversed(list(_THE_RUN.finditer(question))):
        run = m.group(1).split()
        for j in range(1, len(run)):
            head, modifiers = run[j], run[:j]
            if (
                re.search(rf"\b[Tt]he\s+{re.escape(head)}\b", sentence)
                and re.search(r"\b" + r"\s+".join(map(re.escape, run[: j + 1])) + r"\b", report, re.I)
                and head not in TITLE_NOUNS
                and not any(w in STOPWORDS or w in _TELLING or w in SEVERAL for w in modifiers)
                and not {stem(w) for w in modifiers} & in_sentence
            ):
                question = f"{question[: m.start(1)]} {' '.join(run[j:])}{question[m.end(1) :]}"
                break
    return question


# "besides Washington", "other than the United States", "apart from trade"
_EXCEPT = re.compile(
    rf"\s+(?:{SETTING_ASIDE})\s+"
    r"((?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[a-z][\w-]*))"
)


def without_excepted(question: str, sentence: str) -> str:
    """The question without what it sets aside ("Which city did Dar visit?" for "Which city besides Washington did
    Dar visit?") when the sentence does not name that: the answer's sentence need not, and the support model read
    the missing name as a sign that it answers another question (−0.29 → +2.08 beside "he kept a busy schedule in
    New York"). Kept where the sentence names it, in a list the answer may be the rest of."""
    m = _EXCEPT.search(question)
    if not m or {stem(w) for w in words(m.group(1)) if w.lower() != "the"} <= stems(sentence):
        return question
    return f"{question[: m.start()]}{question[m.end() :]}"


_FULL_NAME = re.compile(r"\b(?:[A-Z][a-z][\w'’-]*\s+){1,3}([A-Z][a-z][\w-]*)\b")  # "Muhammad Aurangzeb"
# First words of place names, which no later sentence shortens to the last word: "Lake Constance", "Northern France".
_PLACE_FIRST = frozenset(
    """lake mount mountain river cape port fort saint st san santa new upper lower greater north south east west
northern southern eastern western central great united""".split()
)


def surnamed_as(question: str, sentence: str, report: str) -> str:
    """The question with a person's full name as the sentence calls them: "Which US Commerce Secretary did
    Aurangzeb meet?" for "... did Muhammad Aurangzeb meet?" beside "..., Aurangzeb said". A report names a person
    in full once, then by surname; a follow-up puts the answer's full name in ("he" → "Muhammad Aurangzeb"), and
    the support model reads the missing first name as a sign of another person. Only a full name the ``report``
    writes, whose surname the sentence has alone (no other name before it, no office as the surname: "US Commerce
    Secretary") and the report never in lower case ("the Santer Commission"), and not a place ("Lake Constance").
    On SQuAD v2.0's fit half it rewrites 10 questions (F1 68.07 → 68.08)."""
    question = question.strip()
    for m in reversed(list(_FULL_NAME.finditer(question, 1))):
        surname, first = m.group(1), m.group().split()[0]
        full = r"\s+".join(map(re.escape, m.group().split()))
        if (
            surname.lower() not in TITLE_NOUNS
            and first.lower() not in _PLACE_FIRST
            and len(re.findall(rf"\b{re.escape(surname)}\b", question)) == 1
            and not re.search(rf"\b{re.escape(surname.lower())}\b", report)  # a name, not "the commission"
            and re.search(rf"\b{full}\b", report)
            and not re.search(rf"\b{full}\b", sentence)
            and _alone(surname, sentence)
        ):
            question = f"{question[: m.start()]}{surname}{question[m.end() :]}"
    return question


def _alone(surname: str, sentence: str) -> bool:
    """The sentence writes the surname without another name just before it: "Greer, Aurangzeb said", not "Howard
    Lutnick"."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence):
        before = sentence[: m.start()].rstrip()
        last = re.search(r"[\w'’-]+$", before)
        if not last or not last.group()[0].isupper():
            return True
    return False


# Words news writers vary and questions paraphrase: what a question may say -> what a sentence may say for it.
# Only these directions: an "envoy" may be the sentence's ambassador, a "top diplomat" its foreign minister.
_PARAPHRASES = {
    "top diplomat|top diplomats": ("foreign minister", "secretary of state", "foreign secretary"),
    "foreign minister": ("top diplomat", "foreign secretary"),
    "envoy|envoys": ("ambassador", "ambassadors", "high commissioner", "emissary"),
    "ambassador|ambassadors": ("envoy", "envoys"),
    "duties": ("tariffs", "tariff", "levies"),
    "levy|levies": ("tariff", "tariffs", "duties"),
    "tariff|tariffs": ("duties", "levy", "levies"),
    "emergency": ("crisis",),
    "crisis": ("emergency",),
    "extremist|extremists": ("terrorist", "terrorists", "militant", "militants"),
    "militant|militants": ("terrorist", "terrorists", "extremist", "extremists"),
    "terrorist|terrorists": ("militant", "militants", "extremist", "extremists"),
    "organisation|organization|organisations|organizations": ("group", "groups", "outfit", "outfits"),
    "troops": ("soldiers",),
    "soldiers": ("troops",),
    "truce": ("ceasefire",),
    "ceasefire": ("truce",),
    "negotiations": ("talks",),
    "talks": ("negotiations",),
    "firm|firms": ("company", "companies"),
    "company|companies": ("firm", "firms"),
    "lawmakers": ("legislators", "parliamentarians"),
    "legislators": ("lawmakers", "parliamentarians"),
    "talk about|talked about": ("discussed", "discuss"),
    "goods": ("exports", "imports", "products"),
    "products": ("goods", "exports", "imports"),
    "aircraft": ("plane", "planes", "jet", "jets", "airliner", "airliners"),
    "plane|planes": ("aircraft", "jet", "airliner"),
    "suspect|suspects": ("assailant", "gunman", "attacker", "shooter", "driver", "perpetrator"),
    "assailant|attacker|gunman|shooter|perpetrator": ("suspect",),
    "party|parties": ("movement", "alliance", "bloc"),
}
# each form a question may use -> the forms a sentence may use for it, as lower-case words
SAID_FOR = {
    tuple(form.split()): tuple(tuple(said.split()) for said in says)
    for forms, says in _PARAPHRASES.items()
    for form in forms.split("|")
}


_LONGEST = max(len(run) for asked, says in SAID_FOR.items() for run in (asked, *says))  # words in a paraphrase


def _runs(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Where each run of up to ``_LONGEST`` words of the text (in lower case) starts and ends."""
    found = list(WORD.finditer(text))
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in range(len(found)):
        for j in range(i, min(i + _LONGEST, len(found))):
            run = tuple(m.group().lower() for m in found[i : j + 1])
            runs.setdefault(run, []).append((found[i].start(), found[j].end()))
    return runs


def paraphrased_as(question: str, sentence: str, at: int = 0) -> str:
    """The question with a word news writers vary put as the sentence puts it: "Which envoy went with Dar?" for
    "... along with Pakistan's Ambassador Rizwan Saeed Sheikh"; "Washington's top diplomat" for "US Secretary of
    State Marco Rubio". The support model, fitted on questions that copy the paragraph's words, reads the other word
    as a sign that the sentence answers something else. Only where the sentence lacks the question's word; of
    several, the one nearest ``at`` (the answer's place in the sentence). Vetoes still read the question asked."""
    varied = [a for a in _runs(question) if a in SAID_FOR]
    if not varied:  # most questions: the sentence's runs are not needed
        return question
    in_sentence, there = stems(sentence), _runs(sentence)
    for asked in varied:
        if {stem(w) for w in asked} <= in_sentence:
            continue
        found = [(abs(s - at), s, e) for said in SAID_FOR[asked] for s, e in there.get(said, ())]
        if not found:
            continue
        _, s, e = min(found)
        said = sentence[s:e]
        said = said if said.isupper() else said.lower()
        for s, e in reversed(_runs(question).get(asked, [])):
            question = f"{question[:s]}{said}{question[e:]}"
    return question


def _names_missing(question: str, sentence: str) -> list[tuple[re.Match[str], set[str]]]:
    """The question's names (not its first word) of which the sentence has no word, with their stems: what
    ``referred_as`` and ``pronoun_for`` may put in the sentence's words."""
    in_sentence = stems(sentence)
    named = ((m, {stem(w) for w in words(m.group())}) for m in _QUESTION_NAME.finditer(question))
    return [(m, n) for m, n in named if n and not n & in_sentence]


_HE_OR_SHE = re.compile(r"\b([Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")  # "accompanied him": he
_FORMS = {"he": ("he", "him", "his"), "she": ("she", "her", "her")}  # subject, object, owner
_PERSON_OF = {form: person for person, forms in _FORMS.items() for form in forms}


def pronoun_for(question: str, sentence: str, before: str) -> str:
    """The question with the person the sentence calls "he" or "she" (or "him", "his", "her") called so: "What did
    he call the community?" for "What did Dar call ...?" beside "He also called the community a bridge", and "Who
    accompanied him?" for "Who accompanied Dar?" beside "Sheikh accompanied him", where the words just ``before``
    the sentence name Dar. Only where the sentence speaks of one of the two and one name of the question is missing
    from it but named just before."""
    used = [m.group(1).lower() for m in _HE_OR_SHE.finditer(sentence)]
    subjects = {w for w in used if w in _FORMS}  # "She told him": she, whom the sentence is about
    pronouns = subjects or {_PERSON_OF[w] for w in used}
    if len(pronouns) != 1:
        return question
    pronoun, recent = pronouns.pop(), stems(_before_the_quote(before)[-300:])
    found = [  # not initials: "the US" is no "he"
        m
        for m, named in _names_missing(question, sentence)
        if named & recent and not any(w.isupper() for w in words(m.group()))
    ]
    if len(found) != 1:
        return question
    m = found[0]
    owns = re.match(r"['’]s\b", question[m.end() :])  # "Dar's trip": "his trip"
    before_name = words(question[: m.start()])[-1:]
    subject = not before_name or before_name[0].lower() in AUXILIARIES  # "did Dar call": "before Dar" is "him"
    said = _FORMS[pronoun][2 if owns else 0 if subject else 1]
    return f"{question[: m.start()]}{said}{question[m.end() + (owns.end() if owns else 0) :]}"


def _before_the_quote(before: str) -> str:
    """The text before a quotation the sentence ends, where its speaker is named: "... Antonio Guterres has
    said.\n\n"There was very substantive progress ... [400 characters] ... The progress was extremely encouraging,"
    he told a press briefing" has its "he" named before the quote opens. ``before`` itself when no quote is open."""
    start = before.rfind("\n") + 1
    paragraph = before[start:]
    opened = paragraph.rfind("“")
    if opened > paragraph.rfind("”"):
        return before[: start + opened]
    return before[: start + paragraph.rfind('"')] if paragraph.count('"') % 2 else before


# Bodies' names, by their last word: what a name cut short ("the Fed") may stand for
_BODY = re.compile(
    r"\b(?:Reserve|Bank|Department|Office|Service|Agency|Commission|Council|Party|Union|Court|Police|Force|Ministry|"
    r"Authority|Board|Bureau|Institute|Association|Organi[sz]ation|Committee|League|Federation|Corporation)$"
)


def _cut_short(name: str, short: set[str]) -> str:
    """The one of ``short`` that ``name``, a body's of two or three words, is cut short to: "Fed" for "Federal
    Reserve" (not "Anna" for "Annabel Lee")."""
    ws = re.sub(r"^The\s+", "", name).split()
    if not 2 <= len(ws) <= 3 or not _BODY.search(name):
        return ""
    return next((w for w in short if ws[0].startswith(w) and len(ws[0]) > len(w)), "")


def _spellings(question: str, text: str) -> dict[str, str]:
    """The question's acronyms that the text writes out, and how: "RIM" as "Research in Motion" ("OPEC" as
    "Organization of the Petroleum Exporting Countries": a linking word's initial counted or not) or "R.I.M.", and
    its names cut short: "the Fed" as "Federal Reserve"."""
    bare = [APOSTROPHE_S.sub("", w) for w in words(question)]  # "RIM's"
    asked = {w for w in bare if w.isupper() and 2 <= len(w) <= 6 and w not in INITIALS}
    short = {w for w in bare[1:] if w.istitle() and 3 <= len(w) <= 4}  # "the Fed"; not "When", the first word
    found = (
        {a: run.group() for run in _NAME_RUN.finditer(text) if (a := _cut_short(run.group(), short))} if short else {}
    )
    if not asked:
        return found
    found |= {a: m for m in _POINTED.findall(text) if (a := m.replace(".", "")) in asked}
    for run in _NAME_RUN.finditer(text):
        ws = run.group().split()
        for i in range(len(ws)):
            for j in range(i, min(len(ws), i + 8)):
                if not (ws[i][0].isupper() and ws[j][0].isupper()):
                    continue
                name = " ".join(ws[i : j + 1])
                for initials in ("".join(w[0] for w in ws[i : j + 1]).upper(), initials_of(name)):
                    if initials in asked:
                        found.setdefault(initials, APOSTROPHE_S.sub("", name))
    return found
