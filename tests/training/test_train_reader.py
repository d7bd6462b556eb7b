"""The training command end to end on a tiny SQuAD-format file made from the seeds."""

import json

import typer
from typer.testing import CliRunner

from index.tokenizer import Tokenizer
from qa.reader import ExtractiveReader
from qa.squad_files import load_squad
from tests.conftest import SEEDS
from training.train_reader import TrainConfig, add_negatives, build_features
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
        ],
    )
    assert result.exit_code == 0, result.output
    args = json.loads((out / "training_args.json").read_text())
    assert args["steps"] == args["total_steps"] > 0 and args["heldout_articles"]
    assert not (out / "checkpoint.pt").exists()
    reader = ExtractiveReader(out, runtime="torch")
    spans = reader.read("Which missile system?", ["On May 10, Pakistan deployed its Al-Fatah missile system."])
    assert spans and reader.model.model.model.dtype.is_floating_point  # FewShapes(TorchModel(net))
