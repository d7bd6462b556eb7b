import json
import math
import random

import pytest

from training.fit_news_calibration import NEWS_GOLD, fit_recalibration, gold_questions, scored_guesses


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


def test_gold_questions_are_read_with_their_answers(tmp_path):
    gold = tmp_path / "news.jsonl"
    lines = [{"id": "1", "question": "Who won?", "answers": ["Reyna"], "article_ids": ["a"]}]
    lines.append({"id": "2", "question": "Who lost?", "answers": [], "article_ids": ["a"]})
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert gold_questions(gold) == [("Who won?", ("Reyna",)), ("Who lost?", ())]
    assert len(gold_questions(NEWS_GOLD)) >= 90  # the default fit set is there


def test_a_guess_is_scored_right_as_qa_eval_scores_it(seeds_pipeline):
    questions = [
        ("Which missile system did Pakistan use?", ("Al-Fatah", "Al-Fatah missile system")),
        ("Which missile system did Pakistan use?", ("BrahMos",)),  # a wrong gold answer: the guess is wrong
        ("How long did the phone call between Dar and Rubio last?", ()),  # unanswerable: any guess is wrong
    ]
    confidence, correct = scored_guesses(seeds_pipeline, questions)
    assert correct == [True, False, False]
    assert confidence[0] == confidence[1] > seeds_pipeline.threshold > confidence[2] > 0
