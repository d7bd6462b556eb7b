"""What the support model reads: the cited sentence with the answer marked, after the words before it."""

import json
from pathlib import Path

import pytest

from index.runtime import Runtime
from qa.reader import ExtractiveReader
from qa.settings import Settings
from qa.support import SupportModel, evidence_text, mark, marked_evidence, reading
from qa.verify import served_configuration

TEXT = "Dar met Rubio on Friday.\nHe called the diaspora a bridge. Rubio agreed."


def test_the_sentence_alone_when_no_context_is_asked():
    sentence = (TEXT.index("He"), TEXT.index(" Rubio agreed"))
    assert evidence_text(TEXT, sentence) == ("He called the diaspora a bridge.", 0)
    start = TEXT.index("bridge")
    assert marked_evidence(TEXT, sentence, start, start + 6) == mark("He called the diaspora a bridge.", 25, 31)


def test_the_last_words_before_the_sentence_whatever_the_line_breaks():
    sentence = (TEXT.index("He"), TEXT.index(" Rubio agreed"))
    start = TEXT.index("bridge")
    assert evidence_text(TEXT, sentence, 3) == ("Rubio on Friday. He called the diaspora a bridge.", 17)
    assert marked_evidence(TEXT, sentence, start, start + 6, 3) == "Rubio on Friday. He called the diaspora a «bridge»."
    assert marked_evidence(TEXT, (0, 24), 0, 3, 10) == "«Dar» met Rubio on Friday."  # nothing before


def test_a_model_reads_as_it_was_trained(tmp_path):
    assert reading(tmp_path) == {"max_length": 96, "context_words": 0}  # a model without a record: sentence alone
    (tmp_path / "training_args.json").write_text(json.dumps({"max_length": 128, "context_words": 24}))
    assert reading(tmp_path) == {"max_length": 128, "context_words": 24}


@pytest.fixture(scope="module")
def tiny_support_dir(tmp_path_factory, tiny_reader_dir) -> Path:
    """A 2-layer one-logit model with random weights and the real tokenizer: for plumbing, not quality."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    path = tmp_path_factory.mktemp("tiny-support")
    torch.manual_seed(0)
    config = BertConfig.from_pretrained(tiny_reader_dir, num_labels=1)
    BertForSequenceClassification(config).save_pretrained(path)
    AutoTokenizer.from_pretrained(tiny_reader_dir).save_pretrained(path)
    return path


def test_beside_an_onnx_reader_the_support_model_runs_in_int8_and_says_so(tiny_support_dir):
    support = SupportModel.load(tiny_support_dir, Settings(), Runtime.ONNX)
    assert support is not None and support.runtime is Runtime.ONNX_INT8
    torch_support = SupportModel.load(tiny_support_dir, Settings(), Runtime.TORCH_INT8)
    assert torch_support is not None and torch_support.runtime is Runtime.TORCH  # float where int8 gains nothing
    reader = ExtractiveReader("unused", runtime="onnx", loaded=(None, None))
    assert served_configuration(reader, support)["support_runtime"] == "onnx-int8"


def test_an_int8_support_score_does_not_move_with_the_pairs_read_beside_it(tiny_support_dir):
    support = SupportModel(tiny_support_dir, runtime="onnx-int8")
    pair = ("Which missile system?", mark("Pakistan deployed its Al-Fatah missile.", 22, 30))
    other = (
        "Who met Rubio on Friday in Washington?",
        mark("Dar met Rubio on Friday in the capital, aides said.", 0, 3),
    )
    alone = support.score([pair])
    assert support.score([pair, other])[0] == alone[0]
    assert support.score([other, pair])[1] == alone[0]
