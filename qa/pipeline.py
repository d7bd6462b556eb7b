"""Question in, cited answer out: retrieve, read, aggregate, decide whether to abstain.

pipeline = QAPipeline(Settings.from_env())
result = pipeline.ask("Which missile system did Pakistan deploy on May 10?")
print(result.answer.text, result.answer.citations[0].doc_id)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from index import store
from index.builder import IndexBuilder, IndexReport
from index.documents import Article
from index.embedder import Embedder
from index.errors import CorruptIndexError
from qa.aggregate import aggregate
from qa.answers import Passage, QAResult
from qa.errors import InvalidQuestionError
from qa.followup import retrieval_query
from qa.reader import ExtractiveReader, Span
from qa.retriever import HybridRetriever
from qa.settings import Settings
from qa.support import SupportModel
from qa.verify import Verifier, VerifierModel, served_configuration

log = logging.getLogger(__name__)


class QAPipeline:
    """Loads the index and both models once; ``ask`` is safe to call from several threads."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        s = self.settings
        self.embedder = Embedder(s.embedder, batch_size=s.embed_batch_size, device=s.device)
        self.reader = ExtractiveReader.from_settings(s)
        self.retriever = HybridRetriever(self.embedder, candidates=s.candidates, rrf_k=s.rrf_k)
        self.verifier = Verifier()  # its fitted model is loaded with the reader, in warm_up
        self.store: store.IndexStore | None = None
        self._models_lock = threading.Lock()  # one forward pass at a time: 2 cores gain nothing from more
        self._index_lock = threading.Lock()

    @property
    def builder(self) -> IndexBuilder:
        s = self.settings
        return IndexBuilder(s.index_dir, self.embedder, s.chunk_words, s.chunk_overlap_sentences, s.faiss_index)

    def warm_up(self, build_if_missing: bool = True) -> None:
        """Load (or, the first time, build from the default corpus) the index, then both models."""
        self.warm_up_models()  # first: a missing reader is the most likely set-up problem
        if self.store is None:
            if build_if_missing and not store.exists(self.settings.index_dir):
                log.info("no index at %s yet: indexing %s", self.settings.index_dir, self.settings.corpus_dir)
                self.builder.sync([self.settings.corpus_dir])
            self.store = store.load(self.settings.index_dir)
        if self.store.embedder != self.embedder.identity:
            self.embedder = self._index_embedder(self.store)
            self.retriever.embedder = self.embedder
        self.embedder.warm_up()

    def _index_embedder(self, index: store.IndexStore) -> Embedder:
        """Queries must be embedded by the model that embedded the index: load it, or say how to re-index."""
        recorded = index.manifest.get("embedder_path") or index.embedder
        candidate = Embedder(recorded, self.settings.embed_batch_size, self.settings.device)
        if Path(recorded).is_dir() or not Path(recorded).is_absolute() and "@" not in recorded:
            log.warning("index was built with embedder %s; using it for queries too", index.embedder)
            return candidate
        raise CorruptIndexError(
            self.settings.index_dir,
            f"it was built with the embedder {index.embedder}, which is "
            f"not here (configured: {self.embedder.identity})",
        )

    def refresh(self) -> None:
        """Swap in the index another process (``qa index``) wrote since it was loaded: one small read per question."""
        if store.current_generation(self.settings.index_dir) in ("", self.store.path.name):
            return
        with self._index_lock:
            if store.current_generation(self.settings.index_dir) != self.store.path.name:
                log.info("the index changed on disk; loading it")
                self.store = store.load(self.settings.index_dir)

    def warm_up_models(self) -> None:
        """Load the reader and the verifier fitted for it (no index needed)."""
        if self.reader.model is None:
            self.reader.warm_up()
            support = SupportModel.load(self.settings.support_model, self.settings.device)
            if support is not None:
                support.warm_up()
            self.verifier = Verifier(load_verifier(self.reader, support), support)

    @property
    def threshold(self) -> float:
        t = self.settings.threshold
        if t is not None:
            return t
        model = self.verifier.model
        return model.threshold if model.fitted else self.reader.calibration.threshold

    def ask(
        self,
        question: str,
        top_k: int | None = None,
        threshold: float | None = None,
        history: Sequence[tuple[str, str | None]] = (),
    ) -> QAResult:
        """Answer one question; ``history`` holds earlier (question, answer) turns of a chat."""
        return self.ask_batch([question], top_k=top_k, threshold=threshold, histories=[history])[0]

    def ask_batch(
        self,
        questions: Sequence[str],
        top_k: int | None = None,
        threshold: float | None = None,
        histories: Sequence[Sequence[tuple[str, str | None]]] | None = None,
    ) -> list[QAResult]:
        """Several questions with one batched reader pass."""
        questions = [self.validate(q) for q in questions]
        histories = histories or [()] * len(questions)
        self.warm_up()
        self.refresh()
        top_k = top_k if top_k is not None else self.settings.top_k
        if not 1 <= top_k <= self.settings.max_top_k:
            raise InvalidQuestionError(f"top_k must be between 1 and {self.settings.max_top_k}, got {top_k}")
        threshold = threshold if threshold is not None else self.threshold
        if not 0.0 <= threshold <= 1.0:
            raise InvalidQuestionError(f"threshold must be between 0 and 1, got {threshold}")
        current = self.store  # one snapshot for the whole batch, even if an upload swaps it meanwhile

        t0 = time.perf_counter()
        with self._models_lock:
            queries = [retrieval_query(q, h) for q, h in zip(questions, histories)]
            retrieved = [self.retriever.retrieve(current, query, top_k) for query in queries]
            t1 = time.perf_counter()
            spans = self.reader.read_batch([(q, [p.chunk.text for p in ps]) for q, ps in zip(questions, retrieved)])
            t2 = time.perf_counter()
            results = [
                replace(
                    decide(self.verifier, q, found, passages, current.articles, threshold), retrieval_query=query
                )  # inside the lock: the support model is a model too
                for q, query, passages, found in zip(questions, queries, retrieved, spans)
            ]
        t3 = time.perf_counter()
        n = len(questions)
        timings = {
            "retrieve": 1000 * (t1 - t0) / n,
            "read": 1000 * (t2 - t1) / n,
            "verify": 1000 * (t3 - t2) / n,
            "total": 1000 * (t3 - t0) / n,
        }
        return [_with_timings(r, timings) for r in results]

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

    # Index management for long-running apps (the UI): updates swap in a new snapshot.

    def add_files(self, paths: Iterable[str | Path]) -> IndexReport:
        with self._index_lock:
            report = self.builder.add(paths)
            self.store = store.load(self.settings.index_dir)
        return report

    def remove_articles(self, doc_ids: Iterable[str]) -> IndexReport:
        with self._index_lock:
            report = self.builder.remove(doc_ids)
            self.store = store.load(self.settings.index_dir)
        return report


def load_verifier(reader: ExtractiveReader, support: SupportModel | None = None) -> VerifierModel:
    """The verifier fitted for this reader; warns when it was fitted on another configuration than the one served."""
    path = Path(reader.model_name)
    model = VerifierModel.load(path) if path.exists() else VerifierModel()
    served = served_configuration(reader, support)
    if model.fitted and model.fitted_on != served:
        log.warning(
            "the verifier beside %s was fitted on %s but the reader runs as %s: its confidence may be off; "
            "refit it with python -m training.fit_verifier",
            reader.model_name,
            model.fitted_on,
            served,
        )
    return model


def decide(
    verifier: Verifier,
    question: str,
    spans: Sequence[Span],
    passages: Sequence[Passage],
    articles: Mapping[str, Article],
    threshold: float,
) -> QAResult:
    """Reader spans -> cited candidates -> verified answers -> answer or abstain, with the reason."""
    verdicts = verifier.verify(
        question, aggregate(list(spans), list(passages), articles), passages, articles, threshold
    )
    abstained = not verdicts or verdicts[0].probability < threshold
    reason = (
        "No passage holds a span that could answer the question."
        if not verdicts
        else verdicts[0].reason
        if abstained
        else ""
    )
    return QAResult(
        question=question,
        abstained=abstained,
        answers=tuple(v.answer for v in verdicts),
        passages=tuple(passages),
        threshold=threshold,
        reason=reason,
    )


def _with_timings(result: QAResult, timings: dict[str, float]) -> QAResult:
    return replace(result, timings_ms={k: round(v, 2) for k, v in timings.items()})
