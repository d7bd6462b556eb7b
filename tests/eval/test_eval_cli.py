"""``qa eval`` end to end on a small gold file, and SQuAD reader scoring on a tiny file."""

import json

from typer.testing import CliRunner

from cli.main import app
from tests.conftest import SEEDS

KEYS = {
    "n",
    "em",
    "f1",
    "answerable_em",
    "answerable_f1",
    "abstain_precision",
    "abstain_recall",
    "retrieval_recall_at_k",
    "mrr",
    "citation_accuracy",
    "ece",
    "latency_p50_ms",
    "latency_p95_ms",
}


def small_gold(path):
    rows = [
        {
            "id": "a",
            "question": "Which missile system did Pakistan deploy on May 10?",
            "answers": ["Al-Fatah"],
            "article_ids": ["000_ba8e4a116b29e82d"],
        },
        {
            "id": "b",
            "question": "Who is Pakistan's finance chief?",
            "answers": ["Muhammad Aurangzeb"],
            "article_ids": ["002_cdae5d1e4487e0ea"],
        },
        {"id": "c", "question": "What is the capital of France?", "answers": [], "article_ids": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_qa_eval_json_on_a_small_gold_file(tmp_path):
    gold = small_gold(tmp_path / "g.jsonl")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--corpus", str(SEEDS), "--json", "--top-k", "3"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert KEYS <= set(metrics)
    assert metrics["n"] == 3
    for k in ("em", "f1", "answerable_em", "answerable_f1"):
        assert 0 <= metrics[k] <= 100
    for k in ("abstain_precision", "abstain_recall", "retrieval_recall_at_k", "mrr", "citation_accuracy", "ece"):
        assert 0 <= metrics[k] <= 1
    assert metrics["answerable_f1"] == 100 and metrics["retrieval_recall_at_k"] == 1.0
    assert metrics["latency_p95_ms"] >= metrics["latency_p50_ms"] > 0


def test_qa_eval_cut_answers_asks_the_answerable_questions_without_their_answer(tmp_path):
    gold = small_gold(tmp_path / "g.jsonl")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--corpus", str(SEEDS), "--cut-answers", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert metrics["questions"] == 2  # the unanswerable one is not asked
    assert 0.0 <= metrics["abstained"] <= 1.0
    assert not any("Al-Fatah" in line or "Aurangzeb" in line for line in metrics["answered"])


def test_qa_eval_typed_asks_the_questions_as_typed_in_a_hurry(tmp_path):
    from eval.typed import typed

    assert typed("Who is Pakistan's finance chief?") == "who's pakistans finance chief"
    assert typed("What is the capital of France?") == "whats the capital of france"
    gold, out = small_gold(tmp_path / "g.jsonl"), tmp_path / "run"
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(gold), "--corpus", str(SEEDS), "--typed", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    predictions = (out / "predictions.csv").read_text()
    assert "who's pakistans finance chief," in predictions and "Muhammad Aurangzeb" in predictions
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["answerable_f1"] == 100 and metrics["unanswerable_abstained"] == 1.0


def test_qa_eval_writes_a_report_folder(tmp_path):
    gold = small_gold(tmp_path / "g.jsonl")
    out = tmp_path / "run"
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--corpus", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("metrics.json", "predictions.csv", "report.md", "reliability.png", "latency.png", "coverage.png"):
        assert (out / name).stat().st_size > 0, name
    assert "F1" in result.stdout
    assert (out / "predictions.csv").read_text().count("\n") == 4


def test_squad_reader_mode_scores_like_the_official_script(tmp_path):
    context = "The Al-Fatah missile system was deployed on May 10 by Pakistan."
    data = {
        "version": "v2.0",
        "data": [
            {
                "title": "T",
                "paragraphs": [
                    {
                        "context": context,
                        "qas": [
                            {
                                "id": "q1",
                                "question": "Which missile system was deployed?",
                                "is_impossible": False,
                                "answers": [
                                    {"text": "Al-Fatah missile system", "answer_start": 4},
                                    {"text": "Al-Fatah", "answer_start": 4},
                                ],
                            },
                            {
                                "id": "q2",
                                "question": "What is the capital of France?",
                                "is_impossible": True,
                                "answers": [],
                            },
                        ],
                    }
                ],
            }
        ],
    }
    f = tmp_path / "mini.json"
    f.write_text(json.dumps(data))
    result = CliRunner().invoke(app, ["eval", "--squad", str(f), "--json"])
    assert result.exit_code == 0, result.output
    m = json.loads(result.stdout.strip().splitlines()[-1])
    assert m["n"] == 2 and m["has_ans_n"] == 1 and m["no_ans_n"] == 1
    assert m["forced_f1"] == 50.0  # made to answer, the shipped reader finds q1 (100) and q2 cannot be right (0)
    assert m["has_ans_f1"] in (0.0, 100.0)  # answered right, or abstained (the verifier may doubt so short a text)
    assert m["em"] == (m["has_ans_em"] + m["no_ans_em"]) / 2
