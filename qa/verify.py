"""Verification: does the cited evidence answer *this* question? One calibrated probability per answer.

The reader's own confidence rises whenever a span looks like an answer; it
cannot tell "the venue of the dialogue" from "its outcome". The verifier looks
at each citation of the top few candidates with cheap, measured checks:

- the reader's signals: span score over the no-answer score, log-probability, margin over the other candidates;
- coverage: the question's terms found in the cited sentence, its neighbours and the passage, and its key terms
  (names and numbers) that are missing there, and those the evidence replaces with another name beside the same
  word (the question's "India's army chief", the sentence's "Pakistan's army chief");
- echo: an answer made of the question's own words ("an American company");
- apposition: an answer that is another name for what the question already names ("Who hosted Pakistan's army
  chief?" answered with the chief, from "... hosted Pakistan's army chief, Field Marshal Asim Munir") is vetoed;
- answer type: "when" wants a date, "how many" a number (``qa.answer_types``);
- support: a small cross-encoder (``qa.support``) reads the question with the cited sentence, the answer marked,
  the question put in the sentence's words (an acronym spelt out, "the city" or "he" for the name the report gave,
  "the complex" for the question's "the industrial complex"), a social-media handle as the name it spells;
- not evidence: datelines, photo credits, headlines and social-media handles never support an answer;
- clearly not an answer, vetoed: another person's office, owner, department or posting than asked ("Pakistan's
  ambassador to the US" for "the US ambassador to Pakistan", its finance chief for its commerce minister), two
  people for one office, the question's own subject, someone else's words for "What did X say?", a span that runs
  into the next sentence.

A logistic model over these features, fitted on held-out SQuAD data with the
served reader (``training/fit_verifier.py``), turns them into the probability
that the answer is correct. It is shipped as ``verifier-<runtime>.json`` beside the
reader, with the reader configuration it was fitted on. With ``Settings.calibration`` "news", the confidence
shown is that probability mapped onto the project's news questions (``qa.calibration.Recalibration``).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache, partial
from pathlib import Path

from index.documents import Article, Chunk
from index.metadata import dateline_end, is_heading, is_metadata_line
from qa import contests, events, figures, lexical, lists, offices, places, rewording, roles, speech, times
from qa.answer_types import AnswerType, clear_mismatch, question_type, span_matches
from qa.answers import Answer, Citation, Passage
from qa.calibration import VERIFIER_STEM, Recalibration, read_fit, sigmoid, write_fit
from qa.conflicts import could_differ
from qa.dates import absolute_date
from qa.support import SupportModel, marked_evidence

log = logging.getLogger(__name__)

STEM = VERIFIER_STEM
FEATURES = (
    "score_diff",
    "logprob",
    "margin",
    "sentence_coverage",
    "window_coverage",
    "passage_coverage",
    "key_missing_window",
    "key_missing_passage",
    "key_swapped",
    "echo",
    "type_match",
    "type_mismatch",
    "support",
)
CANDIDATES = 3  # answers verified per question: the reader's best guesses
# More than half of the question's key terms missing from the cited sentence and its neighbours vetoes the
# citation. Measured on the verifier's fit rows: it vetoes 5.4% of right candidates and 16% of wrong ones, which
# at the fitted threshold costs about 2 HasAns F1 for 1 point more NoAns (SQuAD 2.0 F1 -0.5 to -0.8). Kept: a
# confident answer about someone else is the failure users cannot see; an abstention they can.
KEY_MISSING_LIMIT = 0.5
SUPPORT_PAIRS = 3  # the most citations the support model reads per question: the first of each candidate


@dataclass(frozen=True)
class Check:
    """What the verifier found for one citation of one candidate answer."""

    features: dict[str, float]
    missing_terms: tuple[str, ...]  # question terms absent from the cited sentence and its neighbours, for reasons
    covered_terms: tuple[str, ...]
    missing_key_terms: tuple[str, ...]  # the question's names and numbers absent there
    asked_type: AnswerType | None
    type_ok: bool | None
    not_evidence: str  # "" or what the cited text is instead: a dateline, a headline, a photo caption, a handle
    wrong_kind: str = ""  # "" or what the question asks for when the answer is clearly not that ("a time of day")
    swapped: tuple[tuple[str, str], ...] = ()  # (the question's key term, the other name the evidence has there)
    apposed: str = ""  # the question's own words that the answer is another name for ("army chief"), or ""
    # (the person asked for, the answer as the article titles it) when it is not that person: another office, posting,
    # owner, rank, time or country ("ambassador", "Secretary of State Marco Rubio")
    wrong_person: tuple[str, ...] = ()
    owner_swapped: tuple[str, ...] = ()  # ("India's" owner asked, "Pakistan’s" given): evidence about someone else's
    other_speaker: tuple[str, ...] = ()  # ("Jamieson Greer" asked about, "Aurangzeb" says it): someone else's words
    across_sentences: bool = False  # the span runs from one sentence into the next: not one answer
    # the share of the question's names and numbers absent there, a people found where its country is named (unlike
    # the fitted feature ``key_missing_window``: "Pakistani" is found in "Pakistan’s Ambassador")
    key_absent: float = 0.0

    @property
    def lacks_key_terms(self) -> bool:
        """Most of the question's names and numbers are absent around the cited sentence: it answers another
        question ("India's army chief" answered from a sentence about Pakistan's)."""
        return self.key_absent > KEY_MISSING_LIMIT

    @property
    def vetoed(self) -> bool:
        """Clearly not an answer to this question, whatever the fitted model says: its probability is 0."""
        return bool(
            self.not_evidence
            or self.wrong_kind
            or self.lacks_key_terms
            or self.apposed
            or self.wrong_person
            or self.owner_swapped
            or self.other_speaker
            or self.across_sentences
        )


@dataclass(frozen=True)
class VerifierModel:
    """Logistic weights over ``FEATURES``; the threshold is where answering beats abstaining on held-out data."""

    weights: tuple[float, ...] = ()
    intercept: float = 0.0
    threshold: float = 0.5
    fitted_on: dict = field(default_factory=dict)  # the reader configuration the weights belong to

    @property
    def fitted(self) -> bool:
        return len(self.weights) == len(FEATURES)

    def probability(self, features: Mapping[str, float]) -> float:
        if not self.fitted:  # no fitted model: fall back on the reader's confidence
            return features["reader_confidence"]
        return sigmoid(self.intercept + sum(w * features[name] for w, name in zip(self.weights, FEATURES)))

    @classmethod
    def load(cls, model_dir: str | Path, runtime: str) -> "VerifierModel":
        path, data = read_fit(model_dir, STEM, runtime)
        if not data:
            return cls()
        if tuple(data.get("features", ())) != FEATURES:
            log.warning("%s was fitted on other features; using the reader's confidence instead", path)
            return cls()
        return cls(tuple(data["weights"]), data["intercept"], data["threshold"], data.get("fitted_on", {}))

    def save(self, model_dir: str | Path, **report) -> None:
        """Beside the reader, named for the runtime it was fitted on."""
        data = {"features": list(FEATURES), **asdict(self), **report}
        write_fit(model_dir, STEM, self.fitted_on.get("runtime", "unknown"), data)


def served_configuration(reader, support: SupportModel | None) -> dict:
    """What a fitted verifier depends on: the reader as it runs, and which support model reads with it."""
    if support is None:
        return {**reader.configuration(), "support": None}
    return {
        **reader.configuration(),
        "support": Path(support.model_name).name,
        "support_runtime": support.runtime.value,
    }


@dataclass(frozen=True)
class Verdict:
    """A verified answer: its probability of being right, the citations that support it, and why not, if not."""

    answer: Answer
    probability: float
    check: Check
    reason: str


class Verifier:
    def __init__(
        self,
        model: VerifierModel | None = None,
        support: SupportModel | None = None,
        candidates: int = CANDIDATES,
        shown: Recalibration | None = None,
    ):
        self.model = model or VerifierModel()
        self.support = support
        self.candidates = candidates
        self.shown = shown or Recalibration()  # the model's probability as shown: mapped onto news questions

    @property
    def threshold(self) -> float:
        """The fitted threshold on the scale shown: where answering beats abstaining."""
        return self.shown(self.model.threshold)

    def verify(
        self,
        question: str,
        answers: Sequence[Answer],
        passages: Sequence[Passage],
        articles: Mapping[str, Article],
        threshold: float,
    ) -> list[Verdict]:
        """The top candidates with verified confidence, those that pass first (in the reader's order); citations
        that don't support are dropped.

        The support model, the costly part, reads the reader's first candidate that is not vetoed alone. When it
        passes, it is the answer, and of the candidates after it only those that could be another report
        (``qa.conflicts.could_differ``) are read and returned; the rest could change nothing shown. Otherwise all
        the rest are read, in one batch, as always with ``threshold`` 1 (``training.fit_verifier``)."""
        answers = _reports_first(answers, articles)[: self.candidates]
        terms = lexical.Terms.of(question)
        asked = question_type(question)
        chunks = {p.chunk.id: p.chunk for p in passages}
        retrieved = tuple(dict.fromkeys(articles[p.chunk.article_id].text for p in passages))

        @cache
        def checks(i: int) -> tuple[Check, ...]:
            """The checks of candidate ``i``'s citations, made when first needed."""
            answer = answers[i]
            best_other = max((a.reader_confidence for j, a in enumerate(answers) if j != i), default=0.0)
            return tuple(
                citation_check(
                    question, terms, asked, answer, c, chunks[c.chunk_id], articles[c.article_id], best_other, retrieved
                )
                for c in answer.citations
            )

        order = self._read_order(answers)
        first = next((i for i in range(len(answers)) if _reads(i, checks(i), order)), len(answers) - 1)
        verdicts = self._verdicts(question, answers, articles, checks, order, range(first + 1), threshold)
        shown = verdicts[-1] if verdicts and verdicts[-1].probability >= threshold else None
        later = [i for i in range(first + 1, len(answers)) if shown is None or could_differ(shown.answer, answers[i])]
        verdicts += self._verdicts(question, answers, articles, checks, order, later, threshold)
        # Candidates that pass come first, in the reader's order; then the rest, unsupported ones last. On 2,500
        # questions of the SQuAD v2.0 fit half: F1 64.2, against 63.8 when sorted by verified probability alone.
        # Of the unsupported, one from a dateline or heading goes last: the reason shown is then the check that
        # failed on the reports' own words ("When did Rubio visit Islamabad?": the visit placed in Washington, not
        # "August 4, 2025" from the dateline).
        verdicts.sort(
            key=lambda v: (
                v.probability < threshold,
                v.probability <= 0.0,
                bool(v.check.not_evidence),  # vetoed, so at probability 0
                -v.answer.reader_confidence,
            )
        )
        return _best_report_first(verdicts, threshold)

    def _verdicts(
        self,
        question: str,
        answers: Sequence[Answer],
        articles: Mapping[str, Article],
        checks: Callable[[int], tuple[Check, ...]],
        order: Sequence[tuple[int, int]],
        which: Sequence[int],
        threshold: float,
    ) -> list[Verdict]:
        """The verdicts of candidates ``which``, their support read in one batch."""
        support = self._support(question, answers, articles, [ik for i in which for ik in _reads(i, checks(i), order)])
        verdicts = []
        for i in which:
            answer = answers[i]
            scored = []
            for k, (c, check) in enumerate(zip(answer.citations, checks(i))):
                if not check.vetoed:  # a vetoed citation has probability 0 whatever it reads
                    # A citation the support model did not read gets its candidate's first reading.
                    logit = support.get((i, k), support.get((i, 0), 0.0))
                    check = replace(check, features={**check.features, "support": logit})
                p = 0.0 if check.vetoed else self.shown(self.model.probability(check.features))
                scored.append((p, c, check))
            scored.sort(key=lambda t: -t[0])
            best_p, _, best_check = scored[0]
            supported = tuple(replace(c, confidence=round(p, 4)) for p, c, _ in scored if p >= threshold)
            # Abstaining keeps the best guess's citations to show, metadata lines last resort only.
            citations = (
                supported or tuple(c for _, c, ch in scored if not ch.not_evidence) or tuple(c for _, c, _ in scored)
            )
            when = absolute_date(answer.text, citations[0].published)
            verified = replace(answer, confidence=best_p, citations=citations, absolute_date=when)
            verdicts.append(Verdict(verified, best_p, best_check, explain(answer.text, best_check, best_p, threshold)))
        return verdicts

    def _read_order(self, answers: Sequence[Answer]) -> list[tuple[int, int]]:
        """The (candidate, citation) pairs the support model may read: the first SUPPORT_PAIRS citations, the
        first ones of each candidate first; none without a support model."""
        if self.support is None:
            return []
        pairs = ((i, k) for i, a in enumerate(answers) for k in range(len(a.citations)))
        return sorted(pairs, key=lambda ik: (ik[1], ik[0]))[:SUPPORT_PAIRS]

    def _support(
        self, question: str, answers: Sequence[Answer], articles: Mapping[str, Article], read: Sequence[tuple[int, int]]
    ) -> dict[tuple[int, int], float]:
        """Support logits of the (candidate, citation) pairs ``read``, in one batch."""
        if self.support is None or not read:
            return {}
        pairs = []
        for i, k in read:
            c = answers[i].citations[k]
            text = articles[c.article_id].text
            skip = dateline_end(text)  # read without the dateline, as in citation_check (a span in it is vetoed)
            skip = skip if skip <= c.start else 0
            sentence = (max(skip, c.sentence_start) - skip, c.sentence_start + len(c.sentence) - skip)
            marked = marked_evidence(text[skip:], sentence, c.start - skip, c.end - skip, self.support.context_words)
            marked = lexical.handles_spelt(marked)
            asked = rewording.written_as(question, c.sentence, answers[i].text)
            asked = rewording.referred_as(asked, c.sentence, _lead(articles[c.article_id]))
            asked = rewording.shortened_as(asked, c.sentence, text)
            asked = rewording.surnamed_as(asked, c.sentence, text)
            asked = rewording.paraphrased_as(asked, c.sentence, c.start - c.sentence_start)
            asked = rewording.without_excepted(asked, c.sentence)
            if not self.support.context_words:  # a model that reads the words before sees the name there
                asked = rewording.pronoun_for(asked, c.sentence, text[: c.sentence_start])
            pairs.append((asked, marked))
        return dict(zip(read, (float(x) for x in self.support.score(pairs))))


def _lead(article: Article) -> str:
    """The headline and first sentence of a report: where it names what it is about."""
    first = lexical.FIRST_SENTENCE.match(article.text)
    return f"{article.title}\n{first.group() if first else article.text[:400]}"


def _reports_first(answers: Sequence[Answer], articles: Mapping[str, Article]) -> list[Answer]:
    """The candidates in the reader's order, those cited only from an article's headline or dateline last: they are
    vetoed, and "Where is Research In Motion based?" had its reader's first five there ("BlackBerry\nTORONTO"), so
    the report's "Waterloo" was never verified."""

    def in_opening(c: Citation) -> bool:
        article = articles[c.article_id]
        return bool(_opening(c, article, dateline_end(article.text)))

    return sorted(answers, key=lambda a: all(in_opening(c) for c in a.citations))


def _opening(c: Citation, article: Article, skip: int) -> str:
    """What of the article's opening the citation comes from, "" for none: its dateline (or a photo credit), which
    ends at ``skip`` (``dateline_end``), or its headline; or a photo caption, anywhere: the sentence before a photo
    credit on its line ("Dar meets Rubio on July 25, 2025. Photo: Foreign Office") describes a picture."""
    sentence = c.sentence.strip()
    if is_metadata_line(sentence) or c.start < skip:
        return "dateline or photo credit"
    end = c.sentence_start + len(c.sentence)
    line_end = article.text.find("\n", end)
    rest = article.text[end : len(article.text) if line_end < 0 else line_end].strip()
    if rest and is_metadata_line(rest):
        return "photo caption"
    return "headline" if sentence == article.title.strip() else ""


def _reads(i: int, checks: Sequence[Check], order: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs of ``order`` the support model reads for candidate ``i``: those a citation that is not vetoed
    uses, its own or, when its own is not in ``order``, its candidate's first. Vetoed citations are a fifth of them
    on the seeds gold set; reading them changed nothing. None for a candidate vetoed whole."""
    judged = {k for k, check in enumerate(checks) if not check.vetoed}
    stand_in = any((i, k) not in order for k in judged)
    return [(j, k) for j, k in order if j == i and (k in judged or (k == 0 and stand_in))]


# Checks that the answer is the person asked for: the kind of office, its posting, its owner and department, its
# rank, held now, the person's country (``offices.owner_elsewhere``, which also reads the other retrieved articles,
# comes last).
_OFFICE_CHECKS = (
    offices.other_role,
    offices.other_holder,
    offices.organisation_for_office,
    offices.other_posting,
    offices.other_owner,
    offices.other_rank,
    offices.former_holder,
    offices.other_nationality,
)


def citation_check(
    question: str,
    terms: lexical.Terms,
    asked: AnswerType | None,
    answer: Answer,
    c: Citation,
    chunk: Chunk,
    article: Article,
    best_other: float,
    retrieved: Sequence[str] = (),
) -> Check:
    """The features of one citation: the cited sentence, its neighbours and its passage against the question. Its
    ``support`` is 0 until the support model reads it (``Verifier.verify``). The reader's scores are those of the
    span read here, as in the verifier's fit (one paragraph a question): another citation's lend it nothing.
    ``best_other``: the reader's confidence in the best other candidate. ``retrieved``: the texts of the articles
    the passages come from, where the answer's titles are also looked up."""
    read = c.reader or answer.reader_scores
    a, b = c.sentence_start, c.sentence_start + len(c.sentence)
    sentences = chunk.sentences
    idx = [k for k, (s, e) in enumerate(sentences) if e > a and s < b]
    lo, hi = (max(0, idx[0] - 1), min(len(sentences), idx[-1] + 2)) if idx else (0, len(sentences))
    # The dateline's words are no evidence: "When did Rubio visit Islamabad?" is not covered by "ISLAMABAD: Dar met
    # Rubio in Washington on Friday". SQuAD, which the verifier was fitted on, has none.
    skip = dateline_end(article.text)
    window = article.text[max(skip, sentences[lo][0]) : sentences[hi - 1][1]] if sentences else c.sentence
    sentence_stems, window_stems = lexical.stems(article.text[max(skip, a) : b]), lexical.stems(window)
    passage_stems = lexical.stems(chunk.text[max(0, skip - chunk.start) :])
    type_ok = span_matches(asked, answer.text)
    swapped = roles.swapped(question, tuple(lexical.missing(terms.key, window_stems)), window)  # as fitted
    # for the vetoes and reasons: a report names the pact it is about in its headline, then says "the deal" ("When
    # would the TPP announcement be made?" answered from "an announcement would be made on Friday")
    named = (
        roles.owners_named_by_people(question, window)
        | roles.owners_by_pronoun(question, c.sentence, article.text[:a])
        | roles.named_by_pronoun(question, c.sentence, article.text[:a])
        | _headline_acronyms(article)
        | _headline_subject(question, article, window)
        | _setting_named(question, article, window)
        | _pair_named(question, article, window)
        | places.named_by_officials(terms.key, window)
    )
    spelt = rewording.spelt_out(question, window)  # "RIM" written "Research in Motion": only vetoes and reasons
    missing_key = [t for t in roles.absent_names(terms.key, window_stems) if t not in named | spelt]
    if missing_key and offices.owner_confirmed(question, answer.text, (article.text, *retrieved)):
        owner = lexical.stems(offices.owner_asked(question))  # said of the answer by another report
        missing_key = [t for t in missing_key if t not in owner]
    if missing_key:
        missing_key = [t for t in missing_key if t not in _sole_country(question, article, frozenset(missing_key))]
    apposed = roles.apposed(question, terms, c.sentence, c.start - c.sentence_start, c.end - c.sentence_start)
    sentence_span = (a, b)
    office_checks = (
        *_OFFICE_CHECKS,
        partial(offices.owner_elsewhere, others=retrieved),
        partial(offices.owner_contradicted, others=retrieved),
    )
    wrong_person = next(
        filter(None, (check(question, article.text, sentence_span, c.start, c.end) for check in office_checks)), ()
    )
    features = {
        "score_diff": max(-20.0, min(20.0, read.score)),
        "logprob": max(-20.0, read.logprob),
        "margin": read.confidence - best_other,
        "sentence_coverage": lexical.coverage(terms.all, sentence_stems),
        "window_coverage": lexical.coverage(terms.all, window_stems),
        "passage_coverage": lexical.coverage(terms.all, passage_stems),
        "key_missing_window": 1.0 - lexical.coverage(terms.key, window_stems),
        "key_missing_passage": 1.0 - lexical.coverage(terms.key, passage_stems),
        "key_swapped": len(swapped) / len(terms.key) if terms.key else 0.0,
        "echo": lexical.echo(answer.text, question),
        "type_match": float(type_ok is True),
        "type_mismatch": float(type_ok is False),
        "support": 0.0,
        "reader_confidence": read.confidence,
    }
    not_evidence = _opening(c, article, skip) or (
        "section heading"
        if is_heading(article.text, c.sentence_start, c.sentence_start + len(c.sentence))
        else "social-media handle"
        if lexical.is_handle(article.text, c.start, c.end)
        else ""
    )
    missing = tuple(
        terms.surface[t] for t in lexical.missing(terms.all, window_stems) if t not in terms.frame and t not in spelt
    )
    covered = tuple(terms.surface[t] for t in terms.all if t in window_stems or t in spelt)
    subject = (
        roles.names_the_subject(question, answer.text)
        or roles.titled_subject(question, article.text, c.start, c.end)
        or roles.subject_restated(question, answer.text)
    )
    office = roles.two_people(question, answer.text)
    wrong_kind = (
        clear_mismatch(question, answer.text)
        or (f"someone other than {subject}" if subject else "")
        or (f"one {office}" if office else "")
        or roles.someone_else_described(question, answer.text)
        or roles.earlier_holder(question, article.text, c.start, c.end)
        or roles.saying_for_a_name(question, answer.text)
        or roles.deed_for_name(question, article.text, c.start, c.end)
        or roles.doer_of_another_clause(question, article.text, sentence_span, c.start, c.end)
        or roles.owner_for_one_of_theirs(question, answer.text)
        or roles.owner_by_pronoun_another(question, article.text, c.start, c.end)
        or roles.nationality_for_a_name(question, article.text, c.start, c.end)
        or lists.listed_beside(question, article.text, c.start, c.end)
        or lists.doer_listed_beside_the_done(question, article.text, c.start, c.end)
        or roles.investigator_for_doer(question, article.text, c.start, c.end)
        or lists.sibling_of_asked(question, article.text, sentence_span, c.start, c.end)
        or events.event_unsaid(question, window)
        or figures.other_period(question, window, answer.text)
        or speech.nothing_said(question, window)
        or times.still_to_come(question, terms, c.sentence)
        or times.done_for_to_come(question, c.sentence, c.start - c.sentence_start, c.end - c.sentence_start)
        or times.only_possible(question, terms, c.sentence, c.start - c.sentence_start)
        or times.outcome_only_possible(question, article.text, c.start, c.end)
        or times.target_for_done(question, article.text, c.start, c.end)
        or times.other_moment(question, article.text, sentence_span, c.start, c.end)
        or figures.nearest_to_another(question, article.text, sentence_span, c.start, c.end)
        or times.other_weekday(question, article.text, sentence_span, c.start, c.end)
        or times.other_time_zone(question, article.text, c.start, c.end)
        or times.last_year_unsaid(question, article.text, c.start, c.end)
        or times.year_unsaid(question, article.text, c.start, c.end)
        or times.told_of_an_earlier_year(question, article.text, c.start, c.end)
        or times.end_for_start(question, terms, article.text, sentence_span, c.start)
        or times.start_for_end(question, terms, article.text, sentence_span, c.start)
        or times.sought_for_done(question, terms, article.text, c.start, c.end)
        or times.difference_for_length(question, article.text, c.start, c.end)
        or times.date_of_another_event(asked, terms, c.sentence, c.start - c.sentence_start, c.end - c.sentence_start)
        or events.visited_elsewhere(question, c.sentence)
        or events.event_elsewhere(question, article.text, sentence_span, c.start, c.end)
        or events.there_is_elsewhere(question, article.text, sentence_span, c.start, c.end)
        or events.place_set_aside(question, answer.text)
        or events.country_for_city(question, answer.text)
        or events.title_for_place(question, answer.text)
        or events.treatment_for_illness(question, answer.text)
        or events.place_in_another_role(question, article.text, c.start, c.end)
        or events.owner_of_things_beside(question, article.text, c.start, c.end)
        or events.where_the_place_is(question, article.text, c.start, c.end)
        or events.near_for_bound(question, article.text, c.start, c.end)
        or events.name_for_where(question, article.text, c.start, c.end)
        or events.other_end_of_a_journey(question, article.text, c.start, c.end)
        or events.voted_the_other_way(question, article.text, c.start, c.end)
        or events.reason_for_a_name(question, article.text, c.start, c.end)
        or events.crashed_into_for_cause(question, article.text, c.start, c.end)
        or events.fire_opened_for_opening(question, article.text, c.start, c.end)
        or events.helper_for_the_one_done_to(question, article.text, c.start, c.end)
        or speech.praise_the_other_way(question, article.text, c.start, c.end)
        or speech.outside_the_words_cried(question, article.text, c.start, c.end)
        or roles.beside_the_subject(question, article.text, c.start, c.end)
        or roles.beside_the_one_called(question, article.text, c.start, c.end)
        or roles.candidate_for_chosen(question, article.text, c.start, c.end)
        or roles.body_for_head(question, article.text, c.start, c.end)
        or roles.owner_only_named_after(question, article.text, c.start, c.end)
        or roles.initials_swapped(question, article.text, c.start, c.end)
        or roles.owner_for_their_kin(question, article.text, c.start, c.end)
        or events.party_to_what_followed(question, article.text, sentence_span, c.start, c.end)
        or events.blame_and_blamed_joined(article.text, c.start, c.end)
        or figures.number_in_a_name(question, article.text, c.start, c.end)
        or figures.other_numbered(question, article.text, c.start, c.end)
        or figures.other_numbered_kind(question, article.text, c.start, c.end)
        or figures.against_another_currency(question, article.text, c.start, c.end)
        or figures.count_for_identifier(question, article.text, c.start, c.end)
        or figures.share_or_whole_for_count(question, article.text, c.start, c.end)
        or figures.day_for_count(question, article.text, c.start, c.end)
        or figures.age_for_count(question, article.text, c.start, c.end)
        or figures.number_for_an_age(question, article.text, c.start, c.end)
        or figures.age_for_when(question, article.text, c.start, c.end)
        or figures.age_of_another(question, article.text, c.start, c.end)
        or figures.age_of_kin(question, article.text, c.start, c.end)
        or figures.age_of_another_person(question, article.text, c.start, c.end)
        or figures.age_of_one_beside(question, article.text, c.start, c.end)
        or figures.dead_for_living(question, article.text, c.start, c.end)
        or figures.size_of_one_for_count(question, article.text, c.start, c.end)
        or figures.season_for_game(question, article.text, c.start, c.end)
        or figures.piece_of_a_number(question, article.text, c.start, c.end)
        or figures.piece_of_a_time(question, article.text, c.start, c.end)
        or figures.whole_for_part(question, article.text, c.start, c.end)
        or figures.part_for_whole(question, article.text, c.start, c.end)
        or figures.count_of_another_noun(question, article.text, c.start, c.end)
        or figures.count_of_another_people(question, article.text, c.start, c.end)
        or figures.left_for_cut(question, article.text, c.start, c.end)
        or figures.cut_for_total(question, article.text, c.start, c.end)
        or figures.count_of_the_opposite(question, article.text, sentence_span, c.start, c.end)
        or figures.share_of_another(question, article.text, sentence_span, c.start, c.end)
        or figures.two_counts_for_one(question, article.text, c.start, c.end)
        or figures.count_with_others(question, article.text, c.start, c.end)
        or figures.other_side_counted(question, article.text, c.start, c.end)
        or figures.dead_counted_with_others(question, article.text, c.start, c.end)
        or figures.some_for_everyone_aboard(question, article.text, c.start, c.end)
        or figures.everyone_for_passengers(question, article.text, c.start, c.end)
        or figures.aboard_two_craft(question, article.text, c.start, c.end)
        or figures.length_for_speed(question, article.text, c.start, c.end)
        or figures.score_on_the_way(question, article.text, c.start, c.end)
        or figures.fate_for_count(question, article.text, c.start, c.end)
        or figures.other_time_unit(question, article.text, c.start, c.end)
        or figures.count_from_elsewhere(question, article.text, c.start, c.end)
        or figures.count_aimed_elsewhere(question, article.text, c.start, c.end)
        or figures.other_round(question, article.text, c.start, c.end)
        or figures.won_for_needed(question, article.text, c.start, c.end)
        or figures.count_held_together(question, article.text, c.start, c.end)
        or figures.count_for_places_together(question, article.text, c.start, c.end)
        or figures.tally_for_votes(question, article.text, c.start, c.end)
        or events.another_people(question, answer.text)
        or events.named_for_another_people(question, article.text, c.start, c.end)
        or offices.office_for_stance(question, answer.text)
        or events.left_unnamed(question, article.text, sentence_span, c.start, c.end)
        or events.said_unknown(question, article.text, sentence_span, c.start, c.end)
        or events.other_kind_of_thing(question, article.text, c.start, c.end)
        or events.named_so_before(question, article.text, c.start, c.end)
        or events.team_for_venue(question, article.text, c.start, c.end)
        or figures.count_of_another_owner(question, article.text, c.start, c.end)
        or figures.count_inside_a_name(question, article.text, c.start, c.end)
        or figures.size_of_another_thing(question, article.text, c.start, c.end)
        or events.brand_or_base_for_company(question, article.text, c.start, c.end)
        or events.company_for_agency(question, article.text, c.start, c.end)
        or events.outlet_of_another_kind(question, article.text, c.start, c.end)
        or events.effect_for_cause(question, article.text, c.start, c.end)
        or figures.counted_among(question, article.text, c.start, c.end)
        or figures.some_among_for_all(question, article.text, c.start, c.end)
        or figures.others_for_all(question, article.text, c.start, c.end)
        or figures.one_times_count_for_all(question, article.text, c.start, c.end)
        or figures.other_kind_of_money(question, article.text, c.start, c.end)
        or figures.things_for_people(question, article.text, c.start, c.end)
        or figures.people_for_things(question, article.text, c.start, c.end)
        or figures.people_for_a_kind(question, article.text, c.start, c.end)
        or figures.all_for_one_people(question, article.text, c.start, c.end)
        or figures.share_for_votes(question, article.text, c.start, c.end)
        or figures.count_for_share(question, article.text, c.start, c.end)
        or figures.share_of_another_name(question, article.text, c.start, c.end)
        or figures.share_for_population(question, article.text, c.start, c.end)
        or figures.needed_for_won(question, article.text, c.start, c.end)
        or figures.margin_for_won(question, article.text, c.start, c.end)
        or figures.margin_for_total(question, article.text, c.start, c.end)
        or figures.multiple_for_the_thing(question, article.text, c.start, c.end)
        or times.length_for_when(question, article.text, c.start, c.end)
        or times.count_for_when(question, article.text, c.start, c.end)
        or times.day_of_a_count(question, article.text, c.start, c.end)
        or times.day_said_for_deed(question, article.text, c.start, c.end)
        or times.ago_for_length(question, article.text, c.start, c.end)
        or times.plan_given_up(question, article.text, c.start, c.end)
        or figures.compared_event(question, article.text, sentence_span, c.start, c.end)
        or figures.ranked_lower(question, article.text, sentence_span, c.start, c.end)
        or figures.toll_for_another_figure(question, article.text, c.start, c.end)
        or figures.population_of_another_place(question, article.text, c.start, c.end)
        or figures.toll_for_rate(question, article.text, sentence_span, c.start, c.end)
        or figures.level_for_change(question, article.text, c.start, c.end)
        or figures.change_for_level(question, article.text, c.start, c.end)
        or figures.reached_for_before(question, article.text, c.start, c.end)
        or figures.count_beside_the_toll(question, article.text, c.start, c.end)
        or figures.other_fate_for_deaths(question, article.text, c.start, c.end)
        or figures.toll_of_another_event(question, article.text, c.start, c.end)
        or figures.main_quake_for_aftershock(question, article.text, c.start, c.end)
        or figures.event_the_report_lacks(question, article.text, c.start, c.end)
        or figures.toll_of_another_place(question, article.text, c.start, c.end)
        or figures.figure_of_another_place(question, article.text, c.start, c.end)
        or figures.foreseen_for_reached(question, article.text, c.start, c.end)
        or figures.to_come_for_current(question, article.text, c.start, c.end)
        or figures.intended_for_done(question, article.text, c.start, c.end)
        or figures.paid_to_for_paid_by(question, article.text, c.start, c.end)
        or figures.paid_to_another(question, article.text, c.start, c.end)
        or figures.sold_for_bought(question, article.text, c.start, c.end)
        or figures.earlier_for_latest(question, article.text, c.start, c.end)
        or figures.latest_for_earlier(question, article.text, c.start, c.end)
        or figures.two_figures_for_one(question, article.text, c.start, c.end)
        or figures.figure_for_another_year(question, article.text, c.start, c.end)
        or figures.other_relative_year(question, article.text, c.start, c.end)
        or figures.superlative_unsaid(question, article.text, c.start, c.end)
        or figures.other_measure(question, article.text, c.start, c.end)
        or figures.share_price_for_total(question, article.text, c.start, c.end)
        or figures.total_for_share_price(question, article.text, c.start, c.end)
        or figures.sum_including_asked(question, article.text, c.start, c.end)
        or figures.load_for_capacity(question, article.text, c.start, c.end)
        or figures.part_for_everyone(question, article.text, c.start, c.end)
        or figures.kind_for_count(question, article.text, c.start, c.end)
        or figures.total_for_part(question, article.text, c.start, c.end)
        or figures.ever_for_still(question, article.text, c.start, c.end)
        or figures.country_for_world(question, article.text, c.start, c.end)
        or figures.delivered_for_made(question, article.text, c.start, c.end)
        or figures.stake_for_total(question, article.text, c.start, c.end)
        or figures.per_share_for_total(question, article.text, c.start, c.end)
        or figures.rate_for_total(question, article.text, c.start, c.end)
        or figures.bare_number_for_length(question, article.text, c.start, c.end)
        or figures.bare_number_for_share(question, article.text, c.start, c.end)
        or figures.speed_or_area_for_dimension(question, article.text, c.start, c.end)
        or figures.distance_for_depth_or_height(question, article.text, c.start, c.end)
        or figures.other_dimension(question, article.text, c.start, c.end)
        or figures.size_for_distance_gone(question, article.text, c.start, c.end)
        or figures.distance_from_another_place(question, article.text, c.start, c.end)
        or figures.landmark_for_place(question, article.text, c.start, c.end)
        or times.time_of_another_deed(question, article.text, sentence_span, c.start, c.end)
        or times.until_for_when(question, article.text, c.start, c.end)
        or times.other_step_of_a_case(question, article.text, c.start, c.end)
        or times.time_of_the_one_before(question, article.text, c.start, c.end)
        or times.year_of_the_one_before(question, article.text, c.start, c.end)
        or times.time_of_a_later_one(question, article.text, c.start, c.end)
        or events.unnamed_one(question, article.text, c.start, c.end)
        or roles.owner_for_owned(question, article.text, c.start, c.end)
        or roles.owner_for_head(question, article.text, c.start, c.end)
        or roles.member_for_head(question, article.text, c.start, c.end)
        or roles.lessee_for_owner(question, article.text, c.start, c.end)
        or roles.rest_of_the_name_asked(question, article.text, c.start, c.end)
        or roles.end_of_a_name(question, article.text, c.start, c.end)
        or roles.replaced_for_replacer(question, article.text, c.start, c.end)
        or roles.ousted_for_new(question, article.text, c.start, c.end)
        or contests.beaten_for_winner(question, article.text, c.start, c.end)
        or contests.winner_for_beaten(question, article.text, c.start, c.end)
        or contests.winners_figure(question, article.text, c.start, c.end)
        or contests.figure_of_another_side(question, article.text, c.start, c.end)
        or contests.figure_set_against_the_side(question, article.text, c.start, c.end)
        or contests.count_of_the_other_outcome(question, article.text, c.start, c.end)
        or roles.done_to_for_doer(question, article.text, c.start, c.end)
        or roles.doer_for_done(question, article.text, c.start, c.end)
        or roles.self_for_another(question, article.text, c.start, c.end)
        or roles.owner_for_name(question, article.text, c.start, c.end)
        or roles.done_to_for_tool(question, article.text, c.start, c.end)
        or roles.description_for_doer(question, article.text, c.start, c.end)
        or roles.description_before_the_name(question, article.text, c.start, c.end)
        or roles.other_side_named(question, article.text, c.start, c.end)
        or roles.owner_for_buyer(question, article.text, c.start, c.end)
        or roles.owned_for_owner(question, answer.text)
        or roles.other_than_named_so(question, article.text, sentence_span, c.start, c.end)
        or roles.prison_term_not_asked(question, article.text, c.start, c.end)
        or roles.prison_term_untold(question, article.text, c.start, c.end)
        or figures.length_for_age(question, article.text, c.start, c.end)
        or figures.age_for_length(question, article.text, c.start, c.end)
        or roles.sentence_for_time_served(question, article.text, c.start, c.end)
        or roles.of_the_other_side(question, article.text, c.start, c.end)
        or roles.owner_of_another(question, article.text, c.start, c.end)
        or roles.named_in_another_clause(question, article.text, sentence_span, c.start, c.end)
        or roles.subject_of_another_clause(question, article.text, sentence_span, c.start, c.end)
        or roles.doer_for_the_one_done_to(question, article.text, c.start, c.end)
        or roles.described_of_another(question, article.text, c.start, c.end)
        or offices.another_office_named(question, article.text, c.start, c.end)
        or offices.sitting_for_former(question, article.text, c.start, c.end)
        or offices.leader_of_another(question, article.text, c.start, c.end)
        or offices.stopgap_for_permanent(question, article.text, c.start, c.end)
        or offices.firms_office_for_another(question, article.text, c.start, c.end, _headline(article))
        or speech.source_for_the_one_told_of(question, article.text, sentence_span, c.start, c.end)
        or speech.told_another(question, article.text, sentence_span, c.start, c.end)
        or speech.speaker_for_doer(question, article.text, c.start, c.end)
        or speech.quoted_on_another_matter(question, article.text, c.start, c.end)
    )
    return Check(
        features,
        missing,
        covered,
        tuple(terms.surface[t] for t in missing_key),
        asked,
        type_ok,
        not_evidence,
        wrong_kind,
        tuple((terms.surface[t], other) for t, other in swapped.items() if t in missing_key),
        apposed,
        wrong_person,
        roles.owner_swapped(question, terms, c.sentence)
        or roles.done_by_another(question, c.sentence, c.start - c.sentence_start)
        or events.opposite_said(question, c.sentence, c.start - c.sentence_start, c.end - c.sentence_start),
        speech.other_speaker(question, c.sentence, c.start - c.sentence_start)
        or speech.quoted_of_another(question, article.text, c.start, c.end)
        or speech.told_the_asked(question, article.text, c.start, c.end),
        # 125 of SQuAD v1.1 train's 87,599 gold answers do (181 before "Rev." and other titles, and a court case's
        # "v.", stopped ending a sentence for the splitter; "Op." and "c." still do). On the SQuAD v2.0 fit half this
        # veto gave F1 68.02 (HasAns 60.79, NoAns 74.7%); keeping the reader's spans inside one sentence instead gave
        # 67.99 (60.96, 74.5%), and would move the reader away from what the verifier was fitted on.
        any(c.start < s < c.end for s, _ in sentences),
        len(missing_key) / len(terms.key) if terms.key else 0.0,
    )


def _best_report_first(verdicts: list[Verdict], threshold: float) -> list[Verdict]:
    """Of two reports that differ (other articles, no word shared), the better-supported one is the answer, the other
    shown beside it: "What did Rubio praise?" gave "strong convergences" (0.68, what Dar highlighted to Rubio)
    before "Pakistan’s proactive role" (0.73, "Rubio praised Pakistan’s proactive role"), the reader's scores of the
    two 0.857 and 0.852. Within one article the reader's order stands (``Verifier.verify``)."""
    passing = [v for v in verdicts if v.probability >= threshold]
    best = max(passing, key=lambda v: v.probability, default=None)
    if best is None or best is passing[0] or not could_differ(passing[0].answer, best.answer):
        return verdicts
    return [best, *(v for v in verdicts if v is not best)]


def _headline_acronyms(article: Article) -> set[str]:
    """The stems of the acronyms in the article's headline: the pact, party or body the whole report is about
    ("TPP", "NATO"), which its passages call "the deal" or "the alliance". Not its people: a report headlined
    "Kerry concedes race to Bush" says of Bush "he had a margin of 3.5 million popular votes". Initials are not
    spelt out ("US" is no "United Nations")."""
    return {lexical.stem(w) for w in lexical.words(article.title) if w.isupper() and 2 <= len(w) <= 6}


# How a report goes on about the company it names: "The firm collapsed in 2022", "the San Francisco-based cloud
# software company reported earnings"
_THE_FIRM = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,4}}?{offices.FIRM_NOUNS}\b")


# A firm's figure, which its report may give without naming it again: "Net income jumped to $1.53 billion"
_FIGURE_OWNED = re.compile(
    r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:revenues?|sales|income|profits?|"
    r"loss(?:es)?|earnings|shares|stock|debts?|margins?|dividends?)\b"
)


def _figure_owner(question: str) -> str:
    owned = _FIGURE_OWNED.search(question)
    return owned.group(1) if owned else ""


def _headline_subject(question: str, article: Article, window: str) -> set[str]:
    """The stems of what the report is about, when the question names it and the cited sentence and its neighbours
    (``window``) leave it unnamed: a name of the question where they say "the firm" ("When did Northbank
    collapse?" beside "The firm collapsed in 2022", "Who is the CEO of Campbell Soup?" beside "the company's
    earnings … CEO Denise Morrison"), when the headline names it; else the owner the question asks about ("Cisco"
    in "Cisco's chief executive", "Mexico" in "the president of Mexico", "Salesforce" in "Salesforce's net
    income"), when the headline and the opening sentence both name it. Only a headline the report has (no title
    made of its first words), and never a person as such: "Kerry concedes race to Bush" may go on with a sentence
    about Bush."""
    if not _headline(article):
        return set()
    if _THE_FIRM.search(window):
        names, opening = [re.sub(r"['’]s$", "", w) for w in lexical.words(question)[1:] if w[0].isupper()], None
    elif owner := offices.owner_asked(question) or _figure_owner(question):
        names, opening = [owner], lexical.FIRST_SENTENCE.match(_report_opens(article)[1])  # past the dateline
        if not opening:
            return set()
    else:
        return set()  # the usual case, on every citation: no headline or opening to read
    return {
        s
        for name in names
        if re.search(rf"\b{re.escape(name)}\b", article.title)
        and (opening is None or re.search(rf"\b{re.escape(name)}\b", opening.group()))
        for s in lexical.stems(name)
    }


def _headline(article: Article) -> str:
    """The report's headline; "" where its title is only its first words."""
    return article.title if article.title_found in ("metadata", "headline") else ""


def _body(article: Article) -> str:
    """The report's text after its headline."""
    text = article.text[len(article.title) :] if article.text.startswith(article.title) else article.text
    return text.lstrip()


# "the train", and the words of a longer name up to a stop word or a mark: "the winning Powerball Quick Pick ticket"
_THE_NOUN = re.compile(r"\b[Tt]he(?=((?:\s+[\w-]+){1,5}))")


def _the_nouns(window: str) -> set[str]:
    """The lower-case words the window writes after "the" ("the outbreak a public ..."): outbreak."""
    said: set[str] = set()
    for m in _THE_NOUN.finditer(window):
        for w in m.group(1).split():
            if w.lower() in lexical.STOPWORDS:
                break
            if w.islower():
                said.add(w)
    return said


# A report gives its dateline, first sentence and the names of its bridges or ships as it opens; reading a 1 MB text
# whole for them took 0.3 s a citation
_OPENING_CHARS = 10_000


def _setting_named(question: str, article: Article, window: str) -> set[str]:
    """The stems of the question's names that the report's headline or first sentence gives, or the one name its
    opening gives what a window calls "the bridge" ("the Morandi bridge", for "Since when had the Morandi bridge been
    operational?" beside "The bridge … It had been operational since 1967", vetoed before), when the cited
    sentence and its neighbours (``window``) go on about the headline's subject as "the train" or "the hospital":
    "How fast was the Washington train travelling?" beside "the train was traveling at 80 mph", under "Passenger
    train derails in Washington state" (vetoed before, in a report outside the seeds). Names as the question writes
    them: an owner ("India's railway network", where the headline says "India") is ``_headline_subject``'s to
    confirm. Not a people ("a Bangladeshi garment factory" in the lead: "Bangladeshi officials" may be others; in a
    report that names no other country, ``_sole_country``'s), nor the dateline, which says where the report was
    filed, nor a place where the window names one in another country only: a roundup under "… strikes off Chile"
    goes on "Earlier, an earthquake rattled China … The earthquake struck … in Gansu". SQuAD's paragraphs have no
    headline, so the verifier's fit is the same with it."""
    names = [w for w in lexical.words(question)[1:] if w[0].isupper() and not re.search(rf"\b{re.escape(w)}\b", window)]
    if not names or not _headline(article):
        return set()
    head, opening, lead = _report_opens(article)
    runs = re.findall(rf"\b{lexical.NAME}", question.split(maxsplit=1)[-1])  # "Hong Kong" as one place too
    sole = _sole_places([*names, *(r for r in runs if " " in r)], lead, f"{article.title}\n{opening}")
    # "Train derails": "the train", "the derailed carriages"
    nouns = {lexical.stem(w) for w in lexical.words(article.title) if lexical.is_content_word(w.lower())}
    said = _the_nouns(window)
    about_headline = any(lexical.stem(w) in nouns for w in said)
    given = " ".join(_only_names_given(head, frozenset(said)))
    if not about_headline and not given:
        return sole
    lead = f"{lead if about_headline else ''}\n{given}"
    elsewhere = {c for _, p in places.named_in(window) for c in p.countries}  # a roundup's "Earlier, in China …"
    return sole | {
        s
        for name in names
        if not places.is_people(name)
        and re.search(rf"\b{re.escape(name)}\b", lead)
        and not (elsewhere and (here := places.place(name)) and not here.countries & elsewhere)
        for s in lexical.stems(name)
    }


def _report_opens(article: Article) -> tuple[str, str, str]:
    """The report's first characters, those after its dateline, and its headline with its first sentence."""
    head = _body(article)[:_OPENING_CHARS]
    opening = head[dateline_end(head) :].lstrip()
    first = lexical.FIRST_SENTENCE.match(opening)
    return head, opening, f"{article.title}\n{first.group() if first else ''}"


def _sole_country(question: str, article: Article, missing: frozenset[str]) -> frozenset[str]:
    """The stems of the question's countries and peoples ("Dutch" in "What was the turnout in the Dutch election?",
    "Nepal" in "Who is Nepal's army chief?") where the report's dateline, headline or first sentence names a place or
    a people and nothing in the report (its first 10,000 characters) names a place or a people of another country:
    then all of it is of that country. "Army chief Ashok Raj Sigdel called for talks", under "Young Nepalis ask who
    will lead next", "Turnout was 78.4 percent" under "Centrist D66 ties with Wilders in Dutch election", and "About
    8 million people were eligible to vote" in a report filed from Prague that names no place were vetoed before, in
    sets of outside reports: "does not mention “Nepal's”". The dateline alone says where the report was filed, which
    is where it is when nothing else is named. Not an owner but of the office asked: "How many passengers does
    India's railway network carry each day?" is not one train's. SQuAD's paragraphs have no headline, so the
    verifier's fit is the same. Only those of ``missing`` are looked for: the report is read only then."""
    asked = [(word, home) for word, home in _countries_asked(question) if lexical.stems(word) & missing]
    if not asked or not _headline(article):
        return frozenset()
    head, opening, lead = _report_opens(article)
    if not places.countries_named(f"{lead}\n{head[: len(head) - len(opening)]}"):  # the dateline too, here
        return frozenset()
    named = places.countries_named(f"{article.title}\n{head}")
    return frozenset(s for word, home in asked if all(codes & home for codes in named) for s in lexical.stems(word))


def _countries_asked(question: str) -> list[tuple[str, frozenset[str]]]:
    """The question's countries and peoples, each as written with its country's codes: not an owner ("India's")
    but of the office asked."""
    owner = offices.owner_asked(question)
    found = [(name, p.countries) for name, p in places.named_in(question) if p.country]
    found = [(name, codes) for name, codes in found if not re.search(r"['’]s$", name) or name[:-2] == owner]
    peoples = ((w, places.country_of_people(w)) for w in lexical.words(question)[1:] if w[0].isupper())
    return found + [(w, p.countries) for w, p in peoples if p is not None]


_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|neighbou?rs|governments)\b", re.I)


def _pair_named(question: str, article: Article, window: str) -> set[str]:
    """The stems of the question's countries where the window calls them "the two countries" or "both nations" and
    the report's headline and first sentence name two countries, these among them: "What is the combined population
    of Spain and Portugal?" beside "The two countries have a combined population of about 60 million", under "Huge
    power cut plunges Spain and Portugal into darkness" (vetoed before, in a set of outside reports on a blackout).
    None where they name a third, which leaves which two unsaid. SQuAD's paragraphs have no headline."""
    if not _THE_TWO.search(window) or not _headline(article):
        return set()
    opened = {c for _, p in places.named_in(_report_opens(article)[2]) if p.country for c in p.countries}
    asked = [(name, p) for name, p in places.named_in(question) if p.country]
    if len(opened) != 2 or not asked or not all(p.countries <= opened for _, p in asked):
        return set()
    return {s for name, _ in asked for s in lexical.stems(name)}


def _sole_places(names: list[str], lead: str, opening: str) -> set[str]:
    """The stems of the question's places that the headline or first sentence (``lead``) names, in a report whose
    headline and opening name no place outside them: all of it is there ("A team of archaeologists in Luxor, Egypt
    just discovered two small ancient tombs", for "How many side chambers does the Luxor tomb have?" beside "one
    tomb has … four side chambers", vetoed before in a report outside the seeds). A report that names two towns or
    another country says which is which only where it names them. Not an owner, as the question writes it: "How
    many passengers does India's railway network carry each day?" is not answered by one train's "about 500
    passengers" in a report of its crash in India."""
    named = _places_named(opening)
    found: set[str] = set()
    for name in names:
        here = places.place(name)
        if here and re.search(rf"\b{re.escape(name)}\b", lead) and all(_within(p, here) for p in named):
            found |= lexical.stems(name)
    return found


@lru_cache(maxsize=256)
def _places_named(text: str) -> tuple[places.Place, ...]:
    """The places a report's opening names, once a report of those read lately: each of its citations asks."""
    return tuple(p for _, p in places.named_in(text))


def _within(place: places.Place, here: places.Place) -> bool:
    """``place`` is ``here``, a country ``here`` lies in, or a place in ``here``, a country."""
    return (
        place.name == here.name
        or (place.country and here.countries <= place.countries)
        or (here.country and place.countries <= here.countries)
    )


@lru_cache(maxsize=256)
def _only_names_given(body: str, nouns: frozenset[str]) -> tuple[str, ...]:
    """The name the report gives each of its bridges, ships, mines or holders of an office ("the Morandi bridge",
    "the ill-fated ship, named the Marina Baru", "Ex-sheriff Michael Johnson") where it gives that noun one name, for
    "the bridge" or "the former sheriff" further on; none for a noun it names two of. Kept for the report's next
    citation."""
    lower = body.lower()
    given: list[str] = []
    for noun in nouns:
        at = _found_at(lower, noun) if len(lower) == len(body) else None  # "İ" lower-cases to two letters
        # "the Morandi bridge" (not "… Sheriff's Office"), "the ship, named the Marina Baru", "Ex-sheriff Mike Lee"
        before = _ending_at(rf"((?:\b[A-Z][\w'’-]*\s+)+)(?i:{noun})\b(?!['’]s)", body, at)
        after = _starting_at(
            rf"\b(?i:{noun}),?\s+(?:named|called|known\s+as)\s+((?:the\s+)?{roles.CAPITALIZED_RUN})", body, at
        )
        titled = _starting_at(rf"\b(?i:{noun})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)", body, at)
        names = {
            " ".join(w for w in m[1].split() if w.lower() not in lexical.STOPWORDS) for m in (*before, *after, *titled)
        }
        names.discard("")
        if len(names) == 1:
            given.extend(names)
    return tuple(given)


# Scanning a report's opening for each noun three times took 0.5 ms a noun for 3,000 characters, and a window gives
# 16 nouns: the scans below read only where the noun is (``at``; the whole body where that is not known).


def _found_at(lower: str, noun: str) -> list[int]:
    """Where ``noun`` (in lower case) starts in ``lower``, overlaps included."""
    found, k = [], lower.find(noun)
    while k >= 0:
        found.append(k)
        k = lower.find(noun, k + 1)
    return found


def _starting_at(pattern: str, body: str, at: Sequence[int] | None) -> Iterator[re.Match[str]]:
    """``re.finditer(pattern, body)`` for a pattern whose matches start with the noun found ``at``."""
    if at is None:
        yield from re.finditer(pattern, body)
        return
    compiled, end = re.compile(pattern), 0
    for k in at:
        if k >= end and (m := compiled.match(body, k)):
            end = m.end()
            yield m


# What a run of capitalised words and its noun are written with: no match of ``_ending_at`` leaves one such stretch
_WORDS_AND_SPACES = re.compile(r"[\w'’\s-]+")


@lru_cache(maxsize=64)
def _stretches(body: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each stretch of ``_WORDS_AND_SPACES`` in the body starts, and where it ends."""
    spans = [m.span() for m in _WORDS_AND_SPACES.finditer(body)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _ending_at(pattern: str, body: str, at: Sequence[int] | None) -> Iterator[re.Match[str]]:
    """``re.finditer(pattern, body)`` for a pattern of words and spaces that ends with the noun found ``at``: read in
    the stretches that hold the noun (a lookahead at a stretch's end sees no word, as it would see the mark there)."""
    if at is None:
        yield from re.finditer(pattern, body)
        return
    compiled, (starts, ends) = re.compile(pattern), _stretches(body)
    for i in dict.fromkeys(bisect.bisect_right(starts, k) - 1 for k in at):
        yield from compiled.finditer(body, starts[i], ends[i])


def explain(answer: str, check: Check, probability: float, threshold: float) -> str:
    """Why an answer is not trusted, in words a reader of the news understands ("" when it is), on one line: a span
    quoted from across a line break ("BlackBerry" and the dateline "TORONTO" under it) is quoted with a space."""
    return " ".join(_why(answer, check, probability, threshold).split())


def _why(answer: str, check: Check, probability: float, threshold: float) -> str:
    if probability >= threshold:
        return ""
    if check.not_evidence:
        return f"“{answer}” comes only from a {check.not_evidence}, which is not evidence."
    if check.across_sentences:
        return f"The best guess “{answer}” runs from one sentence into the next, so it answers nothing."
    if check.wrong_kind:
        return f"The question asks for {check.wrong_kind}, but the closest passage gives “{answer}”."
    if check.wrong_person:
        office, named = check.wrong_person
        article = (
            "" if office.startswith(("the ", "a ")) or office[0].isupper() else "an " if office[0] in "aeiou" else "a "
        )
        return f"The question asks for {article}{office}, but the article names “{named}”."
    if check.other_speaker:
        asked, given = check.other_speaker
        return f"The question is about what {asked} said, but the passage gives the words of {given}."
    if check.owner_swapped or check.swapped:
        asked, instead = check.owner_swapped or check.swapped[0]
        return f"The passage that gives “{answer}” speaks of “{instead}” where the question has “{asked}”."
    if check.apposed:
        return f"In the passage, “{answer}” names “{check.apposed}”, already in the question, not what it asks for."
    if check.lacks_key_terms:
        missing = ", ".join(f"“{t}”" for t in check.missing_key_terms[:3])
        return f"The passage that gives “{answer}” does not mention {missing}."
    if check.features["echo"] >= 0.99:
        return f"The best guess “{answer}” only repeats words of the question."
    if check.type_ok is False and check.asked_type is not None:
        kind = check.asked_type.value
        article = "an" if kind[0] in "aeiou" else "a"
        return f"The question asks for {article} {kind}, but the closest passage gives “{answer}”."
    if check.missing_terms and check.features["window_coverage"] < 1.0:
        missing = ", ".join(f"“{t}”" for t in check.missing_terms[:3])
        if check.covered_terms:
            covered = ", ".join(f"“{t}”" for t in check.covered_terms[:3])
            return f"The closest passage mentions {covered} but not {missing}."
        return f"The passage that gives “{answer}” mentions none of {missing}."
    shown, needed = told_apart(probability, threshold)
    return f"The passages don't clearly answer it: the best guess “{answer}” has confidence {shown}, below {needed}."


def told_apart(confidence: float, threshold: float) -> tuple[str, str]:
    """Both numbers with two decimals, or more where two would make them look equal ("0.467, below 0.475", not
    "0.47, below 0.47")."""
    for digits in (2, 3, 4):
        shown, needed = f"{confidence:.{digits}f}", f"{threshold:.{digits}f}"
        if shown != needed:
            break
    return shown, needed
