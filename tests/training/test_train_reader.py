"""The training command end to end on a tiny SQuAD-format file made from the seeds."""

import json

import typer
from typer.testing import CliRunner

from index.tokenizer import Tokenizer
from qa.calibration import Calibration
from qa.reader import ExtractiveReader, Span
from qa.squad_files import load_squad
from tests.conftest import SEEDS
from training.calibrate import v2_check
from training.train_reader import (
    TrainConfig,
    add_negatives,
    build_features,
    padded_tensors,
    split_articles,
    v2_training_part,
)
from training.train_reader import main as train_main


def make_squad(path):
    text = (SEEDS / "000_ba8e4a116b29e82d.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if len(p) > 120]
    qas = [
        ("Which missile system?", "Al-Fatah"),
        ("How many were killed?", "26"),
        ("Who welcomed the army chief?", "Donald Trump"),
    ]
    data = []
    for a in range(2):
        paras = []
        for p in paragraphs:
            items = [
                {"id": f"{a}-{len(paras)}-{i}", "question": q, "answers": [{"text": ans, "answer_start": p.index(ans)}]}
                for i, (q, ans) in enumerate(qas)
                if ans in p
            ]
            paras.append({"context": p, "qas": items})
        data.append({"title": f"Article {a}", "paragraphs": paras})
    path.write_text(json.dumps({"version": "1.1", "data": data}))
    return path


def test_features_mark_answers_and_unanswerable_windows(tmp_path, tiny_reader_dir):
    examples = add_negatives(load_squad(make_squad(tmp_path / "s.json")), ratio=1.0, seed=0)
    assert any(not e.answers for e in examples)
    tok = Tokenizer.load(tiny_reader_dir)
    cfg = TrainConfig(data="", out="")
    features = build_features(tok, examples, cfg)
    for (ids, _, s, e), ex in zip(features, examples):
        if ex.answers:
            assert tok.decode(ids[s : e + 1]).replace(" - ", "-").lower() == ex.answers[0].lower()
        else:
            assert (s, e) == (0, 0)


def test_training_runs_end_to_end_and_produces_a_loadable_reader(tmp_path, tiny_reader_dir):
    data = make_squad(tmp_path / "squad.json")
    out = tmp_path / "reader"
    app = typer.Typer()
    app.command()(train_main)
    result = CliRunner().invoke(
        app,
        [
            "--data",
            str(data),
            "--out",
            str(out),
            "--base",
            str(tiny_reader_dir),
            "--epochs",
            "1",
            "--batch-size",
            "4",
            "--holdout-articles",
            "1",
            "--v2-data",
            str(make_v2(tmp_path / "v2.json")),
            "--v2-repeat",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    args = json.loads((out / "training_args.json").read_text())
    assert args["steps"] == args["total_steps"] > 0 and args["heldout_articles"]
    v1_examples = add_negatives(split_articles(load_squad(data), 1, 42)[0], 0.5, 42)
    assert args["examples"] == len(v1_examples) + 4  # the v2.0 part: one title's two questions, twice
    assert not (out / "checkpoint.pt").exists()
    reader = ExtractiveReader(out, runtime="torch")
    spans = reader.read("Which missile system?", ["On May 10, Pakistan deployed its Al-Fatah missile system."])
    assert spans and reader.model.model.model.dtype.is_floating_point  # FewShapes(TorchModel(net))


def make_v2(path, titles=("Delta", "Alpha", "Charlie", "Bravo")):
    """A SQuAD v2.0-format file: per title one answerable and one unanswerable question."""
    context = "On May 10, Pakistan deployed its Al-Fatah missile system near the border."
    data = [
        {
            "title": t,
            "paragraphs": [
                {
                    "context": context,
                    "qas": [
                        {
                            "id": f"{t}-a",
                            "question": "Which missile system?",
                            "is_impossible": False,
                            "answers": [{"text": "Al-Fatah", "answer_start": context.index("Al-Fatah")}],
                        },
                        {"id": f"{t}-n", "question": "Which radar system?", "is_impossible": True, "answers": []},
                    ],
                }
            ],
        }
        for t in titles
    ]
    path.write_text(json.dumps({"version": "v2.0", "data": data}))
    return path


def test_v2_training_part_is_the_fit_halfs_first_part_only_repeated(tmp_path):
    # sorted titles Alpha Bravo Charlie Delta: fit half Alpha, Charlie; its first part Alpha
    part = v2_training_part(str(make_v2(tmp_path / "v2.json")), repeat=3)
    assert {e.title for e in part} == {"Alpha"}
    assert len(part) == 6 and len({e.id for e in part}) == 6
    assert sum(1 for e in part if not e.answers) == 3


def test_padded_tensors_hold_each_feature_and_its_targets():
    features = [([101, 7, 102], [0, 0, 0], 1, 1), ([101, 8, 9, 10, 102], [0, 0, 1, 1, 1], 0, 0)]
    ids, types, starts, ends = padded_tensors(features, pad=0, device="cpu")
    assert ids.tolist() == [[101, 7, 102, 0, 0], [101, 8, 9, 10, 102]]
    assert types.tolist() == [[0, 0, 0, 0, 0], [0, 0, 1, 1, 1]]
    assert starts.tolist() == [1, 0] and ends.tolist() == [1, 0]


class FixedReader:
    """Reads every question as the same span, sure of it only when the question asks for a missile."""

    def read_batch(self, items):
        out = []
        for question, _ in items:
            sure = "missile" in question
            out.append(
                [
                    Span(
                        text="Al-Fatah",
                        score=5.0,
                        null_score=0.0 if sure else 9.0,
                        logprob=-0.1,
                        confidence=0.0,
                        passage=0,
                        start=0,
                        end=8,
                    )
                ]
            )
        return out


def test_v2_check_scores_answers_and_abstentions_of_the_unseen_part(tmp_path):
    cal = Calibration(coef_diff=1.0, coef_logprob=0.0, intercept=0.0, threshold=0.5, sigmoid=True)
    path = make_v2(tmp_path / "v2.json")
    data = json.loads(path.read_text())
    alpha = next(a for a in data["data"] if a["title"] == "Alpha")  # the first part, which the reader learns
    alpha["paragraphs"][0]["qas"].append({"id": "Alpha-x", "question": "Which radar?", "is_impossible": True})
    path.write_text(json.dumps(data))
    checked = v2_check(FixedReader(), cal, path)
    # the second part of the fit half: Charlie, one answerable and one unanswerable question
    assert checked["v2_part_questions"] == 2
    assert checked["v2_part_has_ans_f1"] == 100.0 and checked["v2_part_no_ans_accuracy"] == 100.0
    assert checked["v2_part_f1"] == 100.0
