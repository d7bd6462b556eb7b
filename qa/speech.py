"""Vetoes about who said what: another speaker's words for "What did X say?", a quotation put in another's mouth,
no words reported at all, thanks or praise given the other way, the source a sentence cites for the one it tells
of, and who told another outlet. Each was kept only where it flags under 1.5% of SQuAD v1.1 train's gold answers to
such questions.
"""

from __future__ import annotations

import re

from qa.lexical import NAME, PRONOUNS, STOPWORDS, line_sentence, stem, stems, words
from qa.places import same_place
from qa.roles import DID_ASKED

# "What did Jamieson Greer say ...?": who the question asks about, the name before its verb of saying.
_SAID_ASKED = re.compile(
    rf"\b(?:did|does|do|has|had|will|would)\s+(?:the\s+)?({NAME})\s+(?:say|tell|claim|state|announce|write|post"
    r"|tweet|argue|declare|describe|call|add|note|insist|warn|suggest|promise|stress)\b"
)


_SAYS = re.compile(
    r"\b(?:said|says|told|added|stated|noted|announced|wrote|posted|tweeted|argued|declared|insisted|warned"
    r"|claimed|stressed|promised)\b(?:\s+(?:that|on \w+|in \w+))?\s*[“\"']?\s*$"
)
_CLAUSE_START = re.compile(r"[,;:—–(]|\b(?:and|while|after|before|when|as|but)\b")


def other_speaker(question: str, sentence: str, start: int) -> tuple[str, ...]:
    """(whom the question asks about, who says it in the sentence) when a question about what someone said ("What
    did Jamieson Greer say after meeting Aurangzeb?") is answered with what another named person says just before
    the answer ("..., Aurangzeb said priority sectors had been identified"); () otherwise, and whenever the speaker
    is a pronoun ("he said") or the sentence names the asked person as the one who speaks. ``start``: where the
    answer starts in ``sentence``. On SQuAD v1.1 train it flags 1 of the 733 gold answers to questions about what
    someone said (where "add" meant "contribute")."""
    asked = _SAID_ASKED.search(question)
    if not asked:
        return ()
    lead = sentence[max(0, start - 160) : start]
    verb = _SAYS.search(lead)
    if not verb:
        return ()
    before = lead[: verb.start()]
    clauses = list(_CLAUSE_START.finditer(before))
    subject = before[clauses[-1].end() :] if clauses else before
    said_by = [w for w in words(subject) if w[0].isupper() and w.lower() not in PRONOUNS | STOPWORDS]  # "The"
    if not said_by or subject.split()[-1:] and subject.split()[-1].lower() in PRONOUNS:
        return ()
    names = {stem(w) for w in words(asked.group(1))}
    return () if names & {stem(w) for w in said_by} else (asked.group(1), " ".join(said_by))


_SAID_VERB = r"(?:said|says|told|added|wrote|posted|noted|stated)"


# ',” he said', ',” Rubio said', '," said Rubio': the one a quotation ending with the answer is put in the mouth of
_QUOTE_ENDS = re.compile(
    rf"[,?!]?\s*[”\"]\s*(?:(?P<pronoun>he|she)\s+{_SAID_VERB}|(?P<name>{NAME})\s+{_SAID_VERB}"
    rf"|{_SAID_VERB}\s+(?P<named>{NAME}))\b"
)


_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+|\n+")


_DOER = re.compile(rf"\b({NAME})\s+(?:also\s+)?[a-z]+ed\b")  # "Dar also described ...": who "he" is next


def quoted_of_another(question: str, text: str, start: int, end: int) -> tuple[str, ...]:
    """(whom the question asks about, who says it) when a question about what someone said ("What did Lutnick say
    about Pakistan?") is answered with a quotation the report gives to another: named after it ("..., Dar said") or
    "he", the one the sentence before the quotation is about ("Dar also described Pakistan as ... “We are optimistic
    about progress in the ongoing trade dialogue,” he said"); () otherwise, and when that sentence names the asked
    person or no doer. ``text[start:end]``: the answer. 1 of SQuAD v1.1 train's 733 gold answers to questions about
    what someone said ends a quotation given to someone, to the one asked about ("..., wrote Christopher Green")."""
    asked, ends = _SAID_ASKED.search(question), _QUOTE_ENDS.match(text, end)
    if not asked or not ends:
        return ()
    names = {stem(w) for w in words(asked.group(1))}
    speaker = ends.group("name") or ends.group("named")
    if not speaker:
        opened = max(text.rfind("“", 0, start), text.rfind('"', 0, start))
        before = _SENTENCE_BREAK.split(text[:opened].rstrip())[-1] if opened > 0 else ""
        doer = _DOER.search(before)
        if not doer or names & stems(before):
            return ()
        speaker = doer.group(1)
    return () if names & {stem(w) for w in words(speaker)} else (asked.group(1), speaker)


# "What did Trump thank Munir for?", "Why did Rubio praise Dar?": who gives the thanks, praise or blame
_PRAISER_ASKED = re.compile(
    rf"^\s*(?i:what|why|for\s+what)\b.*?\b(?:did|does|do|has|had|will|would)\s+(?:the\s+)?({NAME})\s+(thank|praise"
    r"|credit|commend|laud|applaud|hail|congratulate|blame|critici[sz]e|condemn|accuse|fault|pay\s+tribute)\b"
)


_PRAISE_NOUN = {"thank": "thanks", "commend": "praise", "laud": "praise", "applaud": "praise", "hail": "praise"}
_PRAISE_NOUN |= {"congratulate": "congratulations", "criticise": "criticism", "criticize": "criticism"}
_PRAISE_NOUN |= {"condemn": "condemnation", "accuse": "accusation", "fault": "blame", "pay": "tribute"}


def praise_the_other_way(question: str, text: str, start: int, end: int) -> str:
    """What a question about the thanks, praise or blame someone gave asks, when the passage gives them to that
    person instead, just before the answer (``text[start:end]``): "What did Trump thank Munir for?" answered
    "de-escalating the tensions ..." (0.67) from "Dar also paid tribute to Trump for his role in «de-escalating the
    tensions ...»"; "" otherwise. No question in SQuAD v1.1 train asks this way of an answer so placed."""
    asked = _PRAISER_ASKED.match(question)
    if asked is None:
        return ""
    last = re.escape(asked.group(1).split()[-1])
    lead = text[max(0, start - 100) : start]
    named = rf"\b(\w+)\s+(?:[A-Z][\w.'’-]*\s+)*{last}(?:['’]s)?\s+"  # "to Trump", "lauded President Donald Trump"
    given = list(re.finditer(rf"{named}(?:and\s+(?:[\w'’-]+\s+){{1,3}})?for\s+(?:[\w'’-]+\s+){{0,5}}$", lead))
    before = given[-1].group(1) if given else ""
    if before != "to" and not (before.islower() and before.endswith("ed")):  # "tribute to Trump", "thanked Trump"
        return ""
    noun = _PRAISE_NOUN.get(asked.group(2).split()[0], asked.group(2))
    return f"what {asked.group(1)} gave {noun} for (in “{given[-1].group().strip()}” {asked.group(1)} gets it)"


# "What did the crowd chant?": words cried out, which a sentence quoting them gives in the quotation
_CRIED_ASKED = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had|will|would|was|were)\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?-i:(chant|shout|yell|scream|sing|cry)(?:s|ed|ing)?)\b",  # a verb: "the Singing Revolution" names one
    re.I,
)
_CRIED = re.compile(
    r"\b(?:(?:chant|shout|yell|scream)(?:s|ed|ing)?|sings?|singing|sang|sung|cried|cries|crying)\b", re.I
)
_QUOTATION = re.compile(r"\"[^\"]{3,}\"|“[^”]{3,}”")
_CRIED_PAST = {"chant": "chanted", "shout": "shouted", "yell": "yelled", "scream": "screamed", "sing": "sung"}


def outside_the_words_cried(question: str, text: str, start: int, end: int) -> str:
    """Says "the words chanted" when "What did the crowd chant?" is answered from outside the quotation of a sentence
    that quotes words cried out: "“All three counts!” the crowd chanted as «cars honked»" (0.50, in a report
    outside the seeds); "" otherwise, and where the sentence quotes nothing or cries nothing out. None of SQuAD v1.1
    train's 17 gold answers to such questions is flagged."""
    asked = _CRIED_ASKED.match(question)
    if not asked:
        return ""
    first, last = line_sentence(text, start, end)
    quotes = list(_QUOTATION.finditer(text, first, last))
    if not quotes or not _CRIED.search(text, first, last) or any(q.start() <= start and end <= q.end() for q in quotes):
        return ""
    verb = asked.group(1).lower()
    return f"the words {_CRIED_PAST.get(verb, 'cried' if verb == 'cry' else verb)}"


# "What did Joe Biden say about Pakistan?": someone asked about by name (not "the article"), and what said them
_SAY_ASKED = re.compile(
    r"^what\s+(?:did|does|has|had|will|would)\s+(?!(?:the\s+)?(?:article|text|passage|report|book|study|document|"
    r"paper|author|writer)\b)(.+?)\s+(?:say|tell)\b",
    re.I,
)
# Words that report speech or writing, or quote it; in lower case ("United States" states nothing)
_SPEECH = re.compile(
    r"[“”\"]|\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|stat(?:e|es|ed|ing|ements?)|announc\w*|declar\w*|"
    r"wr(?:ite|ites|ote|itten|iting)|argu\w*|claim\w*|not(?:e|ed|es|ing)|add(?:ed|s|ing)?|describ\w*|call\w*|"
    r"prais\w*|warn\w*|insist\w*|suggest\w*|remark\w*|comment\w*|[Aa]ccording|quot\w*|explain\w*|assert\w*|"
    r"stress(?:es|ed|ing)?|promis\w*|post(?:s|ed|ing)?|tweet\w*|recall\w*|repl(?:y|ied|ies)|respond\w*|answer\w*|"
    r"acknowledg\w*|admit\w*|den(?:y|ied|ies)|confirm\w*|predict\w*|urg(?:e|ed|es|ing)|assur\w*|pledg\w*|vow\w*|"
    r"criti\w*|condemn\w*|ask\w*|recommend\w*|advis\w*|speech|interview|letter|message|report\w*|believ\w*|"
    r"thought|think\w*|views?|opinion|polic(?:y|ies)|silen\w*|book|essay|articl\w*)\b"
)


def nothing_said(question: str, window: str) -> str:
    """Says "what someone said" when the question asks what a person said or told and the cited sentence and its
    neighbours (``window``) report or quote no words at all: "the previous administration under president Joe
    Biden had largely «ignored» Islamabad" for "What did Joe Biden say about Pakistan?" (0.68 before); ""
    otherwise. 1 of SQuAD v1.1 train's 128 gold answers to such questions is flagged ("we cannot know ... that the
    sun will continue to rise", an example "posed by Hume")."""
    asked = _SAY_ASKED.search(question.strip())
    return f"what {asked.group(1)} said" if asked and not _SPEECH.search(window) else ""


# Whom a report tells of without naming them ("one man died"), and the source it cites for it, after "according to"
_TOLD_OF = frozenset(
    map(
        stem,
        """man men woman women boy boys girl girls child children victim victims person driver passenger passengers
        suspect suspects soldier soldiers student students worker workers resident residents pilot gunman shooter
        attacker patient patients survivor survivors""".split(),
    )
)
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:[A-Z][\w.&'’-]*|the|of|state|and|for)\s+)*$")


def source_for_the_one_told_of(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """Says whom the question asks for when it asks for someone its sentence tells of by a noun ("the man whose home
    collapsed") and the answer ``text[start:end]`` is the source that sentence cites ("One man died when his home
    collapsed on him, according to … Director «Alfredo Escobedo»", 0.75 before); "" otherwise, and for a question
    that asks who said or reported it. None of SQuAD v1.1 train's 87,599 gold answers is flagged (42 follow
    "according to")."""
    source = _SOURCE_BEFORE.search(text, max(sentence[0], start - 120), start)
    if not source or _SPEECH.search(question):
        return ""
    told = {stem(w) for w in words(text[sentence[0] : source.start()])} & _TOLD_OF
    one = next((w for w in words(question) if stem(w) in told), "")
    return f"the {one} the passage tells of, not the source it cites (“{text[source.start() : end]}”)" if one else ""


_TOLD_ASKED = re.compile(rf"^\W*[Ww]ho\s+(?:had\s+)?told\s+((?:the\s+)?({NAME}))")
_TOLD = re.compile(rf"\btold\s+((?:the\s+)?({NAME}))")


def told_another(question: str, text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """Says whom the question asks for when it asks who told a named outlet or person ("Who told the Associated
    Press …?") and the answer's sentence (``text[sentence[0]:sentence[1]]``) tells only of telling another ("Pratap
    Rai told Reuters", 0.49 before, in a report outside the seeds); "" otherwise. The same name is found by its
    initials too ("the AP"). None of SQuAD v1.1 train's 5 gold answers to such questions is flagged."""
    asked = _TOLD_ASKED.match(question)
    told = list(_TOLD.finditer(text, sentence[0], sentence[1]))
    if not asked or not told or re.search(rf"\b{re.escape(asked.group(2))}\b", text[sentence[0] : sentence[1]]):
        return ""  # "told Reuters and the AP"
    if any(same_place(asked.group(2), t.group(2)) for t in told):  # one body however written: "AP", "Associated Press"
        return ""
    return f"the one who told {asked.group(1)}, not {told[0].group(1)}"


# "Who found Goutam Ghosh's body?": who found it, never who said it was found ("«Wangchu Sherpa» … said the body …
# was found")
_SAID_AFTER = re.compile(
    r"(?:\s*,[^,]{0,80},)?\s+(?:said|says|told|reported|announced|confirmed|added)\b([^.;]{0,80})", re.I
)
_DONE_PASSIVE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+(?:\w+ly\s+)?([a-z]+)\b", re.I
)


def speaker_for_doer(question: str, text: str, start: int, end: int) -> str:
    """What "Who found Goutam Ghosh's body?" asks when the answer (``text[start:end]``) only said it was done: "«Wangchu
    Sherpa», managing director of Trekking Camp Nepal, said the body of … Goutam Ghosh was found on Sunday" (0.71
    before, in a report outside the seeds that does not say who found it); "" otherwise. None of SQuAD v1.1 train's
    3,296 gold answers to such questions is flagged."""
    asked = DID_ASKED.match(question)
    said = _SAID_AFTER.match(text, end) if asked else None
    done = _DONE_PASSIVE.search(said.group(1)) if said else None
    if not asked or not done or stem(done.group(1)) != stem(asked.group(1)):
        return ""
    verb = asked.group(1).lower()
    return f"the one who {verb} it, not who said it was {done.group(1).lower()}"


# "«Sutskever informed Altman he was being fired»": someone's words to the one asked about
_TOLD_TO = re.compile(rf"\b({NAME})\s+(?:told|informed|notified|warned|asked|assured|reminded)\s+({NAME})\b")


def told_the_asked(question: str, text: str, start: int, end: int) -> tuple[str, ...]:
    """(whom the question asks about, who speaks) when "What did Altman say about Sutskever?" is answered with
    words another says to the one asked about, within the answer (``text[start:end]``): "«Sutskever informed Altman
    he was being fired»" (0.50 before, in a report outside the seeds), then "Sutskever «informed Altman he was being
    fired»" (0.53); () otherwise. None of SQuAD v1.1 train's 733 gold answers to questions about what someone said
    is flagged."""
    asked = _SAID_ASKED.search(question)
    told = _TOLD_TO.search(text, line_sentence(text, start, end)[0], end) if asked else None
    if not asked or not told or told.end() <= start:  # the telling within the answer, or its speaker just before
        return ()
    names = {stem(w) for w in words(asked.group(1))}
    hearer, speaker = {stem(w) for w in words(told.group(2))}, {stem(w) for w in words(told.group(1))}
    return (asked.group(1), told.group(1)) if names & hearer and not names & speaker else ()


# "…," said «Priya Natarajan»: the one who says the sentence
_SAID_BY = re.compile(r"\b(?:said|says|told\s+\w+)\s+$")
# what a question about words asks: "Who warned …?", "Who said …?"
_WORDS_ASKED = re.compile(
    r"\b(?:sa(?:y|id|ys)|sp(?:oke|eak\w*)|t(?:old|ell\w*)|call\w*|describ\w*|warn\w*|claim\w*|argu\w*|stat\w*|"
    r"announc\w*|quot\w*|critici\w*|prais\w*|comment\w*|predict\w*|disparag\w*|inform\w*|wr(?:ote|ite\w*))\b",
    re.I,
)


def quoted_on_another_matter(question: str, text: str, start: int, end: int) -> str:
    """What "Who founded Cloudflare?" asks when the answer (``text[start:end]``) only says its sentence, which has
    none of the question's words: '"A single bad file … can stop a large part of the economy," said «Priya
    Natarajan»' (0.58, in a set of outside reports on a cloud outage, the founding told in the next sentence); ""
    otherwise, and for questions about what was said. 1 of SQuAD v1.1 train's 87,599 gold answers is flagged
    ("«Martin Luther», who initiated the Protestant Reformation, said: …" for who started that church)."""
    if not re.match(r"\W*who\b", question, re.I) or _WORDS_ASKED.search(question):
        return ""
    if not (_SAID_BY.search(text, max(0, start - 20), start) or _SAID_AFTER.match(text, end)):
        return ""
    asked = {stem(w) for w in words(question)[1:] if w.lower() not in STOPWORDS}
    first, last = line_sentence(text, start, end)
    if not asked or asked & stems(text[first:last]):
        return ""
    return "the one it asks about, not someone quoted on another matter"
