"""Fitting the verifier: per-question decisions and the threshold, on synthetic rows (no models)."""

import numpy as np

from qa.verify import FEATURES
from training.fit_verifier import Rows, decisions, fit


def test_decisions_take_each_questions_best_candidate_or_abstain():
    rows = Rows(
        x=np.zeros((3, len(FEATURES))),
        y=np.array([1.0, 0.0, 0.0]),
        question=np.array([0, 0, 1]),
        f1=np.array([1.0, 0.0, 0.0]),
        unanswerable=np.array([False, True]),
    )
    p = np.array([0.9, 0.2, 0.3])
    assert decisions(rows, p, 0.5).tolist() == [1.0, 1.0]  # q0 answered right, q1 abstained rightly
    assert decisions(rows, p, 0.95).tolist() == [0.0, 1.0]  # q0 wrongly abstained
    assert decisions(rows, p, 0.1).tolist() == [1.0, 0.0]  # q1 answered although unanswerable


def signal_rows(n: int, seed: int) -> Rows:
    """One candidate per question; the support feature tells right from wrong, the echo feature is noise."""
    rng = np.random.default_rng(seed)
    x = np.zeros((n, len(FEATURES)))
    right = rng.random(n) < 0.5
    x[:, FEATURES.index("support")] = np.where(right, 2.0, -2.0) + rng.normal(0, 0.5, n)
    x[:, FEATURES.index("echo")] = rng.normal(0, 1, n)
    return Rows(x=x, y=right.astype(float), question=np.arange(n), f1=right.astype(float), unanswerable=~right)


def test_fit_learns_the_signal_and_a_threshold_between_the_classes():
    rows = signal_rows(600, seed=0)
    model, report = fit(rows)
    assert model.weights[FEATURES.index("support")] > 1.0
    assert 0.05 < model.threshold < 0.95 and report["fit_f1_at_threshold"] > 95
    assert report["questions"] == 600 and report["unanswerable"] == int(rows.unanswerable.sum())


def test_held_out_f1_drops_without_the_feature_that_carries_the_signal():
    from training.fit_verifier import held_out_f1

    rows = signal_rows(400, seed=1)
    full = held_out_f1(rows)
    assert full > 95
    assert held_out_f1(rows, "support") < full - 20
    assert abs(held_out_f1(rows, "echo") - full) < 3


def test_of_questions_renumbers_and_keeps_each_questions_rows():
    rows = Rows(
        x=np.arange(4.0)[:, None] * np.ones((1, len(FEATURES))),
        y=np.array([1.0, 0.0, 0.0, 1.0]),
        question=np.array([0, 0, 1, 2]),
        f1=np.array([1.0, 0.0, 0.0, 1.0]),
        unanswerable=np.array([False, True, False]),
    )
    part = rows.of_questions(np.array([True, False, True]))
    assert part.question.tolist() == [0, 0, 1] and part.x[:, 0].tolist() == [0.0, 1.0, 3.0]
    assert part.unanswerable.tolist() == [False, False]


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
