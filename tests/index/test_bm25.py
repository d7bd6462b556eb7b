"""The incremental BM25 scores exactly as bm25s (Lucene) does, and its statistics follow removals."""

import bm25s
import numpy as np
import pytest

from index import bm25
from index.manifest import Bm25Params

TEXTS = [
    "The harbour of Velmora reopened after the storm.",
    "Fishermen in Velmora sold tuna and more tuna at the harbour market.",
    "The minister visited Quetta to open a railway line.",
    "Railway workers in Quetta went on strike over pay.",
    "A storm closed the airport of Quetta for a day.",
]
PARAMS = Bm25Params()


def reference(texts, query):
    model = bm25s.BM25(method="lucene", k1=PARAMS.k1, b=PARAMS.b)
    model.index(bm25.tokenize(texts, PARAMS), show_progress=False)
    return model.get_scores(bm25.tokenize([query], PARAMS)[0])


@pytest.mark.parametrize("query", ["Velmora harbour tuna", "Quetta railway strike", "storm storm airport"])
def test_scores_equal_bm25s_whether_in_one_segment_or_split(query):
    expected = reference(TEXTS, query)
    whole = bm25.Postings.build(bm25.tokenize(TEXTS, PARAMS))
    one = {r: s for _, r, s in bm25.top(query, [(whole, None)], PARAMS, k=10)}
    first, second = (bm25.Postings.build(bm25.tokenize(part, PARAMS)) for part in (TEXTS[:2], TEXTS[2:]))
    split = {(i and 2) + r: s for i, r, s in bm25.top(query, [(first, None), (second, None)], PARAMS, k=10)}
    for found in (one, split):
        assert set(found) == set(np.flatnonzero(expected))
        assert [found[r] for r in sorted(found)] == pytest.approx([expected[r] for r in sorted(found)], rel=1e-5)


def test_dead_rows_leave_the_statistics_and_eligible_rows_limit_the_results():
    postings = bm25.Postings.build(bm25.tokenize(TEXTS, PARAMS))
    live = np.array([True, True, False, True, True])  # the third text was removed
    found = {r: s for _, r, s in bm25.top("Quetta railway", [(postings, live)], PARAMS, k=10)}
    expected = reference(TEXTS[:2] + TEXTS[3:], "Quetta railway")
    assert found[3] == pytest.approx(expected[2], rel=1e-5) and 2 not in found
    eligible = np.array([False, False, False, False, True])
    only = bm25.top("Quetta railway", [(postings, live)], PARAMS, k=10, eligible=[eligible])
    assert [r for _, r, _ in only] == [4] and only[0][2] == pytest.approx(found[4])


def test_postings_round_trip(tmp_path):
    postings = bm25.Postings.build(bm25.tokenize(TEXTS, PARAMS))
    postings.save(tmp_path)
    loaded = bm25.Postings.load(tmp_path)
    assert loaded.vocab == postings.vocab and np.array_equal(loaded.tf, postings.tf)
    assert bm25.top("tuna", [(loaded, None)], PARAMS, k=3)[0][1] == 1
