"""Shared fixtures: models are loaded once per session; nothing here needs ../shared."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# ONNX exports go to a cache inside the checkout (git-ignored), never the user's own; kept between runs
os.environ["XDG_CACHE_HOME"] = str(REPO / ".test-cache")
SEEDS = REPO / "seeds"


def _article_limit() -> int:
    from qa.settings import Settings

    return Settings().max_article_chars


ARTICLE_LIMIT = _article_limit()  # characters per article, as the shipped settings allow


def make_builder(index_dir: Path, embedder, **options):
    """An IndexBuilder with the product's defaults (from Settings), changed by ``options``."""
    from index.builder import IndexBuilder
    from qa.settings import Settings

    s = Settings()
    config = dict(
        chunk_words=s.chunk_words,
        overlap=s.chunk_overlap_sentences,
        faiss_kind=s.faiss_index.value,
        max_article_chars=s.max_article_chars,
    )
    return IndexBuilder(index_dir, embedder, **{**config, **options})


@pytest.fixture(scope="session")
def embedder():
    from index.embedder import Embedder
    from qa.settings import Settings

    s = Settings()
    e = Embedder.from_settings(s)
    e.warm_up()
    return e


@pytest.fixture(scope="session")
def reader():
    """The shipped reader, as served."""
    from qa.reader import ExtractiveReader
    from qa.settings import Settings

    r = ExtractiveReader.from_settings(Settings())
    r.warm_up()
    return r


@pytest.fixture(scope="session")
def verifier(reader):
    """The shipped verifier and support model fitted for the served reader."""
    from qa.pipeline import load_verifier
    from qa.settings import Settings

    return load_verifier(reader, Settings())


@pytest.fixture(scope="session")
def models(embedder, reader, verifier) -> dict:
    """The real models, for ``QAPipeline.from_settings(settings, **models)``."""
    return {"embedder": embedder, "reader": reader, "verifier": verifier}


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
    path = tmp_path_factory.mktemp("seeds-index")
    make_builder(path, embedder).sync([SEEDS])
    return path


@pytest.fixture(scope="session")
def seeds_pipeline(seeds_index, models):
    """The full pipeline with the shipped reader over the seeds."""
    from qa.pipeline import QAPipeline
    from qa.settings import Settings

    pipeline = QAPipeline.from_settings(Settings(index_dir=seeds_index), **models)
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


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory):
    """A Milvus Lite server (``milvus-lite server``) on a free loopback port: gRPC as to a real cluster.

    Yields its URI; each test uses its own collection. The server is stopped at the end of the session.
    """
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("milvus")
    server = subprocess.Popen(
        [sys.executable, "-m", "milvus_lite.cmdline", "server", "--data-dir", str(data), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("the Milvus Lite server did not start")
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=30)
