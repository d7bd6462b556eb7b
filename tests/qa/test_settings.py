"""Settings: one default per knob, environment overrides, flags over both, and validation."""

from pathlib import Path

import pytest

from index.runtime import Runtime
from qa.reader import trim_span
from qa.settings import FaissIndex, Settings, SettingsError


def test_environment_overrides_are_parsed_by_type():
    s = Settings.from_env(
        {
            "QA_TOP_K": "7",
            "QA_RUNTIME": "torch",
            "QA_INDEX_DIR": "/tmp/x",
            "QA_THRESHOLD": "0.25",
            "QA_FAISS_INDEX": "hnsw",
            "QA_CANDIDATES": "",
        }
    )
    assert s.top_k == 7 and s.runtime is Runtime.TORCH and s.index_dir == Path("/tmp/x") and s.threshold == 0.25
    assert s.faiss_index is FaissIndex.HNSW and s.candidates == Settings().candidates


def test_flags_override_and_none_means_keep():
    s = Settings.from_env({"QA_TOP_K": "7"}).with_overrides(top_k=None, threshold=0.0)
    assert s.top_k == 7 and s.threshold == 0.0  # a caller's 0.0 stays 0.0


@pytest.mark.parametrize(
    "env, message",
    [
        ({"QA_TOP_K": "abc"}, "QA_TOP_K='abc' is not a valid int"),
        (
            {"QA_RUNTIME": "tpu"},
            "runtime must be one of auto, torch, torch-int8, torch-bf16, onnx, onnx-int8, openvino-bf16",
        ),
        ({"QA_CHUNK_WORDS": "0"}, "chunk_words must be a whole number of at least 1"),
        ({"QA_FAISS_INDEX": "bogus"}, "faiss_index must be one of auto, flat, ivf, hnsw"),
        ({"QA_THRESHOLD": "1.5"}, "threshold must be between 0 and 1"),
        ({"QA_TOP_K": "50"}, "top_k \\(50\\) is above max_top_k"),
        ({"QA_STORE": "redis"}, "store must be one of local, milvus"),
        ({"QA_STORE": "milvus"}, "store milvus needs a Milvus URI: set QA_MILVUS_URI"),
        ({"QA_STORE": "milvus", "QA_MILVUS_URI": "x.db", "QA_MILVUS_COLLECTION": "news-qa"}, "milvus_collection must"),
        ({"QA_MILVUS_TIMEOUT": "0"}, "milvus_timeout must be a number of seconds above 0"),
    ],
)
def test_bad_values_name_the_setting(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


@pytest.mark.parametrize(
    "text, span, trimmed",
    [
        ("He said “expanded and stable” ties.", "“expanded and stable”", "“expanded and stable”"),
        ("He said “expanded and stable ties.", "“expanded and stable", "expanded and stable"),
        ("Rates: 29 percent, in April.", " 29 percent,", "29 percent"),
        ("(Chief of Army Staff) COAS", "Chief of Army Staff)", "Chief of Army Staff"),
        (
            "for Pakistan’s “constructive efforts” in",
            "Pakistan’s “constructive efforts",
            "Pakistan’s “constructive efforts”",
        ),
        ("He said “expanded and stable” ties.", "“expanded and stable", "“expanded and stable”"),
        ("the Army (COAS) said", "Army (COAS", "Army (COAS)"),
        ("a “bridge” and “link”", "“bridge” and “link", "“bridge” and “link”"),
    ],
)
def test_trim_span_drops_unbalanced_edges(text, span, trimmed):
    start = text.index(span)
    a, b = trim_span(text, start, start + len(span))
    assert text[a:b] == trimmed
