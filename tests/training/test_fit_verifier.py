"""Fitting the verifier: per-question decisions and the threshold, on synthetic rows (no models)."""

import numpy as np

from qa.verify import FEATURES
from training.fit_verifier import Rows, decisions, fit


def rows_of(question, f1, unanswerable, vetoed=None, reader_confidence=None, x=None, y=None) -> Rows:
    n = len(question)
    return Rows(
        x=np.zeros((n, len(FEATURES))) if x is None else x,
        y=(np.asarray(f1) >= 0.5).astype(float) if y is None else y,
        question=np.asarray(question),
        f1=np.asarray(f1, dtype=float),
        unanswerable=np.asarray(unanswerable),
        vetoed=np.zeros(n, dtype=bool) if vetoed is None else np.asarray(vetoed),
        reader_confidence=np.linspace(1.0, 0.5, n) if reader_confidence is None else np.asarray(reader_confidence),
    )


def test_decisions_take_each_questions_best_candidate_or_abstain():
    rows = rows_of(question=[0, 0, 1], f1=[1.0, 0.0, 0.0], unanswerable=[False, True])
    p = np.array([0.9, 0.2, 0.3])
    assert decisions(rows, p, 0.5).tolist() == [1.0, 1.0]  # q0 answered right, q1 abstained rightly
    assert decisions(rows, p, 0.95).tolist() == [0.0, 1.0]  # q0 wrongly abstained
    assert decisions(rows, p, 0.1).tolist() == [1.0, 0.0]  # q1 answered although unanswerable


def test_decisions_answer_as_the_product_does_the_readers_first_passing_candidate_never_a_vetoed_one():
    # q0: the reader's first (wrong) and second (right) both pass: the product answers with the reader's first
    # q1: its only candidate passes but is vetoed: the product abstains
    rows = rows_of(
        question=[0, 0, 1],
        f1=[0.0, 1.0, 1.0],
        unanswerable=[False, False],
        vetoed=[False, False, True],
        reader_confidence=[0.8, 0.7, 0.9],
    )
    p = np.array([0.6, 0.9, 0.9])
    assert decisions(rows, p, 0.5).tolist() == [0.0, 0.0]
    assert decisions(rows, p, 0.7).tolist() == [1.0, 0.0]  # only the right one passes


def signal_rows(n: int, seed: int) -> Rows:
    """One candidate per question; the support feature tells right from wrong, the echo feature is noise."""
    rng = np.random.default_rng(seed)
    x = np.zeros((n, len(FEATURES)))
    right = rng.random(n) < 0.5
    x[:, FEATURES.index("support")] = np.where(right, 2.0, -2.0) + rng.normal(0, 0.5, n)
    x[:, FEATURES.index("echo")] = rng.normal(0, 1, n)
    return rows_of(question=np.arange(n), f1=right.astype(float), unanswerable=~right, x=x)


def test_fit_learns_the_signal_and_a_threshold_between_the_classes():
    rows = signal_rows(600, seed=0)
    model, report = fit(rows)
    assert model.weights[FEATURES.index("support")] > 1.0
    assert 0.05 < model.threshold < 0.95 and report["fit_f1_at_threshold"] > 95
    assert report["questions"] == 600 and report["unanswerable"] == int(rows.unanswerable.sum())


def test_fit_learns_from_the_rows_it_decides_not_the_vetoed_ones():
    rows = signal_rows(600, seed=3)
    # vetoed rows: support not read (0) and all wrong; they would teach that no reading means wrong
    vetoed = np.arange(600) % 3 == 0
    x = rows.x.copy()
    x[vetoed, FEATURES.index("support")] = 0.0
    f1 = np.where(vetoed, 0.0, rows.f1)
    model, _ = fit(rows_of(question=rows.question, f1=f1, unanswerable=rows.unanswerable, x=x, vetoed=vetoed))
    judged, _ = fit(
        rows_of(question=np.arange(400), f1=f1[~vetoed], unanswerable=rows.unanswerable[~vetoed], x=x[~vetoed])
    )
    assert np.allclose(model.weights, judged.weights) and np.isclose(model.intercept, judged.intercept)


def test_held_out_f1_drops_without_the_feature_that_carries_the_signal():
    from training.fit_verifier import held_out_f1

    rows = signal_rows(400, seed=1)
    full = held_out_f1(rows)
    assert full > 95
    assert held_out_f1(rows, "support") < full - 20
    assert abs(held_out_f1(rows, "echo") - full) < 3


def test_of_questions_renumbers_and_keeps_each_questions_rows():
    rows = rows_of(
        question=[0, 0, 1, 2],
        f1=[1.0, 0.0, 0.0, 1.0],
        unanswerable=[False, True, False],
        vetoed=[False, True, False, True],
        x=np.arange(4.0)[:, None] * np.ones((1, len(FEATURES))),
    )
    part = rows.of_questions(np.array([True, False, True]))
    assert part.question.tolist() == [0, 0, 1] and part.x[:, 0].tolist() == [0.0, 1.0, 3.0]
    assert part.unanswerable.tolist() == [False, False] and part.vetoed.tolist() == [False, True, True]
    assert part.reader_confidence.tolist() == rows.reader_confidence[[0, 1, 3]].tolist()


def test_cached_rows_of_other_features_are_refused_with_a_message(tmp_path):
    import pytest

    rows = signal_rows(10, seed=2)
    rows.save(tmp_path / "rows.npz")
    assert Rows.load(tmp_path / "rows.npz").x.tolist() == rows.x.tolist()
    np.savez(
        tmp_path / "old.npz",
        x=rows.x[:, :-1],
        y=rows.y,
        question=rows.question,
        f1=rows.f1,
        unanswerable=rows.unanswerable,
    )
    with pytest.raises(ValueError, match="other verifier features; delete it"):
        Rows.load(tmp_path / "old.npz")
    np.savez(  # the features of today, but saved before the rows kept vetoes and the reader's order
        tmp_path / "older.npz",
        x=rows.x,
        y=rows.y,
        question=rows.question,
        f1=rows.f1,
        unanswerable=rows.unanswerable,
        features=np.array(FEATURES),
    )
    with pytest.raises(ValueError, match="older fit .*vetoed, reader_confidence.*delete it"):
        Rows.load(tmp_path / "older.npz")
    loaded = Rows.load(tmp_path / "rows.npz")
    assert loaded.vetoed.tolist() == rows.vetoed.tolist()
    assert loaded.reader_confidence.tolist() == rows.reader_confidence.tolist()
