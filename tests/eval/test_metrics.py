"""Metric functions against hand-computed cases."""

import pytest

from eval.metrics import (
    abstention_scores,
    exact_match,
    expected_calibration_error,
    f1,
    max_over_gold,
    mean_reciprocal_rank,
    recall_at_k,
)
from qa.text import counted_right, normalize_answer


def test_squad_normalization():
    assert normalize_answer("The  Al-Fatah, missile!") == "alfatah missile"
    assert normalize_answer("an Apple a day") == "apple day"


def test_exact_match_and_f1():
    assert exact_match("the Eiffel Tower", "Eiffel tower.") == 1.0
    assert exact_match("Eiffel", "Eiffel Tower") == 0.0
    # pred tokens {eiffel, tower, paris}, gold {eiffel, tower}: P = 2/3, R = 1, F1 = 0.8
    assert f1("Eiffel Tower Paris", "the Eiffel Tower") == pytest.approx(0.8)
    assert f1("Louvre", "Eiffel Tower") == 0.0


def test_max_over_gold_and_unanswerable():
    assert max_over_gold(f1, "Tower", ["Eiffel Tower", "Tower"]) == 1.0
    assert max_over_gold(exact_match, "", []) == 1.0  # abstaining on an unanswerable question is right
    assert max_over_gold(f1, "something", []) == 0.0


def test_a_guess_counts_right_from_half_token_f1_and_never_on_an_unanswerable_question():
    assert counted_right("Al-Fatah", ["BrahMos", "the Al-Fatah missile system"])  # F1 0.5 with the second
    assert not counted_right("Pakistan deployed its Al-Fatah", ["Al-Fatah missile system"])  # F1 0.29
    assert not counted_right("Al-Fatah", []) and not counted_right("", [])


def test_abstention_scores():
    # abstained on q1 (unanswerable), q2 (answerable); answered q3 (unanswerable), q4 (answerable)
    s = abstention_scores([True, True, False, False], [True, False, True, False])
    assert s["abstain_precision"] == 0.5 and s["abstain_recall"] == 0.5 and s["abstain_f1"] == 0.5


def test_recall_and_mrr():
    retrieved = [["a", "b", "c"], ["x", "y"], ["q"]]
    gold = [["b"], ["z"], []]  # the third has no gold article and is skipped
    assert recall_at_k(retrieved, gold) == 0.5
    assert mean_reciprocal_rank(retrieved, gold) == pytest.approx((1 / 2 + 0) / 2)


def test_expected_calibration_error():
    # bin [0.8,0.9]: confidences 0.85 x2, accuracy 0.5 -> gap 0.35; bin [0.1,0.2]: 0.15, accuracy 0 -> gap 0.15
    ece = expected_calibration_error([0.85, 0.85, 0.15], [1, 0, 0])
    assert ece == pytest.approx((2 * 0.35 + 1 * 0.15) / 3)
    assert expected_calibration_error([1.0, 0.0], [1, 0]) == 0.0
