"""Question in, cited answer out: retrieve, read, aggregate, decide whether to abstain.

pipeline = QAPipeline.from_settings(Settings.from_env())
result = pipeline.ask("Which missile system did Pakistan deploy on May 10?")
print(result.answer.text, result.answer.citations[0].article_id)
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import cache
from pathlib import Path

from index.documents import Article
from index.embedder import Embedder
from index.store import Store
from qa.aggregate import aggregate
from qa.answers import Passage, QAResult
from qa.calibration import Recalibration
from qa.conflicts import differing
from qa.corpus import Corpus
from qa.errors import InvalidQuestionError
from qa.filters import Filters, attributed
from qa.followup import already_given, resolve, retrieval_query
from qa.language import NOT_ENGLISH, asks_yes_or_no, looks_english, misspelt, plain_question, truecased
from qa.reader import ExtractiveReader, Span
from qa.retriever import HybridRetriever
from qa.settings import CalibrationDomain, Settings
from qa.support import SupportModel
from qa.text import answer_words
from qa.verify import Verifier, VerifierModel, served_configuration
from qa.windows import reading_passages

log = logging.getLogger(__name__)


class QAPipeline:
    """Answers from the corpus's current snapshot; ``ask`` is safe to call from several threads.

    Built from ready parts, so tests and tools pass in models they already hold;
    ``from_settings`` is the usual way to get one.
    """

    def __init__(
        self,
        settings: Settings,
        corpus: Corpus,
        reader: ExtractiveReader,
        retriever: HybridRetriever,
        verifier: Verifier | None = None,
    ):
        self.settings = settings
        self.corpus = corpus
        self.reader = reader
        self.retriever = retriever
        self.verifier = verifier  # None: the one fitted for the reader, loaded in warm_up
        self._models_lock = threading.Lock()  # one forward pass at a time: 2 cores gain nothing from more

    @classmethod
    def from_settings(
        cls,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        reader: ExtractiveReader | None = None,
        verifier: Verifier | None = None,
        progress: bool = False,
    ) -> QAPipeline:
        """``progress``: indexing shows progress bars (the terminal's, or the chat page's through Gradio)."""
        s = settings or Settings()
        return cls(
            s,
            Corpus.from_settings(s, embedder, progress=progress),
            reader or ExtractiveReader.from_settings(s),
            HybridRetriever.from_settings(s),
            verifier,
        )

    @property
    def store(self) -> Store:
        """The index answers come from now."""
        return self.corpus.current().index

    def warm_up(self, build_if_missing: bool = True) -> None:
        """Load the models, then the index (the first time with none, the default corpus is indexed), and run
        each model once: a runtime's first call sets up its buffers, which the first question should not wait for."""
        with ThreadPoolExecutor(1) as pool:  # the index and embedder load while the reader and verifier do
            index = pool.submit(lambda: self.corpus.open(build_if_missing).embedder.warm_up())
            verifier = self.warm_up_models()  # its errors first: a missing reader is the likeliest set-up problem
            index.result()
        with self._models_lock:
            self.reader.read("Who?", ["Nobody."])
            if verifier.support is not None:
                verifier.support.score([("Who?", "«Nobody».")])

    def warm_up_models(self) -> Verifier:
        """Load the reader and the verifier fitted for it (no index needed); returns the verifier."""
        verifier = self.verifier
        if verifier is None:
            with self._models_lock:
                self.reader.warm_up()
                verifier = self.verifier = self.verifier or load_verifier(self.reader, self.settings)
        return verifier

    @property
    def threshold(self) -> float:
        t = self.settings.threshold
        if t is not None:
            return t
        verifier = self.warm_up_models()
        return verifier.threshold if verifier.model.fitted else self.reader.calibration.threshold

    def ask(
        self,
        question: str,
        top_k: int | None = None,
        threshold: float | None = None,
        history: Sequence[tuple[str, str | None]] = (),
        filters: Filters | None = None,
    ) -> QAResult:
        """Answer one question; ``history`` holds earlier (question, answer) turns of a chat."""
        return self.ask_batch([question], top_k, threshold, histories=[history], filters=filters)[0]

    def ask_batch(
        self,
        questions: Sequence[str],
        top_k: int | None = None,
        threshold: float | None = None,
        histories: Sequence[Sequence[tuple[str, str | None]]] | None = None,
        filters: Filters | None = None,
    ) -> list[QAResult]:
        """Several questions with one batched reader pass; ``filters`` limits them to some articles."""
        questions = [self.validate(q) for q in questions]
        histories = histories or [()] * len(questions)
        verifier = self.warm_up_models()  # models first: a missing reader is the likeliest set-up problem
        top_k = top_k if top_k is not None else self.settings.top_k
        if not 1 <= top_k <= self.settings.max_top_k:
            raise InvalidQuestionError(f"top_k must be between 1 and {self.settings.max_top_k}, got {top_k}")
        threshold = threshold if threshold is not None else self.threshold
        if not 0.0 <= threshold <= 1.0:
            raise InvalidQuestionError(f"threshold must be between 0 and 1, got {threshold}")
        snapshot = self.corpus.current()  # one snapshot for the whole batch, even if an upload swaps it meanwhile
        current = snapshot.index
        active = filters if filters and filters.active else None

        t0 = time.perf_counter()
        outlets = () if active and active.source else {a.outlet for a in current.articles.values() if a.outlet}
        with self._models_lock:
            earlier = [[(plain_question(q), a) for q, a in h] for h in histories]  # as typed: "who's the us …"
            # "Who's" read as "Who is", "…, according to Reuters?" of Reuters' articles; not shown as a resolution
            attributions = [_attributed(plain_question(q), h, outlets) for q, h in zip(questions, earlier)]
            shown, plain, earlier, outlet = (list(x) for x in zip(*attributions))
            limits = [replace(active or Filters(), source=o) if o else active for o in outlet]
            queries = [retrieval_query(q, h) for q, h in zip(plain, earlier)]
            resolved = [resolve(q, h) for q, h in zip(plain, earlier)]
            vectors = snapshot.embedder.encode(queries)
            retrieved = [self.retriever.retrieve(current, q, v, top_k, f) for q, v, f in zip(queries, vectors, limits)]
            t1 = time.perf_counter()
            # Names capitalised as the retrieved articles write them, an owner's apostrophe put back ("pakistans")
            read = [truecased(r, _texts(p, current.articles)) for r, p in zip(resolved, retrieved)]
            whole = self.settings.whole_passages
            spans = self.reader.read_batch([(r, reading_passages(r, p, whole)) for r, p in zip(read, retrieved)])
            t2 = time.perf_counter()
            results = [
                replace(
                    decide(verifier, rd, found, passages, current.articles, threshold, already_given(q, h)),
                    question=q,
                    resolved_question=r if r != sp else "",
                    retrieval_query=query,
                )  # inside the lock: the support model is a model too
                for q, sp, r, rd, h, query, passages, found in zip(
                    questions, shown, resolved, read, histories, queries, retrieved, spans
                )
            ]
            results = [self._spelling_named(r, current.articles) for r in results]
            results = [_sentence_answer(r) if asks_yes_or_no(q) else r for r, q in zip(results, resolved)]
        t3 = time.perf_counter()
        matches = cache(lambda f: any(f.allows(a) for a in current.articles.values()))  # once per filter
        results = [_filtered(r, f, matches(f)) if f else r for r, f in zip(results, limits)]
        n = len(questions)
        timings = {
            "retrieve": 1000 * (t1 - t0) / n,
            "read": 1000 * (t2 - t1) / n,
            "verify": 1000 * (t3 - t2) / n,
            "total": 1000 * (t3 - t0) / n,
        }
        return [_with_timings(r, timings) for r in results]

    def _spelling_named(self, result: QAResult, articles: Mapping[str, Article]) -> QAResult:
        """An abstention whose question misspells a word the articles write names their spelling: asked again so,
        it may well be answered. A word the reader knows whole ("black", "where") is no misspelling."""
        if not result.abstained:
            return result
        slips = misspelt(
            result.question,
            _texts(result.passages, articles),
            known=lambda w: self.reader.tokenizer.token_id(w) is not None,
        )
        hints = [f"Did you mean “{meant}” (not “{typed}”)?" for typed, meant in slips]
        return replace(result, reason=" ".join([result.reason, *hints])) if hints else result

    def validate(self, question: str) -> str:
        if isinstance(question, (int, float)) and not isinstance(question, bool):
            question = str(question)  # an API client may send 123 for "123"
        if not isinstance(question, str) or not question.strip():
            raise InvalidQuestionError("Please type a question: it is empty.")
        question = " ".join(question.split())
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InvalidQuestionError(
                f"The question is {len(question)} characters long; the limit is {limit}. Please ask something shorter."
            )
        return question


def load_verifier(reader: ExtractiveReader, settings: Settings) -> Verifier:
    """The verifier fitted for this (loaded) reader, with its support model."""
    support = SupportModel.load(settings.support_model, settings, reader.runtime)
    if support is not None:
        support.warm_up()
    model = load_verifier_model(reader, support)
    news = settings.calibration is CalibrationDomain.NEWS and model.fitted
    return Verifier(model, support, shown=load_recalibration(reader, support) if news else None)


def load_recalibration(reader: ExtractiveReader, support: SupportModel | None = None) -> Recalibration:
    """The map of the verifier's probability onto news questions fitted for this reader; warns when it was fitted on
    another configuration than the one served, and when there is none (the confidence is then SQuAD's)."""
    path = Path(reader.model_name)
    shown = Recalibration.load(path, reader.runtime.value) if path.exists() else Recalibration()
    if not shown.fitted_on:
        log.warning(
            "no news calibration beside %s: the confidence shown is calibrated on SQuAD; fit one with "
            "python -m training.fit_news_calibration",
            reader.model_name,
        )
    else:
        _warn_if_fitted_elsewhere("news calibration", shown.fitted_on, reader, support, "fit_news_calibration")
    return shown


def load_verifier_model(reader: ExtractiveReader, support: SupportModel | None = None) -> VerifierModel:
    """The verifier fitted for this reader; warns when it was fitted on another configuration than the one served."""
    path = Path(reader.model_name)
    model = VerifierModel.load(path, reader.runtime.value) if path.exists() else VerifierModel()
    if model.fitted:
        _warn_if_fitted_elsewhere("verifier", model.fitted_on, reader, support, "fit_verifier")
    return model


def _warn_if_fitted_elsewhere(
    what: str, fitted_on: dict, reader: ExtractiveReader, support: SupportModel | None, command: str
) -> None:
    served = served_configuration(reader, support)
    if fitted_on != served:
        log.warning(
            "the %s beside %s was fitted on %s but the reader runs as %s: its confidence may be off; "
            "refit it with python -m training.%s",
            what,
            reader.model_name,
            fitted_on,
            served,
            command,
        )


def decide(
    verifier: Verifier,
    question: str,
    spans: Sequence[Span],
    passages: Sequence[Passage],
    articles: Mapping[str, Article],
    threshold: float,
    exclude: str = "",
) -> QAResult:
    """Reader spans -> cited candidates -> verified answers -> answer or abstain, with the reason.

    ``question``: as the checks read it, its names capitalised (``qa.language.truecased``). ``exclude``: an
    answer already given ("Who else attended?" must not repeat it).
    """
    candidates = aggregate(spans, articles)
    if exclude:
        given = answer_words(exclude)
        candidates = [a for a in candidates if not answer_words(a.text) & given]
    verdicts = verifier.verify(question, candidates, passages, articles, threshold)
    abstained = not verdicts or verdicts[0].probability < threshold
    reason = (
        "No passage holds a span that could answer the question."
        if not verdicts
        else verdicts[0].reason
        if abstained
        else ""
    )
    if abstained and not looks_english(question):
        reason = f"{NOT_ENGLISH} {reason}"
    answers = tuple(v.answer for v in verdicts)
    return QAResult(
        question=question,
        abstained=abstained,
        answers=answers,
        passages=tuple(passages),
        threshold=threshold,
        reason=reason,
        differing=() if abstained else differing(answers, threshold),
    )


_ELLIPTICAL = re.compile(r"\b(?:and|so|but|then|what|how|about)\b|\W", re.I)


def _attributed(
    question: str, history: list[tuple[str, str | None]], outlets: Collection[str]
) -> tuple[str, str, list[tuple[str, str | None]], str]:
    """The question without the outlet it names (``qa.filters.attributed``), the question to read, the turns it
    follows and that outlet ("" for none): "And according to Dawn?" asks the last question again of Dawn's articles."""
    asked, outlet = attributed(question, outlets)
    if outlet and history and not _ELLIPTICAL.sub("", asked):
        return asked, history[-1][0], history[:-1], outlet
    return asked, asked, history, outlet


def _texts(passages: Sequence[Passage], articles: Mapping[str, Article]) -> list[str]:
    """The texts of the articles the passages come from, each once."""
    return list(dict.fromkeys(articles[p.chunk.article_id].text for p in passages))


def _sentence_answer(result: QAResult) -> QAResult:
    """A yes-or-no question answered with the cited sentence whole, where the reader's span was only a part of it:
    "Is Rizwan Saeed Sheikh the ambassador?" was answered "accompanied him"; its sentence, "Pakistan’s Ambassador to
    the United States Rizwan Saeed Sheikh accompanied him during the visit.", says yes. Its other citations are
    those of the same sentence in other articles; other articles' answers are no different answers to it."""
    top = result.answer
    if top is None or not top.citations:
        return result
    said = top.citations[0].sentence
    cited = tuple(
        replace(c, start=c.sentence_start, end=c.sentence_start + len(c.sentence))
        for c in top.citations
        if c.sentence == said
    )
    whole = replace(top, text=said.strip(), citations=cited, absolute_date="")
    return replace(result, answers=(whole, *result.answers[1:]), differing=())


def _filtered(result: QAResult, filters: Filters, any_article: bool) -> QAResult:
    reason = result.reason
    if not any_article:
        reason = f"No indexed article matches the filters ({filters.describe()})."
    return replace(result, filters=filters.describe(), reason=reason)


def _with_timings(result: QAResult, timings: dict[str, float]) -> QAResult:
    return replace(result, timings_ms={k: round(v, 2) for k, v in timings.items()})
