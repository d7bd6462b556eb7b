"""Mutation check: apply named bugs to the core modules one at a time and see whether the tests catch each.

    .venv/bin/python scripts/mutate.py            # all mutants (about two hours on 2 cores)
    .venv/bin/python scripts/mutate.py rrf-dense-only reader-first-window

Each mutant replaces one exact piece of source text, runs the tests that cover
that module, and restores the file, also when stopped by Ctrl-C or SIGTERM. A
mutant is *killed* when those tests fail.
The share killed is printed at the end. Not part of CI: it runs the suite many times.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


FUSION = ("tests/index/test_fusion.py", "tests/qa/test_retrieval.py", "tests/index/test_bm25.py")
READER = ("tests/qa/test_reader.py",)
# the verifier's tests, split by the module whose checks they hold
VERIFY = (
    "tests/qa/test_verify.py",
    "tests/qa/test_answer_types.py",
    "tests/qa/test_lexical.py",
    "tests/qa/test_roles.py",
    "tests/qa/test_events.py",
    "tests/qa/test_speech.py",
    "tests/qa/test_lists.py",
    "tests/qa/test_offices.py",
    "tests/qa/test_contests.py",
    "tests/qa/test_places.py",
    "tests/qa/test_figures.py",
    "tests/qa/test_times.py",
)
AGGREGATE = ("tests/qa/test_aggregate.py", *VERIFY)
STORE = ("tests/index/test_store.py", "tests/index/test_manifest.py", "tests/index/test_bm25.py")
CORPUS = ("tests/qa/test_corpus.py",)
CONTRACT = ("tests/index/test_store_contract.py",)
SUPPORT_TRAINING = ("tests/training/test_train_support.py",)
READER_TRAINING = ("tests/training/test_train_reader.py",)
RUNTIME = ("tests/index/test_runtime.py",)

MUTANTS = [
    Mutant(
        "rrf-dense-only",
        "index/local_store.py",
        "rrf([[(i, r) for i, r, _ in dense], [(i, r) for i, r, _ in sparse]], params.rrf_k)",
        "rrf([[(i, r) for i, r, _ in dense]], params.rrf_k)",
        FUSION,
    ),
    Mutant("rrf-rank-from-zero", "index/fusion.py", "enumerate(ranking, 1)", "enumerate(ranking)", FUSION),
    Mutant("rrf-ignores-k", "index/fusion.py", "1.0 / (k + rank)", "1.0 / rank", FUSION),
    Mutant(
        "reader-first-window",
        "qa/reader.py",
        "        for f, pair_index in enumerate(enc.sample):\n",
        "        for f, pair_index in enumerate(enc.sample):\n"
        "            if f > 0 and enc.sample[f - 1] == pair_index:\n"
        "                continue\n",
        READER,
    ),
    Mutant("reader-span-end-exclusive", "qa/reader.py", "offsets[ei][1]", "offsets[ei][0]", READER),
    Mutant("reader-band-one-token", "qa/reader.py", "(j - i < self.max_answer_tokens)", "(j - i < 1)", READER),
    Mutant("reader-unsorted", "qa/reader.py", "spans.sort(key=lambda s: -s.confidence)", "pass", READER),
    Mutant("trim-keeps-commas", "qa/reader.py", 'last in ",;:"', 'last in ";:"', ("tests/qa/test_settings.py",)),
    Mutant(
        "aggregate-no-merge",
        "qa/aggregate.py",
        "key = normalize_answer(span.text)",
        "key = f'{span.passage_index}:{span.text}'",
        AGGREGATE,
    ),
    Mutant(
        "aggregate-duplicate-sentences",
        "qa/aggregate.py",
        "            if (article.id, s_start) in seen:\n",
        "            if False:\n",
        AGGREGATE,
    ),
    Mutant(
        "aggregate-worst-first",
        "qa/aggregate.py",
        "members.sort(key=lambda m: -m[0].confidence)",
        "members.sort(key=lambda m: m[0].confidence)",
        AGGREGATE,
    ),
    Mutant(
        "verify-keeps-metadata",
        "qa/verify.py",
        "            self.not_evidence\n            or self.wrong_kind\n",
        "            self.wrong_kind\n",
        VERIFY,
    ),
    Mutant(
        "verify-reader-order-only",
        "qa/verify.py",
        "                v.probability < threshold,\n                v.probability <= 0.0,\n"
        "                bool(v.check.not_evidence),  # vetoed, so at probability 0\n",
        "",
        VERIFY,
    ),
    Mutant("verify-no-veto", "qa/verify.py", "> KEY_MISSING_LIMIT", "> 1.0", VERIFY),
    Mutant(
        "verify-support-ignored",
        "qa/verify.py",
        'features={**check.features, "support": logit}',
        'features={**check.features, "support": 0.0}',
        VERIFY,
    ),
    Mutant(
        "role-any-title-matches",  # the title the evidence gives is never compared with the office asked for
        "qa/offices.py",
        "    if not given or given & asked:\n        return ()\n    return min(asked), named",
        "    return ()",
        VERIFY,
    ),
    Mutant(
        "role-untitled-not-looked-up",  # a name untitled where cited is not judged by its titles elsewhere
        "qa/offices.py",
        "    if not given:  # untitled here",
        "    if False:  # untitled here",
        VERIFY,
    ),
    Mutant(
        "owner-swap-not-vetoed",
        "qa/verify.py",
        "            or self.owner_swapped\n",
        "",
        VERIFY,
    ),
    Mutant(
        "subject-answer-allowed",  # "Which US senator did Dar meet?" may be answered "Ishaq Dar"
        "qa/roles.py",
        'return subject.group(1) if stem(said[-1]) == stem(subject.group(1).split()[-1]) else ""',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "object-answer-allowed",  # "Who hosted Munir?" may be answered "Syed Asim Munir"
        "qa/roles.py",
        "    return done_to.group(2)\n",
        '    return ""\n',
        VERIFY,
    ),
    Mutant(
        "apposed-name-only-at-once",  # "Who did Rubio speak with?" answered "US Secretary of State" (0.68)
        "qa/roles.py",
        "    for j in range(i, min(i + (3 if titled else 1), len(after))):",
        "    for j in range(i, min(i + 1, len(after))):",
        VERIFY,
    ),
    Mutant(
        "apposed-past-given-names-untitled",  # "Where was John Edwards a senator?" not answered "North Carolina"
        "qa/roles.py",
        "    for j in range(i, min(i + (3 if titled else 1), len(after))):",
        "    for j in range(i, min(i + 3, len(after))):",
        VERIFY,
    ),
    Mutant(
        "object-of-founding-counts",  # "Who founded Gucci?" may not be answered "Guccio Gucci"
        "qa/roles.py",
        "if not done_to or stem(done_to.group(1)) in _BEARS_DOER_NAME:",
        "if not done_to:",
        VERIFY,
    ),
    Mutant(
        "object-of-org-counts",  # "Who runs Guam?" may not be answered "Government of Guam"
        "qa/roles.py",
        ' or lower[-len(name) - 1 : -len(name)] == ["of"]:',
        ":",
        VERIFY,
    ),
    Mutant(
        "two-people-one-office",  # "Which US Commerce Secretary ...?" answered with two people
        "qa/roles.py",
        '    return office if titled or named else ""',
        '    return office if named else ""',
        VERIFY,
    ),
    Mutant(
        "span-across-sentences-allowed",  # "randomized algorithms. A non-deterministic Turing machine"
        "qa/verify.py",
        "            or self.across_sentences\n",
        "",
        VERIFY,
    ),
    Mutant(
        "speaker-not-compared",  # what Aurangzeb said answers "What did Greer say?"
        "qa/speech.py",
        "return () if names & {stem(w) for w in said_by} else",
        "return () if True else",
        VERIFY,
    ),
    Mutant(
        "posting-not-compared",  # Pakistan's ambassador to the US answers "Who is the US ambassador to Pakistan?"
        "qa/offices.py",
        '    if any(same_place(place, " ".join(there[:k])) for k in range(min(len(words(place)), len(there)),',
        "    if there or any(() for k in range(min(len(words(place)), len(there)),",
        VERIFY,
    ),
    Mutant(
        "owner-not-compared",  # Pakistan's ambassador answers "Who is the US ambassador to Pakistan?"
        "qa/offices.py",
        "    if not same_place(owner, other):\n        return True",
        "    if False:\n        return True",
        VERIFY,
    ),
    Mutant(
        "department-not-compared",  # Pakistan's finance chief answers "Who is Pakistan's commerce minister?"
        "qa/offices.py",
        "    return bool(asked_words and given_words and not asked_words & given_words)",
        "    return False",
        VERIFY,
    ),
    Mutant(
        "rank-not-compared",  # the Deputy Prime Minister answers "Who is Pakistan's Prime Minister?"
        "qa/offices.py",
        "return office & _RANKS == ranks and",
        "return True or",
        VERIFY,
    ),
    Mutant(
        "branch-not-compared",  # the Foreign Minister answers "Who is Pakistan's finance minister?"
        "qa/offices.py",
        "(not branches or office & _BRANCHES <= branches)",
        "True",
        VERIFY,
    ),
    Mutant(
        "owner-elsewhere-not-read",  # "Who is the President of Pakistan?" answered with the US President
        "qa/offices.py",
        "named += _titles_of(name[-1], tuple(dict.fromkeys((text, *others))))",
        "named += []",
        VERIFY,
    ),
    Mutant(
        "owner-without-s-ignored",  # "US President Donald Trump" read as no owner's
        "qa/offices.py",
        "(_GIVEN_OWNER.search(title), _PLACE_OWNER.search(title))",
        "(_GIVEN_OWNER.search(title),)",
        VERIFY,
    ),
    Mutant(
        "nationality-as-a-name",  # "Which company ...?" answered "American", from "an American company"
        "qa/verify.py",
        "or roles.nationality_for_a_name(question, article.text, c.start, c.end)",
        'or ""',
        VERIFY,
    ),
    Mutant(
        "initials-not-spelt",  # "the United States" not found beside "US President"
        "qa/lexical.py",
        "*parts, *spelt, *initials, *titles))",
        "*parts, *initials, *titles))",
        VERIFY,
    ),
    Mutant(
        "department-as-owner",  # "the State Department spokesperson" read as a country's
        "qa/offices.py",
        'return "" if _DEPARTMENTS.intersection(_office_stems(owner)) else owner',
        "return owner",
        VERIFY,
    ),
    Mutant(
        "batch-not-parted",  # the reader's 5 windows of 384 tokens in one call: the arena keeps 50 MB more
        "index/runtime.py",
        "        if batch <= step:\n            return self.model(**inputs)",
        "        if True:\n            return self.model(**inputs)",
        RUNTIME,
    ),
    Mutant(
        "parts-out-of-order",  # the windows' outputs joined in another order
        "index/runtime.py",
        "return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}",
        "return {k: np.concatenate([p[k] for p in parts[::-1]]) for k in parts[0]}",
        RUNTIME,
    ),
    Mutant(
        "past-holder-not-vetoed",  # "Who is the President ...?" answered with "the previous administration under ..."
        "qa/verify.py",
        "    offices.former_holder,\n",
        "",
        VERIFY,
    ),
    Mutant(
        "support-reads-vetoed",  # costs time, changes no answer: only the test of what it reads sees it
        "qa/verify.py",
        "if j == i and (k in judged or (k == 0 and stand_in))]",
        "if j == i]",
        VERIFY,
    ),
    Mutant(
        "support-stand-in-dropped",  # a citation past the read ones loses its candidate's reading
        "qa/verify.py",
        "stand_in = any((i, k) not in order for k in judged)",
        "stand_in = False",
        VERIFY,
    ),
    Mutant(
        "age-not-checked",  # "one-on-one" answers "How old is Asim Munir?"
        "qa/answer_types.py",
        'return "an age"',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "support-context-ignored",  # the support model reads the sentence alone whatever it was trained on
        "qa/support.py",
        "if context_words > 0 else",
        "if False else",
        ("tests/qa/test_support.py", *VERIFY),
    ),
    Mutant(
        "verify-all-citations-count",
        "qa/verify.py",
        "for p, c, _ in scored if p >= threshold)",
        "for p, c, _ in scored)",
        VERIFY,
    ),
    Mutant(
        "span-title-ignored",  # "Ambassador Rizwan Saeed Sheikh": the title inside the reader's span is not looked at
        "qa/offices.py",
        "            return m.start() if m.start() > start else start\n",
        "            return start\n",
        VERIFY,
    ),
    Mutant(
        "own-envoy-allowed",  # "Pakistan’s Ambassador" answers "Who is the ambassador to Pakistan?"
        "qa/offices.py",
        "if not given and not (owned and same_place(place, owned[1])):",
        "if not given:",
        VERIFY,
    ),
    Mutant(
        "capitalised-office-unread",  # "Pakistan's Trade Representative" is not read as an owner's office
        "qa/offices.py",
        "(?:(['’]s)\\s+((?:[A-Za-z-]+\\s+){{0,2}})",
        "(?:(['’]s)\\s+((?:[a-z-]+\\s+){{0,2}})",
        VERIFY,
    ),
    Mutant(
        "listed-beside-allowed",  # "agriculture, technology" answers "Which minerals ...?" from "..., and minerals"
        "qa/verify.py",
        "        or lists.listed_beside(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sibling-of-topic-allowed",  # "minerals" answers "Which crops were discussed in the agriculture talks?"
        "qa/verify.py",
        "        or lists.sibling_of_asked(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sibling-list-without-commas",  # "cotton and agriculture aid" is no list of sectors
        "qa/lists.py",
        ' or listed.group().count(",") < 2:',
        ":",
        VERIFY,
    ),
    Mutant(
        "birthplace-without-birth",  # "Pakistan" (’s army chief) answers "Where was Asim Munir born?"
        "qa/verify.py",
        "        or events.event_unsaid(question, window)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "birth-said-only-as-born",  # "(b. Netherlands 1659)" says where Lofting was born
        "qa/events.py",
        "|natives?|hometown|née|b\\.)(?!\\w)",
        "|natives?|hometown|née)(?!\\w)",
        VERIFY,
    ),
    Mutant(
        "any-hyphen-tells-an-end",  # "U.S.-Pakistan" would say when the Dialogue ends
        "qa/events.py",
        "\\d\\s*[-–—]\\s*\\d|[–—]",
        "[-–—]",
        VERIFY,
    ),
    Mutant(
        "office-for-a-stance-allowed",  # "Secretary" answers "What is Rubio's position on the Kashmir dispute?"
        "qa/verify.py",
        "        or offices.office_for_stance(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "a-seat-on-a-board-is-a-stance",  # "chairman" would not answer "What is Dar's position on the board?"
        "qa/offices.py",
        "if stance and titled and not _BODY.match(question, stance.end())",
        "if stance and titled",
        VERIFY,
    ),
    Mutant(
        "one-word-alike-is-one-place",  # "United Nations" taken for "United States"
        "qa/places.py",
        "    return bool(shorter) and all(any(same_name(x, y) for y in longer) for x in shorter)\n",
        "    return any(same_name(x, y) for x in shorter for y in longer)\n",
        VERIFY,
    ),
    Mutant(
        "posting-prefix-of-one-word",  # "United" of "United States Rizwan ..." taken for the posting asked
        "qa/offices.py",
        "range(min(len(words(place)), len(there)), len(there) + 1)",
        "range(1, len(there) + 1)",
        VERIFY,
    ),
    Mutant(
        "full-name-as-asked",  # the support model reads "Muhammad Aurangzeb" beside "Aurangzeb said": -2.81
        "qa/verify.py",
        "            asked = rewording.surnamed_as(asked, c.sentence, text)\n",
        "",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "paraphrase-as-asked",  # the support model reads "top diplomat" beside "Secretary of State": -1.41
        "qa/verify.py",
        "            asked = rewording.paraphrased_as(asked, c.sentence, c.start - c.sentence_start)\n",
        "",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "paraphrase-though-the-word-is-there",  # "foreign minister" rewritten beside "Foreign Minister"
        "qa/rewording.py",
        "        if {stem(w) for w in asked} <= in_sentence:\n            continue\n",
        "",
        VERIFY,
    ),
    Mutant(
        "paraphrase-farthest-from-the-answer",  # "Rubio" read against the foreign minister of the sentence
        "qa/rewording.py",
        "        _, s, e = min(found)\n",
        "        _, s, e = max(found)\n",
        VERIFY,
    ),
    Mutant(
        "unnamed-company-allowed",  # "Which firm was chosen?" answered "American company" (0.61)
        "qa/verify.py",
        "        or events.unnamed_one(question, article.text, c.start, c.end)\n",
        "",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "unnamed-targets-allowed",  # "Which Indian military targets did Pakistan strike?" answered the missile (0.77)
        "qa/verify.py",
        "        or events.left_unnamed(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "unnamed-even-before-an-example",  # "Several caretaker managers …; examples include «Paul Hart»" vetoed
        "qa/events.py",
        "        if end > some.start() or _NAMED_AFTER.match(text, phrase_end):\n",
        "        if _NAMED_AFTER.match(text, phrase_end):\n",
        VERIFY,
    ),
    Mutant(
        "how-much-any-words",  # "How much investment did Aurangzeb secure?" answered "long-term" (0.47)
        "qa/answer_types.py",
        " | AUXILIARIES and not _AMOUNT.search(span):",
        " | AUXILIARIES and False:",
        VERIFY,
    ),
    Mutant(
        "nothing-said-allowed",  # "What did Joe Biden say about Pakistan?" answered "ignored" (0.68)
        "qa/verify.py",
        "        or speech.nothing_said(question, window)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "nothing-said-of-the-article",  # "What does the article say about Biden?" vetoed
        "qa/speech.py",
        "(?!(?:the\\s+)?(?:article|text|passage|report|",
        "(?!(?:the\\s+)?(?:text|passage|report|",
        VERIFY,
    ),
    Mutant(
        "end-for-start-allowed",  # "When did the standoff begin?" answered with the day it ended (0.57)
        "qa/verify.py",
        "        or times.end_for_start(question, terms, article.text, sentence_span, c.start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "end-for-start-despite-until",  # "not sponsored until «July 18, 1896»" vetoed for when it began
        "qa/times.py",
        '|erupt\\w*|open\\w*|outbreak|until|till)\\b",',
        '|erupt\\w*|open\\w*|outbreak)\\b",',
        VERIFY,
    ),
    Mutant(
        "one-name-for-two",  # "Which two US officials did Aurangzeb meet?" answered "Jamieson Greer" (0.69)
        "qa/answer_types.py",
        "    if several and _ONE_NAME.match(span):\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "two-time-is-two",  # "Which two-time winner graduated from BYU?" vetoed for one name
        "qa/answer_types.py",
        "(two|three|four|five|both)\\s+(?!letter|digit|time)(",
        "(two|three|four|five|both)[\\s-]+(?!letter|digit)(",
        VERIFY,
    ),
    Mutant(
        "end-for-start-whatever-ended",  # "When did the ceasefire begin?" vetoed for "ended with a ceasefire on May 10"
        "qa/times.py",
        '    return "" if stems(before[ended[-1].end() :]) & set(terms.all) else "when it began"\n',
        '    return "when it began"\n',
        VERIFY,
    ),
    Mutant(
        "caption-is-evidence",  # "On what date did Dar meet Rubio?" answered from a photo caption alone (0.83)
        "qa/verify.py",
        "    if rest and is_metadata_line(rest):\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "past-for-a-time-to-come",  # "When will Dar and Rubio meet next?" answered "last month" (0.48)
        "qa/answer_types.py",
        "    if FUTURE_ASKED.search(q) and _GONE_BY.match(span):\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "posting-is-nationality",  # "Which US official …?" judged on Pakistan's ambassador to the US (0.42)
        "qa/offices.py",
        '    before = _POSTED_TO.sub("", titled)\n',
        "    before = titled\n",
        VERIFY,
    ),
    Mutant(
        "nationality-after-no-adjective",  # "Which senior US officials received Dar?" got Pakistan’s envoy (0.57)
        "qa/offices.py",
        "(?:(?:senior|top|former|other|two|three)\\s+)?({_PLACE})",
        "({_PLACE})",
        VERIFY,
    ),
    Mutant(
        "to-come-by-names-only",  # "Which Pakistani city hosted the counterterrorism talks last year?" answered (0.87)
        "qa/times.py",
        "        if stems(m.group(at)) & set(terms.key) or named & set(terms.all):\n",
        "        if stems(m.group(at)) & set(terms.key):\n",
        VERIFY,
    ),
    Mutant(
        "to-come-opening-capital",  # "Operations were planned to …" read as a name
        "qa/times.py",
        "            if w.group()[0].isupper() and sentence[: w.start()].strip()\n",
        "            if w.group()[0].isupper()\n",
        VERIFY,
    ),
    Mutant(
        "excepted-always-dropped",  # "Which city besides New York …?" read as "Which city …?" beside New York
        "qa/rewording.py",
        '    if not m or {stem(w) for w in words(m.group(1)) if w.lower() != "the"} <= stems(sentence):\n',
        "    if not m:\n",
        VERIFY,
    ),
    Mutant(
        "excepted-kept",  # "Which city besides Washington did Dar visit?" abstained (0.39)
        "qa/verify.py",
        "            asked = rewording.without_excepted(asked, c.sentence)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "goods-not-exports",  # "How high were the reciprocal duties placed on goods from Pakistan?" abstained (0.19)
        "qa/rewording.py",
        '    "goods": ("exports", "imports", "products"),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "month-for-a-day",  # "Which day will the Counterterrorism Dialogue start?" answered "August" (0.76)
        "qa/answer_types.py",
        "(_MONTH.search(span) or _LONGER_THAN_A_DAY.match(span)",
        "(_LONGER_THAN_A_DAY.match(span)",
        VERIFY,
    ),
    Mutant(
        "unnamed-of-any-kind",  # "What kind of company was selected?" vetoed for "an American company"
        "qa/events.py",
        " or _KIND_OF.search(asked.group(1)):",
        ":",
        VERIFY,
    ),
    Mutant(
        "top-diplomat-any-office",  # "Who is Pakistan's top diplomat?" answered with its ambassador (0.72)
        "qa/offices.py",
        '    return roles | {"minister"} if _TOP_DIPLOMAT.search(question) else roles\n',
        "    return roles\n",
        VERIFY,
    ),
    Mutant(
        "america-not-us",  # "Who is America's top diplomat?" vetoed beside "US Secretary of State"
        "qa/lexical.py",
        '"US": "United States America", "USA": "United States America"',
        '"US": "United States", "USA": "United States"',
        VERIFY,
    ),
    Mutant(
        "object-of-the-asked-verb-allowed",  # "Who hosted the army chief?" answered with the army chief (0.68)
        "qa/roles.py",
        '    return _object_of_asked(question, content, before) if answer[0][0].isupper() else ""\n',
        '    return ""\n',
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "object-after-a-noun-of-the-verb",  # "the training ground for X" read as "trained X"
        "qa/roles.py",
        'before[k][2].endswith("ed") and stem(before[k][2]) == verb',
        "stem(before[k][2]) == verb",
        VERIFY,
    ),
    Mutant(
        "object-without-an-office",  # "Who hosted the lunch?" vetoes the guest as "the lunch" named
        "qa/roles.py",
        "    if not shared & OFFICE_STEMS:",
        "    if not shared:",
        VERIFY,
    ),
    Mutant(
        "launched-by-another-for-a-people",  # "Which Indian operation?" answered with Pakistan's (0.79)
        "qa/roles.py",
        "    owner = owned.group(1) or owned.group(2) if owned else",
        "    owner = owned.group(1) or owned.group(1) if owned else",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "launched-by-a-pronoun-is-anothers",  # "They launched Operation Serval" vetoed for France's operation
        "qa/roles.py",
        "    if subject.lower() in PRONOUNS or same_place(owner, subject):",
        "    if same_place(owner, subject):",
        VERIFY,
    ),
    Mutant(
        "still-to-come-allowed",  # "Which city hosted the Counterterrorism Dialogue?" answered from "upcoming" (0.78)
        "qa/verify.py",
        "        or times.still_to_come(question, terms, c.sentence)\n",
        "",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "still-to-come-though-asked-so",  # "Where will the Dialogue be held?" vetoed
        "qa/times.py",
        "_PLAN_ASKED.search(question) or not _TO_COME_WORD.search(sentence):",
        "not _TO_COME_WORD.search(sentence):",
        VERIFY,
    ),
    Mutant(
        "past-verb-of-any-case",  # "Which United Nations body ...": "United" read as a verb in the past
        "qa/times.py",
        '(?:[a-z]+\\s+){0,2}[a-z]+ed\\b"\n',
        '(?:[a-z]+\\s+){0,2}[a-z]+ed\\b", re.I\n',
        VERIFY,
    ),
    Mutant(
        "still-to-come-any-thing",  # "the upcoming Dialogue" vetoes a question about the trade talks
        "qa/times.py",
        "        if stems(m.group(at)) & set(terms.key) or named & set(terms.all):\n",
        "        if True:\n",
        VERIFY,
    ),
    Mutant(
        "visited-elsewhere-allowed",  # "When did Rubio visit Islamabad?" answered "Friday", met in Washington (0.55)
        "qa/verify.py",
        "        or events.visited_elsewhere(question, c.sentence)\n",
        "",
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "city-in-no-country",  # a visit to China vetoed from a meeting in Beijing
        "qa/places.py",
        "    return bool((a.country or b.country) and a.countries & b.countries)\n",
        "    return a.name == b.name\n",
        VERIFY,
    ),
    Mutant(
        "compared-to-a-place",  # "compared to Hawaii" taken for where a visit to Guam was
        "qa/events.py",
        '_AT_PLACE = re.compile(rf"\\b(?:in|at)\\s+',
        '_AT_PLACE = re.compile(rf"\\b(?:in|to|at)\\s+',
        VERIFY,
    ),
    Mutant(
        "us-no-place",  # "U.S." and "America" unknown: a visit there is never checked
        "qa/places.py",
        "        if (found := _table().get(_ALIASES.get(k, k))) is not None:\n",
        "        if (found := _table().get(k)) is not None:\n",
        VERIFY,
    ),
    Mutant(
        "place-with-its-full-stop",  # "in Washington." at a sentence's end: no known place, no veto
        "qa/places.py",
        '    for k in (key, key.rstrip(".")):\n',
        "    for k in (key,):\n",
        VERIFY,
    ),
    Mutant(
        "a-bare-last-is-a-date",  # "On what date did Dar meet Rubio?" answered "last" (0.53) with its sentence cut
        "qa/answer_types.py",
        " or _ONLY_WHEN.match(span)):",
        "):",
        VERIFY,
    ),
    Mutant(
        "another-kind-of-thing-allowed",  # "What operation did Pakistan launch?" answered "Al-Fatah missile system"
        "qa/verify.py",
        "        or events.other_kind_of_thing(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "kind-noun-as-a-modifier",  # "What German war policy ...?" read as asking for a war
        "qa/events.py",
        '|[a-z]+ed)\\b|\\W*$)",',
        '|[a-z]+ed)\\b|\\W*$|\\s)",',
        VERIFY,
    ),
    Mutant(
        "him-is-no-one",  # "Sheikh accompanied him" read against "Who accompanied Dar?": -1.74, Rubio answered
        "qa/rewording.py",
        '_HE_OR_SHE = re.compile(r"\\b([Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\\b")',
        '_HE_OR_SHE = re.compile(r"\\b([Hh]e|[Ss]he)\\b")',
        VERIFY + ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "him-before-she",  # "She told him": "him" taken as another person of the sentence
        "qa/rewording.py",
        "    pronouns = subjects or {_PERSON_OF[w] for w in used}\n",
        "    pronouns = {_PERSON_OF[w] for w in used}\n",
        VERIFY,
    ),
    Mutant(
        "dateline-reason-first",  # "When did Rubio visit Islamabad?" explained by the dateline's date
        "qa/verify.py",
        "                bool(v.check.not_evidence),  # vetoed, so at probability 0\n",
        "",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "surname-after-another-name",  # "Ali Aurangzeb" read as the asked "Muhammad Aurangzeb"
        "qa/rewording.py",
        "        if not last or not last.group()[0].isupper():\n",
        "        if True:\n",
        VERIFY,
    ),
    Mutant(
        "launched-by-another-allowed",  # Pakistan's operation answers "What was the name of India's operation?"
        "qa/verify.py",
        "        or roles.done_by_another(question, c.sentence, c.start - c.sentence_start)\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "owners-people-are-another",  # "the Pakistani Army launched" is Pakistan's
        "qa/roles.py",
        "subject.lower() in PRONOUNS or same_place(owner, subject):",
        "subject.lower() in PRONOUNS:",
        VERIFY,
    ),
    Mutant(
        "matchup-is-a-length",  # "one-on-one" answers "How long did the lunch last?"
        "qa/answer_types.py",
        '_POINT_IN_TIME.match(span) or not _LENGTH_OF_TIME.search(_MATCHUP.sub("", span))',
        "_POINT_IN_TIME.match(span)",
        VERIFY,
    ),
    Mutant(
        "two-names-one-office",  # "Dar and Rubio" answers "Who is Pakistan's Foreign Office spokesperson?"
        "qa/roles.py",
        'return office if titled or named else ""',
        'return office if titled else ""',
        VERIFY,
    ),
    Mutant(
        "weekday-is-a-date",  # "Monday" answers "On what date was the call reported?"
        "qa/answer_types.py",
        "(_POINT_IN_TIME.match(span) or _BARE_WEEKDAY.match(span) or _ONLY_WHEN.match(span))",
        "(_POINT_IN_TIME.match(span) or _ONLY_WHEN.match(span))",
        VERIFY,
    ),
    Mutant(
        "matchup-is-a-number",  # "one-on-one" answers "How many people attended the lunch?"
        "qa/answer_types.py",
        "if how_many and _MATCHUP.search(span)",
        "if how_many and _MATCHUP.search(span) and False",
        VERIFY,
    ),
    Mutant(
        "other-nationality-allowed",  # "Howard Lutnick" (US Commerce Secretary) answers "Which Pakistani official ...?"
        "qa/verify.py",
        "    offices.other_nationality,\n",
        "",
        VERIFY,
    ),
    Mutant(
        "people-not-found-by-country",  # "Pakistani ambassador" vetoed as absent from "Pakistan’s Ambassador ..."
        "qa/roles.py",
        "not any(names_people_of(t, s) or initials_of_people(t, s) for s in text_stems)",
        "not any(initials_of_people(t, s) for s in text_stems)",
        VERIFY,
    ),
    Mutant(
        "country-found-by-people",  # "What missile system did India use?" covered by "Indian military targets"
        "qa/roles.py",
        "not any(names_people_of(t, s) or initials_of_people(t, s) for s in text_stems)",
        "not any(names_people_of(t, s) or names_people_of(s, t) or initials_of_people(t, s) for s in text_stems)",
        VERIFY,
    ),
    Mutant(
        "owner-never-confirmed",  # "Who is Pakistan's foreign minister?" vetoed: the cited sentence says not whose
        "qa/verify.py",
        "    if missing_key and offices.owner_confirmed(",
        "    if False and offices.owner_confirmed(",
        VERIFY,
    ),
    Mutant(
        "owner-never-contradicted",  # "Mohammad Ishaq Dar" answers "Who is the US foreign minister?"
        "qa/verify.py",
        "        partial(offices.owner_contradicted, others=retrieved),\n",
        "",
        VERIFY,
    ),
    Mutant(
        "before-a-single-name-allowed",  # "Muhammad Aurangzeb" answers "Who was ... before Aurangzeb?"
        "qa/answer_types.py",
        "if name and re.search(",
        "if False and re.search(",
        VERIFY,
    ),
    Mutant(
        "count-of-all-for-some",  # "26" (people, most of them tourists) answers "How many tourists ...?"
        "qa/verify.py",
        "        or figures.counted_among(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-of-people-for-a-kind",  # "26" (people, most of them tourists) answers "How many soldiers died?"
        "qa/figures.py",
        '    return f"a count of {kind}" if people and kind else ""\n',
        '    return ""\n',
        VERIFY,
    ),
    Mutant(
        "count-of-all-in-the-span-allowed",  # "26 people, most of them tourists" answers "How many tourists ...?"
        "qa/figures.py",
        "        part = inside if inside and inside.start() < end else None\n",
        "        part = None\n",
        VERIFY,
    ),
    Mutant(
        "people-including-are-others",  # "40 people, including 12 children" vetoed for "How many soldiers ...?"
        "qa/figures.py",
        "    people = bool(mostly and counted",
        "    people = bool(counted",
        VERIFY,
    ),
    Mutant(
        "dateline-is-evidence",  # "ISLAMABAD: Dar met Rubio ..." covers "When did Rubio visit Islamabad?"
        "qa/verify.py",
        "    skip = dateline_end(article.text)\n",
        "    skip = 0\n",
        VERIFY,
    ),
    Mutant(
        "title-is-another-name",  # "Secretary Rubio" swaps the question's "Marco Rubio"
        "qa/roles.py",
        "and t[o].lower() not in TITLE_NOUNS",
        "",
        VERIFY,
    ),
    Mutant(
        "pronoun-keeps-the-title",  # "What is his military rank?" read with "Field Marshal" in it
        "qa/followup.py",
        "    name = words[last_title + 1 :]\n",
        "    name = words\n",
        ("tests/qa/test_followup.py",),
    ),
    Mutant(
        "verify-reads-every-candidate",  # the support model reads candidates that could change nothing shown
        "qa/verify.py",
        "if shown is None or could_differ(shown.answer, answers[i])]",
        "]",
        VERIFY,
    ),
    Mutant(
        "conflicts-same-article-could-differ",
        "qa/conflicts.py",
        " or not set(other.articles) - set(first.articles):",
        ":",
        ("tests/qa/test_conflicts.py",),
    ),
    Mutant("types-date-anything", "qa/answer_types.py", "        return has_date\n", "        return True\n", VERIFY),
    Mutant(
        "evidence-no-stemming",
        "qa/lexical.py",
        "return _stemmer().stemWord(_BASE_OF.get(plain, plain))",
        "return plain",
        VERIFY,
    ),
    Mutant(
        "store-no-shape-check",
        "index/local_store.py",
        "    if (\n        seg.embeddings.shape != (n, dim)",
        "    if False and (\n        seg.embeddings.shape != (n, dim)",
        STORE,
    ),
    Mutant(
        "store-no-retry", "index/local_store.py", "                if now == name:", "                if True:", STORE
    ),
    Mutant(
        "store-undecodable-raw",
        "index/local_store.py",
        "except (OSError, ValueError) as exc:  # ValueError",
        "except (OSError,) as exc:  # ValueError",
        STORE,
    ),
    Mutant(
        "manifest-tokenizer-ignored",
        "index/bm25.py",
        "stemmer=Stemmer.Stemmer(language) if language else None,",
        'stemmer=Stemmer.Stemmer("english"),',
        STORE,
    ),
    Mutant("bm25-dead-rows-counted", "index/bm25.py", "        if live is not None:\n", "        if False:\n", STORE),
    Mutant("store-removal-ignored", "index/local_store.py", "for k in gone & ids.keys():", "for k in set():", CONTRACT),
    Mutant(
        "milvus-filter-after-search",
        "index/milvus_store.py",
        'expr = expression(filters) if filters and filters.active else ""',
        'expr = ""',
        CONTRACT,
    ),
    Mutant(
        "verify-any-kind",
        "qa/verify.py",
        "            or self.wrong_kind\n            or self.lacks_key_terms\n",
        "            or self.lacks_key_terms\n",
        VERIFY,
    ),
    Mutant(
        "manifest-unchecked", "index/manifest.py", "        return cls(**values)", "        return cls(**data)", STORE
    ),
    Mutant(
        "corpus-never-swaps",
        "qa/corpus.py",
        'if self.backend.version() in ("", snapshot.index.version):',
        "if True:",
        CORPUS,
    ),
    Mutant(
        "citation-first-sentence",
        "qa/aggregate.py",
        "s_start, s_end = sentence_at(chunk.sentences, start, end)",
        "s_start, s_end = chunk.sentences[0]",
        AGGREGATE,
    ),
    Mutant(
        "hard-pairs-role-may-mark-the-answer",
        "training/train_support.py",
        "(m.end() <= a or m.start() >= z)\n        and max_over_gold(f1, m.group(), e.answers) == 0.0",
        "True",
        SUPPORT_TRAINING,
    ),
    Mutant(
        "hard-pairs-swap-from-the-sentence",
        "training/train_support.py",
        "and w.lower() not in lowered",
        "and True",
        SUPPORT_TRAINING,
    ),
    Mutant(
        "dateline-only-on-the-first-line",  # "DANANG, Vietnam (Reuters) - " after a page's headline is read as text
        "index/metadata.py",
        "            if m:\n                return m.end()\n",
        "            if m and pos == len(text) - len(text.lstrip()):\n                return m.end()\n",
        ("tests/index/test_metadata.py",) + VERIFY,
    ),
    Mutant(
        "date-lines-are-evidence",  # "Wire, Kabul, Dec 02 2020, 18:44 ist" answers where the talks were held
        "index/metadata.py",
        " or _is_date_line(s)\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "headline-names-nothing",  # "the deal" of a report headlined on the TPP: "TPP" missing, vetoed
        "qa/verify.py",
        "        | _headline_acronyms(article)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "headline-names-everyone",  # "Kerry" in the headline covers a passage on Bush's 3.5 million votes
        "qa/verify.py",
        " if w.isupper() and 2 <= len(w) <= 6}",
        "}",
        VERIFY,
    ),
    Mutant(
        "owner-not-found-in-its-people",  # "Australia's trade minister" not found in "Australian trade minister"
        "qa/verify.py",
        "        roles.owners_named_by_people(question, window)\n        | ",
        "        ",
        VERIFY,
    ),
    Mutant(
        "organisation-holds-office",  # "news agency Yonhap" answers "Who is South Korea's unification minister?"
        "qa/verify.py",
        "    offices.organisation_for_office,\n",
        "",
        VERIFY,
    ),
    Mutant(
        "owner-is-what-it-owns",  # "Roger White" (who "helped his brother") answers "… White's brother?"
        "qa/verify.py",
        "        or roles.owner_for_owned(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "prison-term-is-an-age",  # "15 years" (in prison) answers "How old is Mark Hurn?"
        "qa/verify.py",
        "        or roles.prison_term_not_asked(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "prison-term-for-a-sentence-question",  # "How long was White sentenced to?" vetoed for its prison term
        "qa/roles.py",
        "and not _TERM_ASKED.search(question):",
        ":",
        VERIFY,
    ),
    Mutant(
        "prison-term-any-another-for-how-long",  # "lasted for another 156 years" taken for a prison term
        "qa/roles.py",
        'return "a length of time other than a prison term" if _TERM_AFTER.match(text, end) else ""',
        'return "a length of time other than a prison term" if _TERM_AFTER.match(text, end) or '
        '_TERM_BEFORE.search(text, max(0, start - 30), start) else ""',
        VERIFY,
    ),
    Mutant(
        "prison-term-onto-sentence-missed",  # "onto White's prison sentence" not read as a term
        "qa/roles.py",
        'r"(?:on)?to\\s+(?:\\S+\\s+){0,2}(?:(?:prison|jail)\\s+(?:sentence|term)|sentence)\\b)"',
        'r"(?!))"',
        VERIFY,
    ),
    Mutant(
        "any-words-a-price",  # "pricey acquisition" answers "How much did Microsoft pay for Nokia's handset business?"
        "qa/answer_types.py",
        "    if _PRICE_ASKED.match(q) and not",
        "    if False and not",
        VERIFY,
    ),
    Mutant(
        "last-month-is-a-time",  # "Last month" answers "What time did Trump host Asim Munir?"
        "qa/answer_types.py",
        "        or _POINT_IN_TIME.match(span)\n        or JUST_A_DURATION.match(_HEDGE",
        "        or JUST_A_DURATION.match(_HEDGE",
        VERIFY,
    ),
    Mutant(
        "length-of-time-is-a-time",  # "one day" answers "What time did Kerry call the White House?"
        "qa/answer_types.py",
        ' or JUST_A_DURATION.match(_HEDGE.sub("", _RELATIVE.sub("", span)))',
        "",
        VERIFY,
    ),
    Mutant(
        "owner-first-name-answers",  # "Hulusi" (of "Hulusi Akar") answers "Who is Akar's Russian counterpart?"
        "qa/roles.py",
        "if t not in asked} | _owners_named_alone(question)",
        "if t not in asked}",
        VERIFY,
    ),
    Mutant(
        "citation-borrows-the-answers-scores",  # the dateline's "DANANG" lends its score to "the resort of Danang"
        "qa/verify.py",
        "    read = c.reader or answer.reader_scores\n",
        "    read = answer.reader_scores\n",
        VERIFY,
    ),
    Mutant(
        "every-passage-read-whole",  # no tokens saved
        "qa/pipeline.py",
        "(r, reading_passages(r, p, whole))",
        "(r, p)",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "window-loses-its-last-sentence",
        "qa/windows.py",
        "best[-1] + side + 1",
        "best[-1] + side",
        ("tests/qa/test_windows.py",),
    ),
    Mutant(
        "section-heading-is-evidence",  # "A Diplomatic Nod to Pakistan’s Mediation Role" supports "Pakistan"
        "qa/verify.py",
        "        if is_heading(article.text, c.sentence_start, c.sentence_start + len(c.sentence))\n",
        "        if False\n",
        (*VERIFY, "tests/qa/test_pipeline.py"),
    ),
    Mutant(
        "his-appeal-is-nobodys",  # "who filed his appeal" vetoed for "Who filed Hurn's appeal?"
        "qa/verify.py",
        "        | roles.owners_by_pronoun(question, c.sentence, article.text[:a])\n",
        "",
        VERIFY,
    ),
    Mutant(
        "reason-keeps-line-breaks",  # "“BlackBerry\nTORONTO” comes only from a dateline …"
        "qa/verify.py",
        '    return " ".join(_why(answer, check, probability, threshold).split())\n',
        "    return _why(answer, check, probability, threshold)\n",
        VERIFY,
    ),
    Mutant(
        "lower-case-question-checked-as-typed",  # "who is the us ambassador to pakistan?" → "Rizwan Saeed Sheikh"
        "qa/pipeline.py",
        "read = [truecased(r, _texts(p, current.articles)) for r, p in zip(resolved, retrieved)]",
        "read = list(resolved)",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "title-case-question-checked-as-typed",  # "Who Is The US Ambassador To Pakistan?": every word a name
        "qa/language.py",
        " or len(initials) > 2 and all(c.isupper() for c in initials):",
        ":",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "headline-in-capitals-names-words",  # "TRADE DEAL" of a capitals headline made "trade deal" a name
        "qa/language.py",
        '    text = _SHOUTED.sub(lambda m: " " * len(m.group()), text)',
        "    text = text",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "owner-without-apostrophe-unread",  # "who is indias ambassador to the us": "indias" no owner
        "qa/language.py",
        """return alone.get(word) or (f"{owner}'s" if owner else word)""",
        "return alone.get(word) or word",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "shouted-question-checked-as-typed",  # "WHO IS THE US AMBASSADOR TO PAKISTAN?": every word a name
        "qa/language.py",
        '        question = question.lower()  # "WHO IS',
        '        return question  # "WHO IS',
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "misspelling-unnamed",  # "… but not “ambasador”." without "Did you mean “ambassador”?"
        "qa/pipeline.py",
        "            results = [self._spelling_named(r, current.articles) for r in results]\n",
        "",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "earlier-turns-read-as-typed",  # "and the commerce secretary" after "who's the us trade representative"
        "qa/pipeline.py",
        "earlier = [[(plain_question(q), a) for q, a in h] for h in histories]",
        "earlier = [list(h) for h in histories]",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "question-read-as-typed",  # "Who's Pakistan's finance chief?" abstained
        "qa/pipeline.py",
        "_attributed(plain_question(q), h, outlets)",
        "_attributed(q, h, outlets)",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "span-starts-inside-a-word",  # "b" of "Aurangzeb"
        "qa/reader.py",
        "        scores[inside[0], :] = -np.inf",
        "        scores[inside[0] & False, :] = -np.inf",
        READER,
    ),
    Mutant(
        "headline-candidates-verified-first",  # "BlackBerry\nTORONTO" kept the report's "Waterloo" unread
        "qa/verify.py",
        "        answers = _reports_first(answers, articles)[: self.candidates]",
        "        answers = list(answers[: self.candidates])",
        VERIFY,
    ),
    Mutant(
        "quote-opened-in-span-left-open",  # Pakistan’s “constructive efforts
        "qa/reader.py",
        "    if len(opened) == 1 and text[end : end + 1] == _PAIRS[opened[0]]:",
        "    if False:",
        ("tests/qa/test_settings.py",),
    ),
    Mutant(
        "sentence-opening-word-as-speaker",  # "the words of The"
        "qa/speech.py",
        "w.lower() not in PRONOUNS | STOPWORDS]",
        "w.lower() not in PRONOUNS]",
        VERIFY,
    ),
    Mutant(
        "elliptical-attribution-not-a-follow-up",  # "And according to Dawn?" read as "Which And did …?"
        "qa/pipeline.py",
        '    if outlet and history and not _ELLIPTICAL.sub("", asked):',
        "    if False:",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "outlet-named-in-question-ignored",  # "…, according to Reuters?" answered from Dawn's report
        "qa/pipeline.py",
        "    asked, outlet = attributed(question, outlets)",
        '    asked, outlet = question, ""',
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "attribution-needs-no-report-word",  # "Who was hurt in Dawn raids?" read as asked of Dawn
        "qa/filters.py",
        "(?:['’]s?)?\\s+{_REPORT})",
        "(?:['’]s?)?)",
        ("tests/qa/test_filters.py",),
    ),
    Mutant(
        "support-reads-acronym-as-asked",  # "RIM" read beside "Research in Motion’s chief said"
        "qa/verify.py",
        "asked = rewording.written_as(question, c.sentence, answers[i].text)",
        "asked = question",
        VERIFY,
    ),
    Mutant(
        "acronym-spelt-out-not-mentioned",  # "does not mention RIM" of a passage about Research in Motion
        "qa/verify.py",
        "if t not in named | spelt]",
        "if t not in named]",
        VERIFY,
    ),
    Mutant(
        "owner-described-after-ignored",  # "Nader Nadery, a member of the Afghan government's team" as the Taliban's
        "qa/offices.py",
        "return _described_after(question, asked, text, sentence, start, end)",
        "return ()",
        VERIFY,
    ),
    Mutant(
        "owner-described-after-any-relation",  # "Godan, a grandson of Genghis Khan" taken for an office
        "qa/offices.py",
        "if not _SERVING.intersection(w.lower() for w in described) or same_place(owner, other):",
        "if same_place(owner, other):",
        VERIFY,
    ),
    Mutant(
        "support-reads-subject-by-name",  # "in Izmir" read beside "collapsed in the city"
        "qa/verify.py",
        "asked = rewording.referred_as(asked, c.sentence, _lead(articles[c.article_id]))",
        "pass",
        VERIFY,
    ),
    Mutant(
        "subject-reference-of-any-name",  # "in Tarsis" read as "in the city" of a report about Velmora
        "qa/rewording.py",
        "        if named <= in_opening:",
        "        if True:",
        VERIFY,
    ),
    Mutant(
        "subject-reference-the-the",  # "discuss the NTP" read as "discuss the the deal"
        "qa/rewording.py",
        "{_THE_BEFORE.sub('', before)}the {kind}",
        "{before}the {kind}",
        VERIFY,
    ),
    Mutant(
        "subject-reference-kind-doubled",  # "the NTP deal" read as "the deal deal"
        "qa/rewording.py",
        'if re.match(rf"\\s+{kind}\\b", after):',
        "if False:",
        VERIFY,
    ),
    Mutant(
        "support-reads-thing-in-full",  # "the industrial complex" read beside "closed the complex"
        "qa/verify.py",
        "asked = rewording.shortened_as(asked, c.sentence, text)",
        "pass",
        VERIFY,
    ),
    Mutant(
        "shortened-drops-telling-modifier",  # "the second complex" read as "the complex"
        "qa/rewording.py",
        "w in STOPWORDS or w in _TELLING or w in SEVERAL",
        "w in STOPWORDS",
        VERIFY,
    ),
    Mutant(
        "shortened-drops-office-modifier",  # "the foreign minister" read as any "the minister"
        "qa/rewording.py",
        "and head not in TITLE_NOUNS\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "shortened-without-the-sentences-reference",  # "the industrial complex" shortened beside "the industrial zone"
        "qa/rewording.py",
        're.search(rf"\\b[Tt]he\\s+{re.escape(head)}\\b", sentence)',
        "True",
        VERIFY,
    ),
    Mutant(
        "shortened-though-the-sentence-has-the-modifier",
        "qa/rewording.py",
        "and not {stem(w) for w in modifiers} & in_sentence",
        "",
        VERIFY,
    ),
    Mutant(
        "support-reads-handles",  # "@MIshaqDar50" read where the question says Dar
        "qa/verify.py",
        "marked = lexical.handles_spelt(marked)",
        "pass",
        VERIFY,
    ),
    Mutant(
        "handle-spelt-with-its-digits",  # "@MIshaqDar50" read as "M Ishaq Dar 50"
        "qa/lexical.py",
        "if len(p) > 1 and p.isalpha()",
        "",
        VERIFY,
    ),
    Mutant(
        "shortened-to-a-description-the-report-never-used",  # SQuAD v2.0's "the graph isolation problem"
        "qa/rewording.py",
        'and re.search(r"\\b" + r"\\s+".join(map(re.escape, run[: j + 1])) + r"\\b", report, re.I)\n',
        "\n",
        VERIFY,
    ),
    Mutant(
        "pronoun-read-inside-the-quote",  # the speaker of a long quote, named before it opens, is not found
        "qa/rewording.py",
        "stems(_before_the_quote(before)[-300:])",
        "stems(before[-300:])",
        VERIFY,
    ),
    Mutant(
        "pronoun-quote-always-open",  # a closed quote taken for an open one
        "qa/rewording.py",
        "if paragraph.count('\"') % 2 else before",
        "if paragraph.count('\"') else before",
        VERIFY,
    ),
    Mutant(
        "support-reads-person-by-name",  # "What did Dar call ...?" read beside "He also called ..."
        "qa/verify.py",
        "asked = rewording.pronoun_for(asked, c.sentence, text[: c.sentence_start])",
        "pass",
        VERIFY,
    ),
    Mutant(
        "pronoun-for-either-of-two-names",  # "What did Ana Ruiz tell Tomas?": which of the two is "she"?
        "qa/rewording.py",
        "    if len(found) != 1:\n        return question\n    m = found[0]",
        "    if not found:\n        return question\n    m = found[0]",
        VERIFY,
    ),
    Mutant(
        "source-filter-inside-words",  # "AP" keeps The Japan Times
        "index/filters.py",
        'start = r"(?<![^\\W_])" if source[:1].isalnum() else ""',
        'start = ""',
        ("tests/qa/test_filters.py",),
    ),
    Mutant(
        "term-of-office-for-who",  # "Who chaired the meetings?" answered "Pakistan’s rotating presidency" (0.53)
        "qa/answer_types.py",
        "(_A_TERM_OF_OFFICE.search(span) or _BARE_DEED.fullmatch(span))",
        "(_BARE_DEED.fullmatch(span))",
        VERIFY,
    ),
    Mutant(
        "initials-not-found-spelt-out",  # a question's "UN" missing beside "United Nations"
        "qa/lexical.py",
        "    initials = (k for k, name in _SPELT_OUT.items() if name.search(text))\n",
        "    initials = ()\n",
        VERIFY,
    ),
    Mutant(
        "opposite-allowed",  # "When were the tariffs lifted?" answered from "imposed … in April" (0.52)
        "qa/verify.py",
        "        or events.opposite_said(question, c.sentence,",
        "        or False and events.opposite_said(question, c.sentence,",
        VERIFY,
    ),
    Mutant(
        "opposite-though-negated",  # "not included" read as "excluded"
        "qa/events.py",
        "            if _NEGATED.search(sentence[: m.start()]):\n                continue\n",
        "",
        VERIFY,
    ),
    Mutant(
        "opposite-though-both-asked",  # "Did it increase or decrease?" vetoed
        "qa/events.py",
        "if not opposites or stem(word) in said or opposites.intersection(asked):",
        "if not opposites or stem(word) in said:",
        VERIFY,
    ),
    Mutant(
        "opposite-in-the-answer-allowed",  # "When was he born?" answered "died 1532"
        "qa/events.py",
        'sentence[end : m.start()] if m.start() >= end else ""',
        'sentence[end : m.start()] if m.start() >= end else "x, y"',
        VERIFY,
    ),
    Mutant(
        "place-owner-allowed",  # "Where was the mastermind arrested?" answered "Pakistan" from "Pakistan’s assistance"
        "qa/verify.py",
        "        or events.place_in_another_role(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "place-visited-for-any-where",  # "Where did the mastermind go?" vetoed for a visit
        "qa/events.py",
        "    if visited and _ORIGIN_ASKED.match(question) and (",
        "    if visited and (",
        VERIFY,
    ),
    Mutant(
        "place-visited-as-origin",  # "Where is Aurangzeb from?" answered "Washington", which he visited (0.51)
        "qa/events.py",
        "    visited = _VISITED.search(text[max(0, start - 30) : start])",
        "    visited = None",
        VERIFY,
    ),
    Mutant(
        "reason-for-a-name-allowed",  # "What is Operation Bunyanum Marsoos?" answered "need to protect civilians"
        "qa/verify.py",
        "        or events.reason_for_a_name(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "reason-not-cited",  # "citing the need to protect civilians" read as what the operation is
        "qa/events.py",
        r'r"\b(?:citing|because|due',
        r'r"\b(?:because|due',
        VERIFY,
    ),
    Mutant(
        "day-answered-by-a-month",  # "Which day did Dar meet Rubio?" answered "last month" (0.74)
        "qa/answer_types.py",
        "_MONTH.search(span) or _LONGER_THAN_A_DAY.match(span) or _ONLY_WHEN.match(span)",
        "_MONTH.search(span) or _ONLY_WHEN.match(span)",
        VERIFY,
    ),
    Mutant(
        "day-answered-by-last",  # then "last" (0.62)
        "qa/answer_types.py",
        "_MONTH.search(span) or _LONGER_THAN_A_DAY.match(span) or _ONLY_WHEN.match(span)",
        "_MONTH.search(span) or _LONGER_THAN_A_DAY.match(span)",
        VERIFY,
    ),
    Mutant(
        "hyphenated-name-as-typed",  # "dar-rubio" not read as "Dar-Rubio": the name-missing check never sees it
        "qa/language.py",
        '    if word in alone or owner or "-" not in word:',
        "    if True:",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "typed-owner-breaks-name",  # "jamieson greers" left lower case: no full name for the checks
        "qa/language.py",
        "            found = run or owned\n",
        "            found = run\n",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "rank-asked-apposed",  # "What is Munir's military rank?" vetoed for "Field Marshal" before "Asim Munir"
        "qa/lexical.py",
        "post portfolio rank job role",
        "post portfolio job",
        VERIFY,
    ),
    Mutant(
        "two-heads-allowed",  # "Who heads the Foreign Office?" answered "Dar and Rubio" (0.62)
        "qa/roles.py",
        '    if _ONE_HEAD.match(question) and _TWO_NAMES.match(answer):\n        return "head"\n',
        "",
        VERIFY,
    ),
    Mutant(
        "blame-and-blamed-allowed",  # "What did Islamabad deny?" answered "attack on Pakistan-based militants" (0.61)
        "qa/verify.py",
        "        or events.blame_and_blamed_joined(article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "number-in-a-name-allowed",  # "How many resolutions did Pakistan pass?" answered "2788" (0.80)
        "qa/verify.py",
        "        or figures.number_in_a_name(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "number-in-a-name-only-bare",  # then "Resolution 2788" (0.59)
        "qa/figures.py",
        "    if not numbered or not all(w[0].isupper() for w in text[start:at].split()):",
        "    if not numbered or at > start:",
        VERIFY,
    ),
    Mutant(
        "another-people-allowed",  # "Which Afghan group carried out the attack?" answered "Pakistan" (0.61)
        "qa/verify.py",
        "        or events.another_people(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "another-people-same-country",  # "Which Indian city ...?" may not be answered "India"
        "qa/events.py",
        "not given.country or given.countries & of.countries:",
        "not given.country:",
        VERIFY,
    ),
    Mutant(
        "people-of-country-prefix",  # "Afghan" no people of Afghanistan
        "qa/places.py",
        "if _ends_as_people(word, name) or len(word) >= 5 and name.startswith(word) and name != word",
        "if _ends_as_people(word, name)",
        ("tests/qa/test_places.py",),
    ),
    Mutant(
        "how-long-was-a-point-in-time",  # "How long was Dar's meeting with Rubio?" answered "last month" (0.70)
        "qa/answer_types.py",
        '        _POINT_IN_TIME.match(span) or _MATCHUP.fullmatch(span.strip(" .,"))',
        '        _MATCHUP.fullmatch(span.strip(" .,"))',
        VERIFY,
    ),
    Mutant(
        "cut-puts-each-sentence-on-a-line",  # a caption's photo credit on a line of its own: the caption read as text
        "eval/cut_answers.py",
        '            lines.append(" ".join(kept))',
        "            lines.extend(kept)",
        ("tests/eval/test_cut_answers.py",),
    ),
    Mutant(
        "rest-of-list-after-asked-allowed",  # "What critical minerals …?" answered "mining, technology, and …" (0.60)
        "qa/lists.py",
        "    if asked and _rest_of_a_list_after(asked.group(1), text, start, end):\n        return asked.group(1)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "rest-of-list-after-a-count",  # "three types of amensalism, competition, antibiosis and predation" vetoed
        "qa/lists.py",
        " or before is None or _COUNTED.search(before.group(1)):",
        " or before is None:",
        VERIFY,
    ),
    Mutant(
        "helper-for-the-one-done-to-allowed",  # "Who was arrested for the attack?" answered "Pakistan" (0.48)
        "qa/verify.py",
        "        or events.helper_for_the_one_done_to(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "helper-for-any-verb",  # "Who was praised for the arrest?" vetoed for "Pakistan’s assistance in arresting"
        "qa/events.py",
        '{spoken_of}" if stem(done_to.group(1)) in helping else ""',
        '{spoken_of}" if True else ""',
        VERIFY,
    ),
    Mutant(
        "helper-for-any-doer",  # "Who planned the attack?" vetoed for help in arresting its masterminds
        "qa/events.py",
        "if doer and stem(doer.group(1)) in done_to_doers else",
        "if doer else",
        VERIFY,
    ),
    Mutant(
        "outlet-any-body",  # "Which outlet reported the meeting?" answered "Foreign Office" (0.56)
        "qa/answer_types.py",
        "    if _OUTLET_ASKED.search(q) and _OFFICIAL_BODY.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "opposite-of-impose-only-lift",  # "Why did the US impose tariffs?" answered "reducing tariffs …" (0.48)
        "qa/events.py",
        '("lift lifted lifting remove removed removing reduce reduced reducing", "impose imposed imposing")',
        '("lift lifted lifting", "impose imposed imposing")',
        VERIFY,
    ),
    Mutant(
        "date-of-another-event-allowed",  # "When did the trade talks begin?" answered with the tariffs' month (0.51)
        "qa/verify.py",
        "        or times.date_of_another_event(asked,",
        "        or False and times.date_of_another_event(asked,",
        VERIFY,
    ),
    Mutant(
        "date-of-another-event-without-a-verb",  # "began after April" vetoed
        "qa/times.py",
        " or len(clause.split()) < 3 or not _CLAUSE_VERB.search(clause):",
        ":",
        VERIFY,
    ),
    Mutant(
        "only-possible-allowed",  # "What did Pakistan export to India?" answered from "might even export «oil»" (0.78)
        "qa/verify.py",
        "        or times.only_possible(question, terms, c.sentence, c.start - c.sentence_start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "only-possible-though-asked-so",  # "What might Pakistan export one day?" vetoed
        "qa/times.py",
        "    if not _DID_ASKED.search(question) or _MAYBE_ASKED.search(question):",
        "    if not _DID_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "someone-else-described-allowed",  # "Who is Jamieson Greer?" answered "… Howard Lutnick and US Trade …"
        "qa/verify.py",
        "        or roles.someone_else_described(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "someone-else-described-only-for-who-is",  # "What is Jamieson Greer's job?" answered "… Lutnick and …" (0.78)
        "qa/roles.py",
        "    person = next(g for g in asked.groups() if g)\n    own",
        '    if not asked.group(1):\n        return ""\n    person = asked.group(1)\n    own',
        VERIFY,
    ),
    Mutant(
        "someone-else-described-by-their-own-name",  # "Who is Ishaq Dar?" vetoed for "… Ishaq Dar and …"
        "qa/roles.py",
        "        if len(bare) >= 2 and not own & {w.lower() for w in bare}:",
        "        if len(bare) >= 2:",
        VERIFY,
    ),
    Mutant(
        "place-set-aside-allowed",  # "Where will Dar travel after the United States?" answered "New York" (0.62)
        "qa/verify.py",
        "        or events.place_set_aside(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "place-set-aside-only-itself",  # "besides Pakistan" answered "Islamabad"
        "qa/events.py",
        'return f"somewhere other than {asked.group(1)}" if places.overlap(behind, given) or behind == given else ""',
        'return f"somewhere other than {asked.group(1)}" if behind == given else ""',
        VERIFY,
    ),
    Mutant(
        "launched-by-another-not-asked-of-the-doer",  # "What did India launch?" answered with Pakistan's operation
        "qa/roles.py",
        "    owned, done = _OWNED_ASKED.search(question), _DONE_ASKED.search(question)",
        "    owned, done = _OWNED_ASKED.search(question), None",
        VERIFY,
    ),
    Mutant(
        "quoted-of-another-allowed",  # "What did Lutnick say about Pakistan?" answered with Dar's words (0.50)
        "qa/verify.py",
        "        or speech.quoted_of_another(question, article.text, c.start, c.end)\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "quoted-of-another-he-is-anyone",  # "he" taken for the one asked about whoever the sentence before names
        "qa/speech.py",
        "        if not doer or names & stems(before):\n",
        "        if True:\n",
        VERIFY,
    ),
    Mutant(
        "quoted-of-another-any-doer",  # "he" taken for someone else though the sentence before names the one asked
        "qa/speech.py",
        "        if not doer or names & stems(before):\n",
        "        if not doer:\n",
        VERIFY,
    ),
    Mutant(
        "quoted-of-another-across-sentences",  # '." He said' read as the attribution of the quotation just closed
        "qa/speech.py",
        'rf"[,?!]?\\s*[”\\"]\\s*(?:(?P<pronoun>he|she)',
        'rf"[,?!.]?\\s*[”\\"]\\s*(?i:(?P<pronoun>he|she)',
        VERIFY,
    ),
    Mutant(
        "praise-the-other-way-allowed",  # "What did Trump thank Munir for?" answered with Dar's tribute to Trump (0.67)
        "qa/verify.py",
        "        or speech.praise_the_other_way(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "praise-the-other-way-by-too",  # "Munir was thanked by Trump for ..." read as thanks given to Trump
        "qa/speech.py",
        '    if before != "to" and not (before.islower() and before.endswith("ed")):',
        "    if not before:",
        VERIFY,
    ),
    Mutant(
        "praise-the-other-way-no-and",  # "lauded Trump and the US leadership for ..." not read as praise given to Trump
        "qa/speech.py",
        "(?:and\\s+(?:[\\w'’-]+\\s+){{1,3}})?for",
        "for",
        VERIFY,
    ),
    Mutant(
        "praise-the-other-way-any-verb",  # "What did Trump do about tensions?" vetoed for a tribute paid to Trump
        "qa/speech.py",
        "({NAME})\\s+(thank|praise",
        "({NAME})\\s+([a-z]+|praise",
        VERIFY,
    ),
    Mutant(
        "beside-the-subject-allowed",  # "Who did the US Commerce Secretary meet?" answered "Jamieson Greer" (0.70)
        "qa/verify.py",
        "        or roles.beside_the_subject(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "beside-the-subject-any-verb",  # "Who did the US Commerce Secretary see?" vetoed for "meeting ... and"
        "qa/roles.py",
        " or stem(both.group(1)) != stem(asked.group(2)):",
        ":",
        VERIFY,
    ),
    Mutant(
        "beside-the-subject-not-both",  # "Howard Lutnick and ... Jamieson Greer" passes for whom Lutnick met
        "qa/roles.py",
        "joined + 5 if joined >= 0 else start",
        "start",
        VERIFY,
    ),
    Mutant(
        "beside-the-subject-anyone",  # "Who did Aurangzeb meet?" vetoed though he met them both
        "qa/roles.py",
        "    if not subject & {stem(w) for w in words(both.group(2))}:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "titled-subject-allowed",  # "Who did the US Commerce Secretary meet?" answered "Howard Lutnick" (0.74)
        "qa/verify.py",
        "        or roles.titled_subject(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "titled-subject-any-words",  # "Who did Commerce Secretary Lutnick meet?" vetoed for another title
        "qa/roles.py",
        "if asked and title == subject and",
        "if asked and title and",
        VERIFY,
    ),
    Mutant(
        "yes-or-no-span",  # "Is Rizwan Saeed Sheikh the ambassador?" answered "accompanied him" (0.56)
        "qa/pipeline.py",
        "            results = [_sentence_answer(r) if asks_yes_or_no(q) else r for r, q in zip(results, resolved)]\n",
        "",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "yes-or-no-choice-too",  # "Was the meeting in Washington or New York?" answered with a whole sentence
        "qa/language.py",
        ' and not re.search(r"\\bor\\b", question, re.I)',
        "",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "sentence-answer-shown-twice",  # the whole sentence in bold, then again beside its source
        "ui/render.py",
        "        whole = answer.whole_sentences",
        "        whole = False",
        ("tests/ui/test_render.py",),
    ),
    Mutant(
        "sentence-answer-printed-twice",  # `qa ask` prints a yes-or-no question's sentence again beside its source
        "cli/main.py",
        '            said = "" if answer.whole_sentences else f": {marked}"',
        '            said = f": {marked}"',
        ("tests/cli/test_main.py",),
    ),
    Mutant(
        "party-to-what-followed-allowed",  # "Who carried out the April 22 attack?" answered "India and Pakistan" (0.54)
        "qa/verify.py",
        "        or events.party_to_what_followed(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "party-to-what-followed-asked-too",  # "Which countries clashed after the April 22 attack?" vetoed
        "qa/events.py",
        ' or re.search(r"\\b(?:after|following|since)\\b", question, re.I):',
        ":",
        VERIFY,
    ),
    Mutant(
        "party-to-what-followed-any-event",  # "Who was in the military confrontation?" vetoed for its own event
        "qa/events.py",
        "    if len(asked & stems(rest[followed.end() :])) < 2:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "toll-for-population-allowed",  # "What is the population of Kashmir?" answered "26", from "killed 26 people"
        "qa/verify.py",
        "        or figures.toll_for_another_figure(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "toll-for-population-of-the-dead-too",  # "What share of Kashmir's population was killed?" vetoed
        "qa/figures.py",
        '    if _HARM_ASKED.search(question):\n        return ""\n    if _POPULATION',
        "    if _POPULATION",
        VERIFY,
    ),
    Mutant(
        "time-of-another-deed-allowed",  # "When did Trump become president?" answered "Just last month" (0.63)
        "qa/verify.py",
        "        or times.time_of_another_deed(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "time-of-another-deed-any-deed",  # "When did Trump welcome Munir?" vetoed for "Just last month"
        "qa/times.py",
        ' or not _BECOMING_ASKED.search(question):\n        return ""\n    if not _RELATIVE_TIME',
        ':\n        return ""\n    if not _RELATIVE_TIME',
        VERIFY,
    ),
    Mutant(
        "time-of-another-deed-though-said",  # "Munir was named Field Marshal this year" vetoed for "this year"
        "qa/times.py",
        "    if _BECOMING_SAID.search(text, sentence[0], sentence[1]):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "when-a-bare-unit",  # "When did Dar and Rubio meet?" answered "month" (0.68)
        "qa/answer_types.py",
        '    if re.match(r"^when\\b", q, re.I) and _BARE_UNIT.fullmatch(span.strip(" .,")):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "reports-in-reader-order",  # "What did Rubio praise?" answered "strong convergences" (0.68) before 0.73
        "qa/verify.py",
        "        return _best_report_first(verdicts, threshold)\n",
        "        return verdicts\n",
        VERIFY,
    ),
    Mutant(
        "best-first-within-an-article",  # one article's better-supported span put before the reader's first
        "qa/verify.py",
        " or not could_differ(passing[0].answer, best.answer):",
        ":",
        VERIFY,
    ),
    Mutant(
        "beside-the-subject-names-only",  # "Who did the US commerce secretary meet?" (typed) answered "Jamieson Greer"
        "qa/roles.py",
        'rf"(?:{OFFICES})))\\s+([a-z]+)',
        'rf"(?:{_NAME})))\\s+([a-z]+)',
        VERIFY,
    ),
    Mutant(
        "named-for-another-people-allowed",  # "Which Pakistani city was struck by India?" answered "Jammu and Kashmir"
        "qa/verify.py",
        "        or events.named_for_another_people(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "named-for-another-people-the-same",  # "Which Indian region …?" vetoed for "Indian Illegally Occupied …"
        "qa/events.py",
        "    if other is None or other.countries & of.countries:",
        "    if other is None:",
        VERIFY,
    ),
    Mutant(
        "named-for-another-people-country-name",  # "Ghana Premier League Hearts of Oak" read as a Ghanaian's word
        "qa/events.py",
        " or places.place(named.group(1)) is not None:",
        ":",
        VERIFY,
    ),
    Mutant(
        "start-for-end-allowed",  # "When did the ceasefire end?" answered "May 10", when the standoff ended with it
        "qa/verify.py",
        "        or times.start_for_end(question, terms, article.text, sentence_span, c.start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "start-for-end-anything-ended",  # "When did the standoff end?" vetoed though it ended then
        "qa/times.py",
        "    if not ended or not stems(before[ended[-1].end() :]) & set(terms.all):",
        "    if not ended:",
        VERIFY,
    ),
    Mutant(
        "things-for-people-allowed",  # "How many people were injured?" answered "15,000" from "damaged 15,000 houses"
        "qa/verify.py",
        "        or figures.things_for_people(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "things-for-people-past-people",  # "800 residents from homes" taken for a count of homes
        "qa/figures.py",
        '        if stem(word) in _COUNTED_PEOPLE:\n            return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "compared-event-allowed",  # "How many died in the 1985 quake?" answered with the toll of the one likened to it
        "qa/verify.py",
        "        or figures.compared_event(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "compared-event-before-the-answer",  # "the worst since the 2009 quake, which injured 300" vetoed
        "qa/figures.py",
        "m.start() < end or not _COMPARED_WITH",
        "not _COMPARED_WITH",
        VERIFY,
    ),
    Mutant(
        "compared-event-without-comparison",  # "300 people hurt in the 2009 quake" vetoed
        "qa/figures.py",
        "m.start() < end or not _COMPARED_WITH.search(text, sentence[0], m.start())",
        "m.start() < end",
        VERIFY,
    ),
    Mutant(
        "done-for-to-come-allowed",  # "When will the deal take effect?" answered "Thursday", when it was agreed
        "qa/verify.py",
        "        or times.done_for_to_come(question, c.sentence, c.start - c.sentence_start, "
        "c.end - c.sentence_start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "done-for-to-come-despite-would",  # "an announcement would be made on Thursday" vetoed
        "qa/times.py",
        '    return "" if _TO_COME_SAID.search(sentence) else',
        '    return "" if False else',
        VERIFY,
    ),
    Mutant(
        "done-for-to-come-any-date",  # "Thursday, 12 May" vetoed as if a bare weekday
        "qa/times.py",
        "        _DONE_ON.fullmatch(sentence[start:end])\n",
        "        _DONE_ON.match(sentence[start:end])\n",
        VERIFY,
    ),
    Mutant(
        "unnamed-one-place-names-it",  # "a Lima school" taken for a named school
        "qa/events.py",
        " and w not in placed]",
        "]",
        VERIFY,
    ),
    Mutant(
        "price-moved-up-not-read",  # "How much did the shares fall?" answered from "sent its shares up 7.7 percent"
        "qa/events.py",
        '    _OPPOSITES[_w].update(("up", "higher"))',
        '    _OPPOSITES[_w].update(("higher",))',
        VERIFY,
    ),
    Mutant(
        "price-moved-any-up",  # "set up a fund of 7.7 percent" taken for a rise
        "qa/events.py",
        """_AS_WRITTEN.get(w, w) for w in sorted(opposites)""",
        """w for w in sorted(opposites)""",
        VERIFY,
    ),
    Mutant(
        "other-period-allowed",  # "What was the revenue in the third quarter?" answered from the fourth's
        "qa/verify.py",
        "        or figures.other_period(question, window, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-period-first-too",  # "the first quarter" vetoed where a passage leaves the first unsaid
        "qa/figures.py",
        ' or _ordinal(number) == "first":',
        ":",
        VERIFY,
    ),
    Mutant(
        "other-period-numerals-unread",  # "the 3rd quarter" is "the third"
        "qa/figures.py",
        "    return _ORDINALS[int(number.group()) - 1] if number and 0 < int(number.group()) <= 10 else word.lower()",
        "    return word.lower()",
        VERIFY,
    ),
    Mutant(
        "named-by-pronoun-ignored",  # "How old is Bennett?" vetoed beside "He is 59 now" after "Bennett said ..."
        "qa/verify.py",
        "        | roles.named_by_pronoun(question, c.sentence, article.text[:a])\n",
        "",
        VERIFY,
    ),
    Mutant(
        "named-by-pronoun-no-chain",  # "He admitted ..." between the name and the answer breaks the chain
        "qa/roles.py",
        "        if not _OPENS_HE_OR_SHE.match(earlier):",
        "        if True:",
        VERIFY,
    ),
    Mutant(
        "named-by-pronoun-name-anywhere",  # "Morris said Bennett meant no harm. He ...": he is Morris
        "qa/roles.py",
        'opening = opener.group() if opener else ""',
        "opening = earlier",
        VERIFY,
    ),
    Mutant(
        "named-by-pronoun-any-sentence",  # "Morris is 59 now" taken as said of Bennett
        "qa/roles.py",
        "    if not _OPENS_HE_OR_SHE.match(sentence):\n        return set()\n",
        "",
        VERIFY,
    ),
    Mutant(
        "headline-owner-ignored",  # "Who is Cisco's chief executive?" vetoed in a report headlined "Cisco ..."
        "qa/verify.py",
        "        | _headline_subject(question, article, window)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "headline-owner-any-title",  # a title made of the first words taken for the report's headline
        "qa/verify.py",
        '    return article.title if article.title_found in ("metadata", "headline") else ""',
        "    return article.title",
        VERIFY,
    ),
    Mutant(
        "headline-owner-headline-alone",  # the owner in the headline, not in the report's opening
        "qa/verify.py",
        '        and (opening is None or re.search(rf"\\b{re.escape(name)}\\b", opening.group()))\n',
        "",
        VERIFY,
    ),
    Mutant(
        "headline-subject-without-the-firm",  # any name of the report's headline taken as said by any sentence
        "qa/verify.py",
        "    if _THE_FIRM.search(window):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "ranked-lower-allowed",  # "What is Ostmark's largest trading partner?" answered by its third-largest
        "qa/verify.py",
        "        or figures.ranked_lower(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "ranked-lower-rank-asked",  # "Where does Lindor rank ...?" vetoed for the rank it asks
        "qa/figures.py",
        '    if _RANK_ASKED.search(question):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "ranked-lower-after-the-first",  # "the second-oldest college after «Kelmar»" vetoed
        "qa/figures.py",
        '    if _RANKED_AFTER.search(text, max(sentence[0], start - 20), start):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "ranked-lower-rank-in-question",  # "the third-largest" asked and vetoed
        "qa/figures.py",
        '            continue  # "the third-largest" asked',
        "            pass",
        VERIFY,
    ),
    Mutant(
        "share-for-votes-allowed",  # "How many votes did Reyna receive?" answered "52.6 percent"
        "qa/verify.py",
        "        or figures.share_for_votes(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "share-for-votes-any-number",  # "1.2 million" votes vetoed as a share
        "qa/figures.py",
        "    return bool(number and _SHARE_AFTER.match(text, start + number[-1].end()))",
        "    return bool(number)",
        VERIFY,
    ),
    Mutant(
        "former-holder-branch-unread",  # "former finance minister Clara Vesk" not read as a past holder
        "qa/offices.py",
        " and _office_stem(m.group()) not in _QUALIFIERS",
        "",
        VERIFY,
    ),
    Mutant(
        "former-holder-not-for-one-to-come",  # "Who will be Reyna's finance minister?" answered by the former one
        "qa/offices.py",
        r"(?:is|are|will\s+be|will\s+become)",
        r"(?:is|are)",
        VERIFY,
    ),
    Mutant(
        "office-asked-not-to-come",  # "Who will be ... minister?" read as asking for no office
        "qa/offices.py",
        '"is are was were will be become the a an name names of as"',
        '"is are was were the a an name names of as"',
        VERIFY,
    ),
    Mutant(
        "dateline-without-its-date",  # "SAN ALMA, Nov. 14 (Newswire) - " read as the report's words
        "index/metadata.py",
        "|{_PLACE_WORDS}{_WHEN}? \\(",
        "|{_PLACE_WORDS} \\(",
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "dateline-without-double-dash",  # "ACCRA, Dec. 9 (Xinhua) -- " read as the report's words
        "index/metadata.py",
        '(?:--|[—–-])"\n',
        '[—–-])"\n',
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "hour-asked-without-at",  # "At what time did the earthquake strike?" answered "Tuesday"
        "qa/answer_types.py",
        'r"(?:at\\s+)?what (?:time|hour) (?:did',
        'r"what (?:time|hour) (?:did',
        VERIFY,
    ),
    Mutant(
        "length-for-when-allowed",  # "When will the port reopen?" answered "two days", how long it was shut
        "qa/verify.py",
        "        or times.length_for_when(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "length-for-when-any-length",  # "it reopens in three weeks" vetoed as a length of time
        "qa/times.py",
        'return "a time, not how long" if _FOR_A_WHILE.search(text, max(0, start - 25), start) else ""',
        'return "a time, not how long"',
        VERIFY,
    ),
    Mutant(
        "other-holder-ignored",  # "Who is Calder's coach?" answered by "Vostra coach Ana Petrova"
        "qa/verify.py",
        "    offices.other_holder,\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-holder-title-in-answer-unread",  # the answer "Vostra coach Ana Petrova" holds the other owner
        "qa/offices.py",
        "    start += name.start(1)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-holder-title-taken-for-owner",  # "Chief executive Marta Olsen": "Chief" is no owner
        "qa/offices.py",
        "not given_owner or stem(given_owner[-1]) in _HOLDER_NOUNS or any(",
        "not given_owner or any(",
        VERIFY,
    ),
    Mutant(
        "other-holder-any-other-part",  # "finance chief" taken for another part than "finance minister"
        "qa/offices.py",
        """ and "" not in (given_part, asked_part)""",
        "",
        VERIFY,
    ),
    Mutant(
        "reader-learns-the-verifiers-v2-part",
        "training/train_reader.py",
        "part = fit_half_parts(path)[0]",
        "part = fit_half_parts(path)[1]",
        READER_TRAINING,
    ),
    Mutant(
        "reader-training-drops-v2",
        "training/train_reader.py",
        "        train_ex += v2_training_part(cfg.v2_data, cfg.v2_repeat)\n",
        "        pass\n",
        READER_TRAINING,
    ),
    Mutant(
        "padded-tensors-lose-token-types",
        "training/train_reader.py",
        "        types[row, : len(f_types)] = torch.tensor(f_types)\n",
        "",
        READER_TRAINING,
    ),
    Mutant(
        "v2-check-scores-the-first-part",
        "training/calibrate.py",
        "examples = fit_half_parts(v2_data)[1]",
        "examples = fit_half_parts(v2_data)[0]",
        READER_TRAINING,
    ),
    Mutant(
        "v2-check-ignores-the-threshold",
        "training/calibrate.py",
        ">= cal.threshold",
        ">= 0.0",
        READER_TRAINING,
    ),
    Mutant(
        "other-owner-ignores-a-country-title",
        "qa/offices.py",
        "    elif _is_country(owner) and (country_title := _country_title(title)):",
        "    elif False and (country_title := _country_title(title)):",
        VERIFY,
    ),
    Mutant(
        "other-owner-country-title-for-any-owner",
        "qa/offices.py",
        "    elif _is_country(owner) and (country_title := _country_title(title)):",
        "    elif (country_title := _country_title(title)):",
        VERIFY,
    ),
    Mutant(
        "titles-of-skip-an-office-before-a-comma",
        "qa/offices.py",
        '            if title and text[before - 1 : before] == ",":',
        "            if False:",
        VERIFY,
    ),
    Mutant(
        "titles-of-take-any-office-before-a-comma",
        "qa/offices.py",
        "                if owned and words(office)[-1].lower() in TITLE_NOUNS:",
        "                if office and words(office)[-1].lower() in TITLE_NOUNS:",
        VERIFY,
    ),
    Mutant(
        "news-map-ignores-scale",
        "qa/calibration.py",
        "sigmoid(self.scale * math.log(probability / (1.0 - probability)) + self.shift)",
        "sigmoid(math.log(probability / (1.0 - probability)) + self.shift)",
        ("tests/qa/test_calibration.py",),
    ),
    Mutant(
        "news-map-moves-vetoes",
        "qa/calibration.py",
        "if not 0.0 < probability < 1.0 or (self.scale, self.shift) == (1.0, 0.0):",
        "if (self.scale, self.shift) == (1.0, 0.0):",
        ("tests/qa/test_calibration.py",),
    ),
    Mutant(
        "verifier-shows-its-own-probability",
        "qa/verify.py",
        "p = 0.0 if check.vetoed else self.shown(self.model.probability(check.features))",
        "p = 0.0 if check.vetoed else self.model.probability(check.features)",
        (*VERIFY, "tests/qa/test_pipeline.py"),
    ),
    Mutant(
        "threshold-not-mapped",
        "qa/verify.py",
        "return self.shown(self.model.threshold)",
        "return self.model.threshold",
        (*VERIFY, "tests/qa/test_pipeline.py"),
    ),
    Mutant(
        "news-calibration-never-loaded",
        "qa/pipeline.py",
        "news = settings.calibration is CalibrationDomain.NEWS and model.fitted",
        "news = False",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "squad-calibration-setting-ignored",
        "qa/pipeline.py",
        "news = settings.calibration is CalibrationDomain.NEWS and model.fitted",
        "news = model.fitted",
        ("tests/qa/test_pipeline.py",),
    ),
    Mutant(
        "news-fit-counts-every-guess-right",
        "qa/text.py",
        "return bool(golds) and max_over_gold(f1, guess, golds) >= CORRECT_F1",
        "return max_over_gold(f1, guess, golds or ('',)) >= 0.0",
        ("tests/training/test_fit_news_calibration.py", "tests/eval/test_metrics.py"),
    ),
    Mutant(
        "news-calibration-missing-said-nothing",
        "qa/pipeline.py",
        "    if not shown.fitted_on:\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "fitted-elsewhere-said-nothing",
        "qa/pipeline.py",
        "    if fitted_on != served:\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "deaths-asked-injured-said",  # "How many people died?" answered "eight" of "eight people were injured"
        "qa/events.py",
        '        "a number of deaths (the passage tells of none)",\n',
        '        "",\n',
        VERIFY,
    ),
    Mutant(
        "injured-asked-deaths-said",
        "qa/events.py",
        '        "a number of injured (the passage tells of none)",\n',
        '        "",\n',
        VERIFY,
    ),
    Mutant(
        "level-for-change-allowed",  # "How much did the shares drop?" answered "$44.06" of "lost 2.4% to $44.06"
        "qa/verify.py",
        "        or figures.level_for_change(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "level-for-change-also-when-the-level-is-asked",  # "How much did the shares fall to?" vetoed
        "qa/figures.py",
        r"(?:did|does|do|has|have|had|will|would)\b(?!.*\bto\W*$).*",
        r"(?:did|does|do|has|have|had|will|would)\b.*",
        VERIFY,
    ),
    Mutant(
        "swapped-across-sentences",  # "31" ending one sentence read as the owner beside the next one's "Total"
        "qa/roles.py",
        "                    and sentence_of[o] == sentence_of[k]\n",
        "",
        VERIFY,
    ),
    Mutant(
        "the-company-described-not-seen",  # "the San Francisco-based cloud software company" not "the company"
        "qa/verify.py",
        r"(?:[\w-]+\s+){{0,4}}?{offices.FIRM_NOUNS}",
        r"{offices.FIRM_NOUNS}",
        VERIFY,
    ),
    Mutant(
        "the-company-needs-the-opening-too",  # "Who is the CEO of Campbell Soup?": the opening never names it
        "qa/verify.py",
        "if w[0].isupper()], None\n",
        "if w[0].isupper()], _FIRST_SENTENCE.match(article.text[len(article.title) :].lstrip())\n",
        VERIFY,
    ),
    Mutant(
        "the-company-possessive-kept",  # "Salesforce's" looked for in the headline "Salesforce shares drop"
        "qa/verify.py",
        """[re.sub(r"['’]s$", "", w) for w in""",
        "[w for w in",
        VERIFY,
    ),
    Mutant(
        "time-of-day-no-date",  # "around 1 a.m." a mismatch for "when"
        "qa/answer_types.py",
        r"|\b\d{1,2}\s*(?:[ap]\.\s?m\b|[ap]m\b)",
        "",
        VERIFY,
    ),
    Mutant(
        "hyphened-parts-not-found",  # "San Francisco-based" without "based"
        "qa/lexical.py",
        "*found, *joined, *camel",
        "*found, *camel",
        VERIFY,
    ),
    Mutant(
        "joined-name-not-split",  # "NorthEast" not found as "North East"
        "qa/lexical.py",
        "*joined, *camel, *pairs",
        "*joined, *pairs",
        VERIFY,
    ),
    Mutant(
        "split-name-not-joined",  # "North East" not found as "NorthEast"
        "qa/lexical.py",
        "*camel, *pairs, *parts",
        "*camel, *parts",
        VERIFY,
    ),
    Mutant(
        "question-hyphened-kept-whole",  # "the Pune-Goa match" looked for as one word
        "qa/lexical.py",
        '        found = [p for w in found for p in (w.split("-") if _split_asked(w) else (w,)) if p]\n',
        "",
        VERIFY,
    ),
    Mutant(
        "swapped-number-for-name",  # "4,587 fires" read as another owner than "Cal Fire"
        "qa/roles.py",
        "    return other[0].isupper() and other.lower() not in STOPWORDS and",
        "    return (other[0].isupper() or other[0].isdigit()) and other.lower() not in STOPWORDS and",
        VERIFY,
    ),
    Mutant(
        "other-side-allowed",  # "Who scored Pune's winning goal against Goa?" answered "Rafael Coelho", Goa's
        "qa/verify.py",
        "        or roles.of_the_other_side(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-side-anywhere-before",  # any mention of the side before the answer, not its possessive
        "qa/roles.py",
        """['’]s?\\s+(?:[a-z][\\w-]*\\s+){{0,3}}$",""",
        """.*$",""",
        VERIFY,
    ),
    Mutant(
        "described-of-another-allowed",  # "What was Richards's job?" answered "CEO", Kumar's
        "qa/verify.py",
        "        or roles.described_of_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "described-of-another-ignores-a-name-after",  # "anthropologist Frank Livingstone" flagged
        "qa/roles.py",
        "or own & after:",
        ":",
        VERIFY,
    ),
    Mutant(
        "acquittal-for-conviction",  # "What was Gerardi acquitted of?" answered with what he was convicted of
        "qa/events.py",
        '    ("acquit acquitted acquittal cleared", "convict convicted conviction guilty"),',
        "",
        VERIFY,
    ),
    Mutant(
        "prefixed-word-split",  # "co-CEO" asked as "CEO": a report's CEO answered "Who did Salesforce name co-CEO?"
        "qa/lexical.py",
        """    return "-" in word and word.split("-", 1)[0].lower() not in _PREFIXES""",
        """    return "-" in word""",
        VERIFY,
    ),
    Mutant(
        "another-office-allowed",  # "Who was ArthroCare's finance chief?" answered "chief executive of device maker"
        "qa/verify.py",
        "        or offices.another_office_named(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "another-office-also-the-one-asked",  # "chief executive …" vetoed for "Who was its chief executive?"
        "qa/offices.py",
        """ or {w.lower() for w in asked} <= lower:""",
        """:""",
        VERIFY,
    ),
    Mutant(
        "spans-across-lines",  # "9\nAt least nine": a headline run into the report's first line
        "qa/reader.py",
        """        if "\\n" in context:""",
        """        if False:""",
        READER,
    ),
    Mutant(
        "day-for-a-place",  # "Where will the next round of talks be held?" answered "Monday"
        "qa/answer_types.py",
        """(_BARE_WEEKDAY.match(span) or _CALENDAR_DAY.fullmatch(span)):""",
        """(False):""",
        VERIFY,
    ),
    Mutant(
        "numbered-name-for-a-person",  # "Who was the pilot?" answered "Sukhoi Superjet-100"
        "qa/answer_types.py",
        """    if _ONE_PERSON_ASKED.match(q) and _NUMBERED_NAME.fullmatch(span.strip()):""",
        """    if False:""",
        VERIFY,
    ),
    Mutant(
        "operating-chief-for-chief-executive",  # "Who is the chief executive of Salesforce?" → its operating chief
        "qa/offices.py",
        """    return ran[-1] if ran and role[-1] in {stem("chief"), stem("officer")} else """ "",
        """    return """ "",
        VERIFY,
    ),
    Mutant(
        "holder-asked-of-an-owner-missed",  # "the chief executive of Salesforce" not read as asked
        "qa/offices.py",
        """    found = asked or asked_of""",
        """    found = asked""",
        VERIFY,
    ),
    Mutant(
        "source-for-the-one-told-of",  # "the man whose home collapsed" answered with the source after "according to"
        "qa/verify.py",
        "        or speech.source_for_the_one_told_of(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "source-asked-for-by-saying",  # "Who said one man died …?" vetoed
        "qa/speech.py",
        """    if not source or _SPEECH.search(question):""",
        """    if not source:""",
        VERIFY,
    ),
    Mutant(
        "foreseen-for-reached",  # "What was Apple's quarterly revenue?" answered with its outlook
        "qa/verify.py",
        "        or figures.foreseen_for_reached(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "foreseen-asked-vetoed",  # "What revenue had analysts forecast?" vetoed
        "qa/figures.py",
        """    if _FORESEEN_ASKED.search(question) or not re.match(r"\\W*(?:between\\s+)?[$€£]?\\d", figure):""",
        """    if not re.match(r"\\W*(?:between\\s+)?[$€£]?\\d", figure):""",
        VERIFY,
    ),
    Mutant(
        "earlier-for-latest",  # "What was the net profit in the third quarter?" answered with the year-ago profit
        "qa/verify.py",
        "        or figures.earlier_for_latest(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "earlier-asked-vetoed",  # "What was revenue a year earlier?" vetoed
        "qa/figures.py",
        """    if _EARLIER_ASKED.search(question) or not _FIGURE.match(figure) or _TO_FIGURE.search(figure):""",
        """    if not _FIGURE.match(figure) or _TO_FIGURE.search(figure):""",
        VERIFY,
    ),
    Mutant(
        "change-span-compared",  # "«18 percent to 5 percent»" vetoed as the earlier figure, though it gives the latest
        "qa/figures.py",
        """    if _EARLIER_ASKED.search(question) or not _FIGURE.match(figure) or _TO_FIGURE.search(figure):""",
        """    if _EARLIER_ASKED.search(question) or not _FIGURE.match(figure):""",
        VERIFY,
    ),
    Mutant(
        "range-compared",  # "Estimates … ranged from «$13.73 billion»" vetoed as an earlier figure
        "qa/figures.py",
        """*?(?<!ranging\\s)(?<!ranged\\s)(?<!range\\s)\\bfrom|""",
        """*?\\bfrom|""",
        VERIFY,
    ),
    Mutant(
        "year-figure-compared",  # "Since which year have sales grown?" → "2019" vetoed as an earlier figure
        "qa/figures.py",
        """|(?!{_YEAR.pattern})\\d)")""",
        """|\\d)")""",
        VERIFY,
    ),
    Mutant(
        "earlier-year-in-sentence",  # "What was the median income in 2000?" vetoed ("From 2000 to 2009, … fell from")
        "qa/figures.py",
        """    if any(year in sentence for year in _YEAR.findall(question)):""",
        """    if False:""",
        VERIFY,
    ),
    Mutant(
        "earlier-time-named",  # "What was turnout in 2019?" vetoed ("up from 58 percent in 2019")
        "qa/figures.py",
        """    if (said_of_it - _PERIODS) & {stem(w) for w in words(question) if is_content_word(w)}:""",
        """    if False:""",
        VERIFY,
    ),
    Mutant(
        "other-measure",  # "What was Cisco's revenue in the second quarter?" answered with its net income
        "qa/verify.py",
        "        or figures.other_measure(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "measure-after-ignored",  # "a 27 per cent revenue rise" read as net profit's, named before it
        "qa/figures.py",
        """    after = _MEASURE_AFTER.match(text, end)""",
        """    after = None""",
        VERIFY,
    ),
    Mutant(
        "measure-kin-vetoed",  # "sales" asked, "revenue" given: vetoed
        "qa/figures.py",
        """    if not given or _MEASURE_OF[given.lower()] in asked:""",
        """    if not given or given.lower() in map(str.lower, asked.values()):""",
        VERIFY,
    ),
    Mutant(
        "measure-across-clauses",  # "Turnout was 71 percent, and Reyna took 52.6 percent": her share read as turnout
        "qa/figures.py",
        """    return before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0) :]""",
        """    return before[max((m.end() for m in re.finditer(r"[.;:!?]", before)), default=0) :]""",
        VERIFY,
    ),
    Mutant(
        "measure-far-before",  # "The loss of jobs over long years … left the city with 700,000 residents": a loss
        "qa/figures.py",
        """    before = _MEASURE_BEFORE.findall(" ".join(clause.split()[-12:]))""",
        """    before = _MEASURE_BEFORE.findall(clause)""",
        VERIFY,
    ),
    Mutant(
        "periods-said-of-both",  # "in the fourth quarter from $134.5 million in the previous year quarter": not vetoed
        "qa/figures.py",
        """    if (said_of_it - _PERIODS) & {stem(w) for w in words(question) if is_content_word(w)}:""",
        """    if said_of_it & {stem(w) for w in words(question) if is_content_word(w)}:""",
        VERIFY,
    ),
    Mutant(
        "per-share-for-total",  # "What was Tesco Corporation's net loss?" answered "$2.0 a share"
        "qa/verify.py",
        "        or figures.per_share_for_total(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "per-share-asked-vetoed",  # "What was the company's loss per share?" vetoed
        "qa/figures.py",
        """    if _PER_SHARE_ASKED.search(question) or not asked & (_TOTALS | _EARNED):""",
        """    if not asked & (_TOTALS | _EARNED):""",
        VERIFY,
    ),
    Mutant(
        "figure-asked-any-words",  # "net loss" answers a firm's revenues
        "qa/answer_types.py",
        """    if _FIGURE_ASKED.match(q) and not (_NUMBER_RE.search(span) or _PRICE_WORDS.search(span)):""",
        """    if False:""",
        VERIFY,
    ),
    Mutant(
        "figure-asked-of-a-source",  # "What is the main source of income for Paris?" wants a figure
        "qa/answer_types.py",
        """    r"(?:[\\w.-]+['’]s\\s+)?(?i:(?:(?:net|""",
        """    r"(?:[\\w.-]+\\s+)*(?i:(?:(?:net|""",
        VERIFY,
    ),
    Mutant(
        "headline-setting-ignored",  # "How fast was the Washington train travelling?" vetoed for "Washington"
        "qa/verify.py",
        "        | _setting_named(question, article, window)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "headline-setting-for-an-owner",
        "qa/verify.py",
        '        and re.search(rf"\\b{re.escape(name)}\\b", lead)\n',
        "        and re.search(rf\"\\b{re.escape(lexical.APOSTROPHE_S.sub('', name))}\\b\", lead)\n",
        VERIFY,
    ),
    Mutant(
        "headline-setting-from-the-dateline",
        "qa/verify.py",
        "    opening = head[dateline_end(head) :].lstrip()",
        "    opening = head",
        VERIFY,
    ),
    Mutant(
        "headline-setting-without-the-noun",
        "qa/verify.py",
        "    about_headline = any(lexical.stem(w) in nouns for w in said)\n",
        "    about_headline = True\n",
        VERIFY,
    ),
    Mutant(
        "time-for-a-speed",  # "How fast was the train going?" answered "1:42 p.m" (0.56)
        "qa/answer_types.py",
        "    if SPEED_ASKED.match(q) and (",
        "    if False and (",
        VERIFY,
    ),
    Mutant(
        "decimal-as-a-clock",  # "How quickly did the economy grow?" is answered by "2.50%"
        "qa/answer_types.py",
        r'CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b',
        r'CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b',
        VERIFY,
    ),
    Mutant(
        "people-counted-for-things",  # "How many carriages derailed?" answered "200" of "200 passengers" (0.48)
        "qa/verify.py",
        "        or figures.people_for_things(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-in-words-missed",  # "How many passengers …?" answered "Fourteen" of "Fourteen cars" (0.55)
        "qa/figures.py",
        "    number = _CARDINAL.search(text[start:end]) if noun else None",
        '    number = re.search(r"\\d[\\d,.]*", text[start:end]) if noun else None',
        VERIFY,
    ),
    Mutant(
        "passengers-no-people",
        "qa/figures.py",
        "men women others passengers\n",
        "men women others\n",
        VERIFY,
    ),
    Mutant(
        "describing-people-counted",  # "two passenger ships"
        "qa/figures.py",
        '(word.endswith("s") or word in _PLURALS)',
        "True",
        VERIFY,
    ),
    Mutant(
        "others-counted-as-people",  # "five other towns"
        "qa/figures.py",
        '_COUNTED_PEOPLE - {stem("others")}',
        "_COUNTED_PEOPLE",
        VERIFY,
    ),
    Mutant(
        "number-inside-a-list",  # "Erfurt (4,500 students) and Jena" for "How many schools …?"
        "qa/figures.py",
        ' or not text[start:end].rstrip(" .,").endswith(number)',
        "",
        VERIFY,
    ),
    Mutant(
        "told-another-outlet-allowed",  # "Who told the Associated Press …?" answered by whoever told Reuters (0.49)
        "qa/verify.py",
        "        or speech.told_another(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "told-initials-unread",  # "the AP" is the Associated Press
        "qa/speech.py",
        "if any(same_place(asked.group(2), t.group(2)) for t in told):",
        "if any(asked.group(2) == t.group(2) for t in told):",
        VERIFY,
    ),
    Mutant(
        "day-of-month-as-count",  # "How many pilots went on strike?" answered "10" of "September 9 and 10" (0.70)
        "qa/verify.py",
        "        or figures.day_for_count(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "day-of-month-part-of-a-number",
        "qa/figures.py",
        " or text[end : end + 1].isdigit():",
        ":",
        VERIFY,
    ),
    Mutant(
        "day-of-month-after-a-comma",  # "On May 12, 20 helicopters flew"
        "qa/figures.py",
        "(?:and|to|or|-|–)\\s*)?$",
        "(?:,|and|to|or|-|–)\\s*)?$",
        VERIFY,
    ),
    Mutant(
        "so-many-of-them-unread",  # "Three people, two of them children": "Three" for the children (0.57)
        "qa/figures.py",
        "(?=\\s+of\\s+(?:them|whom)\\b))",
        "(?=\\s+of\\s+(?:hem|hom)\\b))",
        VERIFY,
    ),
    Mutant(
        "partitive-cut-by-the-span",  # "Three people, two" for the children
        "qa/figures.py",
        "part = inside if inside and inside.start() < end else None",
        "part = inside if inside and inside.start(2) <= end else None",
        VERIFY,
    ),
    Mutant(
        "headline-setting-a-people",  # "Bangladeshi" of "a Bangladeshi garment factory" taken as the report's setting
        "qa/verify.py",
        "        if not places.is_people(name)\n",
        "        if True\n",
        VERIFY,
    ),
    Mutant(
        "time-for-a-cause",  # "What caused the explosion?" answered "shift-change time" (0.65)
        "qa/answer_types.py",
        "    if CAUSE_ASKED.match(q) and (",
        "    if False and (",
        VERIFY,
    ),
    Mutant(
        "time-noun-after-of",  # "a lack of time" may be a cause
        "qa/answer_types.py",
        r'    r"\b(?!(?:of|in|for|on|at|the|a|no|more|less|enough|much|little|some|any|full|part)\s)[\w-]+\s+time\W*$"',
        r'    r"\b[\w-]+\s+time\W*$"',
        VERIFY,
    ),
    Mutant(
        "month-as-a-word-prefix",  # "declares 30" read as December 30
        "qa/figures.py",
        'rf"\\b{MONTH_WORD}\\s+(?:',
        'rf"\\b{MONTH_WORD}[a-z]*\\s+(?:',
        VERIFY,
    ),
    Mutant(
        "flights-no-things",  # "How many flights did Air Canada cancel?" answered "2,100" of "its 2,100 pilots" (0.66)
        "qa/figures.py",
        " flights trains factories mines stores shops",
        "",
        VERIFY,
    ),
    Mutant(
        "pilots-no-people",
        "qa/figures.py",
        "refugees pilots employees",
        "refugees employees",
        VERIFY,
    ),
    Mutant(
        "age-inside-a-figure",  # "Americans, «201»,000" read as an age
        "qa/figures.py",
        'r"\\d{1,3}(?=,(?!\\d))"',
        'r"\\d{1,3}(?=,)"',
        VERIFY,
    ),
    Mutant(
        "age-asked-is-a-count-too",  # "How many years old is Reddy?" answered by his age is right
        "qa/figures.py",
        '    if not _HOW_MANY.search(question) or _AGE_ASKED.search(question):\n        return ""\n    aged',
        '    if not _HOW_MANY.search(question):\n        return ""\n    aged',
        VERIFY,
    ),
    Mutant(
        "whole-for-part-whatever-asked",  # "How many counts did he face?" asks the whole
        "qa/figures.py",
        '    if not said & {stem(w) for w in words(question) if is_content_word(w.lower())}:\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "moment-the-same-in-other-words",  # "during the burn" is "at the time of the burn"
        "qa/times.py",
        "if there and all(other != moment for other, _, _ in there):",
        "if there:",
        VERIFY,
    ),
    Mutant(
        "time-zone-the-same-zone",  # "in EDT" answered "1:54 a.m. EDT"
        "qa/times.py",
        "if not said or said.group(1).split()[0].lower() == asked.group().split()[0].lower():",
        "if not said:",
        VERIFY,
    ),
    Mutant(
        "clock-time-ends-its-sentence",  # "8:54 a.m. | Moscow time)" read apart
        "index/chunking.py",
        "                and _CLOCK_END.search(text, max(start, end - 5), end)\n",
        "                and False\n",
        ("tests/index/test_chunking.py",),
    ),
    Mutant(
        "span-out-of-brackets",  # "July 25) at 1:54 a.m. EDT"
        "qa/reader.py",
        "            crossing |= ((starts > o) & (starts <= c))[:, None] & (ends > c + 1)[None, :]\n",
        "",
        READER,
    ),
    Mutant(
        "span-into-brackets",  # "EDT (0554 GMT"
        "qa/reader.py",
        "            crossing |= (starts < o)[:, None] & ((ends > o + 1) & (ends <= c))[None, :]\n",
        "",
        READER,
    ),
    Mutant(
        "time-zone-in-the-answer",  # "«1:54 a.m. EDT»" for "in GMT"
        "qa/times.py",
        "said = _ZONE_ENDING.search(span) or _ZONE_AFTER.match(text, end)",
        "said = _ZONE_AFTER.match(text, end)",
        VERIFY,
    ),
    Mutant(
        "toll-raised-by-one",  # "increased the death toll by one" read as a toll of one
        "qa/figures.py",
        r'_WORD_TO_TOLL = r"(?:(?!and\b|or\b|but\b|by\b)\w+\s+)"',
        r'_WORD_TO_TOLL = r"(?:(?!and\b|or\b|but\b)\w+\s+)"',
        VERIFY,
    ),
    Mutant(
        "another-noun-first-number",  # "80 fires burning in «11»" read by its 80
        "qa/figures.py",
        "    number = next(reversed(list(_CARDINAL.finditer(text[start:end]))), None)\n    return number if",
        "    number = _CARDINAL.search(text[start:end])\n    return number if",
        VERIFY,
    ),
    Mutant(
        "another-noun-times-counted",  # "How many times did fires break out in Western states?" counts anything
        "qa/figures.py",
        "if not noun or noun in _ANY_COUNT or not number:",
        "if not noun or not number:",
        VERIFY,
    ),
    Mutant(
        "two-counts-both-asked",  # "How many deaths and hospitalizations …?"
        "qa/figures.py",
        r'if not _HOW_MANY.search(question) or re.search(r"\b(?:and|or)\b", question, re.I):',
        "if not _HOW_MANY.search(question):",
        VERIFY,
    ),
    Mutant(
        "two-counts-a-range",  # "between 10 and 20" is one answer
        "qa/figures.py",
        "if not _TWO_COUNTS.fullmatch(text[start:end]) or _RANGE_BEFORE.search(text, max(0, start - 12), start):",
        "if not _TWO_COUNTS.fullmatch(text[start:end]):",
        VERIFY,
    ),
    Mutant(
        "time-zone-no-clock-whatever-asked",  # "When did the rocket lift off?" may be a day
        "qa/times.py",
        "if _CLOCK_ASKED.match(question) and not _HOUR.search(span):",
        "if not _HOUR.search(span):",
        VERIFY,
    ),
    Mutant(
        "deed-whatever-the-verb",  # "Canterbury captain Dan Terris": a title, not a deed
        "qa/roles.py",
        '        between[0].endswith("ed") or between[0] in _DID\n',
        "        True\n",
        VERIFY,
    ),
    Mutant(
        "deed-done-to-no-one",  # "Referee Nick Waldron red-carded": no one it was done to
        "qa/roles.py",
        "    if len(titled) == len(name) + len(between):\n",
        "    if False:\n",
        VERIFY,
    ),
    Mutant(
        "holder-asked-by-verb-ignored",  # "Who coaches Minerva Punjab?" answered by the Aizawl coach
        "qa/offices.py",
        "    found = asked or asked_of or by_verb\n",
        "    found = asked or asked_of\n",
        VERIFY,
    ),
    Mutant(
        "score-on-the-way-asked",  # "What was the score at half-time?" asks one on the way
        "qa/figures.py",
        "if not _FINAL_ASKED.search(question) or _PART_ASKED.search(question) or not _SCORE.fullmatch(",
        "if not _FINAL_ASKED.search(question) or not _SCORE.fullmatch(",
        VERIFY,
    ),
    Mutant(
        "doer-whose-verb-is-asked",  # "… since «John Glen» directed …" directed it
        "qa/roles.py",
        '    if any(stem(w) == verb for w in deeds):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "doer-agent-by",  # "as directed by «the Secretary of Defense»": the doer of the deed asked
        "qa/roles.py",
        '    if re.search(r"\\bby\\s+(?:the\\s+)?$", text[max(0, start - 8) : start]):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "deed-state-owned",  # "state-owned" tells whose, "Colo.-based" where, not a deed
        "qa/roles.py",
        '    if not word.islower() or "-" in word and last in _DESCRIBING:',
        "    if not word.islower():",
        VERIFY,
    ),
    Mutant(
        "kin-said-by-birth",  # "Leto gave birth to Apollo" tells a son
        "qa/events.py",
        'r"born|birth|fathered|',
        'r"born|fathered|',
        VERIFY,
    ),
    Mutant(
        "kin-asked-by-anyone",  # "Who concealed the emperor's mother?" asks for no relative
        "qa/events.py",
        r"""            r"^who\s+(?:is|was|are|were)\b.*['’]s?\s+(?:father|""",
        r"""            r"^who\b.*['’]s?\s+(?:father|""",
        VERIFY,
    ),
    Mutant(
        "another-noun-the-verb-counted",  # "How many fires «burned» in Western states?" counts fires
        "qa/figures.py",
        'next((w for w in reversed(counted) if w.islower() and (w in _PLURALS or re.search(r"[^s]s$", w))), "")',
        'counted[-1] if counted and counted[-1].islower() else ""',
        VERIFY,
    ),
    Mutant(
        "country-name-a-people",  # "Mexico" taken for a people, so "the Mexico quake" was no setting
        "qa/places.py",
        "and name.startswith(word) and name != word",
        "and name.startswith(word)",
        VERIFY,
    ),
    Mutant(
        "people-ending-after-a-only",  # "Mexican" no people of Mexico
        "qa/places.py",
        'country.endswith(("a", "o"))',
        'country.endswith("a")',
        VERIFY,
    ),
    Mutant(
        "time-zone-another-name",  # "PT Sunday" read as another day than "Easter Sunday"
        "qa/roles.py",
        "                    and not re.fullmatch(ZONE_ABBREVIATION, t[o])\n",
        "",
        VERIFY,
    ),
    Mutant(
        "pacific-time-ends-a-sentence",  # "3:40 p.m. PT Sunday" cut after "p.m."
        "index/chunking.py",
        "[ECMP][DS]T|[EP]T|GMT",
        "[ECMP][DS]T|GMT",
        ("tests/index/test_chunking.py",),
    ),
    Mutant(
        "magnitude-a-time",  # "6.4" answers "What time did the quake strike?"
        "qa/answer_types.py",
        "        or _ONE_DECIMAL.fullmatch(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "clock-time-one-decimal",  # "10.30" taken for no time
        "qa/answer_types.py",
        r'_ONE_DECIMAL = re.compile(r"\W*\d+\.\d\W*")',
        r'_ONE_DECIMAL = re.compile(r"\W*\d+\.\d+\W*")',
        VERIFY,
    ),
    Mutant(
        "depth-bare-number-allowed",  # "6.4" (a magnitude) answers "How deep was the quake?"
        "qa/figures.py",
        r"long(?=\s+(?:was|is|were|are)\b)|deep|tall|wide|far(?!",
        r"long(?=\s+(?:was|is|were|are)\b)|far(?!",
        VERIFY,
    ),
    Mutant(
        "far-back-a-distance",  # "How far back do records go?" answered by a year vetoed
        "qa/figures.py",
        r"far(?!\s+(?:back|below|",
        r"far(?!\s+(?:below|",
        VERIFY,
    ),
    Mutant(
        "depth-distance-away-allowed",  # "700 kilometers away" answers "How deep was the quake?"
        "qa/verify.py",
        "        or figures.distance_for_depth_or_height(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "depth-anything-after",  # "19 km below the surface" vetoed as a distance away
        "qa/figures.py",
        "    if not asked or not (_AWAY.match(text, end) or _DIRECTION_ENDING.search(text, start, end)):",
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "former-holder-sitting-allowed",  # "Ahsan H Mansur", governor now, for the previous governor
        "qa/verify.py",
        "        or offices.sitting_for_former(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "former-holder-former-said",  # "Former governor Abdur Rouf Talukder" vetoed for the previous governor
        "qa/offices.py",
        "    if not name or said.search(text, max(0, start - len(title) - 30), end):",
        "    if not name:",
        VERIFY,
    ),
    Mutant(
        "former-holder-any-office",  # the governor vetoed for "the former chairman"
        "qa/offices.py",
        '    name = titled[office[-1].end() :].strip(" ,") if office else ""',
        "    name = text[start:end]",
        VERIFY,
    ),
    Mutant(
        "done-for-to-come-asked-done",  # "When was the committee scheduled to meet?" vetoed for "June 12"
        "qa/times.py",
        " or _DID_ASKED.search(question) or not done:",
        " or not done:",
        VERIFY,
    ),
    Mutant(
        "done-for-to-come-weekday-only",  # "during the day" answers "When will the committee meet next?"
        "qa/times.py",
        r'    rf"{MONTH_WORD}\s+\d{{1,2}}(?:,\s+\d{{4}})?|(?:about\s+)?[\w-]+\s+(?:second|minute|hour|day)s?\s+later"',
        r'    r"(?!x)x"',
        VERIFY,
    ),
    Mutant(
        "who-won-without-result",  # "filmed the night game with the San Diego Padres" answers who won
        "qa/events.py",
        '        "who won (the passage tells of no result)",\n',
        '        "",\n',
        VERIFY,
    ),
    Mutant(
        "who-won-score-unread",  # "The final ended 2-1" tells no result
        "qa/events.py",
        r'            r"topped|outscored|vanquish\w*)\b|\d+\s*[-–]\s*\d+",',
        r'            r"topped|outscored|vanquish\w*)\b",',
        VERIFY,
    ),
    Mutant(
        "event-elsewhere-allowed",  # "126" killed in China answers the Chile quake's toll
        "qa/verify.py",
        "        or events.event_elsewhere(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "event-elsewhere-people-unread",  # "Chilean officials said 3 people were hurt" taken for elsewhere
        "qa/events.py",
        "        if any(places.names_people_of(people, stem(name)) for people in peoples):",
        "        if False:",
        VERIFY,
    ),
    Mutant(
        "event-elsewhere-same-country",  # "In Santiago the quake shook" taken for elsewhere than Chile
        "qa/events.py",
        " or any(place.countries & p.countries for _, p in there):",
        ":",
        VERIFY,
    ),
    Mutant(
        "event-elsewhere-any-sentence",  # a sentence telling of no quake taken for one elsewhere
        "qa/events.py",
        "    if asked is None or not where or not _TOLD_BY[asked.group(2)].search(said):",
        "    if asked is None or not where:",
        VERIFY,
    ),
    Mutant(
        "dead-with-missing-allowed",  # "87,000 people dead or missing" answers how many died
        "qa/verify.py",
        "        or figures.dead_counted_with_others(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "dead-with-missing-asked-too",  # "How many people were dead or missing?" vetoed for its own count
        "qa/figures.py",
        "    if together is None or re.search(",
        "    if together is None or not re.search(",
        VERIFY,
    ),
    Mutant(
        "setting-despite-elsewhere",  # "the Chile quake" taken as the setting of a roundup's quake in China
        "qa/verify.py",
        "        and not (elsewhere and (here := places.place(name)) and not here.countries & elsewhere)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "place-opening-a-name",  # "US Geological Survey" taken for the United States
        "qa/places.py",
        '(p := place(n := " ".join(ws[i:]))) is not None',
        '(p := place(n := " ".join(ws[: len(ws) - i]))) is not None',
        VERIFY,
    ),
    Mutant(
        "alias-unread",  # "The DeHavilland DHC-3 Otter turboprop — also known as a floatplane" for its pilot
        "qa/roles.py",
        "    if answer[0][0].isupper() and run and _APPOSITION_END.match(sentence, rest[len(run) - 1][1]):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "alias-run-unended",  # "known as a floatplane carrier" taken for a floatplane
        "qa/roles.py",
        " and run and _APPOSITION_END.match(sentence, rest[len(run) - 1][1]):",
        " and run:",
        VERIFY,
    ),
    Mutant(
        "crashed-into-a-cause",  # "snowy terrain" it crashed into answers "What caused the Saratov crash?"
        "qa/verify.py",
        "        or events.crashed_into_for_cause(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "crew-for-everyone-allowed",  # "eight" crew answers how many people were aboard
        "qa/verify.py",
        "        or figures.some_for_everyone_aboard(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "crew-for-crew-asked",  # "How many crew were aboard?" vetoed for the crew's count
        "qa/figures.py",
        r'r"^\W*how\s+many\s+(?:people|persons|individuals)\s+(?:were|was|are|is)',
        r'r"^\W*how\s+many\s+\w+\s+(?:were|was|are|is)',
        VERIFY,
    ),
    Mutant(
        "crew-in-span-unread",  # "eight crew" answers how many people were aboard
        "qa/figures.py",
        '    counted = _first_word_end(text, start, end)  # "«eight» crew" too',
        "    counted = end",
        VERIFY,
    ),
    Mutant(
        "into-in-span-unread",  # "into snowy terrain" answers what caused the crash
        "qa/events.py",
        "    before = text[max(0, start - 40) : start + (into.end() if into else 0)]",
        "    before = text[max(0, start - 40) : start]",
        VERIFY,
    ),
    Mutant(
        "brand-for-company-allowed",  # "TJ Farms" (a brand) answers "Which company recalled frozen cauliflower?"
        "qa/verify.py",
        "        or events.brand_or_base_for_company(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "brand-for-brand-asked",  # "Which brand of cauliflower was recalled?" vetoed for the brand
        "qa/events.py",
        '    if not _COMPANY_ASKED.match(question):\n        return ""\n    if brand := ',
        "    if brand := ",
        VERIFY,
    ),
    Mutant(
        "firms-office-for-another-allowed",  # Honda's "the company's CEO" answers "Who is Toyota's CEO?"
        "qa/verify.py",
        "        or offices.firms_office_for_another(question, article.text, c.start, c.end, _headline(article))\n",
        "",
        VERIFY,
    ),
    Mutant(
        "firms-office-headline-unread",  # "the company's CEO" vetoed for the headline's own company
        "qa/offices.py",
        r'    if not headline or asked is None or re.search(rf"\b{re.escape(asked.group(1))}\b", headline):',
        "    if not headline or asked is None:",
        VERIFY,
    ),
    Mutant(
        "firms-office-without-headline",  # with no headline, no company to tell the asked one from
        "qa/offices.py",
        r"    if not headline or asked is None or re.search(",
        r"    if asked is None or re.search(",
        VERIFY,
    ),
    Mutant(
        "base-for-company-allowed",  # "Eagle" of "Eagle, Idaho -based Flagship Food Group" answers which company
        "qa/events.py",
        "    if based := _BASED_AFTER.match(text, end):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "dead-with-missing-in-span-unread",  # "87,000 people dead or missing" answers how many died
        "qa/figures.py",
        '    counted = _first_word_end(text, start, end)  # "«87,000» people dead or missing" too',
        "    counted = end",
        VERIFY,
    ),
    Mutant(
        "clock-day-ends-sentence",  # "3 a.m. | Sunday and had to flee" read apart
        "index/chunking.py",
        "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:{MONTH_WORD})\\s+\\d+)",
        ")",
        ("tests/index/test_chunking.py",),
    ),
    Mutant(
        "rank-ends-sentence",  # "Coast Guard Capt. | Lincoln Stroh" read apart
        "index/chunking.py",
        "|Lt|Capt|Sgt|Maj|",
        "|Lt|",
        ("tests/index/test_chunking.py",),
    ),
    Mutant(
        "vague-length-an-hour",  # "just minutes" for "What time did the heist take place?"
        "qa/answer_types.py",
        "        or _VAGUE_LENGTH.match(span)\n        or _CALENDAR_DAY",
        "        or _CALENDAR_DAY",
        VERIFY,
    ),
    Mutant(
        "vague-length-a-time",  # "just minutes" for "When did the heist happen?"
        "qa/answer_types.py",
        "    if question_type(q) is AnswerType.DATE and _VAGUE_LENGTH.match(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "date-an-hour",  # "Jan. 30" for "What time did Nayeri and Tieu get captured?"
        "qa/answer_types.py",
        "        or _CALENDAR_DAY.fullmatch(span)\n        or _MONTH_ONLY",
        "        or _MONTH_ONLY",
        VERIFY,
    ),
    Mutant(
        "words-a-persons-name",  # "organized theft and criminal conspiracy" for the names of the suspects
        "qa/answer_types.py",
        "    if _PERSON_NAME_ASKED.search(q) and not _CAPITALIZED.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "words-a-relatives-name",  # "yurt" for "What is the name of James Eason's father?"
        "qa/answer_types.py",
        r"[\w.-]+['’]s?\s+(?:[\w-]+\s+)?|",
        r"[\w.-]+['’]s?\s+(?:[\w-]+\s+)?XX|",
        VERIFY,
    ),
    Mutant(
        "no-cost-a-price",  # "free of charge" for "How much will the repair cost owners?" (0.04)
        "qa/answer_types.py",
        "_ONE_OF_A_UNIT.search(span) or _NO_COST.search(span)",
        "_ONE_OF_A_UNIT.search(span)",
        VERIFY,
    ),
    Mutant(
        "length-how-often",  # "less than a month" for "How often does Iceland have an eruption?"
        "qa/answer_types.py",
        "    if _HOW_OFTEN.match(q) and not _FREQUENCY.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "less-than-a-month-a-frequency",  # "less than a month" read as "once a month"
        "qa/answer_types.py",
        'r"(?<!than )\\ba (?:day|',
        'r"\\ba (?:day|',
        VERIFY,
    ),
    Mutant(
        "markers-how-long-closed",  # "98 to 70" for "How long was the Mississippi River closed?"
        "qa/answer_types.py",
        "    if _HOW_LONG_IN_A_STATE.match(q) and not (_DATE_RE.search(span) or _WHILE_WORDS.search(span)):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "stretch-closed-a-state",  # "How long was the stretch of river first closed?" asks how long the stretch is
        "qa/answer_types.py",
        '    r"(?!.*\\b(?:stretch|section|segment|span|part|portion|length|distance|line|road|route|border)\\b)"\n',
        "",
        VERIFY,
    ),
    Mutant(
        "tool-for-what-it-broke",  # "a security grill" for what the thieves used to break the windows
        "qa/roles.py",
        "    if not asked or not acted or stem(acted.group(1)) != stem(asked.group(1)):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "description-for-doer-unread",  # "chemical tanker" for "Who owned the Tintomara?"
        "qa/roles.py",
        " if asked and text[start].islower() else None",
        " if False else None",
        VERIFY,
    ),
    Mutant(
        "description-for-doer-opening",  # "In India, the bureau" is no description of India
        "qa/roles.py",
        "    if _PREPOSITIONS.intersection(w.lower() for w in opening) or name[-1] not in words(question):",
        "    if name[-1] not in words(question):",
        VERIFY,
    ),
    Mutant(
        "named-so-unread",  # "Tintomara" for the name of the towboat, "the Mel Oliver, the towboat"
        "qa/roles.py",
        "    if len(named) != 1 or any(answer in n or n in answer for n in named):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "named-so-answer-too",  # "Mel Oliver" vetoed as other than "Mel Oliver"
        "qa/roles.py",
        "    if len(named) != 1 or any(answer in n or n in answer for n in named):",
        "    if len(named) != 1:",
        VERIFY,
    ),
    Mutant(
        "kind-name-of-unread",  # "Francis Scott Key Bridge" for the name of the ship
        "qa/events.py",
        "    named = _NAME_OF_THING.search(question)",
        "    named = None",
        VERIFY,
    ),
    Mutant(
        "kind-name-goes-on-unread",  # "Francis Scott" of "Francis Scott Key Bridge" for the ship
        "qa/events.py",
        "    goes_on = _NAME_GOES_ON.match(text, end) if text[end - 1 : end].isalpha() else None",
        "    goes_on = None",
        VERIFY,
    ),
    Mutant(
        "grade-an-amount",  # "6" of "number 6 fuel oil" for how much oil
        "qa/figures.py",
        "    named, graded = _NUMBERED.search(before), _GRADED.match(text, at) and _GRADE.search(before)",
        "    named, graded = _NUMBERED.search(before), None",
        VERIFY,
    ),
    Mutant(
        "verb-number-a-grade",  # "they number 30 million" read as a grade
        "qa/figures.py",
        '_GRADED = re.compile(r"\\d{1,2}\\s+(?!(?:hundred|thousand|million|billion)\\b)[a-z]")',
        '_GRADED = re.compile(r"\\d{1,2}\\s+[a-z]")',
        VERIFY,
    ),
    Mutant(
        "name-given-after-unread",  # "the ship, named the Marina Baru" for "the ship"
        "qa/verify.py",
        "for m in (*before, *after, *titled)",
        "for m in (*before, *titled)",
        VERIFY,
    ),
    Mutant(
        "name-given-twice",  # "the bridge" of a report naming two bridges
        "qa/verify.py",
        "        if len(names) == 1:\n            given.extend(names)",
        "        if names:\n            given.extend(names)",
        VERIFY,
    ),
    Mutant(
        "name-given-unread",  # "the Morandi bridge" for "The bridge ... since 1967"
        "qa/verify.py",
        """    lead = f"{lead if about_headline else ''}\\n{given}"\n""",
        """    lead = lead if about_headline else ""\n""",
        VERIFY,
    ),
    Mutant(
        "caught-escaped-not-opposites",  # "2,000" who escaped for how many were caught
        "qa/events.py",
        '    ("catch caught capture captured recapture recaptured", "escape escaped flee fled"),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "title-short-unread",  # "Istanbul Gov. Muammer Guler" does not mention the governor
        "qa/lexical.py",
        "    titles = (_TITLES_SHORT[m] for m in _TITLE_SHORT.findall(text))",
        "    titles = iter(())",
        VERIFY,
    ),
    Mutant(
        "clock-of-a-deed-to-come",  # "12:52 p.m. Sunday" of the launch for when the Cygnus will arrive
        "qa/times.py",
        '    rf"(?:\\d{{1,2}}(?::\\d{{2}})?\\s*[ap]\\.m\\b\\.?(?:\\s+(?:{_DAY}))?|{_DAY})\\W*",',
        '    rf"(?:{_DAY})\\W*",',
        VERIFY,
    ),
    Mutant(
        "owned-for-owner-unread",  # "Air Malta's 6:00am flight" for which airline's flight
        "qa/roles.py",
        '    if not asked or not owns:\n        return ""\n    owned_asked',
        '    if True:\n        return ""\n    owned_asked',
        VERIFY,
    ),
    Mutant(
        "the-noun-first-word-only",  # "the northbound Amtrak train" not read as "the train"
        "qa/verify.py",
        "        for w in m.group(1).split():",
        "        for w in m.group(1).split()[:1]:",
        VERIFY,
    ),
    Mutant(
        "the-noun-past-stop-word",  # "the outbreak a public health emergency": words past "a" read
        "qa/verify.py",
        "            if w.lower() in lexical.STOPWORDS:\n                break\n",
        "",
        VERIFY,
    ),
    Mutant(
        "ranked-last-use-unread",  # "second-largest ... won in 2016" for when the largest was won
        "qa/figures.py",
        "            before[-1] if before and not CLAUSE_BREAK.search(",
        "            None if True else before[-1] if before and not CLAUSE_BREAK.search(",
        VERIFY,
    ),
    Mutant(
        "ranked-last-use-across-clause",  # "the second busiest, and the Port of Melbourne is the busiest"
        "qa/figures.py",
        " and not CLAUSE_BREAK.search(text, sentence[0] + before[-1][0].end(), start) else None",
        " else None",
        VERIFY,
    ),
    Mutant(
        "two-counts-of-kinds",  # "243 passengers and a dozen" for how many crew
        "qa/figures.py",
        "(?:\\s+[\\w'’-]+){{0,2}}?(?<!hundred)",
        "(?<!hundred)",
        VERIFY,
    ),
    Mutant(
        "to-come-for-current-unread",  # "will be further raised to 10%" for the current rate
        "qa/figures.py",
        '    if not to_come or re.search(r"[.;:!?]\\s", to_come.group(1) + " "):',
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "to-come-for-anything",  # "10%" vetoed for the rate to come, asked
        "qa/figures.py",
        "    if not _NOW_ASKED.search(question) or not re.match(",
        "    if not re.match(",
        VERIFY,
    ),
    Mutant(
        "money-odds",  # "$429.6 million" for the odds of winning
        "qa/answer_types.py",
        "    if _ODDS_ASKED.match(q) and not _ODDS.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "flight-a-type-of-aircraft",  # "Saratov Airlines flight" for what type of aircraft
        "qa/answer_types.py",
        "    if _AIRCRAFT_TYPE_ASKED.search(q) and _AIRLINE_OR_FLIGHT.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "clock-a-size",  # "6:23" for how tall Odysseus is
        "qa/answer_types.py",
        "    if _SIZE_ASKED.match(q) and (CLOCK.search(span) or _DAYTIME_ONLY.match(span)",
        "    if _SIZE_ASKED.match(q) and (_DAYTIME_ONLY.match(span)",
        VERIFY,
    ),
    Mutant(
        "age-how-long",  # "21-year-old" for how long the contract is
        "qa/answer_types.py",
        " and _AGED.search(span):",
        " and False:",
        VERIFY,
    ),
    Mutant(
        "lander-any-kind",  # "Pragyaan rover" for the name of the lander
        "qa/events.py",
        '    "lander": "lander",\n',
        "",
        VERIFY,
    ),
    Mutant(
        "other-side-counted-unread",  # "243" passengers for how many crew
        "qa/figures.py",
        "    if not thing or not other or (other[0], 1 - other[1]) not in asked:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "other-side-asked-too",  # "243" vetoed where passengers and crew are both asked
        "qa/figures.py",
        "    if stem(thing.group(1)) in {stem(w) for w in words(question)}:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "effect-for-cause-unread",  # "chaos" the outage caused, for what caused the outage
        "qa/events.py",
        "    if not asked or not caused or stem(caused.group(1)) not in stems(question[asked.end() :]):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "effect-caused-by",  # "caused by a coding error" read as what the update caused
        "qa/events.py",
        '    r"(?!by\\b)(?:[\\w-]+\\s+){0,2}$",',
        '    r"(?:[\\w-]+\\s+){0,2}$",',
        VERIFY,
    ),
    Mutant(
        "company-for-agency-unread",  # "cybersecurity company CrowdStrike" for which agency
        "qa/events.py",
        "    if not asked or not _A_COMPANY_BEFORE.search(text, max(0, start - 30), start):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "court-v-ends-sentence",  # "Roe v. | Wade" read apart
        "index/chunking.py",
        "|No|Vol|vs|v|etc|",
        "|No|Vol|vs|etc|",
        ("tests/index/test_chunking.py",),
    ),
    Mutant(
        "toll-for-everyone-aboard",  # "Twenty-three" killed answers how many were on board
        "qa/figures.py",
        "    some = _CREW_AFTER.match(text, counted) or _HARMED_AFTER.match(text, counted)",
        "    some = _CREW_AFTER.match(text, counted)",
        VERIFY,
    ),
    Mutant(
        "length-for-speed-allowed",  # "20-meter" answers how fast the bus was going
        "qa/verify.py",
        "        or figures.length_for_speed(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "speed-per-hour-unread",  # "80 kilometers" of "80 kilometers per hour" vetoed as no speed
        "qa/figures.py",
        '    return "" if _SPEED_SAID.search(text, start, min(len(text), end + 20)) else "a speed"',
        '    return "a speed"',
        VERIFY,
    ),
    Mutant(
        "ago-for-length-allowed",  # "500 years" of "500 years ago" answers how long the bidding lasted
        "qa/verify.py",
        "        or times.ago_for_length(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "how-long-ago-vetoed",  # "How long ago was it made?" vetoed for "500 years" of "500 years ago"
        "qa/times.py",
        r'    if not re.match(r"\W*how\s+long\b(?!\s+ago\b)", question, re.I)',
        r'    if not re.match(r"\W*how\s+long\b", question, re.I)',
        VERIFY,
    ),
    Mutant(
        "ago-in-span-unread",  # "500 years ago" answers how long the bidding lasted
        "qa/times.py",
        "    ago = _AGO.match(text, end) or _ENDS_AGO.search(text, start, end)",
        "    ago = _AGO.match(text, end)",
        VERIFY,
    ),
    Mutant(
        "owner-for-buyer-allowed",  # "Amedeo Modigliani" of his "Nu Couché" answers who bought it
        "qa/verify.py",
        "        or roles.owner_for_buyer(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "seller-for-buyer-allowed",  # "Christie's" of "sold at Christie's" answers who bought it
        "qa/roles.py",
        "    if stem(verb) in _BOUGHT and _SOLD_BY.search(text, max(0, start - 40), start):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "owner-for-maker-vetoed",  # "Who painted Water Lilies?" vetoed for "Claude Monet's Water Lilies"
        "qa/roles.py",
        "(bought|buys?|purchased?|purchases|acquired?|acquires|",
        "(painted|bought|buys?|purchased?|purchases|acquired?|acquires|",
        VERIFY,
    ),
    Mutant(
        "toll-for-rate-allowed",  # one crash's "44" answers how many die on India's roads each year
        "qa/verify.py",
        "        or figures.toll_for_rate(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "rate-said-unread",  # "killed 30 people each winter" vetoed for how many die each winter
        "qa/figures.py",
        "    if not _RATE_ASKED.match(question) or _RATE_SAID.search(text, *sentence):",
        "    if not _RATE_ASKED.match(question):",
        VERIFY,
    ),
    Mutant(
        "count-as-a-name",  # "Three" opening a sentence taken for another name than "Colchester"
        "qa/roles.py",
        " and other.lower() not in STOPWORDS and other.lower() not in NUMBER_WORDS",
        " and other.lower() not in STOPWORDS",
        VERIFY,
    ),
    Mutant(
        "an-hour-no-number",  # "an hour" read as no length for "How long after the escape was Zeya found?"
        "qa/answer_types.py",
        "bool(_ONE_OF_A_UNIT.search(span) or _NO_COST",
        "bool(_NO_COST",
        VERIFY,
    ),
    Mutant(
        "someone-for-who-allowed",  # "someone" answers who cut the fence
        "qa/answer_types.py",
        '        return "who it was"',
        '        return ""',
        VERIFY,
    ),
    Mutant(
        "question-no-headline",  # "How do zoos prepare for dangerous animal escapes?" read as no headline
        "index/cleaning.py",
        """not line.endswith((".", ":", "!", ","))""",
        """not line.endswith((".", ":", "?", "!", ","))""",
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "change-for-level-allowed",  # "30 seconds" cut off the record answers what Kipchoge's time was
        "qa/verify.py",
        "        or figures.change_for_level(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "changed-by-unread",  # "improved her best by «18 minutes»" answers what her best time was
        "qa/figures.py",
        "        or _CHANGED_BY.search(text[max(0, start - 60) : start])\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sole-place-unread",  # "How many side chambers does the Luxor tomb have?" vetoed in a report only of Luxor
        "qa/verify.py",
        "        return sole\n",
        "        return set()\n",
        VERIFY,
    ),
    Mutant(
        "sole-place-among-others",  # a report naming Luxor and Cairo read as all about Luxor
        "qa/verify.py",
        '        if here and re.search(rf"\\b{re.escape(name)}\\b", lead) and all(_within(p, here) for p in named):',
        '        if here and re.search(rf"\\b{re.escape(name)}\\b", lead):',
        VERIFY,
    ),
    Mutant(
        "sole-place-country-within",  # a report naming Athens read as all about Luxor, Egypt
        "qa/verify.py",
        "        or (place.country and here.countries <= place.countries)\n",
        "        or bool(here.countries & place.countries)\n",
        VERIFY,
    ),
    Mutant(
        "change-in-span-unread",  # "30 seconds off the previous world record" answers what Kipchoge's time was
        "qa/figures.py",
        "        or _CHANGED_WITHIN.search(text, start, end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "change-asked-vetoed",  # "What was the price change?" vetoed for "rose by «5%»"
        "qa/figures.py",
        "    if not asked or any(not _AT_A_MOMENT",
        "    if not asked or any(False and not _AT_A_MOMENT",
        VERIFY,
    ),
    Mutant(
        "doer-for-done-allowed",  # "an Egyptian-British mission" that found the tomb answers what was found inside
        "qa/verify.py",
        "        or roles.doer_for_done(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "doer-without-object",  # "robbers had found first" read as who found what the question asks
        "qa/roles.py",
        '    r"(?:the|a|an|its|his|her|their|this|these|those)\\b"',
        '    r"(?:the|a|an|its|his|her|their|this|these|those|first)\\b"',
        VERIFY,
    ),
    Mutant(
        "owner-for-name-allowed",  # "God Amun" of "God Amun's Goldsmith" answers the goldsmith's name
        "qa/verify.py",
        "        or roles.owner_for_name(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "owner-for-name-any-noun",  # "king" of "the king's vizier" vetoed as no name of the tomb
        "qa/roles.py",
        "    if not owned or stem(owned.group(1)) != stem(noun):",
        "    if not owned:",
        VERIFY,
    ),
    Mutant(
        "plan-given-up-allowed",  # "this year" it was meant to open answers when the museum will open
        "qa/verify.py",
        "        or times.plan_given_up(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "plan-asked-vetoed",  # "When was the museum meant to open?" vetoed for "was meant to open «this year»"
        "qa/times.py",
        "    if not FUTURE_ASKED.search(question.strip()) or _THE_PLAN_ASKED.search(question):",
        "    if not FUTURE_ASKED.search(question.strip()):",
        VERIFY,
    ),
    Mutant(
        "count-with-others-allowed",  # "nearly 700" passengers and crew answers how many passengers were sickened
        "qa/verify.py",
        "        or figures.count_with_others(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-with-others-any-kind",  # "nearly 700" vetoed for how many people were sickened
        "qa/figures.py",
        "    if first != stem(counted[-1]) or not {first, other} <= _KINDS_OF_PEOPLE or other in",
        "    if not {first, other} <= _KINDS_OF_PEOPLE or other in",
        VERIFY,
    ),
    Mutant(
        "bare-weight-allowed",  # "49" whales answers how much the whales weigh
        "qa/figures.py",
        '        return "" if _WEIGHT_AFTER.match(text, end) else "a weight (the passage gives a bare number)"',
        '        return ""',
        VERIFY,
    ),
    Mutant(
        "weight-unit-unread",  # "3.5" of "3.5 tons" vetoed as a bare number for a weight
        "qa/figures.py",
        '        return "" if _WEIGHT_AFTER.match(text, end) else "a weight (the passage gives a bare number)"',
        '        return "a weight (the passage gives a bare number)"',
        VERIFY,
    ),
    Mutant(
        "age-for-when-allowed",  # "89" of "at the age of 89" answers when Arkin died
        "qa/verify.py",
        "        or figures.age_for_when(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-for-how-old-vetoed",  # "89" vetoed as no time for how old Arkin was
        "qa/figures.py",
        '    if not _WHEN_ASKED.search(question):\n        return ""\n    if _AN_AGE',
        '    if False:\n        return ""\n    if _AN_AGE',
        VERIFY,
    ),
    Mutant(
        "piece-of-a-number-allowed",  # "23" of "29.06.23" answers how old Arkin was
        "qa/verify.py",
        "        or figures.piece_of_a_number(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "piece-after-unread",  # "29.06" of "29.06.23" answers when Arkin died
        "qa/figures.py",
        "    after = _POINTED_AFTER.match(text, end) if text[end - 1 : end].isdigit() else None",
        "    after = None",
        VERIFY,
    ),
    Mutant(
        "where-the-place-is-allowed",  # "North Island", where the beach lies, answers where the whales were taken
        "qa/verify.py",
        "        or events.where_the_place_is(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "where-the-place-is-any-place",  # "North Island" vetoed for where the whales (no beach named) were taken
        "qa/events.py",
        '    if not lies or not re.search(rf"\\b{re.escape(lies.group(1))}\\b", question):',
        "    if not lies:",
        VERIFY,
    ),
    Mutant(
        "died-at-age-unread",  # "89" of "has died at 89" answers when Arkin died
        "qa/figures.py",
        "|at\\s+age|(?:died|dies|dead)\\s+at)\\s+$",
        "|at\\s+age)\\s+$",
        VERIFY,
    ),
    Mutant(
        "point-across-lines",  # "2019" after another sentence's "2007." vetoed as a piece of a number
        "qa/figures.py",
        '_POINTED_BEFORE = re.compile(r"(?:\\d+\\.)+\\Z")',
        '_POINTED_BEFORE = re.compile(r"(?:\\d+\\.)+\\s*\\Z")',
        VERIFY,
    ),
    Mutant(
        "count-with-others-last-number",  # "200 passengers" of "200 passengers and crewmembers" read as no count
        "qa/figures.py",
        '    number = _CARDINAL.search(text, start, end)  # "«200',
        '    number = _last_count(text, start, end)  # "«200',
        VERIFY,
    ),
    Mutant(
        "where-the-place-is-word-unread",  # "on the North Island" answers where the whales were taken
        "qa/events.py",
        "    cut = start + (word.end() if word else 0)",
        "    cut = start",
        VERIFY,
    ),
    Mutant(
        "age-in-span-unread",  # "at the age of 89" answers when Arkin died
        "qa/figures.py",
        "    if _AN_AGE.fullmatch(text[start:end]):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "speaker-for-doer-allowed",  # "Wangchu Sherpa", who said the body was found, answers who found it
        "qa/verify.py",
        "        or speech.speaker_for_doer(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "speaker-for-doer-any-verb",  # "Wangchu Sherpa" vetoed for who said the body was found
        "qa/speech.py",
        "    if not asked or not done or stem(done.group(1)) != stem(asked.group(1)):",
        "    if not done:",
        VERIFY,
    ),
    Mutant(
        "done-to-owner-unread",  # "Paresh Chandra Nath", whose body was found, answers who found Ghosh's body
        "qa/roles.py",
        """    r"(?:['’]s\\s+(?:[a-z-]+\\s+){0,2}?[a-z]+)?(?:\\s*,[^,]{0,80},)?""",
        """    r"(?:\\s*,[^,]{0,80},)?""",
        VERIFY,
    ),
    Mutant(
        "done-to-progressive",  # "The unit was manning the guns" vetoed for who manned them
        "qa/roles.py",
        '    r"(?:\\w+ly\\s+)?([a-z]+)\\b(?<!ing)"',
        '    r"(?:\\w+ly\\s+)?([a-z]+)\\b"',
        VERIFY,
    ),
    Mutant(
        "went-for-came-from",  # "Butte College campus" for "Where did the fire spread from?" (0.58)
        "qa/events.py",
        "        _went_for_came_from(question, text, start, end)\n",
        '        ""\n',
        VERIFY,
    ),
    Mutant(
        "lower-case-title-another-role",  # "spokesman Joshpae White" for "Who is the incident commander?" (0.62)
        "qa/offices.py",
        "    if titled and stem(titled) in ROLE_OF:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "fronted-time-opposite",  # "Earlier this month" for "When did NHTSA close its investigation?" (0.48)
        "qa/events.py",
        "            if (fronted or set_off or not CLAUSE_BREAK.search(between))",
        "            if (set_off or not CLAUSE_BREAK.search(between))",
        VERIFY,
    ),
    Mutant(
        "hyphened-title-another-role",  # "Ex-sheriff" for "Who is the judge in Johnson's case?" (0.49)
        "qa/offices.py",
        '(stem(w.rsplit("-", 1)[-1]) for w in words_)',
        "(stem(w) for w in words_)",
        VERIFY,
    ),
    Mutant(
        "title-before-a-name-given",  # "Ex-sheriff Michael Johnson", then "the former sheriff" left at 17
        "qa/verify.py",
        "for m in (*before, *after, *titled)",
        "for m in (*after, *before)",
        VERIFY,
    ),
    Mutant(
        "office-owner-a-name-given",  # "the Kingstree Sheriff's Office" names no sheriff
        "qa/verify.py",
        """(?i:{noun})\\b(?!['’]s)", body, at)""",
        """(?i:{noun})\\b", body, at)""",
        VERIFY,
    ),
    Mutant(
        "beaten-for-winner",  # "Joe Mallahan" for "Who led the Seattle race?" ("a slim lead over", 0.70)
        "qa/verify.py",
        "        or contests.beaten_for_winner(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "beaten-by-is-no-winner",  # "was defeated by «Omar Pasha»": the winner follows
        "qa/contests.py",
        "advantage)\\s+over)\\s+(?!by\\b)",
        "advantage)\\s+over)\\s+",
        VERIFY,
    ),
    Mutant(
        "winner-for-beaten",  # "Gary Leitzel" for "Who lost in Dayton?" ("lost to", 0.60)
        "qa/verify.py",
        "        or contests.winner_for_beaten(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "winners-figure",  # "71.67 percent" for "What share of the vote did Joe Sanchez get?" (0.58)
        "qa/verify.py",
        "        or contests.winners_figure(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "contest-inside-the-span",  # "Mike McGinn holding a slim lead over Joe Mallahan" for who led
        "qa/contests.py",
        "    return bool(last and last.start() > start and said.search(text, start, last.start()))",
        "    return False",
        VERIFY,
    ),
    Mutant(
        "sitting-for-next",  # "Curt Pringle" for "Who will be the new mayor of Anaheim?" (0.72)
        "qa/offices.py",
        "(former, _FORMER_SAID) if former else (_NEXT_ASKED.search(question), _NEXT_SAID)",
        "(former, _FORMER_SAID) if former else (None, _NEXT_SAID)",
        VERIFY,
    ),
    Mutant(
        "elect-is-next",  # "Mayor-elect Tom Tait" is the new mayor
        "qa/offices.py",
        '_NEXT_SAID = re.compile(r"\\b(?:new|next|incoming|future|elect|',
        '_NEXT_SAID = re.compile(r"\\b(?:new|next|incoming|future|',
        VERIFY,
    ),
    Mutant(
        "some-among-for-all",  # "three" for how many were injured: "among the injured were three flight attendants"
        "qa/verify.py",
        "        or figures.some_among_for_all(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "among-of-the-kind-asked",  # "three" is how many flight attendants were injured
        "qa/figures.py",
        "    if kind and {stem(w) for w in words(kind.group(1))} & asked:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "said-unknown",  # "Colombian" for the fourth suspect's nationality, which "was unknown"
        "qa/verify.py",
        "        or events.said_unknown(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "unknown-until-known",  # "was not released until May 7" says when it was
        "qa/events.py",
        "a\\s+mystery)\\b(?!\\s+until\\b)",
        "a\\s+mystery)\\b",
        VERIFY,
    ),
    Mutant(
        "clock-for-a-length",  # "10:50 a.m" for "How long before landing did the Hawaiian flight hit turbulence?"
        "qa/answer_types.py",
        "(CLOCK.search(span) or _BARE_WEEKDAY.match(span))",
        "(_BARE_WEEKDAY.match(span))",
        VERIFY,
    ),
    Mutant(
        "weekday-for-a-length",  # "Friday" for "How long was Travis Scott's performance?" (0.72)
        "qa/answer_types.py",
        "(CLOCK.search(span) or _BARE_WEEKDAY.match(span))",
        "(CLOCK.search(span))",
        VERIFY,
    ),
    Mutant(
        "clock-for-a-flight-number",  # "10:50" for "What was the flight number of the Hawaiian Airlines flight?"
        "qa/answer_types.py",
        "    if numbered and CLOCK.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "weight-for-a-value",  # "165 kilos" for "What was the street value of the cocaine …?"
        "qa/answer_types.py",
        "    if _VALUE_ASKED.match(q) and _MEASURE.search(span) and not _MONEY.search(span):",
        "    if _VALUE_ASKED.match(q) and _MEASURE.search(span):",
        VERIFY,
    ),
    Mutant(
        "weekend-no-hour",  # "over the weekend" for "What time did the Fort Worth robbery occur?" (0.65, cut)
        "qa/answer_types.py",
        """    r"(?:(?:over|during|at|on|last|next|this|that)\\s+(?:the\\s+)?)?weekend)\\W*$",""",
        """    r"(?:(?:over|during|at|on|last|next|this|that)\\s+(?:the\\s+)?)?weekendX)\\W*$",""",
        VERIFY,
    ),
    Mutant(
        "other-kind-of-money",  # "$2,500 bond" for "How much money did Banchs take?" (0.50)
        "qa/verify.py",
        "        or figures.other_kind_of_money(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "kind-of-money-asked",  # "How much is Banchs's bond?" asks for the bond
        "qa/figures.py",
        """    if not kind or re.search(rf"\\b{kind.group(1)}", question, re.I):""",
        "    if not kind:",
        VERIFY,
    ),
    Mutant(
        "home-for-another-place",  # "Arlington" for "Where is Banchs being held?" ("Michael Banchs, 37, of Arlington")
        "qa/events.py",
        "    if home and not _HOME_ASKED.search(question):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "home-asked",  # "Where is Banchs from?" asks for just that
        "qa/events.py",
        "    if home and not _HOME_ASKED.search(question):",
        "    if home:",
        VERIFY,
    ),
    Mutant(
        "other-dimension",  # "86 metres high" for "How wide was the reservoir?" (0.62)
        "qa/verify.py",
        "        or figures.other_dimension(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "same-dimension-two-words",  # "tall" and "high" ask the same
        "qa/figures.py",
        '    "tall": "a height",\n',
        '    "tall": "a tallness",\n',
        VERIFY,
    ),
    Mutant(
        "distance-from-another-place",  # "20 miles north of Waco" for "How far is West from Austin?" (0.51)
        "qa/verify.py",
        "        or figures.distance_from_another_place(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "distance-asked-the-other-way",  # "How far is Carver from Millbrook?" of "20 miles north of Carver"
        "qa/figures.py",
        "    if any(places.same_spelling(g, w) for g in given.group(1).split() for w in named):",
        "    if places.same_spelling(given.group(1), asked.group(1)):",
        VERIFY,
    ),
    Mutant(
        "age-of-another",  # her brother's "28" for "How old is Helton Pereira's sister?" (0.70)
        "qa/verify.py",
        "        or figures.age_of_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-of-other-kin",  # "his 28-year-old wife" for the sister's age
        "qa/figures.py",
        "    if owner.lower() in roles.KIN and owner.lower() != asked.group(2).lower():",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "age-of-the-one-asked-kin",  # "his 28-year-old wife" for the wife's age
        "qa/figures.py",
        "    if owner.lower() in roles.KIN and owner.lower() != asked.group(2).lower():",
        "    if owner.lower() in roles.KIN:",
        VERIFY,
    ),
    Mutant(
        "count-of-another-people",  # "100 Israeli soldiers" for "How many Brazilian soldiers arrived?" (0.58)
        "qa/verify.py",
        "        or figures.count_of_another_people(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "people-named-another-way",  # "American soldiers" for "How many US soldiers …?"
        "qa/figures.py",
        '    if not places.is_people(other) or places.same_place(" ".join(people), other) or other in words(question):',
        "    if not places.is_people(other) or other in words(question):",
        VERIFY,
    ),
    Mutant(
        "count-of-the-opposite",  # "159" unaccounted for "How many people were accounted for?" (0.53)
        "qa/verify.py",
        "        or figures.count_of_the_opposite(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "opposite-negated-asked",  # "How many people were not accounted for?" asks for the unaccounted
        "qa/figures.py",
        """    if not re.search(r"\\bhow\\s+(?:many|much)\\b", question, re.I) or _NOT_ASKED.search(question):""",
        """    if not re.search(r"\\bhow\\s+(?:many|much)\\b", question, re.I):""",
        VERIFY,
    ),
    Mutant(
        "opposite-anywhere-in-the-sentence",  # "13 unnamed victims and 40 named ones": "40" counts the named
        "qa/figures.py",
        "        nearest = min(found, key=lambda m: abs(sentence[0] + m.start() - start), default=None)",
        "        nearest = next((m for m in found if m.group().lower() != asked), None)",
        VERIFY,
    ),
    Mutant(
        "hedged-length-for-an-hour",  # "nearly two weeks ago" for "What time did the tower collapse?" (0.62)
        "qa/answer_types.py",
        '        or JUST_A_DURATION.match(_HEDGE.sub("", _RELATIVE.sub("", span)))',
        '        or JUST_A_DURATION.match(_RELATIVE.sub("", span))',
        VERIFY,
    ),
    Mutant(
        "count-of-the-other-outcome",  # "France has lost three of five" for "How many … has France won?" (0.53)
        "qa/verify.py",
        "        or contests.count_of_the_other_outcome(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "outcome-asked-both-ways",  # "How many shootouts has France lost?" of "France has lost three"
        "qa/contests.py",
        "    said, asked = (_LOSSES, _WINS) if won else (_WINS, _LOSSES)",
        "    said, asked = (_LOSSES, _WINS)",
        VERIFY,
    ),
    Mutant(
        "owner-of-another",  # "Kingsley Coman" for "Who saved Tchouameni's effort?" (0.65)
        "qa/verify.py",
        "        or roles.owner_of_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "owner-compared-asked",  # "Whose effort was like Tchouameni's effort?" asks for another owner
        "qa/roles.py",
        "    if not owned or _COMPARED.search(question):",
        "    if not owned:",
        VERIFY,
    ),
    Mutant(
        "owner-of-another-any-noun",  # "Who saved Tchouameni's shot?": another thing than the effort
        "qa/roles.py",
        "        if stem(thing) in map(stem, owned.group(1).split()) and owner.lower() not in text[start:end].lower():",
        "        if owner.lower() not in text[start:end].lower():",
        VERIFY,
    ),
    Mutant(
        "until-for-when",  # "in effect until April 30, 2028" for "When was the deal with Ford reached?" (0.74)
        "qa/verify.py",
        "        or times.until_for_when(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "term-end-asked",  # "When does the deal expire?" asks for the end of its term
        "qa/times.py",
        "    if not _WHEN_ASKED.match(question) or _TERM_END_ASKED.search(question):",
        "    if not _WHEN_ASKED.match(question):",
        VERIFY,
    ),
    Mutant(
        "done-in-for-to-come",  # "was closed in February" for "When will the Illinois plant reopen?" (0.76)
        "qa/times.py",
        "        or _DONE_IN.search(sentence, max(0, start - 40), start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "plant-is-a-plan",  # "an Illinois plant" says nothing is to come
        "qa/times.py",
        "plan(?:s|ned|ning)?|expect",
        "plan\\w*|expect",
        VERIFY,
    ),
    Mutant(
        "distance-for-height",  # "65km north of Tongatapu" for "How tall is the volcano?" (0.48)
        "qa/figures.py",
        r'    r"^\W*(?:how\s+(deep|tall|high)|',
        r'    r"^\W*(?:how\s+(deep)|',
        VERIFY,
    ),
    Mutant(
        "initials-are-no-people",  # "UK soldiers" for "British soldiers" vetoed as another owner
        "qa/roles.py",
        "names_people_of(t, s) or initials_of_people(t, s) for s in text_stems",
        "names_people_of(t, s) for s in text_stems",
        VERIFY,
    ),
    Mutant(
        "age-of-kin",  # "My mum is 84 years old" for "How old is Ke Huy Quan?" (0.63)
        "qa/verify.py",
        "        or figures.age_of_kin(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-of-kin-asked",  # "How old is Quan's mother?" asks for the kin's age
        "qa/figures.py",
        "    if not number or roles.KIN.intersection(w.lower() for w in words(question)):",
        "    if not number:",
        VERIFY,
    ),
    Mutant(
        "whole-for-a-share",  # "all four acting honours, three of which …" for The Whale's (0.61)
        "qa/verify.py",
        "        or figures.share_of_another(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "share-named-before-the-whole",  # "Everything won seven awards, four of which went to Everything's cast"
        "qa/figures.py",
        '    if not named or any(re.search(rf"\\b{re.escape(n)}\\b", text[sentence[0] : later]) for n in named):',
        "    if not named:",
        VERIFY,
    ),
    Mutant(
        "first-share-anywhere",  # "All five of these albums" read as a first share
        "qa/figures.py",
        "    elif _FIRST_SHARE.match(text, number.end()) and re.search(",
        "    elif _FIRST_SHARE.match(text, number.end()) and (",
        VERIFY,
    ),
    Mutant(
        "named-in-another-clause",  # "the deal with Stellantis was reached on Saturday" for the Ford deal (0.67)
        "qa/verify.py",
        "        or roles.named_in_another_clause(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-clause-name-is-the-answer",  # "Who made the deal with Ford?" → "Stellantis"
        "qa/roles.py",
        "        if other and not (other.start(1) < end and start < other.end(1)) and not same_place(",
        "        if other and not same_place(",
        VERIFY,
    ),
    Mutant(
        "other-clause-same-people",  # "talks with American officials" for "talks with the US"
        "qa/roles.py",
        " and not same_place(name, other.group(1)):",
        ":",
        VERIFY,
    ),
    Mutant(
        "agency-named-in-the-name",  # "shipping company «Sharaf» shipping agency" vetoed as a company
        "qa/events.py",
        '    return "" if re.search(rf"\\b{asked.group(1)}\\b", name, re.I) else "an agency, not a company"',
        '    return "an agency, not a company"',
        VERIFY,
    ),
    Mutant(
        "duration-for-speed",  # "several hours" for "How fast was the vessel moving?" (0.49)
        "qa/answer_types.py",
        "    if _FAST_ASKED.match(q) and JUST_A_DURATION.match(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "how-quickly-no-duration",  # "two hours" vetoed for "How quickly did the ship sink?"
        "qa/answer_types.py",
        '_FAST_ASKED = re.compile(r"^\\W*(?:how fast|(?:at )?what (?:speed|pace))\\b", re.I)',
        "_FAST_ASKED = SPEED_ASKED",
        VERIFY,
    ),
    Mutant(
        "word-counting-nothing",  # "count" for "How many fake accounts …?" (0.54)
        "qa/answer_types.py",
        "        bare and bare[1] not in _COUNT_WORDS and not _NUMBER_RE.search(span) or _ORDINAL_ONLY",
        "        _ORDINAL_ONLY",
        VERIFY,
    ),
    Mutant(
        "count-words-are-counts",  # "twice" vetoed for "How many times …?"
        "qa/answer_types.py",
        " and bare[1] not in _COUNT_WORDS and",
        " and",
        VERIFY,
    ),
    Mutant(
        "lessee-for-owner",  # "Evergreen Line, which is leasing the ship" for who owns it (0.67)
        "qa/verify.py",
        "        or roles.lessee_for_owner(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "lessee-who-also-owns",  # "Shoei Kisen, which owns and runs the ship" vetoed
        "qa/roles.py",
        '    if not other or _OWNING.search(text[end : end + 80].split(".")[0]):',
        "    if not other:",
        VERIFY,
    ),
    Mutant(
        "figure-for-another-year",  # "4.5% in 2022" for the 2024 projection (0.64)
        "qa/verify.py",
        "        or figures.figure_for_another_year(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "year-asked-before-the-figure",  # "In 2019, the fund grew «4%» in 2020 prices" vetoed
        "qa/figures.py",
        "    if not asked & set(_YEAR.findall(sentence)) or own:",
        "    if not asked & set(_YEAR.findall(sentence)):",
        VERIFY,
    ),
    Mutant(
        "year-asked-anywhere",  # "growth was 1.2% in 2021" vetoed for 2020, a year its sentence never names
        "qa/figures.py",
        "    if not asked & set(_YEAR.findall(sentence)) or own:",
        "    if own:",
        VERIFY,
    ),
    Mutant(
        "raised-to-a-level",  # "raised its target rate to a range of «3.00%-3.25%»" for how much it rose (0.57)
        "qa/figures.py",
        " or _CHANGED_TO.search(before)",
        "",
        VERIFY,
    ),
    Mutant(
        "change-asked-with-to",  # "How much did the rate increase to …?" vetoed for its level
        "qa/figures.py",
        '    if not asked or re.match(r"\\s+to\\b", question.strip()[asked.end() :]):',
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "age-of-another-person",  # "George Floyd died at the age of «46»" for how old Chauvin is (0.65)
        "qa/verify.py",
        "        or figures.age_of_another_person(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-of-one-sharing-a-name",  # "George Floyd died at 46" vetoed for how old Floyd was
        "qa/figures.py",
        "    if {w.lower() for w in words(owner)} & {w.lower() for w in words(asked.group(1))}:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "age-given-beside-a-place",  # "electrocuted in South Carolina at the age of 14": no one's age
        "qa/figures.py",
        '    if not owner[:1].isupper() or owner.split()[0] in {"The", "A", "An", "He", "She", "In", "At", "On"}:',
        "    if not owner:",
        VERIFY,
    ),
    Mutant(
        "words-cried-outside-the-quote",  # "the crowd chanted as «cars honked»" (0.50)
        "qa/verify.py",
        "        or speech.outside_the_words_cried(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "cried-with-no-quotation",  # "The crowd chanted as «cars honked»" vetoed, no quotation given
        "qa/speech.py",
        "    if not quotes or not _CRIED.search(text, first, last) or any(",
        "    if not _CRIED.search(text, first, last) or any(",
        VERIFY,
    ),
    Mutant(
        "staff-are-users",  # "7,500 employees" for how many users (0.78)
        "qa/figures.py",
        '    ("employees workers staff staffers", "users customers subscribers clients"),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "left-for-cut",  # "cut jobs, leaving … «7,500» employees" for how many were laid off (0.47)
        "qa/verify.py",
        "        or figures.left_for_cut(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "left-asked",  # "How many are left after the cuts?" vetoed
        "qa/figures.py",
        "    if not _CUT_ASKED.search(question) or _LEFT_ASKED.search(question) or not _last_count(text, start, end):",
        "    if not _CUT_ASKED.search(question) or not _last_count(text, start, end):",
        VERIFY,
    ),
    Mutant(
        "ousted-for-new",  # "firing top executives: CEO «Parag Agrawal»" for the new CEO (0.70)
        "qa/verify.py",
        "        or roles.ousted_for_new(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "put-out-then-replaced",  # "sacked Foot and replaced him with «Neil Kinnock»" vetoed
        "qa/roles.py",
        'rf"{_PUT_OUT}(?![^.;]*\\b(?:by|with|replac\\w*)\\b)[^.;]*$"',
        'rf"{_PUT_OUT}[^.;]*$"',
        VERIFY,
    ),
    Mutant(
        "put-out-after-the-answer",  # "«Parag Agrawal» … were among the executives terminated" for the new CEO (0.60)
        "qa/roles.py",
        " or _PUT_OUT_AFTER.match(text, end)",
        "",
        VERIFY,
    ),
    Mutant(
        "year-within-the-answer",  # "«4.5% in 2022, 3.1% in 2023, 2.3%»" for 2024 (0.51)
        "qa/figures.py",
        "    within = [year for year in _YEAR_OF_FIGURE.findall(text[start:end]) if year not in asked]",
        "    within: list[str] = []",
        VERIFY,
    ),
    Mutant(
        "side-counted-within-the-span",  # "«7,500 employees»" for how many users (0.67)
        "qa/figures.py",
        ' or _CARDINAL.search(text[start:end])  # or "«7,500 employees»"',
        "",
        VERIFY,
    ),
    Mutant(
        "post-asks-for-a-title",  # "What post does Sergio Massa hold?" vetoed for "Economy Minister"
        "qa/lexical.py",
        "title position post portfolio rank",
        "title position rank",
        VERIFY,
    ),
    Mutant(
        "sentence-for-time-served",  # "sentenced to a total of «31» years" for how many years she has spent (0.80)
        "qa/verify.py",
        "        or roles.sentence_for_time_served(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "day-and-part-for-an-hour",  # "«Friday night»" for what time the plane landed (0.78)
        "qa/answer_types.py",
        "        or _DAY_AND_PART.match(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "nth-day-for-an-hour",  # "«second day of the conclave»" for what time the smoke appeared (0.67)
        "qa/answer_types.py",
        "        or _NTH_DAY.match(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "deed-for-a-cause",  # "fire «nearly destroyed» the cathedral" for what caused the fire (0.56)
        "qa/answer_types.py",
        "        or _DEED_ONLY.search(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "deed-noun-is-a-cause",  # "greed" vetoed for what caused the crisis
        "qa/answer_types.py",
        "(?!(?:greed|hatred|need|speed|seed|weed|breed|creed|feed|bleed|shed|deed)\\b)",
        "",
        VERIFY,
    ),
    Mutant(
        "outlet-of-another-kind",  # "news agency «Reuters»" for what newspaper published her article (0.54)
        "qa/verify.py",
        "        or events.outlet_of_another_kind(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "outlet-named-after",  # "«The Guardian» newspaper" for which broadcaster
        "qa/events.py",
        "    said = before[-1] if before else _OUTLET_AFTER.match(text, end)",
        "    said = before[-1] if before else None",
        VERIFY,
    ),
    Mutant(
        "outlet-in-another-sentence",  # "Broadcaster NHK …. «The Guardian» newspaper" read as a broadcaster
        "qa/events.py",
        "    lead = text[max(line_sentence(text, start, end)[0], start - 40) : end]  # this sentence's words only",
        "    lead = text[max(0, start - 40) : end]",
        VERIFY,
    ),
    Mutant(
        "member-for-head",  # "«Hassan Abdul-Ghani», senior commander of … (HTS)" for who leads HTS (0.60)
        "qa/verify.py",
        "        or roles.member_for_head(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "member-of-another-body",  # a commander of HTS vetoed for who leads the army
        "qa/roles.py",
        "    if not role or not body & stems(said):",
        "    if not role:",
        VERIFY,
    ),
    Mutant(
        "member-named-before",  # "HTS spokesman «Omar Saleh»" for who heads HTS
        "qa/roles.py",
        "        before = _MEMBER_BEFORE.search(text, max(0, start - 30), start)\n",
        "        before = None\n",
        VERIFY,
    ),
    Mutant(
        "people-aged-is-no-person",  # "a 54-year-old «Nepali» guide" vetoed Kami Rita's own age
        "qa/figures.py",
        '    if " " not in owner and places.is_people(owner):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "whole-of-a-named-part",  # "over 900 permits …, including 419 for Everest" for Everest's permits (0.52)
        "qa/figures.py",
        " or _whole_of_a_named_part(question, text, end)",
        "",
        VERIFY,
    ),
    Mutant(
        "whole-of-a-part-it-names",  # "350 people in Kerala state, including 40 in the state capital" vetoed
        "qa/figures.py",
        "        or of & {stem(w) for w in words(text[end : part.start(2)])}\n",
        "",
        VERIFY,
    ),
    Mutant(
        "person-of-a-company",  # "said «Mingma Sherpa» of Seven Summit Treks" for which company (0.51)
        "qa/events.py",
        "    if _PERSON.fullmatch(text[start:end]) and (of := _OF_AFTER.match(text, end)):",
        "    if False and (of := _OF_AFTER.match(text, end)):",
        VERIFY,
    ),
    Mutant(
        "come-back-from-is-home",  # "back from «Mount Everest»" for where Kami Rita is from (0.79)
        "qa/events.py",
        '    r"(?:back|return(?:ed|ing|s)?|billow(?:ed|ing|s)?|pour(?:ed|ing|s)?)\\s+from)\\s+(?:the\\s+)?$",',
        '    r"(?!))\\s+(?:the\\s+)?$",',
        VERIFY,
    ),
    Mutant(
        "return-from-asked",  # "Where did Kami Rita return from?" vetoed for "Mount Everest"
        "qa/events.py",
        " and (not come_back or _HOME_IS_ASKED.match(question)):",
        ":",
        VERIFY,
    ),
    Mutant(
        "ordinal-for-an-age",  # "his «30th» ascent" for how old Kami Rita is (0.57)
        "qa/answer_types.py",
        " or _ORDINAL_ONLY.match(span) or _COUNT_OF_PEOPLE",
        " or _COUNT_OF_PEOPLE",
        VERIFY,
    ),
    Mutant(
        "length-for-an-age",  # "the «2,000-year» history" for how old Prevost is (0.49)
        "qa/verify.py",
        "        or figures.length_for_age(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "saying-for-a-name",  # "Jennifer Homendy said Wednesday, answering questions from … Vance" (0.57)
        "qa/verify.py",
        "        or roles.saying_for_a_name(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "spewed-for-a-cause",  # "derailment that spewed «toxic chemicals»" for what caused it (0.51)
        "qa/events.py",
        "prompted|spewed|unleashed)",
        "prompted)",
        VERIFY,
    ),
    Mutant(
        "quit-for-works-at",  # "quit «Google»" for where Hinton works (0.54)
        "qa/events.py",
        " or _quit_for_works_at(question, text, start, end)",
        "",
        VERIFY,
    ),
    Mutant(
        "quit-for-worked-at",  # "Where did Hinton work?" vetoed for "Google", which he quit
        "qa/events.py",
        'r"^\\s*where\\s+(?:does|do|is|are)\\b.*',
        'r"^\\s*where\\s+(?:does|do|is|are|did)\\b.*',
        VERIFY,
    ),
    Mutant(
        "member-within-the-span",  # "«Hassan Abdul-Ghani, senior commander of the militant group»" (0.47)
        "qa/roles.py",
        " or _MEMBER_AFTER.search(text, start, end)  # or within the span",
        "",
        VERIFY,
    ),
    Mutant(
        "cause-verb-within-the-span",  # "derailment that «spewed toxic chemicals»" for what caused it (0.52)
        "qa/events.py",
        "start + (verb.end() if verb else 0)) if asked",
        "start) if asked",
        VERIFY,
    ),
    Mutant(
        "quit-earlier-in-the-clause",  # "stepped down after spending a decade at «Google»" (0.54)
        "qa/events.py",
        "resigned|retired)\\b[^.;:]*$",
        "resigned|retired)\\s+$",
        VERIFY,
    ),
    Mutant(
        "sought-for-done",  # "announced their candidacy to join" for "When did Sweden join NATO?" (0.74)
        "qa/times.py",
        "        if verb in verbs and next(done, None) is None:",
        "        if False:",
        VERIFY,
    ),
    Mutant(
        "sought-and-done-in-one-sentence",  # "applied to join in May 2022 and joined … in March 2024"
        "qa/times.py",
        "and next(done, None) is None:",
        ":",
        VERIFY,
    ),
    Mutant(
        "sought-asked",  # "When did Sweden apply to join NATO?": the seeking asked
        "qa/times.py",
        "if not _DONE_ASKED.match(question) or _SOUGHT_ASKED.search(question):",
        "if not _DONE_ASKED.match(question):",
        VERIFY,
    ),
    Mutant(
        "fate-for-count",  # "27 girls … were still missing" for how many campers were there (0.61)
        "qa/figures.py",
        "    if not befell or _ANOTHER_CLAUSE.search(between) or len(between.split()) > 20:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "fate-asked",  # "How many girls are missing?"
        "qa/figures.py",
        "if not _HOW_MANY.search(question) or {stem(w) for w in words(question)} & _FATE_ASKED:",
        "if not _HOW_MANY.search(question):",
        VERIFY,
    ),
    Mutant(
        "fate-of-all-of-them",  # "All 34 crew members were detained", "None of the 165 people aboard was hurt"
        "qa/figures.py",
        "    if _ALL_OF.search(text, max(first, start - 16), start):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "fate-in-another-clause",  # "420,000 homes and injured 63 people"
        "qa/figures.py",
        "if not befell or _ANOTHER_CLAUSE.search(between) or",
        "if not befell or",
        VERIFY,
    ),
    Mutant(
        "other-time-unit",  # "nine months" for "How many days were the astronauts in space?" (0.52)
        "qa/figures.py",
        "    if not given or _time_unit(asked.group(1)) in given:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "time-unit-plural-and-singular",  # "two centuries" for "How many centuries …?"
        "qa/figures.py",
        '{"century": "centur", "centuries": "centur", "millennium": "millenni", "millennia": "millenni"}',
        "{}",
        VERIFY,
    ),
    Mutant(
        "count-from-elsewhere",  # "20,000 troops from 13 countries" for how many soldiers Sweden has (0.60)
        "qa/figures.py",
        '    if not asked or not given:\n        return ""\n    owner, source',
        '    if True:\n        return ""\n    owner, source',
        VERIFY,
    ),
    Mutant(
        "count-from-the-owner",  # "300 soldiers from Sweden"
        "qa/figures.py",
        "    if source and (places.same_place(owner, source) or set(words(owner)) & set(words(source))):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "told-the-asked",  # "«Sutskever informed Altman he was being fired»" for what Altman said (0.50)
        "qa/speech.py",
        "    return (asked.group(1), told.group(1)) if names & hearer and not names & speaker else ()",
        "    return ()",
        VERIFY,
    ),
    Mutant(
        "told-by-the-asked",  # "What did Sutskever tell Altman?"
        "qa/speech.py",
        "if names & hearer and not names & speaker else ()",
        "if names & (hearer | speaker) else ()",
        VERIFY,
    ),
    Mutant(
        "elapsed-as-of-now",  # "Now nearly «nine months» after Altman briefly lost his job" (0.80)
        "qa/times.py",
        '    return "how long, not how long ago" if ago or since and not _AFTER_ASKED.search(question) else ""',
        '    return "how long, not how long ago" if ago else ""',
        VERIFY,
    ),
    Mutant(
        "elapsed-after-asked",  # "How long after his ouster did he return?"
        "qa/times.py",
        "if ago or since and not _AFTER_ASKED.search(question) else",
        "if ago or since else",
        VERIFY,
    ),
    Mutant(
        "owner-of-things-beside",  # "between the flags of «Spain and Turkey»" for where the flag was raised (0.70)
        "qa/events.py",
        "    if not beside or beside.group(1).lower() in _PLACE_PARTS:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "a-places-own-parts",  # "near the banks of «Buffalo Bayou»"
        "qa/events.py",
        "    if not beside or beside.group(1).lower() in _PLACE_PARTS:",
        "    if not beside:",
        VERIFY,
    ),
    Mutant(
        "title-inside-the-span",  # "«spokesperson Clint Morris»" for the Kerr County sheriff (0.56)
        "qa/offices.py",
        "    if taken and all(stem(w) in ROLE_OF for w in taken.group().split()):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "title-set-off-by-a-comma",  # "court correspondent, «Helen Davidson»," for the judge (0.62)
        "qa/offices.py",
        "|(?:['’]s|\\bthe)\\s+(?:[a-z]+\\s+)?([a-z]+),\\s+$\")",
        '")',
        VERIFY,
    ),
    Mutant(
        "title-by-a-comma-in-a-list",  # "the mayor, the governor, Helen Davidson and others"
        "qa/offices.py",
        "    if lower and lower.group(2) and not re.match(",
        "    if False and not re.match(",
        VERIFY,
    ),
    Mutant(
        "journalists-a-kind",  # a correspondent is no judge
        "qa/offices.py",
        '    "journalist": "correspondent journalist columnist",',
        "",
        VERIFY,
    ),
    Mutant(
        "difference-for-length",  # "nearly «9 months» later than originally scheduled" for how long the trip was (0.67)
        "qa/times.py",
        '        return "how long, not by how much later or longer"',
        "        pass",
        VERIFY,
    ),
    Mutant(
        "difference-asked",  # "How long was their return delayed?"
        "qa/times.py",
        "    if _BY_HOW_MUCH.match(text, end) and not _DIFFERENCE_ASKED.search(question):",
        "    if _BY_HOW_MUCH.match(text, end):",
        VERIFY,
    ),
    Mutant(
        "doer-listed-beside-the-done",  # "«Celine Dion», a flaming Olympic cauldron …, and" for who lit it (0.81)
        "qa/lists.py",
        "if not done or not item or not done <= stems(item.group(1)) or",
        "if True or",
        VERIFY,
    ),
    Mutant(
        "listed-beside-with-the-deed",  # "Celine Dion, a flaming Olympic cauldron lit by balloon, and …"
        "qa/lists.py",
        " or stem(asked.group(1)) in stems(text[first:last]):",
        ":",
        VERIFY,
    ),
    Mutant(
        "investigator-for-doer",  # "«the government» probed suspected acts of sabotage" for who sabotaged it (0.65)
        "qa/roles.py",
        "    if not asked or not looked or stem(asked.group(1)) not in {stem(w) for w in words(looked.group(1))}:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "title-for-place",  # "«Princess of Wales»" for where Kate had surgery (0.48)
        "qa/events.py",
        "    if not _WHERE.match(question) or not _TITLE_OF_A_PLACE.match(answer):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "treatment-for-illness",  # "preventative «chemotherapy»" for what type of cancer Kate has (0.81)
        "qa/events.py",
        "    if not _ILLNESS_ASKED.search(question) or not _TREATMENT.search(answer):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "treatment-asked",  # "What treatment is Kate having?"
        "qa/events.py",
        "    if not _ILLNESS_ASKED.search(question) or not _TREATMENT.search(answer):",
        "    if not _TREATMENT.search(answer):",
        VERIFY,
    ),
    Mutant(
        "age-before-year-old",  # “59” of “the 59-year-old Prime Minister” for how many years he has led
        "qa/figures.py",
        '    if aged:\n        return f"a count, not an age',
        '    if False:\n        return f"a count, not an age',
        VERIFY,
    ),
    Mutant(
        "length-before-another-event",  # “just three weeks before the European elections” for how long the surgery was
        "qa/times.py",
        '    return "" if lasted else "how long, not how long before or after another event"',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "gap-asked",  # “How long before the elections was Fico shot?” asks the gap
        "qa/times.py",
        " or _GAP_ASKED.search(question)",
        "",
        VERIFY,
    ),
    Mutant(
        "gap-takes-asked",  # “How long did it take …?”: how long until something
        "qa/times.py",
        'till|ago|take|takes|took)\\b", re.I)',
        'till|ago)\\b", re.I)',
        VERIFY,
    ),
    Mutant(
        "length-lasted-before-another-event",  # “in hospital for two days before the surgery”: a length
        "qa/times.py",
        "    lasted = _LASTED.search(text, max(0, start - 20), start)",
        "    lasted = None",
        VERIFY,
    ),
    Mutant(
        "toll-of-another-event",  # “an earthquake that struck …, killing at least 48 people” for the collision's dead
        "qa/figures.py",
        "    if not kinds or not kind or _event_kind(kind) in kinds:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "toll-of-the-event-asked",  # “48” killed in the earthquake asked
        "qa/figures.py",
        "    if not kinds or not kind or _event_kind(kind) in kinds:",
        "    if not kinds or not kind:",
        VERIFY,
    ),
    Mutant(
        "toll-set-off-clause",  # “The crash, which came a day after the storm, killed five”: the crash's toll
        "qa/figures.py",
        '_SET_OFF.sub(",", text[first:start])',
        "text[first:start]",
        VERIFY,
    ),
    Mutant(
        "toll-died-in",  # “14 people were killed in the earthquake” for the crash
        "qa/figures.py",
        "    died_in = _DIED_IN.match(text, end)\n",
        "    died_in = None\n",
        VERIFY,
    ),
    Mutant(
        "toll-of-another-event-deaths-asked",  # not a death toll asked
        "qa/figures.py",
        "    asked = list(_ANY_EVENT.finditer(question)) if DEATHS_ASKED.search(question.strip()) else []",
        "    asked = list(_ANY_EVENT.finditer(question))",
        VERIFY,
    ),
    Mutant(
        "dateline-of-its-own-line-with-its-source-last",  # "YEREVAN, MAY 15, ARMENPRESS." left alone by a cut
        "index/metadata.py",
        '    rf"(?: +(?=\\S)|[ \\t]*$)",',
        '    rf"(?: +(?=\\S))",',
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "dateline-with-its-source-last",  # “YEREVAN, MAY 15, ARMENPRESS. ” read as words: “YEREVAN” for where
        "index/metadata.py",
        '[A-Z][A-Za-z]{{2,8}}\\.? \\d{{1,2}}, [A-Z][A-Z-]+\\."',
        '[A-Z][A-Za-z]{{2,8}}\\.? \\d{{1,2}}, [A-Z][A-Z-]+\\.\\d"',
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "departure-unsaid",  # “5:47 p.m.” of a collision for “What time did the JAL plane take off?”
        "qa/events.py",
        '        "a departure (the passage tells of none)",',
        '        "",',
        VERIFY,
    ),
    Mutant(
        "departure-of-a-craft-only",  # “When did industrialization take off?” asks of no craft
        "qa/events.py",
        '            r"^(?=.*\\b(?:plane|jet|flight|',
        '            r"^(?=.*\\b(?:\\w+|plane|jet|flight|',
        VERIFY,
    ),
    Mutant(
        "departure-said-as-leaving",  # “Flight 516 left Sapporo at 4 p.m.” tells of the take-off
        "qa/events.py",
        '            r"left|launch\\w*|airborne|flew|flown|sail\\w*)\\b",',
        '            r"airborne|flew|flown|sail\\w*)\\b",',
        VERIFY,
    ),
    Mutant(
        "hour-for-a-deed-before",  # “after the JAL plane landed on runway C.” for what time (0.51, cut)
        "qa/answer_types.py",
        "        or _AFTER_A_DEED.match(span)\n",
        "",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "hour-for-a-deed-with-a-number",  # “after the plane landed at 5:47” gives the hour
        "qa/answer_types.py",
        '(?=\\D*\\b[a-z]+ed\\b)\\D*$", re.I',
        '(?=\\D*\\b[a-z]+ed\\b).*$", re.I',
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "deed-for-who",  # “escaped” for “Who was the captain of the coast guard plane?” (0.64, cut)
        "qa/answer_types.py",
        " or _BARE_DEED.fullmatch(span)):",
        "):",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "deed-for-who-any-case",  # “Alfred” is no deed
        "qa/answer_types.py",
        '_BARE_DEED = re.compile(r"\\W*[a-z]+ed\\W*")',
        '_BARE_DEED = re.compile(r"\\W*[a-z]+ed\\W*", re.I)',
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "intended-for-done",  # “preparing to evacuate thousands” for how many were evacuated (0.69)
        "qa/figures.py",
        '    return "what was done, not what was intended" if intended else ""',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "intent-asked",  # “How many lives did the partnership vow to save?” asks the vow
        "qa/figures.py",
        "    if not _DONE_ASKED.match(question) or _INTENT_ASKED.search(question):",
        "    if not _DONE_ASKED.match(question):",
        VERIFY,
    ),
    Mutant(
        "intended-for-done-asked",  # only a deed asked as done
        "qa/figures.py",
        '.*\\b(?:were|was|did|had|has|have)\\b", re.I\n)',
        '", re.I\n)',
        VERIFY,
    ),
    Mutant(
        "carried-for-owner",  # “A plane carrying … Yevgeny Prigozhin” for who owned it (0.56)
        "qa/roles.py",
        "    if _CARRIED_BEFORE.search(text, max(0, start - 20), start) or _ABOARD_AFTER.match(text, end):",
        "    if _ABOARD_AFTER.match(text, end):",
        VERIFY,
    ),
    Mutant(
        "aboard-for-owner",  # “Dmitry Utkin was on board” for who owned the plane
        "qa/roles.py",
        "    if _CARRIED_BEFORE.search(text, max(0, start - 20), start) or _ABOARD_AFTER.match(text, end):",
        "    if _CARRIED_BEFORE.search(text, max(0, start - 20), start):",
        VERIFY,
    ),
    Mutant(
        "carried-owner-asked",  # “Who was the plane carrying?” asks no owner
        "qa/roles.py",
        '    if not _OWNER_ASKED.search(question):\n        return ""\n    if _CARRIED',
        "    if _CARRIED",
        VERIFY,
    ),
    Mutant(
        "toll-of-another-named-event",  # “since the Camp Fire killed at least 85 people” for Maui's dead (0.70, cut)
        "qa/figures.py",
        "    if named and asked_named and not named & {w.lower() for w in words(question)}:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "toll-of-the-named-event-asked",  # “How many people died in the Camp Fire?”
        "qa/figures.py",
        "    if named and asked_named and not named & {w.lower() for w in words(question)}:",
        "    if named and asked_named:",
        VERIFY,
    ),
    Mutant(
        "toll-of-a-named-event-unasked-name",  # “How many people died in the hurricane?” may ask of Hurricane Ian
        "qa/figures.py",
        "    if named and asked_named and not named",
        "    if named and not named",
        VERIFY,
    ),
    Mutant(
        "toll-event-name-after",  # “Hurricane Ian” named after its noun
        "qa/figures.py",
        "    after = _NAME_AFTER.match(text, event.end()) if event.group()[0].isupper() else None",
        "    after = None",
        VERIFY,
    ),
    Mutant(
        "toll-named-only-capitalised",  # “Sunday's attack” names no event
        "qa/figures.py",
        '_event_name(where, said) if is_named else (set(), "")',
        "_event_name(where, said)",
        VERIFY,
    ),
    Mutant(
        "country-for-city",  # “Belarus” for “Which city did Wagner take during the rebellion?” (0.47, cut)
        "qa/verify.py",
        "        or events.country_for_city(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "city-that-is-a-country",  # “Singapore” is a city too
        "qa/events.py",
        "    if asked is None or where is None or where.city:",
        "    if asked is None or where is None:",
        VERIFY,
    ),
    Mutant(
        "city-kind-of-place",  # “Ohio” is a state, not a country
        "qa/events.py",
        "{'country' if where.country else 'state'}",
        "{'country'}",
        VERIFY,
    ),
    Mutant(
        "city-rows-read",  # a name with a city row is a city
        "qa/places.py",
        'kind == "city" or bool(known and known.city)',
        "bool(known and known.city)",
        VERIFY,
    ),
    Mutant(
        "city-the-stripped",  # “the Belarus” is Belarus
        "qa/events.py",
        'places.place(re.sub(r"^\\W*the\\s+", "", answer, flags=re.I).strip(" .,;:"))',
        'places.place(answer.strip(" .,;:"))',
        VERIFY,
    ),
    Mutant(
        "suspect-as-assailant",  # the suspect's shots read against “the assailant … fired five shots”
        "qa/rewording.py",
        '    "suspect|suspects": ("assailant", "gunman", "attacker", "shooter", "driver", "perpetrator"),\n',
        "",
        ("tests/qa/test_lexical.py",),
    ),
    Mutant(
        "aircraft-as-plane",  # “What type of aircraft was the JAL plane?” read against “the plane, an Airbus A350”
        "qa/rewording.py",
        '    "aircraft": ("plane", "planes", "jet", "jets", "airliner", "airliners"),\n',
        "",
        ("tests/qa/test_lexical.py",),
    ),
    Mutant(
        "assailant-as-suspect",  # “Who was the gunman?” read against “The suspect was tackled”
        "qa/rewording.py",
        '    "assailant|attacker|gunman|shooter|perpetrator": ("suspect",),\n',
        "",
        ("tests/qa/test_lexical.py",),
    ),
    Mutant(
        "plane-as-aircraft",  # “Where did the plane crash?” read against “The aircraft went down”
        "qa/rewording.py",
        '    "plane|planes": ("aircraft", "jet", "airliner"),\n',
        "",
        ("tests/qa/test_lexical.py",),
    ),
    Mutant(
        "everyone-for-passengers",  # “killing all 10 on board” for how many passengers (0.62, cut)
        "qa/figures.py",
        '    return f"a count of passengers, not of everyone aboard',
        '    return ""\n    return f"a count of passengers, not of everyone aboard',
        VERIFY,
    ),
    Mutant(
        "passengers-with-crew-asked",  # “How many passengers and crew were on board?” asks everyone
        "qa/figures.py",
        '_PASSENGERS_ASKED = re.compile(r"^\\W*how\\s+many\\s+passengers\\b(?!.*\\bcrew)", re.I)',
        '_PASSENGERS_ASKED = re.compile(r"^\\W*how\\s+many\\s+passengers\\b", re.I)',
        VERIFY,
    ),
    Mutant(
        "passengers-where-no-crew",  # “40 people on board” a bus with no crew named are its passengers
        "qa/figures.py",
        "every or crew and _PEOPLE_AFTER",
        "every or _PEOPLE_AFTER",
        VERIFY,
    ),
    Mutant(
        "passengers-people-aboard",  # “12 people aboard” counts everyone
        "qa/figures.py",
        "    if not aboard or not (every or crew and _PEOPLE_AFTER.match(text, counted)):",
        "    if not aboard or not every:",
        VERIFY,
    ),
    Mutant(
        "passengers-all-aboard",  # “all 10 on board” counts everyone
        "qa/figures.py",
        "    if not aboard or not (every or crew and _PEOPLE_AFTER.match(text, counted)):",
        "    if not aboard or not (crew and _PEOPLE_AFTER.match(text, counted)):",
        VERIFY,
    ),
    Mutant(
        "hometown-unsaid",  # “Kuzhenkino” of the crash's village for Prigozhin's hometown (0.59, cut)
        "qa/events.py",
        '        "a hometown (the passage tells of none)",',
        '        "",',
        VERIFY,
    ),
    Mutant(
        "hometown-asked-itself",  # “Where was Hayek buried in relation to his home town of Vienna?” asks no hometown
        "qa/events.py",
        'native\\s+(?:city|town|village))\\W*$", re.I),',
        'native\\s+(?:city|town|village))", re.I),',
        VERIFY,
    ),
    Mutant(
        "hometown-said-as-grew-up",  # “Lee grew up in Monroeville” tells of a hometown
        "qa/events.py",
        "home|native|born|birth\\w*|grew\\s+up|raised|",
        "home|native|born|birth\\w*|raised|",
        VERIFY,
    ),
    Mutant(
        "others-for-all",  # “Five other passengers” for how many passengers (0.60, cut)
        "qa/verify.py",
        "        or figures.others_for_all(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "others-asked",  # “How many other passengers were on board?”
        "qa/figures.py",
        "    if not _HOW_MANY.search(question) or _OTHERS_ASKED.search(question):",
        "    if not _HOW_MANY.search(question):",
        VERIFY,
    ),
    Mutant(
        "others-asked-besides",  # “How many passengers besides Utkin …?”
        "qa/figures.py",
        "rest|else|besides?|apart|",
        "rest|else|apart|",
        VERIFY,
    ),
    Mutant(
        "toll-of-before",  # “a death toll of at least 5,000” for Derna's population (0.50, cut)
        "qa/figures.py",
        "casualt\\w*|toll\\s+(?:of|at|to))\\s+{_TOLL_HEDGE}",
        "casualt\\w*)\\s+{_TOLL_HEDGE}",
        VERIFY,
    ),
    Mutant(
        "many-more-for-a-count",  # “many more” for how many people are missing (0.54, cut)
        "qa/answer_types.py",
        're.fullmatch(r"\\W*(?:many\\s+)?more\\W*", span, re.I):',
        "False:",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "acronym-body-for-who",  # “International Federation of the Red Cross …” for who leads the IFRC (0.66, cut)
        "qa/answer_types.py",
        "            if any(initials_of(run).startswith(acronym) for run in _CAPITALISED_RUN.findall(span)):",
        "            if False:",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "full-name-of-the-one-asked",  # “Thomas Matthew Crooks, 20, …” for who shot Crooks (0.53, cut)
        "qa/answer_types.py",
        "        if asked_last and re.search(",
        "        if False and re.search(",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "full-name-not-a-possessive",  # “Thomas Crooks' neighbour John Lee” names another
        "qa/answer_types.py",
        "{re.escape(asked_last.group(1))}\\b(?!['’])\", span):",
        '{re.escape(asked_last.group(1))}\\b", span):',
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "acronym-in-a-longer-span",  # “An official from the International Federation …” for its leader (0.58, cut)
        "qa/answer_types.py",
        "            if any(initials_of(run).startswith(acronym) for run in _CAPITALISED_RUN.findall(span)):",
        "            if initials_of(span).startswith(acronym):",
        ("tests/qa/test_answer_types.py",),
    ),
    Mutant(
        "population-of-another-place",  # “Derna, a community of around 125,000” for how many live in Benghazi (0.51)
        "qa/figures.py",
        '    return f"the people of {place}, not of {other.group(1)}"',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "population-of-the-place-named",  # “Benghazi, a city of 800,000” is Benghazi's
        "qa/figures.py",
        '    if re.search(rf"\\b{re.escape(place)}", text[first:last]):\n        return ""\n    return f"the people of',
        '    return f"the people of',
        VERIFY,
    ),
    Mutant(
        "population-home-to",  # “Tobruk, home to some 120,000 people”
        "qa/figures.py",
        "port|capital|municipality|district|region|island|settlement)\\s+of|(?:which\\s+is\\s+)?home\\s+to)",
        "port|capital|municipality|district|region|island|settlement)\\s+of)",
        VERIFY,
    ),
    Mutant(
        "event-the-report-lacks",  # “329 injured” in a report of a quake for the attack's injured
        "qa/figures.py",
        "    if not told or _event_kind(noun) in told or stem(noun.group()) in {stem(w) for w in words(text)}:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "event-the-report-lacks-told-by-verb",  # “a helicopter crashed”: the crash is told
        "qa/figures.py",
        "    if not told or _event_kind(noun) in told or stem(noun.group()) in {stem(w) for w in words(text)}:",
        "    if not told or _event_kind(noun) in told:",
        VERIFY,
    ),
    Mutant(
        "event-the-report-lacks-both-asked",  # the quake and the attack both asked
        "qa/figures.py",
        "    if not asked or len({_event_kind(m) for m in _EVENT_OF_A_KIND.finditer(question)}) != 1:",
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "event-asked-as-a-noun",  # “Who will attack Marrakech?” names no attack
        "qa/figures.py",
        "    rf\"\\b(?:the|a|an|this|that|last|same)\\s+(?:[\\w'’-]+\\s+){{0,2}}?(?:{_NATURAL_EVENT}",
        "    rf\"\\b(?:(?:the|a|an|this|that|last|same)\\s+)?(?:[\\w'’-]+\\s+){{0,2}}?(?:{_NATURAL_EVENT}",
        VERIFY,
    ),
    Mutant(
        "landmark-for-place",  # “72 kilometers southwest of Marrakech” for where the epicentre was
        "qa/figures.py",
        "        if given and given.start(1) <= start < given.end(1):",
        "        if False:",
        VERIFY,
    ),
    Mutant(
        "landmark-the-answer-is",  # “southwest of Marrakech” holds the direction
        "qa/figures.py",
        "        if given and given.start(1) <= start < given.end(1):",
        "        if given:",
        VERIFY,
    ),
    Mutant(
        "landmark-where-asked",  # “How far from Marrakech …?” asks no place
        "qa/figures.py",
        '    if not _PLACE_ASKED_WHERE.match(question):\n        return ""\n    near',
        "    near",
        VERIFY,
    ),
    Mutant(
        "landmark-where-from-asked",  # “Where do geese fly from?” asks the place a distance starts from
        "qa/figures.py",
        '    r"^\\W*(?:where\\b(?!.*\\bfrom\\W*$)|',
        '    r"^\\W*(?:where\\b|',
        VERIFY,
    ),
    Mutant(
        "landmark-number-whole",  # “72 kilometers”, not “2 kilometers”, quoted
        "qa/figures.py",
        '            begun = len(text[: length.start()].rstrip("0123456789.,"))',
        "            begun = length.start()",
        VERIFY,
    ),
    Mutant(
        "journey-other-end",  # “began in Glendale, Arizona” for where the tour ends
        "qa/events.py",
        "        if not found or asked.search(before):",
        "        if True:",
        VERIFY,
    ),
    Mutant(
        "journey-both-ends-said",  # “ended where it began, in Athens”
        "qa/events.py",
        "        if not found or asked.search(before):",
        "        if not found:",
        VERIFY,
    ),
    Mutant(
        "journey-both-ends-asked",  # “Where did the tour begin and end?”
        "qa/events.py",
        "        if ends_is_asked == bool(begins_asked.search(question)):",
        "        if not ends_is_asked and not begins_asked.search(question):",
        VERIFY,
    ),
    Mutant(
        "journey-which-end-said",  # “ends in Singapore” for where the Asia leg starts
        "qa/events.py",
        "        said, asked = (begins_said, ends_said) if ends_is_asked else (ends_said, begins_said)",
        "        said, asked = (begins_said, ends_said)",
        VERIFY,
    ),
    Mutant(
        "country-named-by-officials",  # “Austrian officials said” names Austria for its interior minister
        "qa/places.py",
        "    return {t for t in key if any(names_people_of(p, t) for p in peoples)}",
        "    return set()",
        VERIFY,
    ),
    Mutant(
        "country-named-by-officials-only",  # “Indian military targets” are no doing of India's
        "qa/places.py",
        "    rf\"\\b({DEMONYM}|{'|'.join(w.title() for w in DEMONYMS)})\\s+(?:officials?|",
        "    rf\"\\b({DEMONYM}|{'|'.join(w.title() for w in DEMONYMS)})\\s+(?:\\w+|officials?|",
        VERIFY,
    ),
    Mutant(
        "other-fate-for-deaths",  # “had treated more than 2,000 pilgrims” for how many died
        "qa/figures.py",
        '    if not said or re.search(rf"\\b{said.group(1)}\\b", question, re.I):',
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "other-fate-asked-too",  # “How many pilgrims were treated or died?”
        "qa/figures.py",
        '    if not said or re.search(rf"\\b{said.group(1)}\\b", question, re.I):',
        "    if not said:",
        VERIFY,
    ),
    Mutant(
        "other-fate-deaths-asked",  # “How many pilgrims were treated?” asks no deaths
        "qa/figures.py",
        '    if not DEATHS_ASKED.search(question.strip()):\n        return ""\n    said = _OTHER_FATE_BEFORE',
        "    said = _OTHER_FATE_BEFORE",
        VERIFY,
    ),
    Mutant(
        "other-fate-after-the-count",  # “300 pilgrims were still missing”
        "qa/figures.py",
        "    said = _OTHER_FATE_BEFORE.search(text, max(0, start - 30), start) or _OTHER_FATE_AFTER.match(",
        "    said = _OTHER_FATE_BEFORE.search(text, max(0, start - 30), start) or None and _OTHER_FATE_AFTER.match(",
        VERIFY,
    ),
    Mutant(
        "length-a-gap-later",  # “About 17 hours later a second reading came” for how long Nord Stream 1 is
        "qa/times.py",
        '|(?:later|earlier)\\b(?!\\s+than))",',
        ')",',
        VERIFY,
    ),
    Mutant(
        "event-the-report-opens-on",  # floods told after a bus plunged: the report is of the bus, for its crash
        "qa/figures.py",
        "finditer(opening.group() if opening else text[:400])}",
        "finditer(text)}",
        VERIFY,
    ),
    Mutant(
        "toll-counted-after-for-population",  # “36 deaths had been reported in Chooralmala” for how many live there
        "qa/figures.py",
        "    toll_after = _TOLL_AFTER.match(text, counted)",
        "    toll_after = None",
        VERIFY,
    ),
    Mutant(
        "toll-counted-after-a-count",  # “births and deaths” is no count
        "qa/figures.py",
        "    if not _CARDINAL.match(text, at):  # the rest reads what follows the answer's number",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "number-for-an-age",  # “who had about 1,100” (hours) for how old the first officer was
        "qa/figures.py",
        '    if not number or int(number.group().replace(",", "")) <= 125 or re.fullmatch(r"\\d{4}", number.group()):',
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "number-for-an-age-a-year",  # “opened in 1948” for how old the runway is
        "qa/figures.py",
        '    if not number or int(number.group().replace(",", "")) <= 125 or re.fullmatch(r"\\d{4}", number.group()):',
        '    if not number or int(number.group().replace(",", "")) <= 125:',
        VERIFY,
    ),
    Mutant(
        "number-for-an-age-unit-after",  # “8,200 hours”, “1,300-year-old”
        "qa/figures.py",
        '    return "" if _TIME_UNITS.search(text, start, min(last, end + 20)) else',
        '    return "" if False else',
        VERIFY,
    ),
    Mutant(
        "number-for-an-age-asked",  # how many hours asked
        "qa/figures.py",
        "    asked = _AN_AGE_ASKED.match(question)",
        "    asked = True",
        VERIFY,
    ),
    Mutant(
        "number-for-an-age-of",  # “What was the age of …?”
        "qa/figures.py",
        '|what\\s+(?:is|was|were|are)\\s+(?:the\\s+)?ages?\\s+of\\b)", re.I)',
        ')", re.I)',
        VERIFY,
    ),
    Mutant(
        "toll-for-everyone-aboard",  # “killing more than 240 people” for how many were on board
        "qa/figures.py",
        "    toll = _TOLL_BEFORE.search(text, max(0, start - 30), start)  # ",
        "    toll = None",
        VERIFY,
    ),
    Mutant(
        "toll-before-more-than",  # “killing more than 240”: the toll hedged
        "qa/figures.py",
        '_TOLL_HEDGE = r"(?:(?:at\\s+least|about|some|nearly|more\\s+than|over|almost|around)\\s+)?"',
        '_TOLL_HEDGE = r"(?:(?:at\\s+least|about|some|nearly)\\s+)?"',
        VERIFY,
    ),
    Mutant(
        "left-for-went-to",  # “left Dhaka in a military helicopter” for where Hasina went
        "qa/events.py",
        "    left = _LEFT_BEFORE.search(text, max(0, start - 25), start) if",
        "    left = None if",
        VERIFY,
    ),
    Mutant(
        "left-for-went-to-asked",  # “Where did Hasina flee from?” asks the place left
        "qa/events.py",
        '    r"relocate[sd]?)\\b(?!.*\\bfrom\\W*$)",',
        '    r"relocate[sd]?)\\b",',
        VERIFY,
    ),
    Mutant(
        "left-not-to",  # “flew to Agartala”: a place gone to
        "qa/events.py",
        '    r"abandoned)\\s+(?:the\\s+)?$",',
        '    r"abandoned|to)\\s+(?:the\\s+)?$",',
        VERIFY,
    ),
    Mutant(
        "voted-the-other-way",  # “190 lawmakers voted unanimously against it” for how many voted for
        "qa/events.py",
        "    said = _VOTED_AFTER.match(text, end) if asked else None",
        "    said = None",
        VERIFY,
    ),
    Mutant(
        "voted-the-same-way",  # those who voted against, asked
        "qa/events.py",
        "for side in (asked[1], said[2])}) == 1:",
        "for side in (asked[1], said[2])}) == 0:",
        VERIFY,
    ),
    Mutant(
        "one-times-count",  # “More than 90 died on Sunday alone” for the unrest's toll
        "qa/figures.py",
        "    one = _ONE_TIME_AFTER.match(text, end) or _ONE_TIME_BEFORE.search(text, max(first, start - 60), start)",
        "    one = None",
        VERIFY,
    ),
    Mutant(
        "one-times-count-before",  # “In 2023 alone, 40 people were arrested”
        "qa/figures.py",
        "    one = _ONE_TIME_AFTER.match(text, end) or _ONE_TIME_BEFORE.search(text, max(first, start - 60), start)",
        "    one = _ONE_TIME_AFTER.match(text, end)",
        VERIFY,
    ),
    Mutant(
        "one-times-count-asked",  # the day asked
        "qa/figures.py",
        "    if not one or said & set(map(stem, words(question))):",
        "    if not one:",
        VERIFY,
    ),
    Mutant(
        "toll-of-another-place",  # “62 people died in Paiporta” for the toll in Valencia
        "qa/figures.py",
        "    said = _DIED_IN_PLACE.match(text, end) if asked else None",
        "    said = None",
        VERIFY,
    ),
    Mutant(
        "toll-of-the-place-asked",  # “62 people died in Paiporta” for Paiporta's toll
        "qa/figures.py",
        "    if places.same_place(place, other) or set(words(place)) & set(words(other)):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "toll-of-a-place-deaths-asked",  # no toll asked
        "qa/figures.py",
        "    asked = IN_PLACE_ASKED.search(question) if DEATHS_ASKED.search(question.strip()) else None",
        "    asked = IN_PLACE_ASKED.search(question)",
        VERIFY,
    ),
    Mutant(
        "last-year-unsaid",  # “144 Indonesian pilgrims had died … this year” for last year's toll
        "qa/times.py",
        '    return "last year\'s, of which the report says nothing"',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "last-year-said",  # “Last year, 230 died”, “In 2023”
        "qa/times.py",
        "    if not _LAST_YEAR_ASKED.search(question) or _ANOTHER_YEAR_SAID.search(text):",
        "    if not _LAST_YEAR_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "last-year-of",  # “the last year of the quota” asks no time
        "qa/times.py",
        '_LAST_YEAR_ASKED = re.compile(r"\\blast\\s+year\\b(?!\\s+of\\b)", re.I)',
        '_LAST_YEAR_ASKED = re.compile(r"\\blast\\s+year\\b", re.I)',
        VERIFY,
    ),
    Mutant(
        "last-year-a-year-named",  # “In 2023, 230 died”
        "qa/times.py",
        '|(?:previous|prior)\\s+year|year\\s+before|{_FOUR_DIGIT_YEAR})\\b",',
        '|(?:previous|prior)\\s+year|year\\s+before)\\b",',
        VERIFY,
    ),
    Mutant(
        "month-an-hour",  # “January” for what time the collision happened
        "qa/answer_types.py",
        "        or _MONTH_ONLY.match(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "clock-a-magnitude",  # “4:10 p.m.” for the quake's magnitude
        "qa/answer_types.py",
        "    if _MAGNITUDE_ASKED.search(q) and CLOCK.search(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "toll-part-for-population",  # “31 of them in Wajima” for Wajima's population
        "qa/figures.py",
        "    part = _OF_THEM.match(text, counted)",
        "    part = None",
        VERIFY,
    ),
    Mutant(
        "toll-part-of-the-dead-only",  # “Nanao has 5,000 of them living” is no toll
        "qa/figures.py",
        "    if not part or not _DEATH_WORD.search(text, first, start):",
        "    if not part:",
        VERIFY,
    ),
    Mutant(
        "capacity-toll",  # “killed 143” for how many the hall holds
        "qa/figures.py",
        "    elif _CAPACITY_ASKED.search(question):",
        "    elif False:",
        VERIFY,
    ),
    Mutant(
        "households-no-people",  # “66,000 households” for how many people are missing
        "qa/figures.py",
        ' stores shops households""".split()',
        ' stores shops""".split()',
        VERIFY,
    ),
    Mutant(
        "part-for-whole",  # “205 of whom were treated as outpatients” for all injured
        "qa/figures.py",
        "    if not part or not _COUNT_JUST_BEFORE.search(text, max(0, number - 80), number):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "part-for-whole-count-before",  # no count of the whole just before the part
        "qa/figures.py",
        "    if not part or not _COUNT_JUST_BEFORE.search(text, max(0, number - 80), number):",
        "    if not part:",
        VERIFY,
    ),
    Mutant(
        "part-for-whole-part-asked",  # the outpatients asked
        "qa/figures.py",
        "    if not apart or apart & {stem(w) for w in words(question)}:",
        "    if not apart:",
        VERIFY,
    ),
    Mutant(
        "part-for-whole-some-of-them-asked",  # “How many of the injured were treated?”
        "qa/figures.py",
        " or _SOME_OF_THEM_ASKED.search(question) or not _CARDINAL.match(text, number):",
        " or not _CARDINAL.match(text, number):",
        VERIFY,
    ),
    Mutant(
        "part-for-whole-last-in-the-span",  # “360 people were injured, 205”: the part last
        "qa/figures.py",
        "    number = start + last.start() if last else start",
        "    number = start",
        VERIFY,
    ),
    Mutant(
        "aboard-two-craft",  # “67 people aboard a regional jet and an Army helicopter” for the jet
        "qa/figures.py",
        "    if len(named) != 1:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "aboard-two-craft-both-asked",  # the collision of the jet and the helicopter asked
        "qa/figures.py",
        "    if len(named) != 1:",
        "    if not named:",
        VERIFY,
    ),
    Mutant(
        "office-of-a-state",  # the interior minister of the state of Saxony-Anhalt for Germany's
        "qa/offices.py",
        " or bool(part_of_a_country and _is_country(owner))",
        "",
        VERIFY,
    ),
    Mutant(
        "office-of-another-country",  # the interior minister of France for Germany's
        "qa/offices.py",
        "    another_place = bool(places.place(owner) and places.place(other)) or ",
        "    another_place = ",
        VERIFY,
    ),
    Mutant(
        "office-described-in-the-answer",  # “Tamara Zieschang, the interior minister of the state of …” as the answer
        "qa/offices.py",
        "    name_end = end if comma == -1 else comma",
        "    name_end = end",
        VERIFY,
    ),
    Mutant(
        "distance-from-a-place-alike",  # “southwest of Berlin” for a distance from Magdeburg to Bernburg
        "qa/figures.py",
        "    if any(places.same_spelling(g, w) for g in given.group(1).split() for w in named):",
        "    if any(places.same_name(g, w) for g in given.group(1).split() for w in named):",
        VERIFY,
    ),
    Mutant(
        "journey-flights",  # “came in to land at” for where the helicopter took off
        "qa/events.py",
        '        (_LEAVES, _ARRIVES, ("leaves", "arrives", "leaves")),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "journey-going-to",  # “left the country, mostly to Australia” for where they ended up
        "qa/events.py",
        "_GOING_TO.match(text, start) or _WENT_TO",
        "False or _WENT_TO",
        VERIFY,
    ),
    Mutant(
        "fire-opened-for-opening",  # “opening fire” for when the hall opened
        "qa/events.py",
        '    return f"an opening (the passage says “{fired.group()}”)"',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "fire-opened-opening-said-too",  # “It opened in 2009” beside the firing
        "qa/events.py",
        '    if _OPEN_ASKED.search(_FIRE_OPENED.sub("", text[first:last])):  # "It opened in 2009" too',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "other-side-named",  # “the suspect's first name as Taleb” for the first victim
        "qa/roles.py",
        "    if is_victim == bool(victim):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "other-side-named-same-side",  # “the victim as Anna Lang” for the victim
        "qa/roles.py",
        "    if is_victim == bool(victim):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "other-side-both-asked",  # “Who killed the victim?”: both sides asked
        "qa/roles.py",
        "    if not asked or (offender and victim) or not named:",
        "    if not asked or not named:",
        VERIFY,
    ),
    Mutant(
        "suspect-as-driver",  # “The driver, a 50-year-old doctor” for the suspect's age
        "qa/rewording.py",
        '"shooter", "driver", "perpetrator"),',
        '"shooter"),',
        ("tests/qa/test_lexical.py",),
    ),
    Mutant(
        "people-for-a-kind",  # “killed 14 people” for how many children were killed
        "qa/figures.py",
        '    return f"a count of {noun} (the passage counts “{number} {after[0]}”)"',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "people-for-a-kind-said",  # “14 people, children among them”
        "qa/figures.py",
        " or stem(noun) in {stem(w) for w in words(text[first:last])}:",
        ":",
        VERIFY,
    ),
    Mutant(
        "people-for-a-kind-any-kind",  # residents, whom a count of people may be
        "qa/figures.py",
        "    if not number or stem(noun) not in _KINDS_BY_AGE_SEX_OR_CALLING:",
        "    if not number:",
        VERIFY,
    ),
    Mutant(
        "prison-term-untold",  # “The hearing lasted about 10 minutes” for the sentence's length
        "qa/roles.py",
        "    if not _PRISON_TERM_ASKED.search(question) or _TERM_ASKED.search(text, first, last):",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "prison-term-told",  # “sentenced to 52 years”
        "qa/roles.py",
        "    if not _PRISON_TERM_ASKED.search(question) or _TERM_ASKED.search(text, first, last):",
        "    if not _PRISON_TERM_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "prison-term-after-release",  # “How long after his release from prison …?” asks no term
        "qa/roles.py",
        "(?!\\s+(?:after|before|ago)\\b)",
        "",
        VERIFY,
    ),
    Mutant(
        "toll-risen-for-population",  # “the number of people killed … has risen to 143” for what the hall holds
        "qa/figures.py",
        "    if risen and died:",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "toll-risen-in-its-clause",  # “300 died, and Wajima's population rose to 81”
        "qa/figures.py",
        're.split(r"[,;:]", text[first : risen.start()])[-1]',
        "text[first : risen.start()]",
        VERIFY,
    ),
    Mutant(
        "holiday-an-hour",  # “New Year's Day” for what time the attack happened
        "qa/answer_types.py",
        "        or _HOLIDAY.match(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "toll-for-an-age",  # “injuring 35” for how old the attacker was
        "qa/figures.py",
        "    elif _AN_AGE_ASKED.search(question):",
        "    elif False:",
        VERIFY,
    ),
    Mutant(
        "bare-toll-for-a-kind",  # “and injuring 68” for how many children were injured
        "qa/figures.py",
        ' {number}” of no kind)" if toll else ""',
        ' {number}” of no kind)" if False else ""',
        VERIFY,
    ),
    Mutant(
        "two-countries-one-name",  # "Iraqi Foreign Minister" answered who Iran's foreign minister is (1.0)
        "qa/places.py",
        "    if _two_countries(a, b):\n        return False\n",
        "",
        VERIFY,
    ),
    Mutant(
        "two-countries-by-place-only",  # "Iraqi" a people, so no country: Iran's minister answered from Iraq's
        "qa/places.py",
        "p.country else people_of(w) for w in (a, b)]",
        "p.country else None for w in (a, b)]",
        VERIFY,
    ),
    Mutant(
        "people-of-the-first-country",  # "Nigerian" taken for Niger's people
        "qa/places.py",
        "    return max(found, key=lambda p: len(p.name), default=None)",
        "    return found[0] if found else None",
        VERIFY,
    ),
    Mutant(
        "people-of-a-shorter-country",  # "Nigerian army" answered from Niger's
        "qa/places.py",
        "    return _ends_as_people(people, country) and not _of_a_longer_country(people, country)",
        "    return _ends_as_people(people, country)",
        VERIFY,
    ),
    Mutant(
        "longer-country-of-a-people-stem",  # "Serbian" no longer found in "Serbs"
        "qa/places.py",
        "        named and named.country and longer",
        "        longer",
        VERIFY,
    ),
    Mutant(
        "longer-country-by-stem",  # "Ukrainian" no people of "ukrain", Ukraine's stem
        "qa/places.py",
        "longer and stem(longer.name) != country and",
        "longer and",
        VERIFY,
    ),
    Mutant(
        "age-for-length-unchecked",  # "a «37-year»-old man" answered how long Ho had been a firefighter (0.68 cut)
        "qa/verify.py",
        "        or figures.age_for_length(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-for-length-of-a-thing",  # "the «40-year»-old monopoly" no longer answers how long it held
        "qa/figures.py",
        'return "a length of time, not an age" if aged and _AGE_OF_SOMEONE.match(text, word_end) else ""',
        'return "a length of time, not an age" if aged else ""',
        VERIFY,
    ),
    Mutant(
        "age-for-length-without-old",  # "a «20-year» veteran" no longer answers how long he served
        "qa/figures.py",
        'aged = re.search(r"\\w-years?-old$", text[start:word_end])',
        'aged = re.search(r"\\w-years?(?:-old)?$", text[start:word_end])',
        VERIFY,
    ),
    Mutant(
        "age-for-length-any-question",  # "How old was Ho?" vetoed for his age
        "qa/figures.py",
        '    if not HOW_LONG_ASKED.match(question):\n        return ""\n    word_end',
        "    word_end",
        VERIFY,
    ),
    Mutant(
        "age-for-length-span-skips-old",  # "37-year" before "-old man" read as a length
        "qa/figures.py",
        'word_end = end + len(re.split(r"[^\\w-]", text[end:], maxsplit=1)[0])',
        "word_end = end",
        VERIFY,
    ),
    Mutant(
        "count-of-people-for-age",  # "at least four people" answered how old the firefighter was (0.47 cut)
        "qa/answer_types.py",
        " or _ORDINAL_ONLY.match(span) or _COUNT_OF_PEOPLE.search(span)",
        " or _ORDINAL_ONLY.match(span)",
        VERIFY,
    ),
    Mutant(
        "kind-by-calling-dropped",  # "Dozens of people were injured" answered how many firefighters were (0.55)
        "qa/figures.py",
        "teens firefighters police policemen soldiers",
        "teens police policemen soldiers",
        VERIFY,
    ),
    Mutant(
        "dozens-of-people-unread",  # "«Dozens» of people" not read as a count of people
        "qa/figures.py",
        '    of = after[:1] == ["of"]  # "dozens of people"',
        "    of = False",
        VERIFY,
    ),
    Mutant(
        "bare-toll-before-a-name",  # "killed «11» Paris policemen" taken for a bare toll
        "qa/figures.py",
        '        bare = not of and not re.match(r"\\s+[A-Z]", text[end:])',
        "        bare = not of",
        VERIFY,
    ),
    Mutant(
        "days-event-for-hour",  # "Wednesday's earthquake" answered what time the quake hit (0.58 cut)
        "qa/answer_types.py",
        "        or _day_without_hour(span)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "height-not-a-dimension",  # "put the magnitude at «8.8»" answered how high the waves were (0.49 cut)
        "qa/figures.py",
        "down|into|along)\\b)|high(?!.*",
        "down|into|along)\\b)|hig(?!.*",
        VERIFY,
    ),
    Mutant(
        "height-of-a-level",  # "How high was the rate of inflation?" wants a unit
        "qa/figures.py",
        '|high(?!.*\\b(?:magnitudes?|levels?|rates?|scores?|prices?|temperatures?|ranks?)\\b))\\b",',
        '|high)\\b",',
        VERIFY,
    ),
    Mutant(
        "all-for-one-people-unchecked",  # "«230» passengers" answered how many were British (0.57)
        "qa/verify.py",
        "        or figures.all_for_one_people(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "all-for-one-people-said",  # a count whose sentence names the people asked
        "qa/figures.py",
        "    if stem(people) in named or any(places.names_people_of(stem(people), n) for n in named):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "all-for-one-people-none-apart",  # a count of all where no people is counted apart
        "qa/figures.py",
        'if not re.search(rf"(?:{_CARDINAL.pattern})\\s+(?:(?:were|are|was)\\s+)?{people}{_PEOPLE_APART}", text):',
        "if False:",
        VERIFY,
    ),
    Mutant(
        "all-for-one-people-own-count",  # "169" of Indian nationals taken for a count of all
        "qa/figures.py",
        " or stem(counted.group(1)) != stem(asked.group(2)):",
        ":",
        VERIFY,
    ),
    Mutant(
        "close-higher-no-opposite",  # "closed slightly higher" answered how much Amazon shares fell (0.49)
        "qa/events.py",
        '    _OPPOSITES[_w].update(("up", "higher"))',
        '    _OPPOSITES[_w].update(("up",))',
        VERIFY,
    ),
    Mutant(
        "higher-as-comparison",  # "higher than its rivals'" taken for a move up
        "qa/events.py",
        '    "higher": rf"{_MOVED}higher",',
        '    "higher": r"higher",',
        VERIFY,
    ),
    Mutant(
        "close-lower-no-opposite",  # "ended lower" answered how much the index rose
        "qa/events.py",
        '    _OPPOSITES[_w].update(("down", "lower"))',
        '    _OPPOSITES[_w].update(("down",))',
        VERIFY,
    ),
    Mutant(
        "named-so-before-unchecked",  # "on «Kamchatka»" answered which volcano erupted (0.50)
        "qa/verify.py",
        "        or events.named_so_before(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "named-so-before-the-name-itself",  # "Klyuchevskoy" vetoed as not the volcano
        "qa/events.py",
        " or first + named.start(1) < end and start < first + named.end(1):",
        ":",
        VERIFY,
    ),
    Mutant(
        "named-so-before-adverb",  # "Conversely, the maternal lineages" names nothing
        "qa/events.py",
        '    if not named or named.group(1).endswith("ly") or',
        "    if not named or",
        VERIFY,
    ),
    Mutant(
        "named-so-before-any-noun",  # a sentence naming a volcano so answers no question on a peninsula
        "qa/events.py",
        "{{0,3}}{asked.group(1).lower()}(?:e?s)?",
        "{{0,3}}[a-z]+",
        VERIFY,
    ),
    Mutant(
        "team-for-venue-unchecked",  # "Los Angeles Dodgers" answered where Game 7 was played (0.55)
        "qa/verify.py",
        "        or events.team_for_venue(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "team-for-venue-any-place",  # "Toronto" or "Rogers Centre" taken for a team
        "qa/events.py",
        '    if places.place(span) is not None or not named[-1].endswith("s") or named[-1].endswith("ss"):',
        "    if places.place(span) is not None:",
        VERIFY,
    ),
    Mutant(
        "team-for-venue-any-question",  # "Where do the Dodgers come from?" vetoed for the team
        "qa/events.py",
        '    if not _VENUE_ASKED.match(question):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "count-of-another-owner-unchecked",  # "UPS said it had «27» MD-11s" answered how many FedEx operates (0.49)
        "qa/verify.py",
        "        or figures.count_of_another_owner(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-of-another-owner-same",  # "UPS said it had 27" vetoed for how many UPS has
        "qa/figures.py",
        "    if set(words(other)) & set(words(question)) or places.same_place(owner, other):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "count-of-another-owner-operate",  # "How many MD-11s does FedEx operate?" no longer read as an owner's count
        "qa/figures.py",
        "get|need|possess|operate|run|fly|promised?|",
        "get|need|possess|promised?|",
        VERIFY,
    ),
    Mutant(
        "count-inside-a-name-unchecked",  # "a «three»-run home run" answered how many home runs Bichette hit (0.49)
        "qa/verify.py",
        "        or figures.count_inside_a_name(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-inside-a-name-any-noun",  # "three" of a three-run home run vetoed for how many runs it scored
        "qa/figures.py",
        '    if [stem(w) for w in thing] != [stem(w) for w in asked]:\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "count-inside-a-many-way",  # "a four-way distinction" read as one distinction
        "qa/figures.py",
        '_COUNT_INSIDE = re.compile(r"-(?!way\\b|fold\\b)[a-z]+',
        '_COUNT_INSIDE = re.compile(r"-[a-z]+',
        VERIFY,
    ),
    Mutant(
        "count-inside-without-article",  # "three-run homers" (several) read as one
        "qa/figures.py",
        ' or not re.search(r"\\b(?:a|an)\\s+$", text[max(0, start - 4) : start]):',
        ":",
        VERIFY,
    ),
    Mutant(
        "going-not-an-end",  # "taking off from «Louisville»" answered where the plane was going (0.61 cut)
        "qa/events.py",
        'destined\\s+for|going|headed|heading"',
        'destined\\s+for"',
        VERIFY,
    ),
    Mutant(
        "went-to-after-leaving",  # "left the Vatican to go to … «Castel Gandolfo»" vetoed for where he headed
        "qa/events.py",
        " or _WENT_TO.search(before, found[-1].end())):",
        "):",
        VERIFY,
    ),
    Mutant(
        "helper-owning-in-the-span",  # "Pakistan’s assistance" for "Who masterminded the attack?"
        "qa/events.py",
        """    helped = _HELPED_IN.match(text, owner.start() if owner else end) if done_to or doer else None""",
        """    helped = _HELPED_IN.match(text, end) if done_to or doer else None""",
        VERIFY,
    ),
    Mutant(
        "kind-named-first-ignored",  # "Operation Bunyanum Marsoos" for "Which targets did Pakistan strike?"
        "qa/events.py",
        """    title = first.lower() if first[0].isupper() and not named else \"\"""",
        """    title = \"\"""",
        VERIFY,
    ),
    Mutant(
        "figure-owner-unnamed",  # "What was Salesforce's net income?": "Net income jumped to $1.53 billion" vetoed
        "qa/verify.py",
        """    elif owner := offices.owner_asked(question) or _figure_owner(question):""",
        """    elif owner := offices.owner_asked(question):""",
        VERIFY,
    ),
    Mutant(
        "owner-for-head",  # "Who heads Mexico's civil aviation agency?" answered "the country"
        "qa/verify.py",
        "        or roles.owner_for_head(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "headline-span-kept",  # "Versum Materials" read only from the headline, vetoed, the report's never cited
        "qa/reader.py",
        """            if c_start < headline:""",
        """            if False:""",
        READER,
    ),
    Mutant(
        "headline-span-never-dropped",  # a span only the headline has is cited there, to be vetoed
        "qa/reader.py",
        """                if found is None:
                    continue
""",
        """                if found is None:
                    found = re.compile(".*").match(context, c_start, c_end)
""",
        READER,
    ),
    Mutant(
        "chief-initials-unread",  # "Tesla Inc. CEO Elon Musk" for "Who is Twitter's chief executive?"
        "qa/offices.py",
        """    return [stem(w) for w in _SPELT_CHIEF.get(role, role).split()]""",
        """    return [stem(w) for w in role.split()]""",
        VERIFY,
    ),
    Mutant(
        "firm-owner-by-its-last-word",  # "Twitter Inc. CEO" read as "Inc."'s, not Twitter's
        "qa/offices.py",
        """any(same_name(w, owner) for w in given_owner)""",
        """same_name(given_owner[-1], owner)""",
        VERIFY,
    ),
    Mutant(
        "rest-of-a-firms-name",  # "International Ltd." for "Who agreed to buy Multi Packaging Solutions?"
        "qa/verify.py",
        "        or roles.rest_of_the_name_asked(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "share-price-for-total",  # "$18" a share for "How much is the WestRock deal worth?"
        "qa/verify.py",
        "        or figures.share_price_for_total(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "time-of-the-one-before",  # "Friday", Hermine's own landfall, for "When did a hurricane hit before Hermine?"
        "qa/verify.py",
        "        or times.time_of_the_one_before(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "time-before-since-vetoed",  # "since «2005»" vetoed for the storm before Hermine
        "qa/times.py",
        """ or _TIME_BEFORE.search(text, max(0, start - 60), start)""",
        "",
        VERIFY,
    ),
    Mutant(
        "replaced-for-replacer",  # "Who will replace Akiba?" answered with one Kishida will replace
        "qa/verify.py",
        "        or roles.replaced_for_replacer(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-beside-the-toll",  # "hundreds of thousands" without power for "How many people died?"
        "qa/verify.py",
        "        or figures.count_beside_the_toll(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "toll-across-clauses",  # "thousands of people and killing" read as a toll, holding the answer
        "qa/figures.py",
        r"""(?:(?!and\b|or\b|but\b)\w+\s+)"  # "thousands""",
        r"""(?:\w+\s+)"  # "thousands""",
        VERIFY,
    ),
    Mutant(
        "owner-for-one-of-theirs",  # "Rod Blagojevich" for "Who is Blagojevich's lawyer?"
        "qa/verify.py",
        "        or roles.owner_for_one_of_theirs(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "kin-not-spared",  # "Alice Lee" vetoed for "Who is Harper Lee's sister?"
        "qa/roles.py",
        """    if not asked or KIN.intersection(asked.group(2).split()) or not name""",
        """    if not asked or not name""",
        VERIFY,
    ),
    Mutant(
        "done-to-for-doer",  # "Luiz Inacio Lula da Silva … was sentenced" for "Who sentenced Lula?"
        "qa/verify.py",
        "        or roles.done_to_for_doer(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "rate-for-total",  # "hundreds of thousands of dollars a month" for how much in total
        "qa/verify.py",
        "        or figures.rate_for_total(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "bare-number-for-length",  # "60", an age, for "How long was McDonnell's prison sentence?"
        "qa/verify.py",
        "        or figures.bare_number_for_length(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "unit-after-ignored",  # "24 months" vetoed as a bare "24"
        "qa/figures.py",
        """    return "" if _UNIT_AFTER.match(text, end) else""",
        """    return "" if False else""",
        VERIFY,
    ),
    Mutant(
        "sentence-opener-as-owner",  # "But anti-corruption judge": "But" taken for another owner
        "qa/offices.py",
        "w.lower() not in _NOT_OWNERS and stem(w)",
        "stem(w)",
        VERIFY,
    ),
    Mutant(
        "hours-long-a-time-of-day",  # "Tuesday's outage, which ran for about three hours" taken for the hour (0.55 cut)
        "qa/answer_types.py",
        '_TIME_OF_DAY.search(_HOURS_LONG.sub("", span))',
        "_TIME_OF_DAY.search(span)",
        VERIFY,
    ),
    Mutant(
        "how-often-counts-things",  # "twice" (ran) answered how many votes she won (0.60)
        "qa/answer_types.py",
        "if _COUNT_OF_THINGS_ASKED.search(q) and _HOW_OFTEN_ONLY",
        "if False and _HOW_OFTEN_ONLY",
        VERIFY,
    ),
    Mutant(
        "how-many-times-counts-things",  # "three times" vetoed for how many times they met
        "qa/answer_types.py",
        r"(?!times?\b|more\b|fewer\b|less\b)",
        r"(?!more\b|fewer\b|less\b)",
        VERIFY,
    ),
    Mutant(
        "how-many-more-counts-things",  # "three times" (as many) vetoed for how many more genes
        "qa/answer_types.py",
        r"(?!times?\b|more\b|fewer\b|less\b)",
        r"(?!times?\b|fewer\b|less\b)",
        VERIFY,
    ),
    Mutant(
        "size-of-another-thing-unchecked",  # "the «465»-seat lower house" answered how many votes she won (0.58)
        "qa/verify.py",
        "        or figures.size_of_another_thing(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "size-of-the-thing-asked",  # "465" (-seat) vetoed for how many seats the house has
        "qa/figures.py",
        "    if not sized or stem(sized.group(1)) in asked:",
        "    if not sized:",
        VERIFY,
    ),
    Mutant(
        "size-without-another-count",  # "a 72,000-strong crowd" vetoed for how many people watched
        "qa/figures.py",
        r'    other = re.search(rf"\b\d[\d,.]*\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b", text[first:last])',
        r'    other = re.search(r"\S+", text[first:last])',
        VERIFY,
    ),
    Mutant(
        "side-played-a-venue",  # "beating «Inter Milan» 5-0" answered where the final was played (0.57)
        "qa/events.py",
        "        side\n        and _SIDE_PLAYED.search(",
        "        False\n        and _SIDE_PLAYED.search(",
        VERIFY,
    ),
    Mutant(
        "side-played-inside-a-name",  # "beat the «Toronto» Blue Jays" vetoed, a part of the team's name
        "qa/events.py",
        '        and not re.match(r"\\s+[A-Z]", text[end:])\n    ):',
        "    ):",
        VERIFY,
    ),
    Mutant(
        "side-played-whole-span-only",  # "Saint-Germain beat Inter Milan" answered where the final was (0.51)
        "qa/events.py",
        "    side = _NAME_ENDS.search(text, start, end)",
        '    side = re.compile(r".").match(text, start)',
        VERIFY,
    ),
    Mutant(
        "owner-named-after-unchecked",  # "«Its» shares fell about «3 percent»" answered for Amazon's (0.48)
        "qa/verify.py",
        "        or roles.owner_only_named_after(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "owner-never-named",  # Google's shares, which the report never names, said to be Cloudflare's
        "qa/roles.py",
        """            return f"{owner}'s {owned}" if re.search(named, text[last:]) else \"\"""",
        """            return f"{owner}'s {owned}\"""",
        VERIFY,
    ),
    Mutant(
        "owner-named-before-forgotten",  # "Amazon's cloud failed. «Its» shares fell" vetoed for Amazon's shares
        "qa/roles.py",
        "            named, text[:last]\n",
        "            named, sentence\n",
        VERIFY,
    ),
    Mutant(
        "quoted-on-another-matter-unchecked",  # '…," said «Priya Natarajan»' answered who founded Cloudflare (0.58)
        "qa/verify.py",
        "        or speech.quoted_on_another_matter(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "quoted-words-asked",  # the speaker vetoed for who commented on the outage
        "qa/speech.py",
        " or _WORDS_ASKED.search(question):",
        ":",
        VERIFY,
    ),
    Mutant(
        "quoted-sentence-words-ignored",  # the speaker vetoed for who the analyst is, which the sentence tells
        "qa/speech.py",
        "    if not asked or asked & stems(text[first:last]):",
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "people-apart-forgotten",  # "the Afghan earthquake" not found in "eastern Afghanistan" (622 dead vetoed)
        "qa/places.py",
        "in _PEOPLES.items()}",
        "in DEMONYMS.items()}",
        VERIFY,
    ),
    Mutant(
        "people-apart-no-people",  # "European" no people, so "European captain" no swap for the U.S. one
        "qa/places.py",
        "return word.lower() in _PEOPLES or",
        "return word.lower() in DEMONYMS or",
        VERIFY,
    ),
    Mutant(
        "initials-swapped-unchecked",  # "«Luke Donald» became the first European captain" for the U.S. one (0.47 cut)
        "qa/verify.py",
        "        or roles.initials_swapped(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "initials-own-people-ignored",  # "The American captain, «Keegan Bradley»" vetoed for the U.S. captain
        "qa/roles.py",
        "        if initials in found or any(initials_of_people(initials, s) for s in found):",
        "        if initials in found:",
        VERIFY,
    ),
    Mutant(
        "initials-swapped-any-word",  # "Former captain «Tom Watson»" vetoed for the U.S. captain
        "qa/roles.py",
        "        if other and (is_people(other.group(1)) or place(other.group(1))):",
        "        if other:",
        VERIFY,
    ),
    Mutant(
        "kin-owner-unchecked",  # "«Rory McIlroy»'s wife, Erica, was hit" answered who was hit (0.55)
        "qa/verify.py",
        "        or roles.owner_for_their_kin(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "kin-asked-still-checked",  # "«Ogedei»'s grandson Kaidu" vetoed for Kaidu's grandfather
        "qa/roles.py",
        " or _KIN_ASKED.search(question):",
        ":",
        VERIFY,
    ),
    Mutant(
        "measure-counts-things",  # "a «six-foot» birdie putt" answered how many birdies (0.57)
        "qa/answer_types.py",
        '    if measure and not re.search(rf"\\b{unit}", q, re.I):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "measure-unit-asked",  # "nine-storey" vetoed for how many storeys
        "qa/answer_types.py",
        '    if measure and not re.search(rf"\\b{unit}", q, re.I):',
        "    if measure:",
        VERIFY,
    ),
    Mutant(
        "feet-not-foot",  # "six-foot" vetoed for how many feet long the putt was
        "qa/answer_types.py",
        '.replace("foot", "(?:foot|feet)")',
        '.replace("foot", "foot")',
        VERIFY,
    ),
    Mutant(
        "clause-a-place",  # "Taiwan, Huang moved to the United States" answered where Nvidia is based (0.51)
        "qa/answer_types.py",
        "    if question_type(q) is AnswerType.PLACE and (_CLAUSE.search(span) or",
        "    if False and (_CLAUSE.search(span) or",
        VERIFY,
    ),
    Mutant(
        "age-after-a-name-a-time",  # "Karki, «73», was chosen" answered when she was born (0.76)
        "qa/figures.py",
        '        named = _age_after_a_name(text, start, end)  # "Karki, «73», was sworn in"',
        '        named = ""',
        VERIFY,
    ),
    Mutant(
        "age-after-a-month",  # "died in April, «352»," taken for an age after a name
        "qa/figures.py",
        "    if not age or not name or re.fullmatch(MONTH_WORD, name.group(1), re.I):",
        "    if not age or not name:",
        VERIFY,
    ),
    Mutant(
        "earlier-event-toll-kept",  # "The last major quake …, killed about «1,500»" for this quake (0.72 cut)
        "qa/figures.py",
        "    if _EARLIER_ONE.search(where, max(0, said.start() - 30), said.start()):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "stake-for-total-unchecked",  # "Huang's stake in Nvidia is now worth about «$179 billion»" for its value
        "qa/verify.py",
        "        or figures.stake_for_total(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "stake-asked-still-checked",  # "$179 billion" vetoed for how much Huang's stake is worth
        "qa/figures.py",
        " or _HOLDING_ASKED.search(question):",
        ":",
        VERIFY,
    ),
    Mutant(
        "measure-alone-only",  # "six-foot birdie" answered how many birdies (0.57)
        "qa/answer_types.py",
        r'    r"degree|percent|point)s?(?:\s+[a-z]+){0,2}",',
        r'    r"degree|percent|point)s?",',
        VERIFY,
    ),
    Mutant(
        "aged-by-a-forgotten",  # "Zohran Mamdani, a «34»-year-old assemblyman" answered how old Cuomo is (0.59)
        "qa/figures.py",
        "_AGED_BY_A.search(text, max(0, at - 60), at)",
        "None",
        VERIFY,
    ),
    Mutant(
        "place-of-two-words-apart",  # "Hong Kong" looked up as "Hong" and "Kong": its injured vetoed (0 before)
        "qa/verify.py",
        '[*names, *(r for r in runs if " " in r)]',
        "names",
        VERIFY,
    ),
    Mutant(
        "irregular-past-left-whole",  # "did the jets shoot down" abstained on "jets shot down at least three"
        "qa/lexical.py",
        "return _stemmer().stemWord(_BASE_OF.get(plain, plain))",
        "return _stemmer().stemWord(plain)",
        VERIFY,
    ),
    Mutant(
        "irregular-past-shot-missing",
        "qa/lexical.py",
        "shoot shot|",
        "shoot|",
        VERIFY,
    ),
    Mutant(
        "dateline-with-a-day-missed",  # "ANTANANARIVO, Oct 14 -" answered who took power (0.61)
        "index/metadata.py",
        "{{0,3}}{_WHEN}? [—–-]",
        "{{0,3}} [—–-]",
        ("tests/index/test_metadata.py",),
    ),
    Mutant(
        "size-as-daytime-kept",  # "about midday" answered how far away the rooftop was (0.63)
        "qa/answer_types.py",
        "(CLOCK.search(span) or _DAYTIME_ONLY.match(span) or _BARE_WEEKDAY.match(span))",
        "CLOCK.search(span)",
        VERIFY,
    ),
    Mutant(
        "daytime-possessive-vetoed",  # "a night's walk" is a distance
        "qa/answer_types.py",
        r"""tonight)\b(?!['’]s)\D*$""",
        r"""tonight)\b\D*$""",
        VERIFY,
    ),
    Mutant(
        "age-of-one-beside-forgotten",  # "A «22»-year-old man ... killing Charlie Kirk" for Kirk's age (0.73)
        "qa/verify.py",
        "        or figures.age_of_one_beside(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "age-of-one-named-at-once-vetoed",
        "qa/figures.py",
        " or _NAMED_BESIDE.match(text, aged.end()):",
        ":",
        VERIFY,
    ),
    Mutant(
        "age-of-one-named-first-vetoed",
        "qa/figures.py",
        "if name & set(words(text[first:start])) or not name",
        "if not name",
        VERIFY,
    ),
    Mutant(
        "dead-for-living-forgotten",  # "the bodies of «28» hostages who died" for how many remain alive (0.81)
        "qa/verify.py",
        "        or figures.dead_for_living(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "dead-before-count-missed",
        "qa/figures.py",
        "said = _DEAD_BEFORE.search(text, max(0, start - 30), start) or _DEAD_AFTER.match(",
        "said = None or _DEAD_AFTER.match(",
        VERIFY,
    ),
    Mutant(
        "former-after-the-name-missed",  # "Sarkozy ... became the first former French president" (0.77)
        "qa/offices.py",
        'after = list(re.finditer(r"[A-Za-z]+", text[end : sentence[1]]))[:10]',
        "after: list[re.Match[str]] = []",
        VERIFY,
    ),
    Mutant(
        "former-after-any-words",  # "Sarkozy met the former French president" is another
        "qa/offices.py",
        " or not _SAID_TO_BE.fullmatch(text, end, end + marker.start()):",
        ":",
        VERIFY,
    ),
    Mutant(
        "former-people-no-owner",  # "former French president" held an office
        "qa/offices.py",
        " and not places.is_people(m.group())\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "guilty-no-opposite",  # "acquitted of «corruption»" answered what Sarkozy was found guilty of (0.62, cut)
        "qa/events.py",
        '"convict convicted conviction guilty"',
        '"convict convicted conviction"',
        VERIFY,
    ),
    Mutant(
        "place-run-past-sentence-end",  # "Portugal. Officials" named no place
        "qa/places.py",
        r"""(?:(?<![a-z]{3}\.)[^\S\n]+(?:(?:of|""",
        r"""(?:\s+(?:(?:of|""",
        VERIFY,
    ),
    Mutant(
        "two-countries-forgotten",  # "The two countries have a combined population" vetoed (0 before)
        "qa/verify.py",
        "        | _pair_named(question, article, window)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "two-countries-of-three",
        "qa/verify.py",
        "if len(opened) != 2 or not asked",
        "if len(opened) < 2 or not asked",
        VERIFY,
    ),
    Mutant(
        "two-countries-any-asked",
        "qa/verify.py",
        " or not all(p.countries <= opened for _, p in asked):",
        ":",
        VERIFY,
    ),
    Mutant(
        "term-units-before-prison-missed",  # "to «27» years and three months in prison" for Bolsonaro's age (0.70)
        "qa/roles.py",
        r"""    rf"{_UNITS_OF_A_TERM}\s+(?:in""",
        r"""    rf"\s+(?:in""",
        VERIFY,
    ),
    Mutant(
        "term-sentenced-one-named-between",
        "qa/roles.py",
        r"""(?:sentenced|jailed)\s+(?:[\w.'’-]+\s+){0,5}?(?:to|for)""",
        r"""sentenced\s+to""",
        VERIFY,
    ),
    Mutant(
        "party-not-read-as-movement",  # "Which party won?" abstained on "the populist ANO movement won" (0.33)
        "qa/rewording.py",
        '    "party|parties": ("movement", "alliance", "bloc"),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "size-of-one-forgotten",  # "a «6.4» aftershock" answered how many aftershocks (0.79)
        "qa/verify.py",
        "        or figures.size_of_one_for_count(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "size-of-one-any-noun-after",  # "a 55,000 seat stadium" gives the seats asked
        "qa/figures.py",
        r"""_ONE_SIZED = re.compile(r"\s+([a-z]+)(?=\s*[.,;:)]|""",
        r"""_ONE_SIZED = re.compile(r"\s+([a-z]+)(?=|\s*[.,;:)]|""",
        VERIFY,
    ),
    Mutant(
        "bare-head-for-leader-kept",  # "the head" answered who leads Myanmar's junta (0.47)
        "qa/answer_types.py",
        "    if _LEADS_ASKED.match(q) and _BARE_HEAD.fullmatch(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "season-for-game-forgotten",  # "«2,000» yards in the regular season" for Barkley's Super Bowl yards (0.72)
        "qa/verify.py",
        "        or figures.season_for_game(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "season-asked-still-vetoed",
        "qa/figures.py",
        "    if not game or _SEASON_ASKED.search(question):",
        "    if not game:",
        VERIFY,
    ),
    Mutant(
        "aged-by-the-missed",  # "Cardinal Re, the «91»-year-old dean" for how old Francis was (0.48, cut)
        "qa/figures.py",
        r"""_AGED_BY_A = re.compile(rf"({_PERSON}),\s+(?:an?|the)\s+$")""",
        r"""_AGED_BY_A = re.compile(rf"({_PERSON}),\s+an?\s+$")""",
        VERIFY,
    ),
    Mutant(
        "reopening-no-opposite",  # "in «June»" (when it closed) for when the Louvre reopened (0.52, cut)
        "qa/events.py",
        '    ("open opened opening reopen reopened reopening", "close closed closing shut"),',
        '    ("open opened opening", "close closed closing shut"),',
        VERIFY,
    ),
    Mutant(
        "set-off-time-ignored",
        "qa/events.py",
        "            if (fronted or set_off or not CLAUSE_BREAK.search(between))",
        "            if (fronted or not CLAUSE_BREAK.search(between))",
        VERIFY,
    ),
    Mutant(
        "set-off-by-the-answers-preposition-missed",
        "qa/events.py",
        '_TIME_SET_OFF.match(between + (lead.group() if lead else ""))',
        "_TIME_SET_OFF.match(between)",
        VERIFY,
    ),
    Mutant(
        "lower-case-office-unread",  # "the information minister, «Dana Morris Dixon»" for Jamaica's PM (0.56, cut)
        "qa/offices.py",
        "    if not title and lower and (lower.group(1) or",
        "    if False and lower and (lower.group(1) or",
        VERIFY,
    ),
    Mutant(
        "lower-case-office-in-a-list",
        "qa/offices.py",
        """(lower.group(1) or re.match(r"[,.;]|\\s*$", text[end:])):""",
        "(lower.group(1) or True):",
        VERIFY,
    ),
    Mutant(
        "partitive-after-the-verb-missed",  # "«79» people were injured, 12 of them firefighters" (0.68)
        "qa/figures.py",
        r"""(?:\s*([A-Za-z][\w'’-]*)(?:\s+(?:were|was|are|is|had\s+been|have\s+been)\s+[a-z]+)?)?""",
        r"""(?:\s*([A-Za-z][\w'’-]*))?""",
        VERIFY,
    ),
    Mutant(
        "fire-put-out-for-its-start",  # "put out on «Friday»" for when the fire broke out (0.58, cut)
        "qa/times.py",
        "|halted|put\\s+out|extinguished)",
        "|halted)",
        VERIFY,
    ),
    Mutant(
        "count-for-when-forgotten",  # "the death toll … reached «146»" for when (0.58, cut)
        "qa/verify.py",
        "        or times.count_for_when(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-for-when-toll-unread",
        "qa/times.py",
        "    toll = _TOLL_REACHED.search(text, max(0, start - 80), start) or _COUNTED_AFTER.match(text, end)",
        "    toll = _COUNTED_AFTER.match(text, end)",
        VERIFY,
    ),
    Mutant(
        "count-for-when-any-number",
        "qa/times.py",
        "    if question_type(question) is not AnswerType.DATE or not _COUNT_NUMBER.fullmatch(span):",
        "    if question_type(question) is not AnswerType.DATE:",
        VERIFY,
    ),
    Mutant(
        "said-could-is-done",  # "had said … the talks could last «six or seven hours»" (0.58, cut)
        "qa/times.py",
        "itertools.chain(_MIGHT.finditer(sentence[:start]), _SAID_COULD.finditer(sentence[:start]))",
        "itertools.chain(_MIGHT.finditer(sentence[:start]))",
        VERIFY,
    ),
    Mutant(
        "day-of-a-count-forgotten",  # "rose to 128 on «Friday»" for when the fire broke out (0.54, cut)
        "qa/verify.py",
        "        or times.day_of_a_count(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "day-of-a-count-when-a-count-is-asked",
        "qa/times.py",
        "    if question_type(question) is not AnswerType.DATE or _COUNT_ASKED.search(question):",
        "    if question_type(question) is not AnswerType.DATE:",
        VERIFY,
    ),
    Mutant(
        "bare-lower-case-head-is-a-name",  # "Sudan's army «chief» said" for who leads Sudan's army (0.55)
        "qa/answer_types.py",
        """    r"(?-i:(?:[a-z]+\\s+)?(?:head|leader|chief|boss|commander)))\\W*",""",
        """    r"(?-i:(?:[a-z]+\\s+)?(?:head|leader|boss|commander)))\\W*",""",
        VERIFY,
    ),
    Mutant(
        "bare-head-any-case",  # "Minority Leader" is the office asked for, not a bare title
        "qa/answer_types.py",
        """    r"(?-i:(?:[a-z]+\\s+)?(?:head|leader|chief|boss|commander)))\\W*",""",
        """    r"(?:(?:[a-z]+\\s+)?(?:head|leader|chief|boss|commander)))\\W*",""",
        VERIFY,
    ),
    Mutant(
        "fled-counted-as-residents",  # "Only about «5,000» of those who fled had arrived in Tawila" (0.64)
        "qa/figures.py",
        "    moved = _MOVED_AFTER.match(text, counted) if _RESIDENTS_ASKED.search(question) else None",
        "    moved = None",
        VERIFY,
    ),
    Mutant(
        "fled-vetoed-for-a-share-of-the-population",
        "qa/figures.py",
        "    moved = _MOVED_AFTER.match(text, counted) if _RESIDENTS_ASKED.search(question) else None",
        "    moved = _MOVED_AFTER.match(text, counted)",
        VERIFY,
    ),
    Mutant(
        "hedged-count-unread-for-a-population",  # "«about 5,000» of those who fled" (0.53)
        "qa/figures.py",
        "    return start + (hedge.end() if hedge else 0)",
        "    return start",
        VERIFY,
    ),
    Mutant(
        "share-for-an-age",  # "ahead of Quiroga on «27» percent" for how old Quiroga is (0.74)
        "qa/figures.py",
        '    if counted and unit:  # "ahead of Quiroga on «27» percent"',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "a-while-for-a-borders-length",  # "ending «five days» of border fighting" for how long the border is (0.77)
        "qa/answer_types.py",
        "    if _THING_LENGTH_ASKED.match(q) and JUST_A_DURATION.match(span):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "a-things-length-closed",
        "qa/answer_types.py",
        """    r"beach|fence|track)s?\\b(?!\\s+(?:\\w+ed|\\w+en|shut|open|kept|held|built)\\b)",""",
        """    r"beach|fence|track)s?\\b",""",
        VERIFY,
    ),
    Mutant(
        "count-aimed-elsewhere-forgotten",  # "fired «30» Tomahawk missiles at Natanz and Isfahan" for Fordow (0.77)
        "qa/verify.py",
        "        or figures.count_aimed_elsewhere(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-aimed-at-the-place-asked",
        "qa/figures.py",
        """    if not names or any(w.removesuffix("'s") in aimed.group(1) for w in names):""",
        "    if not names:",
        VERIFY,
    ),
    Mutant(
        "earlier-holder-forgotten",  # "The previous pope, Francis, died … at the age of «88»" for the new pope (0.65)
        "qa/verify.py",
        "        or roles.earlier_holder(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "earlier-holder-beside-the-new-one",
        "qa/roles.py",
        "    if not earlier or _NEW_SAID.search(sentence):",
        "    if not earlier:",
        VERIFY,
    ),
    Mutant(
        "other-round-forgotten",  # "In the second round … he won «325» votes" for the first round (0.67)
        "qa/verify.py",
        "        or figures.other_round(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "other-round-though-the-asked-one-is-said",
        "qa/figures.py",
        "    if not said or _ordinal(asked.group(1)) in ordinals:",
        "    if not said:",
        VERIFY,
    ),
    Mutant(
        "won-for-needed-forgotten",  # "Merz won «310» votes, six fewer than the 316 he needed" (0.62)
        "qa/verify.py",
        "        or figures.won_for_needed(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "needed-count-vetoed-itself",
        "qa/figures.py",
        "        or any(m.start() < end and start < m.end() for m in needed)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-held-together-forgotten",  # "hold «328» seats between them" for one party's seats (0.59)
        "qa/verify.py",
        "        or figures.count_held_together(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-held-together-though-several-asked",
        "qa/figures.py",
        "    if not number or not _HOW_MANY.search(question) or _TOGETHER_ASKED.search(question):",
        "    if not number or not _HOW_MANY.search(question):",
        VERIFY,
    ),
    Mutant(
        "other-round-for-an-ordinal-answer",  # "«fourth quarter»" answers "Which quarter came after the third?"
        "qa/figures.py",
        '    if not asked or re.search(rf"\\b{ORDINAL}\\b", text[start:end], re.I):',
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "decimal-share-for-an-age",  # "«41.2» percent" for how old Kim is (0.72)
        "qa/figures.py",
        "    counted = _CARDINAL.match(text[start:end]) if asked else None",
        "    counted = _BARE_NUMBER.match(text[start:end]) if asked else None",
        VERIFY,
    ),
    Mutant(
        "compound-count-for-an-age",  # "a «four»-term lawmaker" for how old Lee is (0.53)
        "qa/figures.py",
        r"""|-(?!(?:years?|months?|weeks?|days?|old|one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+\b"
""",
        '"\n',
        VERIFY,
    ),
    Mutant(
        "compound-number-word-not-an-age",  # "at the age of «twenty-four»" (SQuAD)
        "qa/figures.py",
        r"""|-(?!(?:years?|months?|weeks?|days?|old|one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+\b"
""",
        r"""|-(?!(?:years?|months?|weeks?|days?|old)\b)[a-z]+\b"
""",
        VERIFY,
    ),
    Mutant(
        "said-for-to-come-forgotten",  # "Tusk said on «Monday» he would ask for a vote" for when it will be held (0.65)
        "qa/verify.py",
        "        or times.day_said_for_deed(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "said-for-when-it-was-done",  # "announced on «29 January 1959»" answers when a decision was made (SQuAD)
        "qa/times.py",
        '    else:\n        return ""\n    said = _SAID_ON',
        '    else:\n        deed = "it happened"\n    said = _SAID_ON',
        VERIFY,
    ),
    Mutant(
        "measure-inside-the-span-unread",  # "«50.89 percent of the vote»" for the turnout (0.71)
        "qa/figures.py",
        '    given = inside[-1] if inside else after.group(1) if after else before[-1] if before else ""',
        '    given = after.group(1) if after else before[-1] if before else ""',
        VERIFY,
    ),
    Mutant(
        "hedged-twice-counts",  # "«almost twice»" (as many votes) for how many votes Dan received (0.55)
        "qa/answer_types.py",
        '_HOW_OFTEN_ONLY.fullmatch(_HEDGE.sub("", span).strip(" .,")):',
        '_HOW_OFTEN_ONLY.fullmatch(span.strip(" .,")):',
        VERIFY,
    ),
    Mutant(
        "to-come-word-unread",  # "The trade talks, planned for June" not read as to come
        "qa/times.py",
        'r"upcoming|forthcoming|scheduled|planned|next"',
        'r"upcoming|forthcoming|scheduled|next"',
        VERIFY,
    ),
    Mutant(
        "names-read-in-next-stretch",  # "the Morandi bridge" looked for after the stretch that holds "bridge"
        "qa/verify.py",
        "bisect.bisect_right(starts, k) - 1 for k in at",
        "bisect.bisect_right(starts, k) for k in at",
        VERIFY,
    ),
    Mutant(
        "weekday-asked-also-said",  # "killed on Tuesday" vetoed where the sentence says Tuesday too
        "qa/times.py",
        "if asked and said and not asked & said else",
        "if asked and said else",
        VERIFY,
    ),
    Mutant(
        "tally-read-as-one-count",  # "125 to 46" kept for how many votes one side won
        "qa/figures.py",
        '(?:to|[-–—])\\s*\\d[\\d,]*\\s*")',
        '(?:to|[-–—])\\s*\\d[\\d,]*\\s*-")',
        VERIFY,
    ),
    Mutant(
        "few-read-as-a-count",  # "few" kept for how many cameras
        "qa/answer_types.py",
        'only)\\s+)?(?:few|many)"',
        'only)\\s+)(?:few|many)"',
        VERIFY,
    ),
    Mutant(
        "other-subject-any-deed",  # "reopened on Wednesday" vetoed for when the Apollo Gallery closed
        "qa/roles.py",
        "if verb not in {stem(w) for w in words(text[doer.end() : start])[:3]}:",
        "if not verb:",
        VERIFY,
    ),
    Mutant(
        "other-subject-in-brackets",  # "(Spanish: Cementerio central) opened" read as another subject's deed
        "qa/roles.py",
        'if text.count("(", sentence[0], low) > text.count(")", sentence[0], low):',
        "if False:",
        VERIFY,
    ),
    Mutant(
        "other-subject-the-noun",  # "The museum shut" read as a name's deed
        "qa/roles.py",
        "if not doer or doer.group(2).split()[0].lower() in STOPWORDS:",
        "if not doer:",
        VERIFY,
    ),
    Mutant(
        "other-subject-name-in-clause",  # "The Louvre reopened" vetoed for when the Louvre reopened
        "qa/roles.py",
        "if re.search(first, text[low:high]) or not re.search(first, text):",
        "if not re.search(first, text):",
        VERIFY,
    ),
    Mutant(
        "office-left-not-asked",  # "Who resigned as Nepal's prime minister?" read as asking for no office
        "qa/offices.py",
        '"resigned resigns elected appointed sworn became".split()',
        '"elected appointed sworn became".split()',
        VERIFY,
    ),
    Mutant(
        "office-served-asked",  # "Who serves as president of the Senate?" answered "The Vice President", vetoed
        "qa/offices.py",
        '"resigned resigns elected appointed sworn became".split()',
        '"serves resigned resigns elected appointed sworn became".split()',
        VERIFY,
    ),
    Mutant(
        "done-to-each-other-vetoed",  # "Hatton played Morikawa" vetoed for whom Morikawa played
        "qa/roles.py",
        "if not asked or stem(asked.group(2)) in _DONE_TOGETHER | STOPWORDS:",
        "if not asked or stem(asked.group(2)) in STOPWORDS:",
        VERIFY,
    ),
    Mutant(
        "done-to-surname-unread",  # "defeated Cantlay" not read as the deed done to Patrick Cantlay
        "qa/roles.py",
        'rf"{re.escape(name.split()[-1])})\\b"',
        'rf"{re.escape(name)})\\b"',
        VERIFY,
    ),
    Mutant(
        "done-to-any-verb",  # "Scottie Scheffler beat Rory McIlroy" vetoed for whom McIlroy praised
        "qa/roles.py",
        "if not said or stem(said.group(1)) != stem(asked.group(2)):",
        "if not said:",
        VERIFY,
    ),
    Mutant(
        "holder-role-after-preposition",  # "led since March by chief executive Lip-Bu Tan" read as March's
        "qa/offices.py",
        'rf"(?:(?!(?:by|of|for|with|from|to|in|on|at|since|as|under|after|before|past|beyond|over|into|through|against)\\s)"',
        'rf"(?:"',
        VERIFY,
    ),
    Mutant(
        "next-one-unread",  # "The next Ryder Cup will be played at Adare Manor" kept for where it was played
        "qa/times.py",
        '_TO_COME_WORD = re.compile(r"upcoming|forthcoming|scheduled|planned|next", re.I)',
        '_TO_COME_WORD = re.compile(r"upcoming|forthcoming|scheduled|planned", re.I)',
        VERIFY,
    ),
    Mutant(
        "target-read-as-done",  # "must … deliver 20 million vehicles" kept for how many Tesla has delivered
        "qa/times.py",
        'if verb in STOPWORDS or verb.endswith("ed") or stem(verb) not in stems(question):',
        "if True:",
        VERIFY,
    ),
    Mutant(
        "target-any-word-before",  # "is to commemorate the 40 days" read as a target of "the"
        "qa/times.py",
        'if verb in STOPWORDS or verb.endswith("ed")',
        'if verb.endswith("ed")',
        VERIFY,
    ),
    Mutant(
        "target-across-clauses",  # "must win, but they lose 3 games" read as a target of losing
        "qa/times.py",
        'if len(said) > 15 or re.search(r"[,;:]", between) or',
        "if len(said) > 15 or",
        VERIFY,
    ),
    Mutant(
        "target-asked-as-done",  # "How many vehicles must Tesla deliver?" vetoed
        "qa/times.py",
        "or _TARGET_ASKED.search(question) or",
        "or",
        VERIFY,
    ),
    Mutant(
        "term-sought-untold",  # "Prosecutors had asked for more than 11 years" vetoed as telling no term
        "qa/roles.py",
        "    if _TERM_SOUGHT.search(text, first, last):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "degree-read-as-amount",  # "sharply" kept for how much the peso rose
        "qa/answer_types.py",
        '_DEGREE_ONLY = re.compile(r"(?:(?:very|so|too|quite|rather|more|most)\\s+)?[a-z]+ly", re.I)',
        '_DEGREE_ONLY = re.compile(r"(?:(?:very|so|too|quite|rather|more|most)\\s+)?[a-z]+lly", re.I)',
        VERIFY,
    ),
    Mutant(
        "other-game-kept",  # "96 pitches in Game 6" kept for Game 2
        "qa/figures.py",
        "if others and not re.search(",
        "if False and not re.search(",
        VERIFY,
    ),
    Mutant(
        "numbered-answer-vetoed",  # "Game 2" vetoed as another game for "Which game …?"
        "qa/figures.py",
        "if not asked or _OF_A_SERIES.search(text[start:end]):",
        "if not asked:",
        VERIFY,
    ),
    Mutant(
        "share-read-as-count",  # "32" of "32 percent" kept for how many seats
        "qa/figures.py",
        '    if share and unit not in {"vote", "seat"}:',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "whole-read-as-count",  # "the 257-seat lower house" kept for how many seats the party has
        "qa/figures.py",
        'return f"a count, not the size of the whole',
        'return "" and f"a count, not the size of the whole',
        VERIFY,
    ),
    Mutant(
        "whole-asked-vetoed",  # "How many seats does the lower house have?" vetoed for the house's size
        "qa/figures.py",
        '        return ""  # "How many seats does the lower house have?"',
        "        pass",
        VERIFY,
    ),
    Mutant(
        "seat-share-kept",  # "32 percent" kept for how many seats
        "qa/figures.py",
        'asked = re.search(r"\\bhow\\s+many\\s+(votes|seats)\\b", question, re.I)',
        'asked = re.search(r"\\bhow\\s+many\\s+(votes)\\b", question, re.I)',
        VERIFY,
    ),
    Mutant(
        "firm-led-by-unread",  # "The company, led since March by chief executive Lip-Bu Tan" kept for Nvidia's
        "qa/offices.py",
        "or _FIRMS_OFFICE_BEFORE.search(before) or _FIRM_LED_BY.search(before)",
        "or _FIRMS_OFFICE_BEFORE.search(before)",
        VERIFY,
    ),
    Mutant(
        "office-after-name-unread",  # "Shinjiro Koizumi, Japan's new agriculture minister," kept for the prime minister
        "qa/offices.py",
        "after = None if title else _OFFICE_AFTER_NAME.match(text, end)",
        "after = None",
        VERIFY,
    ),
    Mutant(
        "office-after-name-unended",  # "Koizumi, who met the agriculture minister" read as his office
        "qa/offices.py",
        '    rf"(?i:{OFFICES})\\b(?=\\s*,)"',
        '    rf"(?i:{OFFICES})\\b"',
        VERIFY,
    ),
    Mutant(
        "share-of-another-name-kept",  # Cuomo's "41.6 percent" kept for Mamdani's share
        "qa/figures.py",
        'return "" if name & other else f"the share of {asked.group(1)}, not of {holder.group(1)}"',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "share-holder-past-who-clause",  # "Cuomo, who ran … to Mamdani in June, had «41.6 percent»" not read
        "qa/figures.py",
        "(?:,\\s+who\\b[^,;]*,)?\\s+(?:(?:had|won",
        "\\s+(?:(?:had|won",
        VERIFY,
    ),
    Mutant(
        "share-holder-same-name-flagged",  # "Andrew Cuomo" asked, "Cuomo" had it: vetoed
        "qa/figures.py",
        'return "" if name & other else',
        'return "" if name == other else',
        VERIFY,
    ),
    Mutant(
        "share-holder-pronoun-kept",  # "He had 41.6 percent" read as a name other than the one asked
        "qa/figures.py",
        "if not holder or holder.group(1).lower() in STOPWORDS:",
        "if not holder:",
        VERIFY,
    ),
    Mutant(
        "call-unsaid-kept",  # "June" (the primary) kept for when Mamdani called Cuomo
        "qa/events.py",
        '"a call (the passage tells of none)",',
        '"",',
        VERIFY,
    ),
    Mutant(
        "call-said-by-speaking-missed",  # "The two leaders spoke on Sunday" vetoed for when Trump phoned Zelensky
        "qa/events.py",
        'r"\\b(?:call\\w*|phon\\w*|telephon\\w*|rang|ring\\w*|spoke|speak\\w*|talk\\w*|conversation|dial\\w*|"',
        'r"\\b(?:call\\w*|phon\\w*|telephon\\w*|rang|ring\\w*|talk\\w*|conversation|dial\\w*|"',
        VERIFY,
    ),
    Mutant(
        "call-for-asked",  # "When did Kim Il-Sung call for the Haeju conference?" read as a call to someone
        "qa/events.py",
        "[A-Z][\\w'’.-]*\\s+(?i:call|phone|telephone|ring)\\s+[A-Z]\"",
        "[A-Z][\\w'’.-]*\\s+(?i:call|phone|telephone|ring)\\s+\"",
        VERIFY,
    ),
    Mutant(
        "role-word-read-as-owner",  # "Foreign minister Ronald Lamola" vetoed for South Africa's foreign minister
        "qa/offices.py",
        "if w.lower() not in _NOT_OWNERS and stem(w) not in role",
        "if w.lower() not in _NOT_OWNERS",
        VERIFY,
    ),
    Mutant(
        "group-of-number-counted",  # "20" of "Group of 20" kept for how many leaders attended
        "qa/figures.py",
        "|Amendment|Group\\s+of)\\s+$",
        "|Amendment)\\s+$",
        VERIFY,
    ),
    Mutant(
        "sum-asked-by-name-unchecked",  # "raise the minimum wage" kept for what minimum wage Jara promised
        "qa/answer_types.py",
        "    if _SUM_ASKED.match(q) and not (_NUMBER_RE.search(span) or _PRICE_WORDS.search(span)):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "sum-asked-of-any-noun",  # "Which rent controls did Jara propose?" read as a rent asked
        "qa/answer_types.py",
        'r"(?:wage|salary|pay|fee|fine|rent|price|bail|ransom|toll)s?\\s+(?:did|',
        'r"(?:wage|salary|pay|fee|fine|rent|price|bail|ransom|toll)s?\\b(?:.*?\\b)?(?:did|',
        VERIFY,
    ),
    Mutant(
        "initials-shown-cut",  # the reason says "speaks of “S”" for the report's "U.S."
        "qa/roles.py",
        "found[s] = _initials_as_written(t[o], text)",
        "found[s] = t[o]",
        VERIFY,
    ),
    Mutant(
        "share-for-population-kept",  # "three in four" (live in poverty) kept for how many live in Madagascar
        "qa/figures.py",
        'return "a count of the people, not a share of them"',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "population-asked-of-anything",  # "How many people live in poverty?" read as a population asked
        "qa/figures.py",
        "(?:in|on)\\s+)(?:the\\s+)?[A-Z]|",
        "(?:in|on)\\s+)|",
        VERIFY,
    ),
    Mutant(
        "ratio-of-any-numbers",  # "36,818 in 1940" read as a ratio for the population of Tucson in 1940
        "qa/figures.py",
        'r"(?:\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten)\\b|',
        'r"(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b|',
        VERIFY,
    ),
    Mutant(
        "part-of-a-ratio-kept",  # "four" of "three in four" kept for how many live in Madagascar
        "qa/figures.py",
        "if not _ALL_PEOPLE_ASKED.match(question) or not _said_over_the_answer(_RATIO, text, start, end):",
        "if not _ALL_PEOPLE_ASKED.match(question) or not _RATIO.search(text[start:end]):",
        VERIFY,
    ),
    Mutant(
        "country-before-noun-unread",  # "Marco Rubio, who led the U.S. delegation" kept for who led Ukraine's
        "qa/roles.py",
        "other_owns = other != instead or (_a_country(name) and _a_country(other) and not same_place(name, other))",
        "other_owns = other != instead",
        VERIFY,
    ),
    Mutant(
        "same-country-before-noun-flagged",  # "the UK delegation" vetoed for Britain's
        "qa/roles.py",
        "and _a_country(other) and not same_place(name, other))",
        "and _a_country(other))",
        VERIFY,
    ),
    Mutant(
        "city-before-noun-as-country",  # "The Kyiv delegation" vetoed for Ukraine's
        "qa/roles.py",
        "    return (there := place(name)) is not None and there.country",
        "    return place(name) is not None",
        VERIFY,
    ),
    Mutant(
        "needed-for-won-kept",  # "needs at least «247» votes" kept for how many votes Anutin received
        "qa/figures.py",
        'return f"how many were won, not how many are needed (“{needed.group()}”)" if needed else ""',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "needed-for-won-when-need-asked",  # "247" vetoed for how many votes Anutin needs
        "qa/figures.py",
        "if not _WON_ASKED.search(question) or _NEED_ASKED.search(question):",
        "if not _WON_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "needs-not-read",  # "needs at least 247" not read as a count needed
        "qa/figures.py",
        "|(?:needed|required|needs?)\\s+(?:to\\s+\\w+\\s+)?",
        "|(?:needed|required|need)\\s+(?:to\\s+\\w+\\s+)?",
        VERIFY,
    ),
    Mutant(
        "multiple-for-the-thing-kept",  # "ten times" (the minimum wage) kept for the minimum wage itself
        "qa/figures.py",
        'return f"the {\' \'.join(thing)} itself, not a multiple of it" if thing else ""',
        'return ""',
        VERIFY,
    ),
    Mutant(
        "multiple-of-anything-flagged",  # "ten times" vetoed for the allowance it is a multiple of another for
        "qa/figures.py",
        "    thing = [w for w in named if stem(w) in asked]",
        "    thing = named",
        VERIFY,
    ),
    Mutant(
        "multiple-for-a-comparison-flagged",  # "ten times" vetoed for the allowance compared with the minimum wage
        "qa/figures.py",
        '    r"(?!.*\\b(?:than|compared|times|',
        '    r"(?!.*\\b(?:than|times|',
        VERIFY,
    ),
    Mutant(
        "multiple-in-the-answer-unread",  # "ten times the minimum wage" kept for the minimum wage
        "qa/figures.py",
        "after = _COMPARED_AFTER.match(text, multiple[-1].end()) if multiple else None",
        "after = _COMPARED_AFTER.match(text, end) if multiple else None",
        VERIFY,
    ),
    Mutant(
        "superlative-for-a-measure-kept",  # "tallest" kept for how tall the volcano is
        "qa/answer_types.py",
        '    if _MEASURE_ASKED.match(q) and _SUPERLATIVE_ONLY.fullmatch(span.strip(" .,")):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "superlative-inside-more-flagged",  # "the tallest in Europe" vetoed for how tall the tower is
        "qa/answer_types.py",
        '_SUPERLATIVE_ONLY.fullmatch(span.strip(" .,"))',
        '_SUPERLATIVE_ONLY.search(span.strip(" .,"))',
        VERIFY,
    ),
    Mutant(
        "sole-country-named-anywhere",  # "Kathmandu was calm", late in a report, confirms Nepal's army chief
        "qa/verify.py",
        '    if not places.countries_named(f"{lead}\\n{head[: len(head) - len(opening)]}"):  # the dateline too, here\n'
        "        return frozenset()\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sole-country-dateline-ignored",  # a report filed from Prague that names no place is not the Czechs'
        "qa/verify.py",
        'places.countries_named(f"{lead}\\n{head[: len(head) - len(opening)]}")',
        "places.countries_named(lead)",
        VERIFY,
    ),
    Mutant(
        "sole-country-beside-another-dateline",  # a report filed from New Delhi confirms Nepal's army chief
        "qa/verify.py",
        'named = places.countries_named(f"{article.title}\\n{head}")',
        'named = places.countries_named(f"{article.title}\\n{opening}")',
        VERIFY,
    ),
    Mutant(
        "sole-country-beside-another",  # a report that also names New Delhi confirms Nepal's army chief
        "qa/verify.py",
        "for word, home in asked if all(codes & home for codes in named)",
        "for word, home in asked",
        VERIFY,
    ),
    Mutant(
        "sole-country-of-any-owner",  # a report on Egypt confirms "Egypt's new tomb", as one crash India's railways
        "qa/verify.py",
        'if not re.search(r"[\'’]s$", name) or name[:-2] == owner]',
        "]",
        VERIFY,
    ),
    Mutant(
        "sole-country-without-a-headline",  # a paragraph without a headline confirms its country's offices
        "qa/verify.py",
        "    if not asked or not _headline(article):\n        return frozenset()",
        "    if not asked:\n        return frozenset()",
        VERIFY,
    ),
    Mutant(
        "sole-country-of-peoples-missed",  # "the Dutch election" is not confirmed by a report on Leiden
        "qa/verify.py",
        "    return found + [(w, p.countries) for w, p in peoples if p is not None]",
        "    return found",
        VERIFY,
    ),
    Mutant(
        "peoples-of-a-longer-land",  # "The Greens lost seats" names Greenland
        "qa/places.py",
        'if (found := people_of(w)) and found.name.lower()[len(lower) :] not in ("land", "lands"):',
        "if found := people_of(w):",
        VERIFY,
    ),
    Mutant(
        "netherlands-unknown",  # "the Netherlands", "Holland" and "Dutch" name no country
        "qa/places.py",
        '_ALIASES |= {"netherlands": "the netherlands", "holland": "the netherlands", "czech republic": "czechia"}\n',
        "",
        VERIFY,
    ),
    Mutant(
        "peoples-in-the-plural-missed",  # "Nepalis" in a headline names no Nepal
        "qa/places.py",
        'word[:-1] if word.endswith("s") and not word.endswith("ss") else word',
        "word",
        VERIFY,
    ),
    Mutant(
        "peoples-by-their-country-ending-missed",  # "Ukrainian", "Cuban" name no country
        "qa/places.py",
        '        for ending in ("ian", "n"):',
        "        for ending in ():",
        VERIFY,
    ),
    Mutant(
        "peoples-not-counted-as-countries",  # "Indian envoys met" names no other country
        "qa/places.py",
        "return (*(p.countries for _, p in named_in(text)), *(p.countries for p in peoples if p is not None))",
        "return tuple(p.countries for _, p in named_in(text))",
        VERIFY,
    ),
    Mutant(
        "whole-asked-by-are-in-missed",  # "150" of "the 150-seat lower house" vetoed for how many seats are in it
        "qa/figures.py",
        "        _THE_WHOLE_ASKED.match(asked.group(2))\n        or ",
        "        ",
        VERIFY,
    ),
    Mutant(
        "needed-as-asked-ignored",  # "at least three" partners needed vetoed for how many partners Jetten needs
        "qa/figures.py",
        "        or _needed_as_asked(question, text, start, end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "needed-as-asked-of-any-noun",  # "at least three" partners needed kept for how many seats Jetten needs
        "qa/figures.py",
        "        and stem(noun.group(1)) in {stem(w) for w in words(question)}\n",
        "",
        VERIFY,
    ),
    Mutant(
        "self-for-another-unchecked",  # "Tchiroma", who declared himself the winner, kept for who declared Biya so
        "qa/verify.py",
        "        or roles.self_for_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "self-for-another-of-any-deed",  # "Tchiroma" vetoed for who named Biya the winner
        "qa/roles.py",
        "if not asked or not did or stem(did.group(1)) != stem(asked.group(1)) or asked.group(2) in",
        "if not asked or not did or asked.group(2) in",
        VERIFY,
    ),
    Mutant(
        "self-for-another-of-the-one-named",  # "Biya", who declared himself the winner, vetoed for who declared Biya so
        "qa/roles.py",
        ' or asked.group(2) in text[start:end]:\n        return ""\n    return f"who {asked.group(1)}',
        ':\n        return ""\n    return f"who {asked.group(1)}',
        VERIFY,
    ),
    Mutant(
        "promise-asked-read-as-done",  # "the cost of living" he said he would cut vetoed for what he promised to cut
        "qa/times.py",
        '|possib\\w*|potential\\w*|promis\\w*|"\n    r"pledg\\w*|vow\\w*)\\b",',
        '|possib\\w*|potential\\w*)\\b",',
        VERIFY,
    ),
    Mutant(
        "count-for-share-unchecked",  # "31.9 million" votes kept for what share of the vote Hassan received
        "qa/verify.py",
        "        or figures.count_for_share(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-for-share-of-any-figure",  # "all" («in all regions») vetoed for what share Hassan received
        "qa/figures.py",
        "    if not counted and after and _A_COUNT_OF.fullmatch(span):",
        "    if not counted and after:",
        VERIFY,
    ),
    Mutant(
        "place-names-without-small-words",  # "Dar es Salaam" no place: Tanzania's foreign minister vetoed under it
        "qa/places.py",
        r"""(?:(?:of|es|de|del|da|do|dos|di|du|la|el)[^\S\n]+)?""",
        r"""(?:of[^\S\n]+)?""",
        VERIFY,
    ),
    Mutant(
        "year-unsaid-unchecked",  # "97.66 percent" kept for Hassan's share in 2020, a year the report never names
        "qa/verify.py",
        "        or times.year_unsaid(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "year-unsaid-of-any-answer",  # "Hassan" flagged for who won the vote in 2020: no figure
        "qa/times.py",
        'if not asked or not re.search(r"\\d", text[start:end]) or _YEAR_TOLD_APART',
        "if not asked or _YEAR_TOLD_APART",
        VERIFY,
    ),
    Mutant(
        "year-told-in-words-unread",  # "Five years ago she won 84 percent" flagged for her share in 2020
        "qa/times.py",
        'if not asked or not re.search(r"\\d", text[start:end]) or _YEAR_TOLD_APART.search(text):',
        'if not asked or not re.search(r"\\d", text[start:end]):',
        VERIFY,
    ),
    Mutant(
        "year-decade-unread",  # "In the 1990s" flagged for a figure of 1995
        "qa/times.py",
        "|\\b{year[:3]}0s\\b",
        "",
        VERIFY,
    ),
    Mutant(
        "year-during-unread",  # "during 2020" left for a figure of a year the report never names
        "qa/times.py",
        '_YEAR_ASKED = re.compile(rf"\\b(?:in|during)',
        '_YEAR_ASKED = re.compile(rf"\\b(?:in)',
        VERIFY,
    ),
    Mutant(
        "owner-by-pronoun-another-unchecked",  # "He ran with «Edman Lara» as his running mate" for Quiroga's (0.85)
        "qa/verify.py",
        "        or roles.owner_by_pronoun_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "owner-in-the-sentence-before-unread",  # "Paz praised Quiroga. He chose …" vetoed for Quiroga's
        "qa/roles.py",
        "            named, earlier + sentence\n",
        "            named, sentence\n",
        VERIFY,
    ),
    Mutant(
        "opener-of-function-word-read",  # "The party split in 2004. He chose …" vetoed as The's
        "qa/roles.py",
        " or not is_content_word(opener.group(1).split()[0].lower()):",
        ":",
        VERIFY,
    ),
    Mutant(
        "his-without-an-opening-he",  # "The party chose «Edman Lara» as his running mate" vetoed as Paz's
        "qa/roles.py",
        """    sentence = text[first:last]
    if not _OPENS_HE_OR_SHE.match(sentence):
        return ""
    before = text""",
        """    sentence = text[first:last]
    before = text""",
        VERIFY,
    ),
    Mutant(
        "earlier-year-figure-unchecked",  # "in 2020, when he won «94 percent»" for this week's share (0.69)
        "qa/verify.py",
        "        or times.told_of_an_earlier_year(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "earlier-year-asked-unread",  # "What share did Ouattara win in 2020?" vetoed for 2020's
        "qa/times.py",
        '    if _EARLIER_ASKED.search(question):\n        return ""\n    back = _LOOKING_BACK',
        "    back = _LOOKING_BACK",
        VERIFY,
    ),
    Mutant(
        "earlier-year-without-this-weeks-event",  # a report of no weekday's event: its figures may all look back
        "qa/times.py",
        "    if not back or not NAMED_WEEKDAY.search(text):",
        "    if not back:",
        VERIFY,
    ),
    Mutant(
        "count-with-its-noun-unread",  # "led Nasralla by just «515 votes»" answered Nasralla's share (0.51)
        "qa/figures.py",
        '    counted = span if _COUNT_WITH_ITS_NOUN.fullmatch(span) else ""',
        '    counted = ""',
        VERIFY,
    ),
    Mutant(
        "former-in-an-owners-apposition-unread",  # "«Raila Odinga», Kenya's … and former prime minister" (0.60)
        "qa/offices.py",
        """    r",\\s+[A-Z][\\w.-]*['’]s\\s+(?:""",
        """    r",\\s+[A-Z][\\w.-]*['’]s\\s+(?!)(?:""",
        VERIFY,
    ),
    Mutant(
        "margin-for-won-unchecked",  # "led Nasralla by just «515» votes" for how many Asfura received (0.51)
        "qa/verify.py",
        "        or figures.margin_for_won(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "margin-asked-unread",  # "How many votes did Asfura win by?" vetoed for the lead it asks
        "qa/figures.py",
        " or _MARGIN_ASKED.search(question) or not re.search",
        " or not re.search",
        VERIFY,
    ),
    Mutant(
        "kin-age-by-he-unread",  # "Raila Odinga died … He was «80»" for his father's age (0.63)
        "qa/figures.py",
        "    owner = aged.group(1) if aged else _owner_by_he(asked.group(1), asked.group(2), text, start)",
        '    owner = aged.group(1) if aged else ""',
        VERIFY,
    ),
    Mutant(
        "kin-said-before-unread",  # "Odinga buried his father in 1994. He was «80»" vetoed as Odinga's own age
        "qa/figures.py",
        '    if re.search(rf"\\b{kin}", re.split(r"(?<=[.!?])\\s+", before.strip())[-1] + sentence, re.I):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "kin-age-asked-with-when-unread",  # "How old was Odinga's father «when he died»?" read as no kin asked
        "qa/figures.py",
        "([a-z]+)(?:\\s+(?:when|at|on)\\b.*)?\\W*$",
        "([a-z]+)\\W*$",
        VERIFY,
    ),
    Mutant(
        "former-held-now-unread",  # "«Greg Mullen», the former Deputy Chief …, serves as the current Chief" vetoed
        "qa/offices.py",
        "    if _HELD_NOW.search(text, *sentence):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "current-office-unread",  # "Who is Kenya's current prime minister?" read as asking no office (0.60)
        "qa/offices.py",
        '    | frozenset("current present sitting incumbent".split())',
        "    | frozenset()",
        VERIFY,
    ),
    Mutant(
        "eight-words-after-the-name",  # "…, Kenya's veteran opposition leader and former prime «minister»" cut off
        "qa/offices.py",
        "text[end : sentence[1]]))[:10]",
        "text[end : sentence[1]]))[:8]",
        VERIFY,
    ),
    Mutant(
        "count-hedged-with-just-unread",  # "just «515»" votes answered Nasralla's share (0.51)
        "qa/figures.py",
        '|around|just|only)\\s+"  # "just',
        '|around)\\s+"  # "just',
        VERIFY,
    ),
    Mutant(
        "owner-after-the-name-unread",  # "Eiji Hashimoto, Nippon Steel's chairman" for U.S. Steel's (0.53)
        "qa/offices.py",
        "    owned = _OWNED_AFTER.match(text[: sentence[1]], name_end)",
        "    owned = None",
        VERIFY,
    ),
    Mutant(
        "would-have-without-had",  # "Without it, … would have paid «$565 million»" is no counterfactual vetoed
        "qa/times.py",
        "len(between.split()) <= 6 and _HAD_IT.search(sentence[: m.start()]):",
        "len(between.split()) <= 6:",
        VERIFY,
    ),
    Mutant(
        "would-have-for-what-something-was",  # "How big was the break-up fee?" is told by what would have been owed
        "qa/times.py",
        "if _DEED_ASKED.search(question) else ()",
        "if True else ()",
        VERIFY,
    ),
    Mutant(
        "length-in-millions-unread",  # "670 million kilometres from the Sun" for a distance from Earth (0.50)
        "qa/figures.py",
        '    r"(?:(?:hundred|thousand|million|billion)[\\s-]+)?"  # "670 million kilometres"\n',
        "",
        VERIFY,
    ),
    Mutant(
        "place-ending-a-sentence-keeps-its-stop",
        "qa/figures.py",
        'other = re.sub(r"(?<=[a-z]{2})\\.$", "", given.group(1))',
        "other = given.group(1)",
        VERIFY,
    ),
    Mutant(
        "nearest-to-the-first-named",  # "no nearer to Earth than …, on «December 19»" after "closest to the Sun"
        "qa/figures.py",
        "places.same_place(asked.group(1), given[-1].group(1))",
        "places.same_place(asked.group(1), given[0].group(1))",
        VERIFY,
    ),
    Mutant(
        "nearest-to-another-unchecked",
        "qa/verify.py",
        "        or figures.nearest_to_another(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "ordinal-in-digits-counts",  # "his «10th» Tour stage win" for how many stages another rider won (0.55)
        "qa/answer_types.py",
        " or _ORDINAL_ONLY.match(span)\n    ):",
        "\n    ):",
        VERIFY,
    ),
    Mutant(
        "rank-asked-when-taking-place",  # "Where did the final stage take place?" asks a place
        "qa/answer_types.py",
        "(?:\\S+\\s+){1,4}?(?<!take\\s)(?:place|rank)",
        "(?:\\S+\\s+){1,4}?(?:place|rank)",
        VERIFY,
    ),
    Mutant(
        "rank-in-words-unread",  # "fourth" answers where Pogacar placed
        "qa/answer_types.py",
        'rf"\\b{ORDINAL}\\b|\\d|\\b(?:last',
        'rf"\\d|\\b(?:last',
        VERIFY,
    ),
    Mutant(
        "share-holder-named-with-the-party-unread",  # "Lee of the Democratic Party had «49.4 percent»" vetoed for Lee
        "qa/figures.py",
        'rf"({NAME})(?:\\s+(?:of|from)\\s+(?:the\\s+)?{NAME})?(?:,',
        'rf"({NAME})(?:,',
        VERIFY,
    ),
    Mutant(
        "span-holds-a-figure-and-the-one-it-changed-from",  # "$118.42, down from $142.62" (0.71 for Friday's)
        "qa/reader.py",
        "            scores[_across_changes(context, offsets[a:b])] = -np.inf\n",
        "            pass\n",
        READER,
    ),
    Mutant(
        "headline-spans-take-the-windows-places",  # none of the lead's spans for Nvidia's lost market value
        "qa/reader.py",
        "k * _HEADLINE_MARGIN if headline or dateline else k",
        "k * _HEADLINE_MARGIN if dateline else k",
        READER,
    ),
    Mutant(
        "window-spans-unsorted",
        "qa/reader.py",
        'return flat[np.argsort(-scores.ravel()[flat], kind="stable")]',
        "return flat",
        READER,
    ),
    Mutant(
        "day-of-the-earlier-figure-dates-the-answer",  # "closed at «$118.42», down from $142.62 on Friday" (0.89)
        "qa/times.py",
        "return bool(earlier and earlier.end() == day.end()",
        "return bool(earlier and False",
        VERIFY,
    ),
    Mutant(
        "change-named-as-a-moment-asks-the-change",  # "market value after the fall" answered «$593 billion» (0.64)
        "qa/figures.py",
        "any(not _AT_A_MOMENT.search(question, 0, m.start()) for m in _CHANGE_NOUNS.finditer(question))",
        "any(True for m in _CHANGE_NOUNS.finditer(question))",
        VERIFY,
    ),
    Mutant(
        "event-named-before-a-lower-case-noun-unread",  # "«16» were killed in the Eaton fire" for the Palisades fire's
        "qa/figures.py",
        "is_named = said.group()[0].isupper() or _THE_NAMED.search(where, 0, said.start())",
        "is_named = said.group()[0].isupper()",
        VERIFY,
    ),
    Mutant(
        "what-lies-near-where-it-happened-passes",  # "a Southern California Edison site near where the fire began"
        "qa/figures.py",
        "    near = _NEAR_WHERE.match(text, end)",
        "    near = None",
        VERIFY,
    ),
    Mutant(
        "pronoun-clause-as-a-place",  # "Manila's airport on Tuesday as he returned from Hong Kong" (0.58)
        "qa/answer_types.py",
        "(_CLAUSE.search(span) or _PRONOUN_CLAUSE.search(span))",
        "_CLAUSE.search(span)",
        VERIFY,
    ),
    Mutant(
        "two-counts-and-a-verb-as-a-count",  # "16 were killed in the Eaton fire and eight" (0.58)
        "qa/answer_types.py",
        " and _COUNTS_CLAUSE.search(span):",
        " and False:",
        VERIFY,
    ),
    Mutant(
        "leaving-no-opposite-of-joining",  # "he left Intel's board in «August»" for when he joined it (0.64)
        "qa/events.py",
        '    ("join joined joining", "left quit"),',
        "",
        VERIFY,
    ),
    Mutant(
        "another-name-alone-describes",  # "Aisha Bowe" for who Gayle King is (0.75)
        "qa/roles.py",
        "        alone = MULTIWORD_NAME.fullmatch(name) and",
        "        alone = False and",
        VERIFY,
    ),
    Mutant(
        "name-after-a-description-unread",  # "former NASA rocket scientist Aisha Bowe" (0.72)
        "qa/roles.py",
        "name = ends.group(1) if ends and ends.group().split()[0] not in STOPWORDS else answer.strip()",
        "name = answer.strip()",
        VERIFY,
    ),
    Mutant(
        "name-after-a-preposition-read",  # "Secretary of State for Dominion Affairs"
        "qa/roles.py",
        "if ends and ends.group().split()[0] not in STOPWORDS else",
        "if ends else",
        VERIFY,
    ),
    Mutant(
        "office-holder-named-is-someone-else",  # "Steve Ballmer" for "Who is Microsofts CEO?"
        "qa/roles.py",
        'return "a description of one person" if alone and not office else ""',
        'return "a description of one person" if alone else ""',
        VERIFY,
    ),
    Mutant(
        "office-naming-a-place-is-someone-else",  # "Los Angeles County Sheriff" for who Robert Luna is
        "qa/roles.py",
        " and not _names_a_place(name)",
        "",
        VERIFY,
    ),
    Mutant(
        "dateline-spans-take-the-windows-places",  # "May 20" of the dateline, not the lead's «Tuesday»
        "qa/reader.py",
        "        return _in_places(spans, k, dateline)\n",
        "        return _in_places(spans, k, 0)\n",
        READER,
    ),
    Mutant(
        "dateline-spans-take-places",
        "qa/reader.py",
        "        counted += s.start >= dateline\n",
        "        counted += 1\n",
        READER,
    ),
    Mutant(
        "dateline-window-looks-no-further",
        "qa/reader.py",
        "k * _HEADLINE_MARGIN if headline or dateline else k",
        "k * _HEADLINE_MARGIN if headline else k",
        READER,
    ),
    Mutant(
        "time-a-process-began-for-one-to-come",  # "began a one-year process to leave the WHO in «January»" (0.54)
        "qa/times.py",
        "        or _BEGUN_IN.search(sentence, max(0, start - 80), start)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "report-opening-read-from-its-dateline",  # "LONDON, Aug." read as the opening sentence ("the Bank's" unnamed)
        "qa/verify.py",
        "lexical.FIRST_SENTENCE.match(_report_opens(article)[1])",
        "lexical.FIRST_SENTENCE.match(_body(article))",
        VERIFY,
    ),
    Mutant(
        "acronym-dotted-initials-not-a-name-word",  # U.S. Geological Survey is no longer the USGS
        "qa/rewording.py",
        '_NAME_WORD = r"(?:(?:[A-Z]\\.){2,6}|[A-Z][\\w\'’&-]*)"',
        '_NAME_WORD = r"(?:[A-Z][\\w\'’&-]*)"',
        VERIFY,
    ),
    Mutant(
        "look-back-since-a-year-ignored",  # "since 1952, when a magnitude 9.0 quake" answers for this week
        "qa/times.py",
        "(?:[Ii]n|[Ss]ince)\\s+(?:(?i:{MONTH_WORD})\\s+)?({_A_YEAR})",
        "(?:[Ii]n)\\s+(?:(?i:{MONTH_WORD})\\s+)?({_A_YEAR})",
        VERIFY,
    ),
    Mutant(
        "look-back-month-ignored",  # "since November 2001, when" unread
        "qa/times.py",
        "(?:[Ii]n|[Ss]ince)\\s+(?:(?i:{MONTH_WORD})\\s+)?({_A_YEAR})",
        "(?:[Ii]n|[Ss]ince)\\s+({_A_YEAR})",
        VERIFY,
    ),
    Mutant(
        "day-said-for-start",  # "said late on Monday" answers when the fire started
        "qa/times.py",
        "    elif _START_ASKED.search(question.strip()):  # an end asked is ``events.event_unsaid``'s",
        "    elif False:  # an end asked is ``events.event_unsaid``'s",
        VERIFY,
    ),
    Mutant(
        "day-said-saying-asked-vetoed",  # the saying asked is vetoed too
        "qa/times.py",
        '    if _SAYING_ASKED.search(question):  # "When was the next session announced?"\n        return ""',
        '    if False:  # "When was the next session announced?"\n        return ""',
        VERIFY,
    ),
    Mutant(
        "there-is-elsewhere-unchecked",  # "Four homes were destroyed there" answers for Napa County
        "qa/verify.py",
        "        or events.there_is_elsewhere(question, article.text, sentence_span, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "there-points-within-its-sentence-ignored",  # a place before "there" in its own sentence is not where it points
        "qa/events.py",
        "    if any(m.group(1).isupper() for m in _IN_A_NAME.finditer(said, 0, there.start())):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "intended-meant-to-not-intent",  # "a drill meant to reach 3 metres" answers how deep it reached
        "qa/figures.py",
        'seek\\w*|intend\\w*|meant|"',
        'seek\\w*|intend\\w*|"',
        VERIFY,
    ),
    Mutant(
        "done-asked-only-how-many",  # how deep, far or much no longer asked as done
        "qa/figures.py",
        'r"^\\W*how\\s+(?:many|much|far|deep|high|long|large|big|fast)\\b.*\\b(?:were|was|did|had|has|have)\\b", re.I',
        'r"^\\W*how\\s+(?:many)\\b.*\\b(?:were|was|did|had|has|have)\\b", re.I',
        VERIFY,
    ),
    Mutant(
        "beside-the-one-called-unchecked",  # "Cassie Ventura and a woman who testified as Jane" answers who Jane is
        "qa/verify.py",
        "        or roles.beside_the_one_called(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "paid-to-for-paid-by-unchecked",  # "NASA is paying Firefly $101.5 million" answers what it cost Firefly
        "qa/verify.py",
        "        or figures.paid_to_for_paid_by(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "share-price-total-unchecked",  # "worth more than $100 billion" answers a stock price
        "qa/verify.py",
        "        or figures.total_for_share_price(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sum-including-asked-unchecked",  # "$23.7 billion including debt" answers how much debt
        "qa/verify.py",
        "        or figures.sum_including_asked(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sum-including-asked-sum-asked-vetoed",  # the sum with the debt asked is vetoed too
        "qa/figures.py",
        ' or re.search(rf"\\b(?:including|includes|with)\\s+(?:\\w+\\s+)?{held.group(1)}\\b", question, re.I)',
        "",
        VERIFY,
    ),
    Mutant(
        "country-for-world-unchecked",  # "1.2 million people in the United States" answers worldwide
        "qa/verify.py",
        "        or figures.country_for_world(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "world-said-in-sentence-ignored",  # a sentence that speaks of the world is vetoed too
        "qa/figures.py",
        '    if _WORLD_SAID.search(said):\n        return ""',
        '    if False:\n        return ""',
        VERIFY,
    ),
    Mutant(
        "near-for-bound-unchecked",  # "near Reagan National Airport" answers where the helicopter was going
        "qa/verify.py",
        "        or events.near_for_bound(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "candidate-for-chosen-unchecked",  # "Possible successors include Takaichi" answers who will succeed
        "qa/verify.py",
        "        or roles.candidate_for_chosen(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "candidates-asked-vetoed",  # a question about the candidates is vetoed too
        "qa/roles.py",
        "    if not _NEW_ONE_ASKED.search(question) or _CANDIDATE_ASKED.search(question):",
        "    if not _NEW_ONE_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "answer-opening-until-for-when",  # "until a successor is chosen" answers when the vote is held
        "qa/times.py",
        "    until = _HOLDS_UNTIL.search(text, max(0, start - 60), start) or _UNTIL.match(text[start:end])",
        "    until = _HOLDS_UNTIL.search(text, max(0, start - 60), start)",
        VERIFY,
    ),
    Mutant(
        "executive-read-as-execution",  # "chief executive" tells of deaths
        "qa/events.py",
        "execut(?:e|ed|es|ing|ions?)|",
        "execut\\w*|",
        VERIFY,
    ),
    Mutant(
        "margin-for-total-unchecked",  # "10 points clear of Arsenal" answers how many points
        "qa/verify.py",
        "        or figures.margin_for_total(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "margin-more-asked-vetoed",  # "How many more votes" answered by a lead is vetoed
        "qa/figures.py",
        "short|margin|lead|led|difference|by|more|fewer|less)\\b",
        "short|margin|lead|led|difference|by)\\b",
        VERIFY,
    ),
    Mutant(
        "look-back-asked-of-that-time-vetoed",  # "What was the team called in Seattle?" vetoed ("SuperSonics")
        "qa/times.py",
        "    if _named_only_back_then(question, text, back.start(), line_sentence(text, start, end)[1]):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "rate-one-day-unread",  # "closed for most of Friday, … 200,000 passengers" answers how many use it a year
        "qa/figures.py",
        '    return f"a count each year, not one day\'s (“{day.group()}”)" if day else ""',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "margin-first-figure-read",  # "1 minute and 6 seconds ahead of" read from its first figure
        "qa/figures.py",
        'figures[-1].end() : end].strip(" ,.").count(" ") > 0:',
        'figures[0].end() : end].strip(" ,.").count(" ") > 0:',
        VERIFY,
    ),
    Mutant(
        "name-for-where-unchecked",  # "the North Hyde substation" answers where the substation was
        "qa/verify.py",
        "        or events.name_for_where(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "name-for-where-any-noun",  # a name before another noun than the one asked
        "qa/events.py",
        "    if asked is None or named is None or stem(named.group(1)) != stem(asked.group(1)):",
        "    if asked is None or named is None:",
        VERIFY,
    ),
    Mutant(
        "delivered-for-made-unchecked",  # "Tesla delivered 336,681 vehicles" answers how many it produced
        "qa/verify.py",
        "        or figures.delivered_for_made(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "delivered-for-made-both-asked",  # a question asking both is vetoed too
        "qa/figures.py",
        '    if bool(made) == bool(delivered):\n        return ""',
        '    if not made and not delivered:\n        return ""',
        VERIFY,
    ),
    Mutant(
        "body-for-head-unchecked",  # "Italy's National Institute … (INGV)" answers who heads the INGV
        "qa/verify.py",
        "        or roles.body_for_head(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "body-for-head-any-initials",  # another body's initials
        "qa/roles.py",
        '    if asked is None or spelt is None or not re.search(rf"\\b{spelt.group(1)}\\b", asked.group(1)):',
        "    if asked is None or spelt is None:",
        VERIFY,
    ),
    Mutant(
        "body-for-head-initials-in-span-unread",  # "… Volcanology (INGV)" answers who heads the INGV
        "qa/roles.py",
        ' or re.search(\n        r"\\(([A-Z]{2,8})\\)\\W*$", text[start:end]\n    )',
        " or None",
        VERIFY,
    ),
    Mutant(
        "load-for-capacity-unchecked",  # "carrying 173 passengers" answers how many the ferry could carry
        "qa/verify.py",
        "        or figures.load_for_capacity(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "load-for-capacity-room-for-vetoed",  # "room for 43 passengers aboard" is what it can carry
        "qa/figures.py",
        " or _ROOM_BEFORE.search(text[max(0, start - 40) : start])",
        "",
        VERIFY,
    ),
    Mutant(
        "load-for-capacity-load-asked-vetoed",  # "How many was the ferry carrying?" asks the load
        "qa/figures.py",
        " or _LOAD_ASKED.search(question)",
        "",
        VERIFY,
    ),
    Mutant(
        "part-for-everyone-unchecked",  # "173 passengers and 16 crew": 173 answers how many people were aboard
        "qa/verify.py",
        "        or figures.part_for_everyone(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "part-for-everyone-part-asked-vetoed",  # "How many passengers were aboard?" asks the part
        "qa/figures.py",
        " or stem(part) in asked",
        "",
        VERIFY,
    ),
    Mutant(
        "part-for-everyone-part-before-unread",  # "173 passengers and «16» crew": the crew alone too
        "qa/figures.py",
        "    elif before := _ANOTHER_PART_AND.search(text[max(0, at - 60) : at]):",
        "    elif before := None:",
        VERIFY,
    ),
    Mutant(
        "foreseen-for-reached-move-unread",  # "than expected and its shares fell 6.2 percent" was reached
        "qa/figures.py",
        " or _MOVED.search(foreseen.group(1))",
        "",
        VERIFY,
    ),
    Mutant(
        "per-share-for-total-earned-unasked",  # "How much did it earn?" answered "84 cents a share" beside the whole
        "qa/figures.py",
        "not asked & (_TOTALS | _EARNED)",
        "not asked & _TOTALS",
        VERIFY,
    ),
    Mutant(
        "per-share-for-total-earned-alone-vetoed",  # earnings given a share alone answer what it earned
        "qa/figures.py",
        " and not _WHOLE_OR.search(text[max(0, start - 40) : start])",
        "",
        VERIFY,
    ),
    Mutant(
        "treasurer-no-title",  # "Who is Australia's treasurer?": an office of the only country a report names
        "qa/lexical.py",
        "chancellor treasurer lawmaker",
        "chancellor lawmaker",
        VERIFY,
    ),
    Mutant(
        "part-for-everyone-fates-vetoed",  # "632 dead and 329 injured": fates, not parts of those aboard
        "qa/figures.py",
        " or any(re.fullmatch(_FATES, w) for w in (part, other))",
        "",
        VERIFY,
    ),
    Mutant(
        "holder-role-after-a-preposition",  # "a cross from Bruno Fernandes past goalkeeper Bernd Leno": not his
        "qa/offices.py",
        "|since|as|under|after|before|past|beyond|over|into|through|against)",
        "|since|as|under|after|before)",
        VERIFY,
    ),
    Mutant(
        "size-of-the-thing-asked-about-unread",  # "a nine-party opposition bloc" answers how many seats the bloc won
        "qa/figures.py",
        "    sized_one = _SIZED_ONE.match(text, sized.end()) if _GAINED_ASKED.search(question) else None",
        "    sized_one = None",
        VERIFY,
    ),
    Mutant(
        "size-of-the-thing-asked-about-for-what-it-is",  # "a nine-storey tower": how many stories made up the tower
        "qa/figures.py",
        " if _GAINED_ASKED.search(question) else None",
        "",
        VERIFY,
    ),
    Mutant(
        "lawmaker-no-title",  # "John Banks and United Future lawmaker Peter Dunne" answers which ACT lawmaker
        "qa/lexical.py",
        "treasurer lawmaker king",
        "treasurer king",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-unchecked",  # "New Zealand First … returned with eight seats" answers Labour's seats
        "qa/verify.py",
        "        or contests.figure_of_another_side(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-initials-unread",  # "The AK Party won 258 seats" is the AKP's
        "qa/contests.py",
        """    if "".join(c for c in other if c.isupper()) == side.replace(" ", ""):  # "AK Party" for the AKP""",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-pronoun-read-as-a-side",  # "It won 40 percent" names no other side
        "qa/contests.py",
        "STOPWORDS | _NO_SUBJECT | PRONOUNS:",
        "_NO_SUBJECT:",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-beyond-votes",  # "How much rain does Philly get?" beside "Precipitation averages …"
        "qa/contests.py",
        "_FIGURE_OF_ASKED.match(question) if _VOTES_ASKED.search(question) else None",
        "_FIGURE_OF_ASKED.match(question)",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-rest-of-the-name-unread",  # "Jonathan won 22,495,187 votes": Goodluck's
        "qa/contests.py",
        """    if re.search(rf"\\b{re.escape(names[-1])}\\s+{re.escape(other.split()[0])}\\b", text):""",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-after-its-figure-unread",  # "against 55% for Pres. Harry Truman": Truman's
        "qa/contests.py",
        "text[first : end + _SIDE_AFTER]",
        "text[first:end]",
        VERIFY,
    ),
    Mutant(
        "kind-for-count-unchecked",  # "All 30 severe cases were in the placebo group" answers how many cases were
        "qa/verify.py",
        "        or figures.kind_for_count(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "kind-for-count-kind-asked-vetoed",  # "How many severe cases …?" asks the kind
        "qa/figures.py",
        " or after[0].lower() in (w.lower() for w in words(question))",
        "",
        VERIFY,
    ),
    Mutant(
        "total-for-part-unchecked",  # "Of the 196 cases …, 11 in the vaccine group": 196 for the vaccine group's
        "qa/verify.py",
        "        or figures.total_for_part(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "total-for-part-thousands-comma",  # "among the 30,000 volunteers" cut at "30,"
        "qa/figures.py",
        '_CLAUSE_COMMA = re.compile(r",\\s")',
        '_CLAUSE_COMMA = re.compile(r",")',
        VERIFY,
    ),
    Mutant(
        "total-for-part-total-asked-vetoed",  # "How many cases were among the volunteers?" asks the total
        "qa/figures.py",
        " - total\n",
        "\n",
        VERIFY,
    ),
    Mutant(
        "total-for-part-ties-read",  # two parts named alike by the question: neither is the one asked
        "qa/figures.py",
        " or len(shared) > 1 and shared[1][0] == shared[0][0]",
        "",
        VERIFY,
    ),
    Mutant(
        "speed-for-dimension-unchecked",  # "winds of 155 mph" answers how high the storm surge was
        "qa/verify.py",
        "        or figures.speed_or_area_for_dimension(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "speed-for-dimension-high-winds-vetoed",  # "How high were the winds?" asks a speed
        "qa/figures.py",
        " or _WINDS_ASKED.search(question)",
        "",
        VERIFY,
    ),
    Mutant(
        "ever-for-still-unchecked",  # "13 million had been without power, and 3.8 million still were"
        "qa/verify.py",
        "        or figures.ever_for_still(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "ever-for-still-own-clause-unread",  # "3.8 million still were" answers how many still are
        "qa/figures.py",
        '    if _STILL.search(text, opened, closed):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "ever-for-still-other-way-read",  # "1.94 million households were still without shelter": still so otherwise
        "qa/figures.py",
        "    if not other or said and not said & {stem(w) for w in words(question)}:",
        "    if not other:",
        VERIFY,
    ),
    Mutant(
        "record-beaten-unread",  # "five hours and 29 minutes, beating the 4 hours 42 minutes of … in 1982"
        "qa/figures.py",
        "        return _record_beaten(question, text, sentence, end)",
        '        return ""',
        VERIFY,
    ),
    Mutant(
        "record-beaten-before-the-answer",  # "4 hours 42 minutes" is the 1982 final's own
        "qa/figures.py",
        "        if named and at >= end and _BEATING.search(text, end, at):",
        "        if named and _BEATING.search(text, sentence[0], at):",
        VERIFY,
    ),
    Mutant(
        "ever-for-still-clause-of-the-span-end",  # "13 million … , and about 3.8 million" read as the still clause's
        "qa/figures.py",
        "    closed = min((b for b in breaks if b > start), default=last)",
        "    closed = min((b for b in breaks if b > end), default=last)",
        VERIFY,
    ),
    Mutant(
        "total-for-part-from-the-span-end",  # "196 cases among volunteers, 185" reads its parts past "185"
        "qa/figures.py",
        "clause_end = _CLAUSE_COMMA.search(text, start, last)",
        "clause_end = _CLAUSE_COMMA.search(text, end, last)",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-side-any-word-after",  # "Five years ago she won 84 percent": "Five" is no side
        "qa/contests.py",
        "(?=,|\\s+(?:won|wins|took",
        "(?=,|\\s+(?:[a-z]+|won|wins|took",
        VERIFY,
    ),
    Mutant(
        "distance-direction-in-the-answer-unread",  # «4 kilometres north» of the town read as a height
        "qa/figures.py",
        "    if not asked or not (_AWAY.match(text, end) or _DIRECTION_ENDING.search(text, start, end)):",
        "    if not asked or not _AWAY.match(text, end):",
        VERIFY,
    ),
    Mutant(
        "rate-for-a-count-at-the-time-unread",  # «11 million» vehicles a year for how many were on it when it fell
        "qa/figures.py",
        "    elif _AT_A_TIME.search(question) and not _PER_TIME_ASKED.search(question):",
        "    elif False:",
        VERIFY,
    ),
    Mutant(
        "rate-for-a-count-at-the-time-rate-asked-too",  # "each year when he was Governor" asks a rate
        "qa/figures.py",
        "    elif _AT_A_TIME.search(question) and not _PER_TIME_ASKED.search(question):",
        "    elif _AT_A_TIME.search(question):",
        VERIFY,
    ),
    Mutant(
        "rate-after-the-thing-counted-unread",  # "11 million vehicles a year": the rate after the noun
        "qa/figures.py",
        "    rate = _RATE_AFTER.match(text, end) or _RATE_ENDING.search(text[start:end])",
        "    rate = _RATE.match(text, end) or _RATE_ENDING.search(text[start:end])",
        VERIFY,
    ),
    Mutant(
        "seats-and-votes-no-sides",  # "1 million votes" for how many seats
        "qa/figures.py",
        '    ("seats", "votes ballots"),\n',
        "",
        VERIFY,
    ),
    Mutant(
        "side-counted-past-a-scale-word-unread",  # "1 million votes": "million" taken for the thing counted
        "qa/figures.py",
        'r"\\s+(?:(?:million|billion|thousand)\\s+)?(?:[\\w-]+\\s+)??([a-z][\\w-]*)\\b", text[start + number.end() :]',
        'r"\\s+(?:[\\w-]+\\s+)??([a-z][\\w-]*)\\b", text[start + number.end() :]',
        VERIFY,
    ),
    Mutant(
        "side-asked-by-any-word-of-its-stem",  # "voted" taken for votes asked
        "qa/figures.py",
        "    asked = {_SIDE[stem(w)]: w for w in _counted_words(how_many) if w.lower() in _SIDE_NOUNS}",
        "    asked = {_SIDE[stem(w)]: w for w in _counted_words(how_many) if stem(w) in _SIDE}",
        VERIFY,
    ),
    Mutant(
        "figure-set-against-the-side-unread",  # "79 seats against 77 for the ruling Socialists"
        "qa/verify.py",
        "        or contests.figure_set_against_the_side(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "figure-set-against-from-the-span-end",  # "«79 seats against 77»" read from past the span
        "qa/contests.py",
        "        text, start + first.end() if first else end\n",
        "        text, end\n",
        VERIFY,
    ),
    Mutant(
        "latest-for-earlier-unread",  # "Gaming revenue was $2.9 billion" for a year earlier
        "qa/verify.py",
        "        or figures.latest_for_earlier(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "latest-for-earlier-time-said-unread",  # "from $1.4 billion a year earlier" gives its time
        "qa/figures.py",
        "    if _ANOTHER_TIME.search(_sentence_between_stops(text, start, end)):",
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "numbered-kind-spellings-apart",  # "ten-year" taken for another than "10-year"
        "qa/figures.py",
        "        (_number_key(m.group(1)), stem(m.group(2)), stem(m.group(3)), m.group())",
        "        (m.group(1).lower(), stem(m.group(2)), stem(m.group(3)), m.group())",
        VERIFY,
    ),
    Mutant(
        "numbered-kind-asked-one-said-too",  # the asked kind said beside another
        "qa/figures.py",
        "        if others and kind not in {s[:3] for s in said}:",
        "        if others:",
        VERIFY,
    ),
    Mutant(
        "numbered-kind-unread",  # "five-year fix" for the two-year one
        "qa/verify.py",
        "        or figures.other_numbered_kind(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "currency-other-names-apart",  # "the greenback" taken for another currency than the dollar
        "qa/figures.py",
        "    return _CURRENCIES.get(name.lower(), name.lower())",
        "    return name.lower()",
        VERIFY,
    ),
    Mutant(
        "currency-unread",  # a move against the dollar for one against the euro
        "qa/verify.py",
        "        or figures.against_another_currency(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "count-for-identifier-unread",  # "65 of its planes" for the flight number
        "qa/verify.py",
        "        or figures.count_for_identifier(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "subject-restated-unread",  # "Kelvin Kiptum broke the … record" for whose record
        "qa/verify.py",
        "        or roles.subject_restated(question, answer.text)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "subject-restated-any-word-after",  # "Howard Lutnick and …" taken for a clause
        "qa/roles.py",
        '    return subject.group(1) if said and said.group(1) not in STOPWORDS | _NAME_PARTICLES else ""',
        '    return subject.group(1) if said else ""',
        VERIFY,
    ),
    Mutant(
        "subject-restated-whose-name-alone-unread",  # "Kelvin Kiptum" for whose record he broke
        "qa/roles.py",
        '    if lead == "whose" and re.fullmatch',
        "    if False and re.fullmatch",
        VERIFY,
    ),
    Mutant(
        "piece-of-a-time-unread",  # "2 hours" of "2 hours, 0 minutes and 35 seconds"
        "qa/verify.py",
        "        or figures.piece_of_a_time(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "two-figures-range-asked-too",  # "$10 to $12" for a range asked
        "qa/figures.py",
        "(?!.*\\b(?:from|between|range\\w*)\\b)",
        "",
        VERIFY,
    ),
    Mutant(
        "two-figures-unread",  # "409% to $18.4 billion" for by how much
        "qa/verify.py",
        "        or figures.two_figures_for_one(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "bare-share-turnout-unread",  # "12 in the 2022 election" for the turnout
        "qa/figures.py",
        "    if not (_SHARE_ASKED.search(question) or _TURNOUT_ASKED.match(question)):",
        "    if not _SHARE_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "bare-share-decimal-tail-unread",  # "91.04 percent": the share after a decimal point
        "qa/figures.py",
        'r"(?:[^.;!?]|\\.\\d){0,40}?(?:%',
        'r"[^.;!?]{0,40}?(?:%',
        VERIFY,
    ),
    Mutant(
        "term-in-prison-for-an-age",  # "«two» years in prison" for how old she is
        "qa/figures.py",
        '|\\s+years?\\s+(?:in\\s+(?:prison|jail)|behind\\s+bars)\\b",',
        '",',
        VERIFY,
    ),
    Mutant(
        "moment-bare-noun-unread",  # "destroyed before landfall" for how many after it
        "qa/times.py",
        '    + rf"(?!(?:{_NO_EVENT})\\b)([a-z][\\w-]*(?<!ing)(?<!ed))\\b(?!\\s+(?:of|the|\\d|{_SMALL_NUMBER})\\b))"\n',
        '    + r"(?!)([a-z]+))"\n',
        VERIFY,
    ),
    Mutant(
        "moment-bare-noun-any-word",  # "since season seven", "after coming into power" read as events
        "qa/times.py",
        '(?<!ing)(?<!ed))\\b(?!\\s+(?:of|the|\\d|{_SMALL_NUMBER})\\b))"',
        ')\\b)"',
        VERIFY,
    ),
    Mutant(
        "sold-for-bought-unread",  # "sold for «about $884 million»" for what it cost
        "qa/verify.py",
        "        or figures.sold_for_bought(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "sold-for-bought-both-asked",  # a question of both a sale and a purchase
        "qa/figures.py",
        "    if bool(paid) == bool(sold):",
        "    if not paid and not sold:",
        VERIFY,
    ),
    Mutant(
        "weight-for-a-length-unread",  # "«4.3 metres» tall" for how much it weighs
        "qa/figures.py",
        "    if weight and length:  # ",
        "    if False:  # ",
        VERIFY,
    ),
    Mutant(
        "paid-to-another-unread",  # "NASA paid Intuitive Machines «$118 million»" for what it paid Astrobotic
        "qa/verify.py",
        "        or figures.paid_to_another(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "paid-to-another-the-payee-too",  # the payee asked named before the sum
        "qa/figures.py",
        "    if not paid or payee in paid.group(1).split():",
        "    if not paid:",
        VERIFY,
    ),
    Mutant(
        "step-of-a-case-unread",  # "was sentenced on «Thursday»" for when he was convicted
        "qa/verify.py",
        "        or times.other_step_of_a_case(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "step-of-a-case-asked-step-said-too",  # the step asked said beside another
        "qa/times.py",
        "    if not said or asked <= said:",
        "    if not said:",
        VERIFY,
    ),
    Mutant(
        "step-of-a-case-any-form",  # "convictions" read as a step done
        "qa/times.py",
        ' if m.group().endswith("ed")} if when else set()',
        "} if when else set()",
        VERIFY,
    ),
    Mutant(
        "description-before-the-name-unread",  # "the «Houston company» Intuitive Machines" for who founded it
        "qa/verify.py",
        "        or roles.description_before_the_name(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "description-before-the-name-one-word",  # an owner's "«Stravinsky's» Pulcinella" read as a description
        "qa/roles.py",
        "    described = len(said) > 1 and said[-1].isalpha()",
        "    described = len(said) > 0 and said[-1].isalpha()",
        VERIFY,
    ),
    Mutant(
        "rise-words-of-markets-no-opposites",  # "Splunk's shares jumped «21%»" for how much they fell
        "qa/events.py",
        '        "rise rises rose risen rising jump jumped jumps surge surged soar soared climb climbed",\n',
        '        "rise rises rose risen rising",\n',
        VERIFY,
    ),
    Mutant(
        "opposite-said-in-another-clause-counted",  # "…, while Cisco's fell 4%" read as Splunk's fall
        "qa/events.py",
        "    said = {stem(w) for w in words(sentence[opened:closed])}",
        "    said = {stem(w) for w in words(sentence)}",
        VERIFY,
    ),
    Mutant(
        "total-asked-as-a-firm-paid-for-unread",  # "How much will Cisco pay for Splunk?" answered "$157 a share"
        "qa/figures.py",
        '    r"|(?i:\\bhow\\s+much\\b).*\\b(?i:pay|paying|paid|spend'
        '|spent|spending|offer|offered|offering)\\s+for\\s+[A-Z]",\n',
        "",
        VERIFY,
    ),
    Mutant(
        "share-price-asked-with-the-firms-name-unread",  # "per Sourcefire share" asks one share's price
        "qa/figures.py",
        '    r"\\bper\\s+(?:[A-Z][\\w&.-]*\\s+)?share\\b",',
        '    r"\\bper\\s+share\\b",',
        VERIFY,
    ),
    Mutant(
        "cash-no-measure",  # annual recurring revenue for how much cash
        "qa/figures.py",
        '    "cash",\n',
        "",
        VERIFY,
    ),
    Mutant(
        "places-together-unread",  # "in the United States, India and Europe … «1,400»" for India's
        "qa/verify.py",
        "        or figures.count_for_places_together(question, article.text, c.start, c.end)\n",
        "",
        VERIFY,
    ),
    Mutant(
        "places-together-asked-place-not-listed",  # a list of other places for the one asked
        "qa/figures.py",
        '    if not listed or not re.search(rf"\\b{re.escape(asked[0])}\\b", listed.group(1)):',
        "    if not listed:",
        VERIFY,
    ),
    Mutant(
        "two-figures-across-a-contrast-unread",  # "21% …, while Cisco's fell 4%" for how much Splunk's fell
        "qa/figures.py",
        "(?:\\bto\\s+|,\\s+(?:while|whereas|but)\\s+[^;]*?)",
        "\\bto\\s+",
        VERIFY,
    ),
    Mutant(
        "hour-asked-unread",  # "Tuesday" for at what hour the warnings were lifted
        "qa/answer_types.py",
        'r"(?:at\\s+)?what (?:time|hour) (?:did',
        'r"(?:at\\s+)?what time (?:did',
        VERIFY,
    ),
    Mutant(
        "forecasters-foresee",  # "Forecasters had issued warnings «72 hours»" vetoed as foreseen
        "qa/figures.py",
        'r"\\b(?:outlook|forecast(?:s|ed|ing)?|guidance',
        'r"\\b(?:outlook|forecast\\w*|guidance',
        VERIFY,
    ),
    Mutant(
        "area-for-height-unread",  # "About «100 hectares»" for how high the tsunami was
        "qa/figures.py",
        '    return f"{kind}, not an area" if _AREA.match(text, start + number.end()) else ""',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "share-of-the-dead-in-a-place-unread",  # "Of the dead, «39» were in Wajima" for how many died in Nanao
        "qa/figures.py",
        "were\\s+killed|was\\s+killed|perished|were))?",
        "were\\s+killed|was\\s+killed|perished))?",
        VERIFY,
    ),
    Mutant(
        "kind-beside-a-name-unread",  # "«Derna», a city" for the name of the river valley
        "qa/events.py",
        "    given = kinds[-1] if kinds else None\n",
        "    given = None\n",
        VERIFY,
    ),
    Mutant(
        "kind-of-place-by-its-own-words",  # "Oro Valley" for which town: a kind of place told only beside the name
        "qa/events.py",
        "    if given is None and kind in _THING_KINDS and len(answer_words) >= 2:",
        "    if given is None and len(answer_words) >= 2:",
        VERIFY,
    ),
    Mutant(
        "aftershock-asked-of-its-sentence-unread",  # "The strongest aftershock, of magnitude «6.1»" vetoed
        "qa/figures.py",
        "    if _SHOCK_ASKED.search(sentence) or not _QUAKE.search(sentence):",
        "    if not _QUAKE.search(sentence):",
        VERIFY,
    ),
    Mutant(
        "title-after-as-unread",  # "its chief executive, «Pat Gelsinger»" vetoed for who retired as chief executive
        "qa/lexical.py",
        "        if as_ is None:",
        "        if True:",
        VERIFY,
    ),
    Mutant(
        "deed-after-the-whole-any-word",  # "11 of the «21» national airline companies" read as a deed
        "qa/figures.py",
        '        said = {stem(w) for w in after if w.islower() and w.endswith("ed")}',
        "        said = {stem(w) for w in after if w.islower()}",
        VERIFY,
    ),
    Mutant(
        "cut-for-total-when-a-cut-asked",  # "cut about «15,000» jobs" vetoed for how many jobs were cut
        "qa/figures.py",
        "    if not _STAFF_ASKED.search(question) or _CUT_ASKED.search(question) or not _last_count(text, start, end):",
        "    if not _STAFF_ASKED.search(question) or not _last_count(text, start, end):",
        VERIFY,
    ),
    Mutant(
        "year-of-a-past-deed-for-to-come",  # "returned as chief executive in «2021»" for when Intel will name one
        "qa/times.py",
        "        or (_YEAR_SPAN.fullmatch(sentence[start:end])"
        " and _DONE_BY_YEAR.search(sentence, max(0, start - 80), start))\n",
        "",
        VERIFY,
    ),
    Mutant(
        "another-name-by-the-questions-words",  # "Nintendo Power", which the question names, read as another name
        "qa/roles.py",
        "    if {stem(w) for w in words(question)} & {stem(w) for w in words(other)}:\n        return False\n",
        "",
        VERIFY,
    ),
    Mutant(
        "doer-with-an-age-unread",  # "Gelsinger, 63, joined Intel in «1979»" for when Holthaus joined
        "qa/roles.py",
        "(?:\\s+[A-Z][\\w'’.-]*)*))(?:,\\s+\\d{1,3},)?\\s\"",
        "(?:\\s+[A-Z][\\w'’.-]*)*))\\s\"",
        VERIFY,
    ),
    Mutant(
        "leader-of-the-same-body",  # "Bill Nelson, who heads NASA" vetoed for who heads NASA
        "qa/offices.py",
        "    if {stem(w) for w in words(owner)} & {stem(w) for w in words(other)} or same_place(owner, other):\n"
        '        return ""\n    return f"whoever',
        '    return f"whoever',
        VERIFY,
    ),
    Mutant(
        "tally-of-another-kind-unread",  # "«524 deaths»" for how many cases
        "qa/figures.py",
        "    if stem(thing.group(1)) not in named_after and not _other_tally(noun, thing.group(1)):",
        "    if stem(thing.group(1)) not in named_after:",
        VERIFY,
    ),
    Mutant(
        "the-last-year-of-read-as-last-year",  # "the last year of the quota" read as last year
        "qa/figures.py",
        '_RELATIVE_YEAR = re.compile(r"(?<!the\\s)\\b(this|last|next)\\s+year\\b", re.I)',
        '_RELATIVE_YEAR = re.compile(r"\\b(this|last|next)\\s+year\\b", re.I)',
        VERIFY,
    ),
    Mutant(
        "this-year-for-last-unread",  # "«524» deaths … so far this year" for last year's deaths
        "qa/figures.py",
        '        return "" if relative in told else',
        '        return "" if True else',
        VERIFY,
    ),
    Mutant(
        "given-by-another-unread",  # "the European Union said it would donate about «175,000»" for Japan's doses
        "qa/figures.py",
        "employs|employed|fields|fielded|donate[sd]?|give|gives|",
        "employs|employed|fields|fielded|give|gives|",
        VERIFY,
    ),
    Mutant(
        "one-before-asked-last-time",  # "since George III in «1781»" vetoed for the last time a sovereign attended
        "qa/times.py",
        ' or re.search(r"\\blast\\b", question, re.I):\n        return ""  # "When was the last time',
        ':\n        return ""  # "When was the last time',
        VERIFY,
    ),
    Mutant(
        "one-before-named-in-the-question",  # "since Marco Pantani in «1998»" vetoed for when Pantani won
        "qa/times.py",
        '    if any(re.search(rf"\\b{re.escape(w)}\\b", question) for w in other):\n        return ""\n',
        "",
        VERIFY,
    ),
    Mutant(
        "paid-to-several-unread",  # "«$26.3 billion» in 2021 to Apple, Samsung and others" for what Samsung got
        "qa/figures.py",
        '    if several and re.search(rf"\\b{re.escape(payee)}\\b", several.group(1)):',
        "    if several and False:",
        VERIFY,
    ),
    Mutant(
        "end-of-a-persons-name",  # "Leonardo «da Vinci»" vetoed for who painted the Mona Lisa
        "qa/roles.py",
        ' or question_type(question) is AnswerType.PERSON:\n        return ""\n    return f"a whole name',
        ':\n        return ""\n    return f"a whole name',
        VERIFY,
    ),
    Mutant(
        "harm-done-for-a-cause",  # "destroyed its roof and spire" for what caused the fire
        "qa/answer_types.py",
        '    r"|^\\W*(?:destroyed|damaged|killed',
        '    r"|^\\W*(?:xdestroyed|xdamaged|xkilled',
        VERIFY,
    ),
    Mutant(
        "name-cut-short-of-a-person",  # "Anna" read as short for "Annabel Lee"
        "qa/rewording.py",
        "    if not 2 <= len(ws) <= 3 or not _BODY.search(name):",
        "    if not 2 <= len(ws) <= 3:",
        VERIFY,
    ),
    Mutant(
        "name-cut-short-unread",  # "the Fed" not read as the Federal Reserve
        "qa/rewording.py",
        "    short = {w for w in bare[1:] if w.istitle() and 3 <= len(w) <= 4}",
        "    short: set[str] = set()",
        VERIFY,
    ),
    Mutant(
        "capitals-of-words-written-small",  # "on board" read as the Transportation Safety Board
        "qa/language.py",
        "    alone, runs = _names(texts, never_small=question[:1].isupper())",
        "    alone, runs = _names(texts)",
        ("tests/qa/test_language.py",),
    ),
    Mutant(
        "level-asked-of-an-index-unread",  # "0.3%" for the S&P 500's record high
        "qa/figures.py",
        '(?:[\\w\'’.&-]+\\s+){0,4}?"  # "the S&P 500\'s record"',
        '(?:[\\w\'’-]+\\s+){0,4}?"  # "the S&P 500\'s record"',
        VERIFY,
    ),
    Mutant(
        "change-lower-within-unread",  # "«0.3% lower»" for the S&P 500's record high
        "qa/figures.py",
        '(?:off|faster|slower|quicker|lower|higher)\\b", re.I)',
        '(?:off|faster|slower|quicker)\\b", re.I)',
        VERIFY,
    ),
    Mutant(
        "level-reached-for-before-unread",  # "lowering … to a range of «4.75% to 5.00%»" for the rate before
        "qa/figures.py",
        '    return "the level before the change, not after it" if reached else ""',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "year-asked-by-number-for-this-year",  # "at the end of this year to «4.4%»" for 2025's rate
        "qa/figures.py",
        "    year = None if asked else _YEAR_ASKED.search(question)",
        "    year = None",
        VERIFY,
    ),
    Mutant(
        "one-before-in-the-span-unread",  # "Sunday, becoming the first rider since Marco Pantani in «1998»"
        "qa/times.py",
        "    at = start + year.start() if year else start",
        "    at = start",
        VERIFY,
    ),
    Mutant(
        "stopgap-for-permanent-unread",  # "Mira Murati … will serve as interim chief executive" for the permanent one
        "qa/offices.py",
        '    return "a permanent one, not a stopgap" if _STOPGAP.search(near) else ""',
        '    return ""',
        VERIFY,
    ),
    Mutant(
        "stopgap-asked",  # "Who will serve as interim chief until a permanent one is found?" vetoed
        "qa/offices.py",
        "    if not _PERMANENT_ASKED.search(question)"
        ' or re.search(r"\\b(?:interim|acting|caretaker)\\b", question, re.I):',
        "    if not _PERMANENT_ASKED.search(question):",
        VERIFY,
    ),
    Mutant(
        "stopgap-any-acting",  # "all generals acting under his command" read as a stopgap
        "qa/offices.py",
        '    r"\\b(?:interim|acting|caretaker|temporary|stand-in)\\s+(?:[a-z-]+\\s+){0,2}?(?:chief|',
        '    r"\\b(?:interim|acting|caretaker|temporary|stand-in)\\s*(?:[a-z-]+\\s+){0,2}?(?:|chief|',
        VERIFY,
    ),
    Mutant(
        "record-said-elsewhere-unread",  # "It was the strongest in a century" in another sentence, vetoed
        "qa/figures.py",
        "    if not asked or _SUPERLATIVE_SAID.search(text[:start] + text[end:]):",
        "    if not asked:",
        VERIFY,
    ),
    Mutant(
        "record-asked-of-the-best",  # "the best magnitude estimate ever given" read as a record
        "qa/figures.py",
        "(?:(?!best\\b|earliest\\b|latest\\b)[a-z]+est|",
        "(?:[a-z]+est|",
        VERIFY,
    ),
    Mutant(
        "later-one-for-first-unread",  # "in the Super Bowl on «Sunday»" for when the Eagles won their first
        "qa/times.py",
        "    if not later or first <= later.end(1) <= last:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "later-one-in-the-answers-sentence",  # "It was their second title, after a win in «2018»" vetoed
        "qa/times.py",
        "    if not later or first <= later.end(1) <= last:",
        "    if not later:",
        VERIFY,
    ),
    Mutant(
        "later-one-any-first",  # "the first three-peat" read as the first Super Bowl
        "qa/times.py",
        "(?:[\\w'’-]+\\s+){{0,2}}?{re.escape(asked.group(1))}\\b\", text[first:last]",
        '?", text[first:last]',
        VERIFY,
    ),
    Mutant(
        "later-one-told-as-another",  # "A second convention was held in 1884" read as the report's own
        "qa/times.py",
        "(?:It|This|That)\\s+(?:was|is|marked|marks)\\b[^.\\n]*?\\b({_LATER_ORDINAL})",
        "(?:It|This|That)?.*?\\b({_LATER_ORDINAL})",
        VERIFY,
    ),
    Mutant(
        "two-counts-with-places-unread",  # "three in Saxony and one" for how many plants are in Hesse
        "qa/figures.py",
        "(?:\\d[\\d,.]*|{_CARDINAL.pattern})(?:\\s+[\\w'’-]+){{0,2}}?(?<!hundred)",
        "\\d[\\d,.]*(?:\\s+[a-z]+)?(?<!hundred)",
        VERIFY,
    ),
    Mutant(
        "two-counts-spelt-number",  # "four hundred and sixteen" read as two counts
        "qa/figures.py",
        "{{0,2}}?(?<!hundred)(?<!thousand)\\s+and\\s+",
        "{{0,2}}?\\s+and\\s+",
        VERIFY,
    ),
    Mutant(
        "share-of-them-after-unread",  # "about 120,000 people …, around half of them in Wolfsburg" for Wolfsburg's
        "qa/figures.py",
        "(?:half|a\\s+third|a\\s+quarter|",
        "(?:xhalf|a\\s+third|a\\s+quarter|",
        VERIFY,
    ),
    Mutant(
        "size-for-distance-gone-unread",  # "the «71-metre» booster" for how high it flew
        "qa/figures.py",
        "    if not asked or not size or size.start() >= end:",
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "figure-of-another-place-unread",  # "more than 15 feet onto the coast at Keaton Beach" for Perry's surge
        "qa/figures.py",
        '    if not re.search(rf"\\b(?:near|in|at|off|outside|over)\\s+(?:the\\s+)?{re.escape(place)}\\b", elsewhere):',
        "    if True:",
        VERIFY,
    ),
    Mutant(
        "figure-of-a-place-inside",  # Keaton Beach's surge vetoed for Florida's, a known place that may hold it
        "qa/figures.py",
        " or _may_hold(place, other):",
        ":",
        VERIFY,
    ),
    Mutant(
        "nth-time-for-first-unread",  # "won the Tour de France for the third time on «Sunday»" for his first win
        "qa/times.py",
        "    times_ = _FOR_THE_NTH_TIME.search(text, first, last)",
        "    times_ = None",
        VERIFY,
    ),
    Mutant(
        "nth-time-of-another-thing",  # the Tour's third win read against his first stage
        "qa/times.py",
        '    if times_ and set(Terms.of(question).all) - {"first"} <= stems(text[first:last]):',
        "    if times_:",
        VERIFY,
    ),
    Mutant(
        "place-that-holds-the-other",  # "at Keaton Beach, Perry" vetoed for Perry's surge
        "qa/figures.py",
        '    if re.match(rf",\\s+{re.escape(place)}\\b", text[said.end() :]):',
        "    if False:",
        VERIFY,
    ),
    Mutant(
        "int8-support-batched",  # an int8 support score moves with the pairs read beside it
        "qa/support.py",
        "[[pair] for pair in pairs] if self.runtime.dynamic_int8 else [list(pairs)]",
        "[list(pairs)]",
        ("tests/qa/test_support.py",),
    ),
    Mutant(
        "support-runtime-unrecorded",  # a verifier fitted on float support scores would load without a warning
        "qa/verify.py",
        '"support_runtime": support.runtime.value,',
        "",
        ("tests/qa/test_support.py",),
    ),
    Mutant(
        "list-item-after-comma",  # "technology" of "agriculture, technology and minerals" for which minerals
        "qa/lists.py",
        "in listed.group(0) + text[start:end] and not item_after_comma:",
        "in listed.group(0) + text[start:end]:",
        ("tests/qa/test_lists.py",),
    ),
    Mutant(
        "list-item-after-comma-any-length",  # a clause after a comma taken for an item
        "qa/lists.py",
        'endswith(",") and len(text[start:end].split()) <= 3',
        'endswith(",")',
        ("tests/qa/test_lists.py",),
    ),
]


def run(mutant: Mutant) -> bool:
    """True when the tests catch the mutant."""
    path = REPO / mutant.path
    source = path.read_text(encoding="utf-8")
    if source.count(mutant.old) != 1:
        raise SystemExit(f"{mutant.name}: the text to mutate is not found exactly once in {mutant.path}")
    missing = [t for t in mutant.tests if not (REPO / t).exists()]
    if missing:  # pytest would fail on the missing file and the mutant would look caught
        raise SystemExit(f"{mutant.name}: no test file {', '.join(missing)}")
    previous = signal.signal(signal.SIGTERM, _stop)  # `kill` too must leave the source as it was
    try:
        path.write_text(source.replace(mutant.old, mutant.new), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *mutant.tests],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        return result.returncode != 0
    finally:
        path.write_text(source, encoding="utf-8")
        signal.signal(signal.SIGTERM, previous)


def _stop(signum: int, frame: object) -> None:
    """Stop as Ctrl-C does, through the ``finally`` that restores the file (``subprocess.run`` kills the tests)."""
    raise SystemExit(128 + signum)


def main(names: list[str]) -> None:
    chosen = [m for m in MUTANTS if not names or m.name in names]
    stale = [m.name for m in chosen if (REPO / m.path).read_text(encoding="utf-8").count(m.old) != 1]
    if stale:  # say so before the first mutant runs, not minutes later
        raise SystemExit(f"the text to mutate is not found exactly once for: {', '.join(stale)}")
    killed = 0
    for m in chosen:
        started = time.perf_counter()
        caught = run(m)
        killed += caught
        print(
            f"{'killed  ' if caught else 'SURVIVED'} {m.name:32} {m.path:22} {time.perf_counter() - started:5.1f} s",
            flush=True,
        )
    print(f"{killed} of {len(chosen)} mutants killed ({100 * killed / len(chosen):.0f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
