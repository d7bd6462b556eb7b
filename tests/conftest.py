"""Shared fixtures: models are loaded once per session; nothing here needs ../shared."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def embedder():
    from index.embedder import Embedder
    from qa.settings import default_embedder

    e = Embedder(default_embedder())
    e.warm_up()
    return e


@pytest.fixture(scope="session")
def tiny_reader_dir(tmp_path_factory) -> Path:
    """A 2-layer QA model with random weights and the real tokenizer: for plumbing, not quality."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

    from qa.settings import default_embedder

    path = tmp_path_factory.mktemp("tiny-reader")
    tokenizer = AutoTokenizer.from_pretrained(default_embedder())
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
    )
    BertForQuestionAnswering(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory, embedder) -> Path:
    """The seeds indexed once for the session (tests must not modify it)."""
    from index.builder import IndexBuilder

    path = tmp_path_factory.mktemp("seeds-index")
    IndexBuilder(path, embedder).sync([SEEDS])
    return path


@pytest.fixture(scope="session")
def seeds_pipeline(seeds_index, embedder):
    """The full pipeline with the shipped reader over the seeds."""
    from qa.pipeline import QAPipeline
    from qa.settings import Settings

    pipeline = QAPipeline(Settings(index_dir=seeds_index))
    pipeline.embedder = pipeline.retriever.embedder = embedder
    pipeline.warm_up()
    return pipeline


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A small folder of articles the test may change."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEEDS / "000_ba8e4a116b29e82d.txt", folder)
    (folder / "moon.txt").write_text(
        "Lunar Base Opens\nThe Artemis lunar base opened on 3 March 2031. Commander Ana Ruiz leads a crew of six.\n"
        "The base grows potatoes in a greenhouse called Tuber One.\n",
        encoding="utf-8",
    )
    return folder
