"""The seeds gold set is sound: every answer is verbatim in its articles (as indexed)."""

import json

import pytest

from eval.gold import DEFAULT_GOLD, example_questions
from index.loaders import load_articles
from qa.gold import load_gold
from tests.conftest import ARTICLE_LIMIT, SEEDS


def test_seeds_gold_set_is_complete_and_verbatim():
    items = load_gold(DEFAULT_GOLD)
    articles = {a.id: a.text for a in load_articles([SEEDS], max_article_chars=ARTICLE_LIMIT)[0]}
    assert len(items) >= 60
    assert sum(not i.answerable for i in items) >= 12
    assert any(len(i.article_ids) >= 2 for i in items) and sum(len(i.article_ids) == 1 for i in items) >= 20
    for item in items:
        assert all(d in articles for d in item.article_ids), item.id
        if item.answerable:
            assert item.article_ids, item.id
            for answer in item.answers:
                assert any(answer in articles[d] for d in item.article_ids), (item.id, answer)
            for d in item.article_ids:
                assert any(a in articles[d] for a in item.answers), (item.id, d)
        else:
            assert not item.article_ids, item.id


@pytest.mark.parametrize(
    "name, reports, questions, unanswerable", [("other_news", 8, 98, 39), ("later_news", 3, 33, 12)]
)
def test_the_gold_sets_outside_the_seeds_are_verbatim_in_their_own_reports(name, reports, questions, unanswerable):
    """The reports written for the project (``eval/gold/other_news``, ``eval/gold/later_news``): each answer in the
    report named, none for the rest."""
    items = load_gold(DEFAULT_GOLD.parent / f"{name}.jsonl")
    articles = {a.id: a.text for a in load_articles([DEFAULT_GOLD.parent / name], max_article_chars=ARTICLE_LIMIT)[0]}
    assert (len(articles), len(items), sum(not i.answerable for i in items)) == (reports, questions, unanswerable)
    for item in items:
        assert bool(item.answers) == bool(item.article_ids), item.id
        assert all(answer in articles[d] for answer in item.answers for d in item.article_ids), item.id


def test_bad_gold_lines_are_reported_with_their_line(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps({"id": "1", "question": "q", "answers": [], "article_ids": []}) + '\n{"id": 2}\n')
    with pytest.raises(ValueError, match="g.jsonl:2"):
        load_gold(f)


def test_example_questions_are_answerable_and_about_the_loaded_articles():
    examples = example_questions({"002_cdae5d1e4487e0ea"})
    assert "Who is Pakistan's finance chief?" in examples
    assert all(q in {i.question for i in load_gold(DEFAULT_GOLD) if i.answerable} for q in examples)
    assert "What is the capital of France?" not in examples and example_questions(set()) == []
