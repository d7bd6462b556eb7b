"""The support model's training command end to end on tiny SQuAD-format files, and the loaded model scores pairs."""

import gzip
import json
import shutil

import typer
from typer.testing import CliRunner

from index.runtime import Runtime, cpu_flags, has_bf16
from qa.settings import Settings
from qa.squad_files import split_fit_half
from qa.support import SupportModel, mark
from tests.training.test_train_reader import make_squad
from training.train_support import main as train_main


def test_support_training_runs_end_to_end(tmp_path, tiny_reader_dir):
    squad = tmp_path / "squad"
    squad.mkdir()
    data = json.loads(make_squad(tmp_path / "s.json").read_text())
    data["data"][0]["paragraphs"][0]["qas"].append(
        {"id": "impossible-1", "question": "Which cities were struck?", "answers": [], "is_impossible": True}
    )
    for name in ("squad-v1.1-train.json.gz", "squad-v2.0-dev.json.gz"):
        with gzip.open(squad / name, "wt", encoding="utf-8") as fh:
            json.dump(data, fh)
    reader = tmp_path / "reader"
    shutil.copytree(tiny_reader_dir, reader)
    (reader / "training_args.json").write_text(json.dumps({"heldout_articles": ["Article 1"]}))
    out = tmp_path / "support"
    app = typer.Typer()
    app.command()(train_main)
    result = CliRunner().invoke(
        app,
        [
            "--squad-dir",
            str(squad),
            "--out",
            str(out),
            "--base",
            str(tiny_reader_dir),
            "--reader",
            str(reader),
            "--questions",
            "4",
            "--layers",
            "1",
            "--batch-size",
            "4",
            "--bf16",
        ],
    )
    assert result.exit_code == 0, result.output
    args = json.loads((out / "training_args.json").read_text())
    assert args["bf16"] == has_bf16(cpu_flags())  # asked for, and taken where the CPU computes it
    assert args["steps"] > 0 and args["pairs"] > args["positive"] > 0
    assert not (out / "checkpoint.pt").exists()
    pairs = [json.loads(line) for line in (out / "pairs.jsonl").read_text().splitlines()]
    assert all("«" in p[1] and "»" in p[1] for p in pairs)
    model = SupportModel.load(out, Settings(), Runtime.TORCH)
    scores = model.score([("Which missile system?", mark("Pakistan deployed its Al-Fatah missile.", 22, 30))])
    assert scores.shape == (1,)


def test_split_fit_half_splits_titles_and_keep_every_question():
    from qa.squad_files import SquadExample

    examples = [SquadExample(str(i), f"T{i % 5}", "c", "q", (), (), 0) for i in range(20)]
    first, second = split_fit_half(examples)
    assert {e.title for e in first} == {"T0", "T2", "T4"} and {e.title for e in second} == {"T1", "T3"}
    assert len(first) + len(second) == 20


def test_pairs_are_sentence_level_evidence():
    from training.train_support import sentence_level

    found = [
        ("Rubio met Dar.", 0, 5, 0),  # a boundary slip inside the answering sentence: dropped
        ("Rubio met Dar.", 10, 13, 1),
        ("Rubio met Dar.", 6, 13, 1),  # a second right span of the same sentence: dropped
        ("Trump spoke.", 0, 5, 0),
    ]  # a sentence that does not answer: kept as a negative
    assert sentence_level(found) == [("Rubio met Dar.", 10, 13, 1), ("Trump spoke.", 0, 5, 0)]


def test_hard_pairs_mark_the_wrong_role_and_swap_what_the_sentence_holds():
    from qa.squad_files import SquadExample
    from training.train_support import hard_pairs

    sentence = "President Trump welcomed Pakistan's army chief Asim Munir for a lunch at the White House."
    # the rest of the paragraph repeats words of the answer sentence ("lunch", "Trump"): never swapped in
    context = f"India struck several sites on May 6. {sentence} Rubio was not invited to the lunch by Trump."
    question = "Who welcomed Pakistan's army chief at the White House?"
    e = SquadExample("q1", "T", context, question, ("President Trump",), (context.index(sentence),), 0)
    positive = (question, mark(sentence, 0, len("President Trump")), 1)
    for seed in range(20):
        pairs = hard_pairs([e], seed=seed)
        assert pairs[0] == positive
        negatives = [p for p in pairs if p[2] == 0]
        # role: another name of the answer sentence marked, never the answer or the question's own words
        assert [p[1] for p in negatives if p[0] == question] == [mark(sentence, 47, 57)]  # «Asim Munir»
        # entity and predicate: one name, then one word, of the question that the sentence holds, swapped for one
        # of the rest of the paragraph that the sentence lacks; the gold span still marked
        swapped = [p for p in negatives if p[0] != question]
        assert len(swapped) == 2 and all(p[1] == positive[1] for p in swapped)
        for (changed, _, _), capital in zip(swapped, (True, False)):
            before, after = question.split(), changed.split()
            pairs_changed = [(b, a) for b, a in zip(before, after) if b != a]
            assert len(before) == len(after) and len(pairs_changed) == 1
            old, new = (w.strip("?").removesuffix("'s") for w in pairs_changed[0])
            assert old.lower() in sentence.lower() and new.lower() not in sentence.lower() and new in context
            assert new[0].isupper() == capital
    assert hard_pairs([SquadExample("q2", "T", context, "Who?", (), (), 0)], seed=0) == []


def test_hard_pairs_read_the_words_before_the_sentence_and_never_swap_one_of_them_in():
    from qa.squad_files import SquadExample
    from training.train_support import hard_pairs

    sentence = "He welcomed the army chief at the White House."
    context = f"Trump spoke in Ohio in May. Then Biden arrived. {sentence} Rubio and Obama were not invited."
    question = "Who welcomed the army chief at the White House?"
    e = SquadExample("q1", "T", context, question, ("He",), (context.index(sentence),), 0)
    for seed in range(20):
        pairs = hard_pairs([e], seed=seed, context_words=3)
        assert pairs[0] == (question, "Then Biden arrived. «He» welcomed the army chief at the White House.", 1)
        for changed, evidence, label in pairs[1:]:
            assert label == 0 and evidence.startswith("Then Biden arrived. ")
            assert "Biden" not in changed  # a name the model reads cannot make a question it does not answer
