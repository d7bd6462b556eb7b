"""BM25 that can grow: term counts are stored per segment and scored with statistics summed at query time.

bm25s bakes the IDF into its index, so adding one article means rebuilding
all of it. Here each segment keeps only raw term frequencies (a sparse
chunk x term matrix, by term); the document frequencies, the number of chunks
and their mean length are summed over the live rows of every segment when a
question comes. The scores are Lucene's BM25, the same numbers bm25s gives.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.manifest import Bm25Params


def tokenize(texts: list[str], params: Bm25Params) -> list[list[str]]:
    """Lower-cased, stop-worded, stemmed tokens as the manifest says (the same for chunks and queries)."""
    import bm25s
    import Stemmer

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    language = params.stemmer_language
    return bm25s.tokenize(
        texts,
        stopwords=params.stopwords or None,
        stemmer=Stemmer.Stemmer(language) if language else None,
        return_ids=False,
        show_progress=False,
    )


@dataclass(frozen=True)
class Postings:
    """Term frequencies of one segment's chunks, column-compressed by term."""

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, len(vocab) + 1
    rows: np.ndarray  # int32 chunk rows, grouped by term
    tf: np.ndarray  # float32, beside rows
    lengths: np.ndarray  # int32 tokens per chunk

    @classmethod
    def build(cls, tokens: Sequence[Sequence[str]]) -> Postings:
        vocab: dict[str, int] = {}
        cols, rows, tf = [], [], []
        for row, doc in enumerate(tokens):
            for term, count in Counter(doc).items():
                cols.append(vocab.setdefault(term, len(vocab)))
                rows.append(row)
                tf.append(count)
        order = np.argsort(np.asarray(cols, np.int64), kind="stable")
        counts = np.bincount(np.asarray(cols, np.int64), minlength=len(vocab))
        return cls(
            vocab,
            np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
            np.asarray(rows, np.int32)[order],
            np.asarray(tf, np.float32)[order],
            np.asarray([len(d) for d in tokens], np.int32),
        )

    def save(self, folder: Path) -> None:
        np.savez(folder / "postings.npz", indptr=self.indptr, rows=self.rows, tf=self.tf, lengths=self.lengths)
        (folder / "vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Postings:
        with np.load(folder / "postings.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in ("indptr", "rows", "tf", "lengths")}
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        if len(arrays["indptr"]) != len(vocab) + 1:
            raise ValueError("the BM25 vocabulary and postings do not match")
        return cls(vocab, **arrays)

    def term(self, token: str, live: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, tf) of one token's postings, dead rows left out."""
        col = self.vocab.get(token)
        if col is None:
            return _NO_ROWS, _NO_TF
        lo, hi = self.indptr[col], self.indptr[col + 1]
        rows, tf = self.rows[lo:hi], self.tf[lo:hi]
        if live is not None:
            keep = live[rows]
            rows, tf = rows[keep], tf[keep]
        return rows, tf


_NO_ROWS = np.zeros(0, np.int32)
_NO_TF = np.zeros(0, np.float32)


def top(
    query: str,
    segments: Sequence[tuple[Postings, np.ndarray | None]],
    params: Bm25Params,
    k: int,
    eligible: Sequence[np.ndarray | None] | None = None,
) -> list[tuple[int, int, float]]:
    """The ``k`` best (segment, row, score) over all segments; a ``None`` live mask means every row is live.

    The statistics (chunk count, mean length, document frequencies) count live
    rows only, so a removed article stops weighing on the scores at once.
    ``eligible`` (per segment) limits which rows may be returned, not the
    statistics: a filtered question scores chunks as an unfiltered one does.
    """
    tokens = tokenize([query], params)[0]
    n_live = sum(len(p.lengths) if live is None else int(live.sum()) for p, live in segments)
    if not tokens or not n_live:
        return []
    total_len = sum(int(p.lengths.sum() if live is None else p.lengths[live].sum()) for p, live in segments)
    avg_len = total_len / n_live
    scores: list[np.ndarray | None] = [None] * len(segments)
    for token in tokens:  # a repeated query word counts again, as in bm25s
        postings = [p.term(token, live) for p, live in segments]
        df = sum(len(rows) for rows, _ in postings)
        if not df:
            continue
        idf = np.log(1 + (n_live - df + 0.5) / (df + 0.5))
        for i, ((p, _), (rows, tf)) in enumerate(zip(segments, postings)):
            if len(rows):
                if scores[i] is None:
                    scores[i] = np.zeros(len(p.lengths), np.float32)
                norm = params.k1 * (1 - params.b + params.b * p.lengths[rows] / avg_len)
                scores[i][rows] += (idf * tf / (norm + tf)).astype(np.float32)  # type: ignore[index]
    found: list[tuple[int, int, float]] = []
    for i, s in enumerate(scores):
        if s is not None:
            mask = eligible[i] if eligible is not None else None
            if mask is not None:
                s = np.where(mask, s, 0)
            rows = np.flatnonzero(s > 0)
            if len(rows) > k:
                rows = rows[np.argpartition(-s[rows], k - 1)[:k]]
            found.extend((i, int(r), float(s[r])) for r in rows)
    return sorted(found, key=lambda h: (-h[2], h[0], h[1]))[:k]
