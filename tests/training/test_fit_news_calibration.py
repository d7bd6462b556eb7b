import math
import random

import pytest

from qa.gold import GoldItem, load_gold
from training.fit_news_calibration import NEWS_GOLD, fit_recalibration, scored_guesses


def test_the_fit_recovers_a_known_map():
    rng = random.Random(0)
    confidence = [rng.uniform(0.02, 0.98) for _ in range(20000)]
    truth = lambda p: 1 / (1 + math.exp(-(2.0 * math.log(p / (1 - p)) + 0.3)))  # noqa: E731
    correct = [rng.random() < truth(p) for p in confidence]
    scale, shift = fit_recalibration(confidence + [0.0] * 500, correct + [True] * 500)  # vetoes left out
    assert scale == pytest.approx(2.0, abs=0.1) and shift == pytest.approx(0.3, abs=0.1)


def test_the_fit_needs_right_and_wrong_guesses():
    with pytest.raises(ValueError, match="all right or all wrong"):
        fit_recalibration([0.2, 0.7, 0.0], [True, True, False])


def test_the_default_fit_set_is_a_gold_file_with_unanswerable_questions():
    items = load_gold(NEWS_GOLD)
    assert len(items) >= 90 and any(not i.answerable for i in items)


def test_a_guess_is_scored_right_as_qa_eval_scores_it(seeds_pipeline):
    questions = [
        ("Which missile system did Pakistan use?", ("Al-Fatah", "Al-Fatah missile system")),
        ("Which missile system did Pakistan use?", ("BrahMos",)),  # a wrong gold answer: the guess is wrong
        ("How long did the phone call between Dar and Rubio last?", ()),  # unanswerable: any guess is wrong
    ]
    items = [GoldItem(str(n), q, answers, ()) for n, (q, answers) in enumerate(questions)]
    confidence, correct = scored_guesses(seeds_pipeline, items)
    assert correct == [True, False, False]
    assert confidence[0] == confidence[1] > seeds_pipeline.threshold > confidence[2] > 0
