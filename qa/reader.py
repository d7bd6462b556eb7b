"""Extractive reader: finds the answer span of a question in passages.

Any Hugging Face ``AutoModelForQuestionAnswering`` (a hub id or a local path)
works; the default is the project's own reader shipped in ``qa/models/reader``.
A span is scored as start logit + end logit (SQuAD style); the [CLS] position
is the "no answer" score. A calibration file shipped next to the model maps
those scores to a probability that the span is correct and gives the
abstention threshold (see ``qa.calibration``).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.metadata import dateline_end
from index.runtime import Model, Runtime, choose, load_model
from index.tokenizer import NoFastTokenizerError, Tokenizer, Windows
from qa.answers import Passage, SpanScores
from qa.calibration import VERIFIER_STEM, Calibration, fitted_runtimes
from qa.errors import ReaderNotFoundError
from qa.settings import default

log = logging.getLogger(__name__)
PAD_SLACK = 1.1  # a window joins a batch while it is at most 10% longer than the batch's shortest


@dataclass(frozen=True)
class Span:
    """One candidate answer in the passage it was read from (character offsets into that passage's text)."""

    passage: Passage | str
    start: int
    end: int
    text: str
    score: float  # start + end logit
    null_score: float  # [CLS] start + end logit of the same window
    logprob: float  # log P(start) + log P(end)
    confidence: float  # calibrated probability that the span is a correct answer

    @property
    def scores(self) -> SpanScores:
        """What verification reads of the span: its confidence, score over the no-answer score, log-probability."""
        return SpanScores(self.confidence, self.score - self.null_score, self.logprob)


def encode_pairs(tokenizer: Tokenizer, questions: list[str], contexts: list[str], max_seq_len: int, doc_stride: int):
    """Tokenize (question, context) pairs; long contexts become several windows.

    Shared by training and inference so both see exactly the same features.
    """
    questions = _truncate_questions(tokenizer, questions, budget=max(8, max_seq_len // 4))
    return tokenizer.windows(questions, contexts, max_seq_len, doc_stride)


def _truncate_questions(tokenizer: Tokenizer, questions: list[str], budget: int) -> list[str]:
    """Keep each question's first tokens so a long question cannot starve the context."""
    questions = [q.strip() for q in questions]
    ids = tokenizer.ids(questions)
    return [q if len(t) <= budget else tokenizer.decode(t[:budget]) for q, t in zip(questions, ids)]


def context_mask(windows: Windows, feature_index: int) -> np.ndarray:
    """True at the tokens that belong to the context (sequence id 1)."""
    return np.array([s == 1 for s in windows.sequence_ids[feature_index]], dtype=bool)


class ExtractiveReader:
    """Reads passages with a span-extraction model.

    >>> reader = ExtractiveReader("qa/models/reader"); reader.warm_up()
    >>> reader.read("Who met Rubio?", ["Ishaq Dar met Marco Rubio."])[0].text
    """

    def __init__(
        self,
        model: str | Path,
        max_seq_len: int = default("max_seq_len"),
        doc_stride: int = default("doc_stride"),
        max_answer_tokens: int = default("max_answer_tokens"),
        batch_size: int = default("reader_batch_size"),
        device: str = default("device"),
        spans_per_window: int = 3,
        runtime: Runtime | str = default("runtime"),
        model_cache: Path = default("model_cache"),
        loaded: tuple[Model, Tokenizer] | None = None,
    ):
        """``loaded``: an already built (model, tokenizer) pair, e.g. a fake with fixed logits in tests."""
        self.model_name = str(model)
        self.max_seq_len = max_seq_len
        self.doc_stride = doc_stride
        self.max_answer_tokens = max_answer_tokens
        self.batch_size = batch_size
        self.device = device
        self.spans_per_window = spans_per_window
        # fails early, naming the runtime, when it cannot run here; auto prefers runtimes the verifier was fitted for
        self.runtime = choose(runtime, device, fitted=fitted_runtimes(model, VERIFIER_STEM))
        self.model_cache = Path(model_cache)
        self.model: Model | None
        self.tokenizer: Tokenizer
        self.model, self.tokenizer = loaded or (None, None)  # type: ignore[assignment]
        self.calibration = Calibration()
        self._band_cache: np.ndarray | None = None

    @classmethod
    def from_settings(cls, s) -> "ExtractiveReader":
        """The reader as configured by a ``qa.settings.Settings``."""
        return cls(
            s.reader_model,
            max_seq_len=s.max_seq_len,
            doc_stride=s.doc_stride,
            max_answer_tokens=s.max_answer_tokens,
            batch_size=s.reader_batch_size,
            device=s.device,
            runtime=s.runtime,
            model_cache=s.model_cache,
        )

    def warm_up(self) -> None:
        """Load the model once; later calls are no-ops."""
        if self.model is not None:
            return
        local = Path(self.model_name)
        looks_local = local.is_absolute() or self.model_name.startswith(".") or local.exists()
        if looks_local and not (local / "config.json").exists():
            raise ReaderNotFoundError(self.model_name)
        try:
            self.tokenizer = Tokenizer.load(self.model_name)
            self.model, max_positions = load_model(
                self.model_name, "question-answering", self.runtime, self.device, self.model_cache
            )
        except NoFastTokenizerError as exc:
            raise ReaderNotFoundError(self.model_name, f"the reader needs a fast tokenizer: {exc}") from exc
        except OSError as exc:
            raise ReaderNotFoundError(self.model_name, str(exc)) from exc
        self.max_seq_len = min(self.max_seq_len, max_positions)
        self.doc_stride = min(self.doc_stride, self.max_seq_len // 2)
        if looks_local:
            self.calibration = Calibration.load(local, self.runtime.value)

    def configuration(self) -> dict:
        """What a calibration or verifier fitted on this reader's scores depends on."""
        return {
            "model": Path(self.model_name).name,
            "runtime": self.runtime.value,
            "max_seq_len": self.max_seq_len,
            "doc_stride": self.doc_stride,
            "max_answer_tokens": self.max_answer_tokens,
        }

    def read(self, question: str, passages: Sequence[Passage | str]) -> list[Span]:
        """Best spans of one question over its passages, best first."""
        return self.read_batch([(question, passages)])[0]

    def read_batch(self, items: Sequence[tuple[str, Sequence[Passage | str]]]) -> list[list[Span]]:
        """Several questions, each with its own passages (retrieved ones, or plain texts), in shared model batches.

        Each span points at the passage it came from.
        """
        self.warm_up()
        pairs = [(qi, pi) for qi, (_, passages) in enumerate(items) for pi in range(len(passages))]
        if not pairs:
            return [[] for _ in items]
        questions = [items[qi][0] for qi, _ in pairs]
        contexts = [_text(items[qi][1][pi]) for qi, pi in pairs]
        enc = encode_pairs(self.tokenizer, questions, contexts, self.max_seq_len, self.doc_stride)
        start_logits, end_logits = self._logits(enc.input_ids, enc.token_type_ids)

        best: dict[tuple[int, int], list[Span]] = {}
        for f, pair_index in enumerate(enc.sample):
            qi, pi = pairs[pair_index]
            passage = items[qi][1][pi]
            for span in self._decode(enc, f, start_logits[f], end_logits[f], passage, contexts[pair_index]):
                best.setdefault((qi, pi), []).append(span)

        results: list[list[Span]] = [[] for _ in items]
        for (qi, pi), spans in best.items():
            unique: dict[tuple[int, int], Span] = {}
            for s in sorted(spans, key=lambda s: -s.confidence):
                unique.setdefault((s.start, s.end), s)  # overlapping windows repeat spans
            passage = items[qi][1][pi]
            results[qi].extend(
                _in_places(list(unique.values()), self.spans_per_window, _dateline_end(passage, _text(passage)))
            )
        for spans in results:
            spans.sort(key=lambda s: -s.confidence)
        return results

    def _logits(
        self, input_ids: list[list[int]], token_type_ids: list[list[int]]
    ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Run the model over all windows, batched by length to cut padding."""
        assert self.model is not None
        starts: list[np.ndarray] = [np.empty(0)] * len(input_ids)
        ends: list[np.ndarray] = [np.empty(0)] * len(input_ids)
        for batch in self._batches([len(ids) for ids in input_ids]):
            inputs = self.tokenizer.pad([input_ids[i] for i in batch], [token_type_ids[i] for i in batch])
            out = self.model(**inputs)
            s, e = out["start_logits"], out["end_logits"]
            for row, i in enumerate(batch):
                n = len(input_ids[i])
                starts[i], ends[i] = s[row, :n], e[row, :n]
        return starts, ends

    def _batches(self, lengths: list[int]) -> list[list[int]]:
        """Window indices in batches of similar length: padding is work for nothing (on the seeds, reading the
        five windows of a question one by one took 9% less time than one padded batch in ONNX Runtime).

        In bfloat16 on AMX each matmul call costs more than its padding: one batch per question read the seeds
        in 37 ms p50 against 46 ms in batches of similar length.

        With dynamic int8 every window is read alone: its activations' scale would otherwise depend on the
        other windows, so the same passage could get another answer when asked with other questions, and
        the calibration (fitted on batches of SQuAD paragraphs) would not be that of the product.
        """
        size = 1 if self.runtime.dynamic_int8 else self.batch_size
        slack = math.inf if self.runtime.bf16 else PAD_SLACK
        batches: list[list[int]] = []
        for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
            batch = batches[-1] if batches else []
            if batch and len(batch) < size and lengths[i] <= slack * lengths[batch[0]]:
                batch.append(i)
            else:
                batches.append([i])
        return batches

    def _band(self, m: int) -> np.ndarray:
        """Allowed (start, end) pairs of an m-token context: start <= end < start + max_answer_tokens."""
        if self._band_cache is None or len(self._band_cache) < m:
            i, j = np.indices((max(m, self.max_seq_len),) * 2)
            self._band_cache = (j >= i) & (j - i < self.max_answer_tokens)
        return self._band_cache[:m, :m]

    def _decode(
        self, enc, f: int, start: np.ndarray, end: np.ndarray, passage: Passage | str, context: str
    ) -> list[Span]:
        """Exact best spans of one window: every (i, j) with i <= j < i + max_answer_tokens, none across a line
        break; one in the headline is cited where the report gives the same words, or dropped."""
        ctx = np.flatnonzero(context_mask(enc, f))
        if not len(ctx):
            return []
        a, b = int(ctx[0]), int(ctx[-1]) + 1  # the context is one contiguous block of tokens
        null_score = float(start[0] + end[0])
        log_ps = start - _logsumexp(start)
        log_pe = end - _logsumexp(end)
        m = b - a
        offsets = enc.offsets[f]
        inside = _inside_words(context, offsets[a:b])
        scores = np.where(self._band(m), start[a:b, None] + end[None, a:b], -np.inf)
        scores[inside[0], :] = -np.inf  # "b", the last piece of "Aurangzeb", is no answer
        scores[:, inside[1]] = -np.inf
        if "\n" in context:  # nor is a span from a headline into the report's first line ("9\nAt least nine")
            scores[_across_lines(context, offsets[a:b])] = -np.inf
        if "(" in context:  # nor one from inside brackets to past them ("July 25) at 1:54 a.m. EDT")
            scores[_across_brackets(context, offsets[a:b])] = -np.inf
        if " from " in context:  # nor one holding a figure and the one it changed from: "$118.42, down from $142.62"
            scores[_across_changes(context, offsets[a:b])] = -np.inf
        headline = _headline_end(passage, context)
        dateline = _dateline_end(passage, context)
        k = min(self.spans_per_window, m)
        # Headline spans the report does not repeat are dropped below, and the dateline's are vetoed as no evidence:
        # neither may take the window's k places ("How much market value did Nvidia lose?": the best three in the
        # headline, «$593 billion» fourth; "When did WHO members adopt …?": the dateline's "May 20", not «Tuesday»).
        spans: list[Span] = []
        for idx in best_pairs(scores, k * _HEADLINE_MARGIN if headline or dateline else k):
            li, lj = divmod(int(idx), m)
            score = float(scores[li, lj])
            if score == -np.inf:
                continue
            si, ei = a + li, a + lj
            c_start, c_end = trim_span(context, offsets[si][0], offsets[ei][1])
            if c_end <= c_start:
                continue
            if c_start < headline:  # a headline alone supports nothing: the same words in the report may
                found = re.compile(rf"(?<!\w){re.escape(context[c_start:c_end])}(?!\w)").search(context, headline)
                if found is None:
                    continue
                c_start, c_end = found.span()
            logprob = float(log_ps[si] + log_pe[ei])
            spans.append(
                Span(
                    passage=passage,
                    start=c_start,
                    end=c_end,
                    text=context[c_start:c_end],
                    score=score,
                    null_score=null_score,
                    logprob=logprob,
                    confidence=self.calibration.confidence(score - null_score, logprob),
                )
            )
        return _in_places(spans, k, dateline)


def _in_places(spans: list[Span], k: int, dateline: int) -> list[Span]:
    """The first ``spans`` (best first) up to the k-th that starts past the dateline: the dateline's, vetoed later
    as no evidence, take none of the k places."""
    kept: list[Span] = []
    counted = 0
    for s in spans:
        if counted == k:
            break
        kept.append(s)
        counted += s.start >= dateline
    return kept


_HEADLINE_MARGIN = 4  # a window under a headline or a dateline: its best k spans are looked for among its best 4k


def best_pairs(scores: np.ndarray, n: int) -> np.ndarray:
    """The flat indices of the ``n`` highest scores, highest first, without sorting them all."""
    n = min(n, scores.size)
    flat = np.argpartition(-scores, n - 1, axis=None)[:n]
    return flat[np.argsort(-scores.ravel()[flat], kind="stable")]


_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "(": ")", "[": "]"}


_OPENERS = '“"(['


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Close a quote or bracket opened in the span whose partner comes right after it (Pakistan’s “constructive
    efforts”, not Pakistan’s “constructive efforts); then drop edge whitespace, trailing , ; : and quotes or
    brackets whose partner lies outside the span."""
    span = text[start:end]
    opened = [o for o in _OPENERS if span.count(o) > span.count(_PAIRS[o]) or o == _PAIRS[o] and span.count(o) % 2]
    if len(opened) == 1 and text[end : end + 1] == _PAIRS[opened[0]]:
        end += 1
    while True:
        span = text[start:end]
        if not span:
            return start, end
        first, last = span[0], span[-1]
        if first.isspace() or (first in _PAIRS and _PAIRS[first] not in span[1:]):
            start += 1
        elif (
            last.isspace()
            or last in ",;:"
            or (last in _PAIRS.values() and not any(o in span[:-1] for o, c in _PAIRS.items() if c == last))
        ):
            end -= 1
        else:
            return start, end


def _inside_words(context: str, offsets) -> tuple[np.ndarray, np.ndarray]:
    """Which tokens start, and which end, inside a word: a span may neither begin nor stop there."""
    n = len(context)

    def cut(i: int) -> bool:
        return 0 < i < n and context[i - 1].isalnum() and context[i].isalnum()

    return np.array([cut(s) for s, _ in offsets], bool), np.array([cut(e) for _, e in offsets], bool)


def _headline_end(passage: Passage | str, context: str) -> int:
    """Where the headline ends in a passage that opens its article with the title on a line of its own; 0 for
    none."""
    if not isinstance(passage, Passage) or passage.chunk.start or not passage.title.strip():
        return 0
    first = context.split("\n", 1)[0]
    return len(first) if "\n" in context and first.lstrip("# ").strip() == passage.title.strip() else 0


def _dateline_end(passage: Passage | str, context: str) -> int:
    """Where the dateline ends in a passage that opens its article ("PARIS, July 27 (Wire) - "); 0 for none."""
    if not isinstance(passage, Passage) or passage.chunk.start or not passage.chunk.text.startswith(context[:80]):
        return 0
    return dateline_end(context)


def _across_lines(context: str, offsets) -> np.ndarray:
    """Which (start token, end token) pairs hold a line break between the start's first and the end's last
    character."""
    breaks = np.array([m.start() for m in re.finditer("\n", context)])
    starts = np.searchsorted(breaks, [s for s, _ in offsets])
    ends = np.searchsorted(breaks, [e for _, e in offsets])
    return starts[:, None] != ends[None, :]


# ", down from $142.62", " up from 4,900": a change's earlier figure, after the later one
_CHANGED_FROM = re.compile(r",?\s+(?:down|up)\s+from\s+(?=[$€£¥]?\d)")


def _across_changes(context: str, offsets) -> np.ndarray:
    """Which (start token, end token) pairs run from before a change's "down from" or "up from" to past it: two
    figures, not one (1 of SQuAD v1.1 train's 87,599 gold answers does)."""
    starts, ends = np.array([s for s, _ in offsets]), np.array([e for _, e in offsets])
    across = np.zeros((len(offsets), len(offsets)), dtype=bool)
    for m in _CHANGED_FROM.finditer(context):
        across |= (starts[:, None] < m.start()) & (ends[None, :] > m.end())
    return across


def _across_brackets(context: str, offsets) -> np.ndarray:
    """Which (start token, end token) pairs run into round brackets and stop inside them, or out of them from
    inside. A span may hold them whole or lie within them; an opening or closing bracket at its very edge is
    ``trim_span``'s to drop."""
    starts = np.array([s for s, _ in offsets])
    ends = np.array([e for _, e in offsets])
    crossing = np.zeros((len(offsets), len(offsets)), bool)
    opened: list[int] = []
    for bracket in re.finditer(r"[()]", context):  # the brackets alone, not every character of the window
        if bracket.group() == "(":
            opened.append(bracket.start())
        elif opened:
            o, c = opened.pop(), bracket.start()
            crossing |= (starts < o)[:, None] & ((ends > o + 1) & (ends <= c))[None, :]
            crossing |= ((starts > o) & (starts <= c))[:, None] & (ends > c + 1)[None, :]
    return crossing


def _text(passage: Passage | str) -> str:
    return passage if isinstance(passage, str) else passage.chunk.text


def _logsumexp(x: np.ndarray) -> float:
    m = float(np.max(x))
    return m + math.log(float(np.sum(np.exp(x - m))))
