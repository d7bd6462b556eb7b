"""Every runtime keeps the float32 answers on the seed questions; the fast embedder equals sentence-transformers."""

import numpy as np
import pytest

from index.embedder import Embedder
from qa.reader import ExtractiveReader
from qa.settings import Settings
from tests.qa.test_pipeline import SEED_QUESTIONS


@pytest.fixture(scope="module")
def seed_passages(seeds_pipeline):
    """The two passages the product ranks first for each seed question (five took 8 s in bf16 without its hardware)."""
    snapshot = seeds_pipeline.corpus.current()
    questions = [q for q, _, _ in SEED_QUESTIONS]
    vectors = snapshot.embedder.encode(questions)
    retrieve = seeds_pipeline.retriever.retrieve
    return [(q, retrieve(snapshot.index, q, v, 2, None)) for q, v in zip(questions, vectors)]


@pytest.fixture(scope="module")
def float32_answers(seed_passages):
    reader = ExtractiveReader.from_settings(Settings(runtime="torch"))
    return [spans[0].text for spans in reader.read_batch(seed_passages)]


@pytest.mark.parametrize("runtime", ["onnx-int8", "onnx", "torch-int8", "torch-bf16", "openvino-bf16"])
def test_each_runtime_gives_the_float32_top_answers(seed_passages, float32_answers, runtime):
    reader = ExtractiveReader.from_settings(Settings(runtime=runtime))
    got = [spans[0].text for spans in reader.read_batch(seed_passages)]
    assert got == float32_answers
    assert all(expected in answer for answer, (_, expected, _) in zip(got, SEED_QUESTIONS))


def test_the_mean_pooled_fast_path_equals_sentence_transformers():
    from sentence_transformers import SentenceTransformer

    s = Settings()
    texts = [q for q, _, _ in SEED_QUESTIONS] + ["Pakistan deployed its Al-Fatah missile system. " * 40]
    want = SentenceTransformer(s.embedder, device="cpu").encode(texts, normalize_embeddings=True)
    for runtime, cosine in (("onnx", 0.9999), ("torch", 0.9999), ("openvino-bf16", 0.998)):
        embedder = Embedder.from_settings(Settings(runtime=runtime))
        got = embedder.encode(texts)
        assert embedder.tokenizer is not None  # really the fast path, not sentence-transformers
        assert np.min(np.sum(got * want, axis=1)) > cosine, runtime
