"""The long-article corpus: each article's paragraphs joined, with a gold set the eval reads (tiny SQuAD file)."""

import json

from eval.long_corpus import write_long_corpus
from qa.gold import load_gold


def _squad(path):
    def qa(i, question, answer=None, start=0):
        answers = [{"text": answer, "answer_start": start}] if answer else []
        return {"id": i, "question": question, "answers": answers, "is_impossible": not answers}

    data = [
        {
            "title": "Black_Death",
            "paragraphs": [
                {"context": "The plague came in 1347.", "qas": [qa("q1", "When did it come?", "1347", 19)]},
                {"context": "It killed millions.", "qas": [qa("q2", "Who cured it?")]},
            ],
        },
        {
            "title": "Oxygen",
            "paragraphs": [{"context": "Oxygen is a gas.", "qas": [qa("q3", "What is it?", "a gas", 10)]}],
        },
    ]
    path.write_text(json.dumps({"version": "v2.0", "data": data}), encoding="utf-8")
    return path


def test_articles_are_their_paragraphs_joined_and_every_question_points_at_its_article(tmp_path):
    articles, questions = write_long_corpus(_squad(tmp_path / "squad.json"), tmp_path / "out", half="all", sample=10)
    assert (articles, questions) == (2, 3)
    text = (tmp_path / "out" / "corpus" / "Black_Death.txt").read_text(encoding="utf-8")
    assert text == "Black Death\n\nThe plague came in 1347.\n\nIt killed millions.\n"
    gold = {g.question: g for g in load_gold(tmp_path / "out" / "gold.jsonl")}
    assert gold["When did it come?"].answers == ("1347",) and gold["When did it come?"].article_ids == ("Black_Death",)
    assert not gold["Who cured it?"].answers
    again = tmp_path / "again"
    write_long_corpus(tmp_path / "squad.json", again, half="all", sample=2)
    first = [json.loads(line)["question"] for line in (again / "gold.jsonl").read_text().splitlines()]
    write_long_corpus(tmp_path / "squad.json", again, half="all", sample=2)
    assert [json.loads(line)["question"] for line in (again / "gold.jsonl").read_text().splitlines()] == first
