"""The tokenizers-only Tokenizer gives exactly what transformers' fast tokenizer gives (training used the latter)."""

import numpy as np
import pytest

from index.tokenizer import Tokenizer

QUESTIONS = [
    "Who met Rubio?",
    "Where will the dialogue be held, and when?",
    "Which missile system did Pakistan deploy?",
]
CONTEXTS = [
    "Ishaq Dar met Marco Rubio in Washington on Friday.",
    " ".join(f"Sentence {i} mentions Islamabad — August 4, 2025: talks." for i in range(60)),
    "On May 10, Pakistan deployed its Al-Fatah missile system, striking “multiple” targets.",
]


@pytest.fixture(scope="module")
def both(tiny_reader_dir):
    from transformers import AutoTokenizer

    return Tokenizer.load(tiny_reader_dir), AutoTokenizer.from_pretrained(tiny_reader_dir)


def test_windows_match_the_fast_tokenizer(both):
    ours, hf = both
    got = ours.windows(QUESTIONS, CONTEXTS, max_length=64, stride=16)
    want = hf(
        QUESTIONS,
        CONTEXTS,
        truncation="only_second",
        max_length=64,
        stride=16,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
    )
    assert len(got.input_ids) > len(QUESTIONS)  # the long context really overflows
    assert got.input_ids == want["input_ids"] and got.token_type_ids == want["token_type_ids"]
    assert [list(map(tuple, o)) for o in got.offsets] == [list(map(tuple, o)) for o in want["offset_mapping"]]
    assert got.sample == list(want["overflow_to_sample_mapping"])
    assert got.sequence_ids == [want.sequence_ids(f) for f in range(len(got.input_ids))]


def test_padded_batches_match_and_truncation_does_not_leak(both):
    ours, hf = both
    pairs = list(zip(QUESTIONS, CONTEXTS))
    got = ours.batch(pairs, max_length=48)
    want = hf([q for q, _ in pairs], [c for _, c in pairs], truncation="longest_first", max_length=48, padding=True)
    for key in ("input_ids", "attention_mask", "token_type_ids"):
        assert np.array_equal(got[key], np.array(want[key])), key
    assert len(ours.ids([CONTEXTS[1]])[0]) > 48  # a later call is not truncated by an earlier one
